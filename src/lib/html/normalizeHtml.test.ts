/**
 * Saved HTML pages, one synthetic page per folder in ./fixtures (`input.html` → exactly
 * `expected.md` and `expected-report.json`), plus properties no page may break: nothing
 * active from the page reaches the article.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectFixtureFile } from "#lib/testFixtures.ts";
import { normalizeHtml } from "./normalizeHtml.ts";
import { PARAGRAPHS } from "./testProse.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

describe("HTML fixtures", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const result = normalizeHtml(readFileSync(join(dir, "input.html"), "utf8"), { fileName: `${name}.html` });
      if (!result.ok) throw new Error(`${name}: refused: ${result.error.message}`);
      expectFixtureFile(join(dir, "expected.md"), result.markdown);
      expectFixtureFile(
        join(dir, "expected-report.json"),
        `${JSON.stringify({ slug: result.slug, ...result.report }, null, 2)}\n`,
      );
    });
  }
});

describe("nothing active from a page reaches the article", () => {
  const page = readFileSync(join(FIXTURES, "jsonld-news-article/input.html"), "utf8");
  const result = normalizeHtml(page, { fileName: "page.html" });

  it("keeps no script, handler, iframe, image or javascript: link", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const needle of ["<script", "tracker", "onclick", "onerror", "<iframe", "javascript:", "talks.jpg", "ad slot"])
      expect(result.markdown).not.toContain(needle);
  });

  it("records the source as the HTML file name", () => {
    expect(result.ok && result.frontmatter.source).toBe("page.html");
  });
});

describe("an article whose text is not in <p> elements", () => {
  // Readability's quick "is there an article" test counts only <p>-like blocks; the text here
  // sits in <div>s, as some CMSs write it, and is still an article.
  const sentence = (n: number) =>
    `<div class="text">Officials in both countries said on Tuesday that the patrols, number ${n}, would continue along the border through the end of the month.</div>`;
  const page = `<html><head><title>Border patrols to continue</title></head><body><h1>Border patrols to continue</h1>${[1, 2, 3, 4].map(sentence).join("")}</body></html>`;

  it("is read, not refused", () => {
    const result = normalizeHtml(page, { fileName: "divs.html" });
    expect(result.ok ? result.frontmatter.title : result.error.code).toBe("Border patrols to continue");
  });
});

describe("pages that are not articles are refused", () => {
  it("a page of navigation only", () => {
    const nav = `<html><head><title>Site</title></head><body><nav>${"<a href='/x'>Section</a> ".repeat(40)}</nav></body></html>`;
    const result = normalizeHtml(nav, { fileName: "nav.html" });
    expect(result.ok ? "ok" : result.error.code).toBe("no-body");
  });

  it("a page with no text at all", () => {
    const result = normalizeHtml("<html><head><title>x</title></head><body></body></html>", { fileName: "e.html" });
    expect(result.ok ? "ok" : result.error.code).toBe("no-body");
  });
});

/** A page with `head` in its <head> and `article` before three paragraphs of prose in its <article>. */
function declaredPage(head: string, article: string): string {
  const prose = [
    "Officials in both countries said on Tuesday that the patrols would continue along the border through the end of the month.",
    "The army sent two more units to the state after a week of clashes between rival groups near the highway to the coast.",
    "Residents said the streets were calmer on Wednesday, although shops in the centre kept their shutters down until noon.",
  ];
  return `<html><head>${head}</head><body><article>${article}${prose.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
}

const DESCRIPTION = "Both governments extend the joint patrols for another month after a week of clashes.";

describe("the standfirst the page declares", () => {
  it("is the declared description when the body's first paragraph, after a figure's caption and credit, is it", () => {
    const page = declaredPage(
      `<title>Patrols extended</title><meta property="og:description" content="${DESCRIPTION}">`,
      `<h1>Patrols extended</h1><figure><img src="a.jpg" alt=""><p class="caption">Soldiers at a checkpoint near the coast.</p><p class="source">(Photo: Agency)</p></figure><p><strong>${DESCRIPTION}</strong></p>`,
    );
    const result = normalizeHtml(page, { fileName: "caption-first.html" });
    expect(result.ok && result.frontmatter.dek).toBe(DESCRIPTION);
  });

  it("is the declared description the page shows under its headline, over a paragraph that holds only a picture", () => {
    const page = declaredPage(
      `<title>Patrols extended</title><meta name="description" content="${DESCRIPTION}">`,
      `<h1>Patrols extended</h1><h2>${DESCRIPTION}</h2><p><img src="pier.jpg" alt=""></p>`,
    );
    const result = normalizeHtml(page, { fileName: "spacer.html" });
    expect(result.ok && result.frontmatter.dek).toBe(DESCRIPTION);
  });

  it("is the declared description the page shows under its headline, over a body that opens on a drop cap's letter", () => {
    const head = `<title>Patrols extended</title><meta name="description" content="${DESCRIPTION}">`;
    const prose = [
      "rmy officers in both countries said on Tuesday that the patrols would continue along the border through the end of the month.",
      "The army sent two more units to the state after a week of clashes between rival groups near the highway to the coast.",
      "Residents said the streets were calmer on Wednesday, although shops in the centre kept their shutters down until noon.",
    ];
    const page = (dek: string) =>
      `<html><head>${head}</head><body><header><h1>Patrols extended</h1><div><p>${dek}</p></div></header><article><p>A</p>${prose.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const result = normalizeHtml(page(DESCRIPTION), { fileName: "drop-cap.html" });
    expect(result.ok && result.frontmatter.dek).toBe(DESCRIPTION);
    // Without the description shown there, no standfirst.
    const unshown = normalizeHtml(page(""), { fileName: "drop-cap-unshown.html" });
    expect(unshown.ok && unshown.frontmatter.dek).toBeUndefined();
  });
});

