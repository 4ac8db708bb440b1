/** The site's name a page shows outside its metadata: its copyright notice's holder, its logo's text. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { shownSiteName } from "./shownSiteName.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe("shownSiteName", () => {
  it("reads the copyright notice's holder on a page that states no address", () => {
    const doc = page(
      `<p>Telvia signs a new deal.</p><footer><div>©2021 Telvia</div><a href="/legal">Legal</a></footer>`,
    );
    expect(shownSiteName(doc, undefined)).toBe("Telvia");
  });
  it("reads the holder when the page's address spells it", () => {
    const doc = page(`<footer><p>© 2020 Harbor Post. All rights reserved.</p></footer>`);
    expect(shownSiteName(doc, "https://www.harborpost.com/2020/x.html")).toBe("Harbor Post");
  });
  it("takes no owner for the site: a company of titles, or a holder the address does not spell", () => {
    expect(shownSiteName(page(`<p>© 2020 Lakeside Media Group. All rights reserved.</p>`), undefined)).toBeUndefined();
    expect(
      shownSiteName(page(`<p>© 2020 Ridge Holdco. All rights reserved.</p>`), "https://www.harborpost.com/x.html"),
    ).toBeUndefined();
    // A notice naming no one ("- Designed by …" after the years) names no site.
    expect(shownSiteName(page(`<p>Copyright © 2002-2020 - Designed by Pixel Works</p>`), undefined)).toBeUndefined();
  });
  it("reads a company's holder without its legal form when the page prints that name elsewhere", () => {
    const notice = `<footer><p>© 2024 Harbor Wire, Inc. All rights reserved.</p></footer>`;
    expect(shownSiteName(page(`<nav><a href="/why">Why Harbor Wire</a></nav>${notice}`), undefined)).toBe(
      "Harbor Wire",
    );
    // Only in its notice, the company owns the page and names no publication.
    expect(shownSiteName(page(`<nav><a href="/why">Why us</a></nav>${notice}`), undefined)).toBeUndefined();
    // In a word of another name ("Harbor Wireless"), or in a script, it is not printed.
    expect(
      shownSiteName(page(`<p>Harbor Wireless</p><script>var s = "Harbor Wire";</script>${notice}`), undefined),
    ).toBeUndefined();
  });
  it("reads the part of the logo's text that the address spells", () => {
    const doc = page(`<a href="/"><img class="img logo" src="/l.png" alt="Prairie Scores - Content - News"></a>`);
    expect(shownSiteName(doc, "https://www.prairiescores.com/content/x.html")).toBe("Prairie Scores");
    const inLink = page(`<a class="site-logo" href="/"><img src="/a.png" alt="Prairie Scores"></a>`);
    expect(shownSiteName(inLink, "https://www.prairiescores.com/x")).toBe("Prairie Scores");
  });
  it("reads a logo's alt text that calls it a logo by the name beside the word", () => {
    const doc = page(`<img class="masthead-logo" src="/l.svg" alt="Prairie Scores’s Logo">`);
    expect(shownSiteName(doc, "https://www.prairiescores.com/x")).toBe("Prairie Scores");
    const short = page(`<img class="masthead-logo" src="/l.svg" alt="ps’s Logo">`);
    expect(shownSiteName(short, "https://www.ps.com/x")).toBeUndefined();
  });
  it("takes no logo text the address does not spell, nor a logo on a page with no address", () => {
    const doc = page(`<img class="logo" src="/l.png" alt="Gray Television"><img src="/x.png" alt="Prairie Scores">`);
    expect(shownSiteName(doc, "https://www.prairiescores.com/x")).toBeUndefined();
    expect(shownSiteName(page(`<img class="logo" alt="Prairie Scores">`), undefined)).toBeUndefined();
  });
  it("reads the element a theme marks as the site's title, when the address spells it", () => {
    const titled = page(`<p class="site-title"><a href="https://www.harborpost.com/">Harbor Post</a></p>`);
    expect(shownSiteName(titled, "https://www.harborpost.com/2020/x.html")).toBe("Harbor Post");
    // A title the address does not spell, or a long tagline in the box, names no site.
    expect(shownSiteName(titled, "https://www.riverdaily.com/x")).toBeUndefined();
    const tagline = page(`<div id="site-name">News and views from the harbor and the river towns</div>`);
    expect(shownSiteName(tagline, "https://www.harbor.com/x")).toBeUndefined();
  });
  it("reads the label of a logo link's graphic, not the link's hidden text", () => {
    const labelled = page(`<a href="/" rel="home"><svg aria-label="Harbor Post"></svg></a>`);
    expect(shownSiteName(labelled, "https://www.harborpost.com/x")).toBe("Harbor Post");
    // A portal hides its own brand in its logo link over a story another publication provided.
    const hidden = page(`<a class="logo" href="/"><b class="Hidden">Harbor</b></a><p>Story by River Daily.</p>`);
    expect(shownSiteName(hidden, "https://www.harbor.com/news/x")).toBeUndefined();
  });
});