describe("a declared author the page prints only as the editor", () => {
  it("is no byline: the desk editor who published the piece is not its writer", () => {
    const head = `<title>Patrols extended</title><meta name="author" content="Mara Quist">`;
    const edited = normalizeHtml(
      declaredPage(head, `<h1>Patrols extended</h1><p class="note">Edited by Mara Quist</p>`),
      { fileName: "edited.html" },
    );
    expect(edited.ok && edited.frontmatter.byline).toBeUndefined();
    const signed = normalizeHtml(declaredPage(head, `<h1>Patrols extended</h1><p class="by">By Mara Quist</p>`), {
      fileName: "signed.html",
    });
    expect(signed.ok && signed.frontmatter.byline).toBe("Mara Quist");
  });
});

describe("the byline where a page's declarations and its printed line differ", () => {
  it("takes the later declaration that adds a co-author the page prints to the one JSON-LD names", () => {
    const head = `<title>Patrols extended</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Quist"}}</script><meta name="author" content="Mara Quist, Tobias Fenwright">`;
    const both = normalizeHtml(
      declaredPage(
        head,
        `<h1>Patrols extended</h1><div><a href="/a/mq">Mara Quist</a></div><div><a href="/a/tf">Tobias Fenwright</a></div>`,
      ),
      { fileName: "two.html" },
    );
    expect(both.ok && both.frontmatter.byline).toBe("Mara Quist, Tobias Fenwright");
    // A co-author the page never prints is not added.
    const one = normalizeHtml(
      declaredPage(head, `<h1>Patrols extended</h1><div><a href="/a/mq">Mara Quist</a></div>`),
      {
        fileName: "one.html",
      },
    );
    expect(one.ok && one.frontmatter.byline).toBe("Mara Quist");
  });
  it("gives no byline for a CMS placeholder or a credit to staff and wire reports", () => {
    for (const author of ["No Author", "Staff and wire reports"]) {
      const head = `<title>Patrols extended</title><meta name="author" content="${author}">`;
      const result = normalizeHtml(declaredPage(head, `<h1>Patrols extended</h1>`), { fileName: "none.html" });
      expect(result.ok && result.frontmatter.byline).toBeUndefined();
    }
  });
});

describe("the standfirst the page marks under its headline", () => {
  it("is read from a camel-cased class ('articleDek') and from a class 'blurb' alone", () => {
    for (const mark of ["articleDek", "blurb"]) {
      const page = declaredPage(
        `<title>Patrols extended</title>`,
        `<h1>Patrols extended</h1><div class="${mark}">${DESCRIPTION}</div>`,
      );
      const result = normalizeHtml(page, { fileName: "marked-dek.html" });
      expect(result.ok && result.frontmatter.dek).toBe(DESCRIPTION);
    }
  });

  it("is not a teaser's blurb inside a longer class ('entry-blurb')", () => {
    const page = declaredPage(
      `<title>Patrols extended</title>`,
      `<h1>Patrols extended</h1><div class="entry-blurb">${DESCRIPTION}</div>`,
    );
    const result = normalizeHtml(page, { fileName: "teaser-blurb.html" });
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
  });
});

describe("a declared author that names no one", () => {
  it("is no byline when it is the genre of an unsigned piece ('Editorial')", () => {
    const page = declaredPage(
      `<title>Patrols extended</title><meta name="author" content="Editorial">`,
      `<h1>Patrols extended</h1>`,
    );
    const result = normalizeHtml(page, { fileName: "editorial.html" });
    expect(result.ok && result.frontmatter.byline).toBeUndefined();
  });
});

describe("the author among several declarations", () => {
  const byline = (head: string, article = "<h1>Patrols extended</h1>") => {
    const result = normalizeHtml(declaredPage(`<title>Patrols extended</title>${head}`, article), {
      fileName: "declared.html",
    });
    return result.ok ? result.frontmatter.byline : undefined;
  };
  const parsely = (author: string) => `<meta name="parsely-page" content='${JSON.stringify({ author })}'>`;

  it("is Parse.ly's or an article_author meta's, with its mail address after a bar left out", () => {
    expect(byline(parsely("Mara Quist | mquist@courier.example.com"))).toBe("Mara Quist");
    expect(byline('<meta name="article_author" content="Mara Quist | mquist@courier.example.com">')).toBe("Mara Quist");
    expect(byline('<meta name="authors" content="Mara Quist">')).toBe("Mara Quist");
  });

  it("skips the site's own name and a company's to the declaration that names the writer", () => {
    const site = '<meta property="og:site_name" content="Border Courier">';
    expect(byline(`${site}<meta name="author" content="Border Courier">${parsely("Mara Quist")}`)).toBe("Mara Quist");
    expect(byline(`${site}<meta name="author" content="Courier Media">${parsely("Mara Quist")}`)).toBe("Mara Quist");
  });

  it("is the printed byline when a later declaration names the same person", () => {
    const head = `<meta name="author" content="Tom Becker">${parsely("Mara Quist")}`;
    expect(byline(head, '<h1>Patrols extended</h1><div class="byline">By Mara Quist</div>')).toBe("Mara Quist");
    // With no declaration of the printed name, the first declaration stays.
    expect(
      byline(
        '<meta name="author" content="Tom Becker">',
        '<h1>Patrols extended</h1><div class="byline">By Mara Quist</div>',
      ),
    ).toBe("Tom Becker");
  });
});

describe("a newsroom's own credit under the headline", () => {
  const credited = (credit: string, date: string) =>
    normalizeHtml(
      declaredPage(
        `<title>Patrols extended</title>`,
        `<h1>Patrols extended</h1><div class="byline-section"><span class="publication">${credit}</span><div>${date}</div></div>`,
      ),
      { fileName: "credit.html" },
    );

  it("is the byline as stated when the publication date stands under it", () => {
    const result = credited("Border Courier wire services", "Published 11:11 PM EST Nov 19, 2019");
    expect(result.ok && result.frontmatter.byline).toBe("Border Courier wire services");
    // Not in the body after the front matter either.
    expect(result.ok && result.markdown.split("\n---\n").at(-1)).not.toContain("wire services");
  });

  it("is the byline as stated for a desk's staff credit, or a stamp's credit after its date", () => {
    const staff = credited("Border Courier Staff", "Published 11:11 PM EST Nov 19, 2019");
    expect(staff.ok && staff.frontmatter.byline).toBe("Border Courier Staff");
    const stamped = credited("3/14/2025 7:11 AM PST BY BORDER COURIER STAFF", "Share this story");
    expect(stamped.ok && stamped.frontmatter.byline).toBe("BORDER COURIER STAFF");
    const bare = credited("3/14/2025 7:11 AM PST BY STAFF", "Share this story");
    expect(bare.ok && bare.frontmatter.byline).toBeUndefined();
  });

  it("is no byline as a bare newsroom word or without a date under it", () => {
    const bare = credited("Wire services", "Published 11:11 PM EST Nov 19, 2019");
    expect(bare.ok && bare.frontmatter.byline).toBeUndefined();
    const undated = credited("Border Courier wire services", "Share this story");
    expect(undated.ok && undated.frontmatter.byline).toBeUndefined();
  });

  it("is no byline as the newsroom's words alone in a box marked as the byline", () => {
    const marked = (credit: string) => {
      const result = normalizeHtml(
        declaredPage(
          `<title>Patrols extended</title>`,
          `<h1>Patrols extended</h1><div class="post-byline">By <a href="/team/">${credit}</a></div><p>The harbour patrols run until May.</p>`,
        ),
        { fileName: "marked.html" },
      );
      return result.ok ? result.frontmatter.byline : undefined;
    };
    expect(marked("Editorial Staff")).toBeUndefined();
    expect(marked("Mara Quist")).toBe("Mara Quist");
  });
});

describe("the site's own name in the author's place", () => {
  const HEAD = `<title>Patrols extended</title><meta property="og:site_name" content="Border Times"><meta name="author" content="Border Times">`;
  const byline = (meta: string) => {
    const result = normalizeHtml(declaredPage(HEAD, `<h1>Patrols extended</h1>${meta}`), { fileName: "site.html" });
    return result.ok ? result.frontmatter.byline : undefined;
  };

  it("is the byline when the page prints it as the author's credit under the headline", () => {
    expect(byline(`<div class="meta"><span>Border Times</span> <span>March 14, 2025</span></div>`)).toBe(
      "Border Times",
    );
  });

  it("is no byline when only declared", () => {
    expect(byline(`<div class="meta"><span>March 14, 2025</span></div>`)).toBeUndefined();
  });
});

describe("the outlet the credit and the copyright name alike", () => {
  const page = (credit: string, notice: string, nav = "") =>
    `<html><head><title>Patrols extended | Feeds</title><meta property="og:site_name" content="Feeds"></head><body>${nav}<article><h1>Patrols extended</h1><div class="byline"><div>By JANE ROE and TOM BECKER</div><div>${credit}</div></div>${PARAGRAPHS.slice(
      0,
      3,
    )
      .map((p) => `<p>${p}</p>`)
      .join("")}</article><footer><p>${notice}</p></footer></body></html>`;
  const outlet = (credit: string, notice: string, nav = "") => {
    const result = normalizeHtml(page(credit, notice, nav), { fileName: "feed.html" });
    return result.ok ? result.frontmatter.outlet : undefined;
  };

  it("is the publisher over a declared site name the page does not print", () => {
    expect(outlet("Associated Press", "© 2024 The Associated Press. All rights reserved.")).toBe(
      "The Associated Press",
    );
  });

  it("is the agency the byline's line credits as the writers' employer, whoever signs the page", () => {
    expect(outlet("Associated Press", "© 2024 Feeds. All rights reserved.")).toBe("The Associated Press");
    const nav = `<nav><a href="/">Feeds</a> <a href="/local">Local</a></nav>`;
    expect(outlet("Associated Press", "© 2024 The Associated Press. All rights reserved.", nav)).toBe(
      "The Associated Press",
    );
  });

  it("is the host without a credit under the byline", () => {
    expect(outlet("Staff Writers", "© 2024 The Associated Press. All rights reserved.")).toBe("Feeds");
  });
});

describe("syndicated copy: the outlet is who reported it", () => {
  const page = (header: string, paragraphs: readonly string[]) =>
    `<html><head><title>Patrols extended | Feeds</title><meta property="og:site_name" content="Feeds"></head><body><nav><a href="/">Feeds</a> <a href="/local">Local</a></nav><article><h1>Patrols extended</h1>${header}${paragraphs
      .map((p) => `<p>${p}</p>`)
      .join("")}</article><footer><p>© 2024 Feeds. All rights reserved.</p></footer></body></html>`;
  const outlet = (header: string, paragraphs: readonly string[] = PARAGRAPHS.slice(0, 3)) => {
    const result = normalizeHtml(page(header, paragraphs), { fileName: "feed.html" });
    return result.ok ? result.frontmatter.outlet : undefined;
  };
  const [first = "", ...rest] = PARAGRAPHS.slice(0, 4);

  it("is the agency the byline is, or the employer it names", () => {
    expect(outlet(`<p class="byline">By Reuters</p>`)).toBe("Reuters");
    expect(outlet(`<p class="byline">By Jane Roe, AP Auto Writer</p>`)).toBe("The Associated Press");
    expect(outlet(`<p class="byline">By Jane Roe, Reuters</p>`)).toBe("Reuters");
  });

  it("is the brand a credit under the byline and its date names", () => {
    expect(outlet(`<p class="byline">By Jane Roe</p><p>Published May 4, 2024</p><p>HarbourBusiness.com</p>`)).toBe(
      "HarbourBusiness.com",
    );
    // An address in small letters is no credit.
    expect(outlet(`<p class="byline">By Jane Roe</p><p>Published May 4, 2024</p><p>harbourbusiness.com</p>`)).toBe(
      "Feeds",
    );
  });

  it("is the agency a wire dateline credits, or a publication the note of first appearance names", () => {
    expect(outlet(`<p class="byline">By Jane Roe</p>`, [`BORDER CITY (AP) — ${first}`, ...rest])).toBe(
      "The Associated Press",
    );
    expect(
      outlet(`<p class="byline">By Jane Roe</p>`, [
        ...PARAGRAPHS.slice(0, 3),
        "This article originally appeared on Harbour Weekly.",
      ]),
    ).toBe("Harbour Weekly");
  });

  it("is the agency whose copyright the article's text closes with", () => {
    expect(
      outlet(`<p class="byline">By Jane Roe</p>`, [
        ...PARAGRAPHS.slice(0, 3),
        "Copyright 2024 The Associated Press. All rights reserved.",
      ]),
    ).toBe("The Associated Press");
  });

  it("is the known outlet a lede opens on in brackets with no place before it", () => {
    expect(outlet(`<p class="byline">By Jane Roe</p>`, [`(CNN) — ${first}`, ...rest])).toBe("CNN");
    expect(outlet(`<p class="byline">By Jane Roe</p>`, [`(Updated) — ${first}`, ...rest])).toBe("Feeds");
  });

  it("is the host when the page credits another outlet in part only", () => {
    expect(
      outlet(`<p class="byline">By Jane Roe</p>`, [...PARAGRAPHS.slice(0, 3), "Reuters contributed to this report."]),
    ).toBe("Feeds");
    expect(
      outlet(`<p class="byline">By Jane Roe</p>`, [`${first} Officials told Reuters the patrols would stay.`, ...rest]),
    ).toBe("Feeds");
    expect(outlet(`<p class="byline">Staff and wire reports</p>`)).toBe("Feeds");
  });
});

describe("an author only the metadata declares", () => {
  const byline = (author: string) => {
    const head = `<title>Patrols extended</title><meta name="author" content="${author}">`;
    const result = normalizeHtml(
      declaredPage(head, `<h1>Patrols extended</h1><div class="meta">March 14, 2025</div>`),
      {
        fileName: "declared.html",
      },
    );
    return result.ok ? result.frontmatter.byline : undefined;
  };

  it("is the byline when written as a person's name", () => {
    expect(byline("Tomás Ferreira")).toBe("Tomás Ferreira");
  });

  it("is no byline when written as a CMS's record of one and printed nowhere", () => {
    expect(byline("Tomás (Ivo Mendes) Ferreira")).toBeUndefined();
  });
});

describe("the author's link marked rel=author under the headline", () => {
  const page = (meta: string, lede = "") =>
    normalizeHtml(declaredPage(`<title>Patrols extended</title>`, `<h1>Patrols extended</h1>${lede}${meta}`), {
      fileName: "rel.html",
    });
  const META = `<div class="entry-meta"><time>14/03/2025</time> <a rel="author" href="/author/ana-ruiz/">Ana Ruiz</a> <a rel="category tag" href="/c/news/">News</a>, <a rel="category tag" href="/c/border/">Border</a></div>`;

  it("is the byline of a meta line that runs date, name and categories together", () => {
    const result = page(META);
    expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz");
  });

  it("is no byline after the article's prose has begun, nor when its text is no person's name", () => {
    const prose =
      "<p>The patrols that began last month along the border will go on, the two governments said in a joint statement on Tuesday, after a week in which the clashes spread to two more towns.</p>";
    const late = page(META, prose);
    expect(late.ok && late.frontmatter.byline).toBeUndefined();
    const account = page(META.replace(">Ana Ruiz<", ">admin<"));
    expect(account.ok && account.frontmatter.byline).toBeUndefined();
  });
});

describe("a declared subtitle the article opens on", () => {
  const SUBTITLE = "How the patrols outgrew the border";
  const head = (description: string) =>
    `<title>Patrols extended</title><script type="application/ld+json">{"@type":"Article","headline":"Patrols extended","description":"The long story of the patrols, from the start."}</script><meta property="og:description" content="${description}">`;

  it("is the dek, and is not also the body's first line", () => {
    const result = normalizeHtml(declaredPage(head(SUBTITLE), `<h1>Patrols extended</h1><p>${SUBTITLE}</p>`), {
      fileName: "subtitle.html",
    });
    expect(result.ok && result.frontmatter.dek).toBe(SUBTITLE);
    expect(result.ok && result.markdown.split("---").slice(2).join("---")).not.toContain(SUBTITLE);
  });

  it("is no dek when the declared description is a lede's sentence", () => {
    const lede = "Officials said the patrols would go on through the end of the month.";
    const result = normalizeHtml(declaredPage(head(lede), `<h1>Patrols extended</h1><p>${lede}</p>`), {
      fileName: "lede.html",
    });
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
  });
});

describe("an author declared only as a user account's handle", () => {
  const HEAD = `<title>Patrols extended</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Patrols extended","author":"QR4821"}</script>`;
  const byline = (meta: string) => {
    const result = normalizeHtml(declaredPage(HEAD, `<h1>Patrols extended</h1>${meta}`), { fileName: "handle.html" });
    return result.ok ? result.frontmatter.byline : undefined;
  };

  it("gives way to the name the page marks as the author's under the headline", () => {
    const hcard = `<div class="byline"><a href="/u/QR4821"><span class="author vcard"><span class="fn">Ana Ruiz</span></span></a> • <time>8h</time></div>`;
    expect(byline(hcard)).toBe("Ana Ruiz");
    const classed = `<div class="entry-meta"><a href="/u/QR4821" class="author-name">Ana Ruiz</a></div>`;
    expect(byline(classed)).toBe("Ana Ruiz");
    // The same class under a component's prefix.
    const prefixed = `<div class="Byline-author"><a href="/u/QR4821" class="Byline-authorName">Ana Ruiz</a></div>`;
    expect(byline(prefixed)).toBe("Ana Ruiz");
  });

  it("is never published as the byline", () => {
    expect(byline(`<div class="entry-meta">QR4821 • <time>8h</time></div>`)).toBeUndefined();
  });
});

describe("a printed byline beside one declared author", () => {
  const page = (printed: string) =>
    declaredPage(
      `<title>Patrols extended</title><meta name="author" content="Ana Ruiz">`,
      `<h1>Patrols extended</h1><p class="byline">By ${printed}</p>`,
    );

  it("is the whole list when it names the declared author among other people", () => {
    const result = normalizeHtml(page("Ana Ruiz, Tom Becker, Eva Lund"), { fileName: "three.html" });
    expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz, Tom Becker, Eva Lund");
  });

  it("is not taken when the line adds a place or a desk role, not a person", () => {
    for (const printed of ["Ana Ruiz, Sonora", "Ana Ruiz, Staff Writer"]) {
      const result = normalizeHtml(page(printed), { fileName: "affiliation.html" });
      expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz");
    }
  });

  it("is the whole line when it joins a wire agency to the declared author, not when it names the writer's employer", () => {
    const joined = normalizeHtml(page("Ana Ruiz and AP"), { fileName: "wire.html" });
    expect(joined.ok && joined.frontmatter.byline).toBe("Ana Ruiz and AP");
    const employer = normalizeHtml(page("Ana Ruiz, Reuters"), { fileName: "employer.html" });
    expect(employer.ok && employer.frontmatter.byline).toBe("Ana Ruiz");
  });

  it("is not taken when it lists other people only", () => {
    const result = normalizeHtml(page("Tom Becker, Eva Lund"), { fileName: "others.html" });
    expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz");
  });
});

describe("a lede the page copies into its description", () => {
  it("stays body when the page sets it like the paragraphs after it", () => {
    const page = declaredPage(
      `<title>Patrols extended</title><meta property="og:description" content="${DESCRIPTION}">`,
      `<h1>Patrols extended</h1><p class="para">${DESCRIPTION}</p>`,
    );
    const result = normalizeHtml(page.replaceAll("<p>", '<p class="para">'), { fileName: "lede.html" });
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    expect(result.ok && result.markdown).toContain(DESCRIPTION);
  });

  it("stays body when a standfirst's class names the box around the whole article", () => {
    const page = declaredPage(
      `<title>Patrols extended</title>`,
      `<h1>Patrols extended</h1><div class="field-type-text-with-summary"><p>${PARAGRAPHS.join("</p><p>")}</p></div>`,
    );
    const result = normalizeHtml(page, { fileName: "summary-box.html" });
    expect(result.ok && result.frontmatter.dek).toBeUndefined();
    expect(result.ok && result.markdown).toContain(PARAGRAPHS[0]);
  });
});

describe("a declared articleBody written as markup", () => {
  it("is read as the text the markup shows, so no tag reaches the body", () => {
    const escaped = PARAGRAPHS.map((p) => `&lt;p class=&quot;bodytext&quot;&gt;${p}&lt;/p&gt;`).join("");
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Patrols extended", articleBody: escaped });
    const page = `<html><head><title>Patrols extended</title><script type="application/ld+json">${ld}</script></head><body><h1>Patrols extended</h1><p>Loading…</p></body></html>`;
    const result = normalizeHtml(page, { fileName: "markup-body.html" });
    expect(result.ok && result.markdown).toContain(PARAGRAPHS[7]);
    expect(result.ok && result.markdown).not.toMatch(/bodytext|&lt;|<p/);
  });
});

describe("a post the article embeds", () => {
  it("stays in the body as a quotation, with the paragraphs around it", () => {
    const tweet = `<div class="social-embed"><blockquote class="twitter-tweet"><p>The crossing is open again this morning, and the line of trucks is moving.</p>— Port Authority (@portauthority) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script></div>`;
    const paragraphs = PARAGRAPHS.map((p) => `<p>${p}</p>`);
    const page = `<html><head><title>Patrols extended</title></head><body><article><h1>Patrols extended</h1>${paragraphs.slice(0, 4).join("")}${tweet}${paragraphs.slice(4).join("")}</article></body></html>`;
    const result = normalizeHtml(page, { fileName: "tweet.html" });
    expect(result.ok && result.markdown).toContain("> The crossing is open again this morning");
  });
});

describe("the headline the page declares", () => {
  it("is og:title without a ' | Site' suffix that is the declared og:site_name", () => {
    const page = declaredPage(
      `<title>Border Times</title><meta property="og:title" content="Patrols extended for a month | Border Times"><meta property="og:site_name" content="Border Times">`,
      `<div class="headline">Patrols extended for a month</div>`,
    );
    const result = normalizeHtml(page, { fileName: "og-suffix.html" });
    expect(result.ok && result.frontmatter.title).toBe("Patrols extended for a month");
  });

  it("keeps a dash that is part of the headline", () => {
    const page = declaredPage(
      `<meta property="og:title" content="Patrols extended - again"><meta property="og:site_name" content="Border Times">`,
      `<div class="headline">Patrols extended - again</div>`,
    );
    const result = normalizeHtml(page, { fileName: "og-dash.html" });
    expect(result.ok && result.frontmatter.title).toBe("Patrols extended - again");
  });
});

describe("the date the page declares", () => {
  it("is read from under the headline where the page sets month and day over the clock and year", () => {
    const shown = (date: string) =>
      normalizeHtml(
        declaredPage(`<title>Patrols extended for a month</title>`, `<h2>Patrols extended for a month</h2>${date}`),
        {
          fileName: "split-date.html",
        },
      );
    const split = shown(
      `<div class="date"><div>November 20</div><div><font>15:23</font> <font>2019</font></div></div>`,
    );
    expect(split.ok && split.frontmatter.published).toBe("2019-11-20");
    // A day and month over a line that is no year (a view count) is no date.
    const count = shown(`<div class="date"><div>November 20</div><div>2019 views</div></div>`);
    expect(count.ok && count.frontmatter.published).toBeUndefined();
  });

  it("is read under the headline where the page sets it in no heading, and the title is the declared one", () => {
    // No date is declared; the headline stands in a <dt>, the date line under it.
    const page = (date: string) =>
      `<html><head><title>Patrols extended for a month - Daily Site</title></head><body><div><a href="/other">Patrols extended for a month</a></div><div><dl><dt>Patrols extended for a month</dt></dl>${date}<div class="text">${PARAGRAPHS.slice(
        0,
        4,
      )
        .map((p) => `<p>${p}</p>`)
        .join("")}</div></div></body></html>`;
    const dated = normalizeHtml(page("Posted :[ 2019-11-21 15:24 ]"), { fileName: "dt-headline.html" });
    expect(dated.ok && dated.frontmatter.title).toBe("Patrols extended for a month");
    expect(dated.ok && dated.frontmatter.published).toBe("2019-11-21");
    // Under the same headline, a line that opens with no date gives none.
    const undated = normalizeHtml(page("Views 2019 of 2020"), { fileName: "dt-headline-undated.html" });
    expect(undated.ok && undated.frontmatter.published).toBeUndefined();
  });

  it("is not a CMS's placeholder for an unset date: the next declaration is read", () => {
    const page = declaredPage(
      `<meta property="og:title" content="Patrols extended for a month"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00"}</script><meta property="article:published_time" content="2019-11-19T05:00:00-05:00">`,
      `<div class="headline">Patrols extended for a month</div>`,
    );
    const result = normalizeHtml(page, { fileName: "placeholder-date.html" });
    expect(result.ok && result.frontmatter.published).toBe("2019-11-19");
  });
});

describe("the declared JSON-LD articleBody as a cross-check", () => {
  const paragraphs = PARAGRAPHS;
  const aside =
    "The film festival opens on Friday with a new documentary about the history of the port and its fishermen and their boats.";
  const ld = JSON.stringify({
    "@type": "NewsArticle",
    headline: "Patrols extended",
    articleBody: paragraphs.join("\n"),
  });
  const page = `<html><head><title>Patrols extended</title><script type="application/ld+json">${ld}</script></head><body><article><h1>Patrols extended</h1>${[...paragraphs.slice(0, 3), aside, ...paragraphs.slice(3)].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

  it("leaves out a paragraph inside the article that the declared text lacks, and says so", () => {
    const result = normalizeHtml(page, { fileName: "cross-check.html" });
    expect(result.ok && result.markdown).not.toContain("film festival");
    expect(result.ok && result.markdown).toContain(paragraphs[7]);
    expect(result.ok && result.report.warnings.join(" ")).toContain("articleBody");
  });
});

describe("several declared authors", () => {
  const head = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"#org","name":"Sierra Herald"},{"@type":"NewsArticle","headline":"Patrols to continue","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Becker"}],"publisher":{"@id":"#org"}}]}</script>`;
  const body = `<article><h1>Patrols to continue</h1><div class="byline-wrap"><span>Ana Ruiz and Tom Becker</span><span>Sierra Herald, Sonora</span></div><figure><img src="a.jpg"><span class="img-copyright">Getty Images</span></figure>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article>`;
  const result = normalizeHtml(`<html><head><title>Patrols</title>${head}</head><body>${body}</body></html>`, {
    fileName: "authors.html",
  });

  it("are the byline as the page prints them together, and the byline box and photo credit are not body", () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter.byline).toBe("Ana Ruiz and Tom Becker");
    expect(result.markdown).not.toContain("Sonora");
    expect(result.markdown).not.toContain("Getty Images");
  });

  it("take the outlet from the publisher the @graph references by @id", () => {
    expect(result.ok && result.frontmatter.outlet).toBe("Sierra Herald");
  });
});

describe("a headline the page's <title> words otherwise", () => {
  const page = (h1: string) =>
    declaredPage(
      `<title>Ferry fleet is shrinking as the council plans new routes - Valley Post</title>`,
      `<h1>${h1}</h1><p class="byline">By Ana Ruiz</p>`,
    );

  it("is the h1 the reader sees, with the byline under it", () => {
    const h1 = "Lake ferry fleet is shrinking as the council plans new routes";
    const result = normalizeHtml(page(h1), { fileName: "reworded.html" });
    expect(result.ok && result.frontmatter.title).toBe(h1);
    expect(result.ok && result.frontmatter.byline).toBe("Ana Ruiz");
  });

  it("is not an h1 that tells another story", () => {
    const result = normalizeHtml(page("Storm closes the harbour for a second day"), { fileName: "other.html" });
    expect(result.ok && result.frontmatter.title).not.toBe("Storm closes the harbour for a second day");
  });
});

describe("the lines under a headline", () => {
  const LEDE =
    "Officials in both countries said on Tuesday that the patrols would continue along the border through the end of the month, and perhaps longer.";
  const page = (header: string, lede = LEDE) =>
    `<html><head><title>Patrols extended</title></head><body><article><h1>Patrols extended</h1>${header}<div class="story"><p>${lede}</p><p>The army sent two more units to the state after a week of clashes between rival groups near the highway to the coast.</p><p>Residents said the streets were calmer on Wednesday, although shops in the centre kept their shutters down until noon.</p></div></article></body></html>`;
  const front = (html: string) => {
    const result = normalizeHtml(html, { fileName: "header.html" });
    if (!result.ok) throw new Error(result.error.message);
    return { ...result.frontmatter, body: result.markdown.split("---").slice(2).join("---") };
  };

  it("reads a summary the body repeats as its first paragraph as no dek, and keeps the paragraph", () => {
    const header = `<div class="story-summary">${LEDE}</div><h2 class="deck">Two more army units sent to the state</h2><div class="byline"><a href="/a/ana">Ana Ruiz</a> · Valley Post · Posted: March 4, 2025 9:27 AM ET | Last Updated: 2 hours ago</div>`;
    const got = front(page(header));
    expect(got.dek).toBe("Two more army units sent to the state");
    expect(got.body).toContain("perhaps longer");
    expect(got.byline).toBe("Ana Ruiz");
  });

  it("reads a byline row classed as a subtitle as no dek", () => {
    const header = `<div class="subtitle-2"><div>By <a href="/author/ana-ruiz">Ana Ruiz</a> on <time datetime="2025-03-04">March 4, 2025</time></div><a href="https://share.example/?u=x"><span>Share on Facebook (opens in a new window)</span></a></div>`;
    const got = front(page(header));
    expect(got.dek).toBeUndefined();
    expect(got.byline).toBe("Ana Ruiz");
  });

  it("reads an unmarked sentence set between the headline and the byline as the dek", () => {
    const header = `<p class="x1 y2">The port authority made the decision at a meeting on Monday.</p><div class="x3"><div><span>By </span><span>Ana Ruiz</span></div><div>March 4, 2025</div></div>`;
    const got = front(page(header));
    expect(got.dek).toBe("The port authority made the decision at a meeting on Monday.");
    expect(got.byline).toBe("Ana Ruiz");
  });

  it("reads a short unmarked line over the byline as the dek, unless it is furniture", () => {
    const byline = `<div class="meta"><div>By <a href="/author/ana-ruiz">Ana Ruiz</a></div></div>`;
    expect(front(page(`<div class="t2">The answers are in.</div>${byline}`)).dek).toBe("The answers are in.");
    expect(front(page(`<div class="t2">Share this story!</div>${byline}`)).dek).toBeUndefined();
  });

  it("reads no dek from a sentence under the headline that no byline follows", () => {
    const header = `<p class="x1 y2">The port authority made the decision at a meeting on Monday.</p>`;
    const got = front(page(header));
    expect(got.dek).toBeUndefined();
    expect(got.body).toContain("The port authority made the decision");
  });

  it("joins a 'By' label set apart from the author's name", () => {
    const header = `<div class="byline"><span>By </span><ul><li><a href="/staff/ana">Ana Ruiz | aruiz@example.com</a></li></ul></div>`;
    expect(front(page(header)).byline).toBe("Ana Ruiz");
  });
});

describe("normalizeHtml on markup it cannot read", () => {
  it("refuses with an internal error naming the reader, never throws", () => {
    // Fragments of a cut page: whatever the reader makes of them, a result comes back.
    for (const cut of [
      '"]}</script></head><body><div><p>Only a tail',
      "<html><body><table><tr><td><p>x",
      "</div></div></body></html>",
    ]) {
      const result = normalizeHtml(cut, { fileName: "cut.html" });
      expect(result.ok).toBe(false);
    }
  });
});

describe("normalizeHtml on templates", () => {
  it("reads the article of a page whose head holds a template, which no browser renders", () => {
    // Deferred-loading modules: a <template> in the head wrapping a block of script.
    // Its text (long, with many commas) outscores the article's paragraphs when walked as page text.
    const config = Array.from({ length: 80 }, (_, i) => `"slot${String(i)}", "zone${String(i)}"`).join(", ");
    const held = `<template data-module="DelayedLoader"><div><script>var loader = [${config}];</script></div></template>`;
    const result = normalizeHtml(
      `<html><head><title>Ferry service resumes</title>${held}${held}</head><body><article><h1>Ferry service resumes</h1>${PARAGRAPHS.slice(
        0,
        4,
      )
        .map((p) => `<p>${p}</p>`)
        .join("")}</article></body></html>`,
      { fileName: "template.html" },
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.markdown).toContain(PARAGRAPHS[3]);
  });
});

describe("what a page declares about its site, read for byline and outlet", () => {
  const read = (
    head: string,
    title = "Patrols extended",
    url = "https://www.harborpost.com/local/patrols-extended",
  ) => {
    const result = normalizeHtml(
      `<html><head><title>${title}</title><link rel="canonical" href="${url}">${head}</head><body><article><h1>Patrols extended</h1><p class="meta">March 14, 2025</p>${PARAGRAPHS.slice(
        0,
        3,
      )
        .map((p) => `<p>${p}</p>`)
        .join("")}</article></body></html>`,
      { fileName: "site.html" },
    );
    return result.ok ? { byline: result.frontmatter.byline, outlet: result.frontmatter.outlet } : undefined;
  };
  const ld = (publisher: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Patrols extended","publisher":{"@type":"Organization","name":"${publisher}"}}</script>`;

  it("takes the site's declared name over a company declared as its publisher, else none", () => {
    expect(read(`${ld("Harbour Media Group")}<meta property="og:site_name" content="Harbor Post">`)?.outlet).toBe(
      "Harbor Post",
    );
    expect(read(ld("Harbour Media Group"))?.outlet).toBeUndefined();
    // A company's form the page also declares as its site's name is that name.
    expect(read(`${ld("Tidewater Media")}<meta property="og:site_name" content="Tidewater Media">`)?.outlet).toBe(
      "Tidewater Media",
    );
  });

  it("writes the site's name without the copyright sign set after it", () => {
    expect(read(`<meta property="og:site_name" content="Tidewater Times©">`)?.outlet).toBe("Tidewater Times");
  });

  it("reads an author spelled as the site's name or its address, or a desk's post, as no one", () => {
    expect(
      read(`<meta property="og:site_name" content="HARBOR.post"><meta name="author" content="harborpost">`)?.byline,
    ).toBeUndefined();
    expect(read(`<meta name="author" content="Harbor Post">`)?.byline).toBeUndefined();
    expect(read(`<meta name="author" content="Online News Editor">`)?.byline).toBeUndefined();
    expect(read(`<meta name="author" content="Jane Roe">`)?.byline).toBe("Jane Roe");
  });

  it("takes no section the address's path names from the title as the site", () => {
    const og = `<meta property="og:title" content="Patrols extended">`;
    expect(read(og, "Patrols extended - Local")?.outlet).toBeUndefined();
    expect(read(og, "Patrols extended - Tidewater Times")?.outlet).toBe("Tidewater Times");
  });
});
