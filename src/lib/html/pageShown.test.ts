/** What a page shows under its headline: its byline and its standfirst. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  headingTexts,
  scriptWrittenDate,
  markedAuthor,
  partHeadline,
  shownByline,
  shownHeadline,
  shownDate,
  shownStandfirst,
  pathSpells,
  siteName,
  titleSitePart,
} from "./pageShown.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;
const HEADLINE = "Harbor council votes to close the old pier";
const prose =
  "<p>The Harbor council voted on Tuesday to close the old pier for repairs that are expected to last at least two years, members said after a long meeting.</p>";

describe("the site's name in a <title> of several parts", () => {
  it("reads the last part, whatever the separator a site sets between them", () => {
    expect(titleSitePart("Pier to close · Local News · The Harbor Post")).toBe("The Harbor Post");
    expect(titleSitePart("Pier to close | Local | Harbor Post | Harbor Post")).toBe("Harbor Post");
    expect(titleSitePart("Pier to close")).toBeUndefined();
    expect(siteName(undefined, `${HEADLINE} · Local News · The Harbor Post`, undefined, HEADLINE)).toBe(
      "The Harbor Post",
    );
  });

  it("reads the site's name before a closing breadcrumb, never the breadcrumb", () => {
    expect(siteName(undefined, `${HEADLINE} - Harbor Post - Local > Photos`, undefined, HEADLINE)).toBe("Harbor Post");
    expect(siteName(undefined, `${HEADLINE} - Local > Photos`, undefined, HEADLINE)).toBeUndefined();
  });
  it("reads the part before a closing section trail, never the trail", () => {
    expect(titleSitePart("Pier to close - Harbor Post - Sports > Photos")).toBe("Harbor Post");
    expect(titleSitePart("Pier to close - Sports > Photos")).toBeUndefined();
  });
  it("reads a closing part in small letters only when it is the page's own address", () => {
    const url = "https://www.harborpost.de/politik/pier-to-close";
    expect(siteName(undefined, `${HEADLINE} - harborpost.de`, undefined, HEADLINE, url)).toBe("harborpost.de");
    expect(siteName(undefined, `${HEADLINE} - otherpaper.de`, undefined, HEADLINE, url)).toBeUndefined();
    expect(siteName(undefined, `${HEADLINE} - lokalt`, undefined, HEADLINE, url)).toBeUndefined();
  });
  it("takes no part the page's address spells in its path: a section's name", () => {
    const url = "https://harborpost.example/lokalt/pier-to-close-lokalt";
    expect(siteName(undefined, `${HEADLINE} - Lokalt`, undefined, HEADLINE, url)).toBeUndefined();
    expect(siteName(undefined, `${HEADLINE} - Harbor Post`, undefined, HEADLINE, url)).toBe("Harbor Post");
    expect(pathSpells("La Ciudad", "https://example.com/nota/2020-4-15-pier-closes-la-ciudad")).toBe(true);
    expect(pathSpells("Día", "https://example.com/dia/pier")).toBe(true);
    expect(pathSpells("Harbor Post", "https://harborpost.example/news/pier")).toBe(false);
  });
});

describe("headingTexts", () => {
  it("leaves out what a heading holds hidden, never its shown words", () => {
    const button = `<a class="btn" style="display: none">Open in editor</a>`;
    const label = `<i hidden>: </i>`;
    expect(headingTexts(page(`<h1>${HEADLINE} ${button}</h1><h2>Local${label} news</h2>`))).toEqual([
      HEADLINE,
      "Local news",
    ]);
  });
});

describe("shownHeadline", () => {
  it("reads the declared title a heading closes on after a section's label and a separator", () => {
    const title = "Pier repairs: two views from the harbor";
    expect(shownHeadline([`Readers' Letters | ${title}`], [title])).toBe(title);
    // A kicker before a spaced hyphen, as a hidden separator between its element and the headline's reads.
    expect(shownHeadline([`Reopening in Portmarsh - ${title}`], [title])).toBe(title);
    // A hyphen inside a word is no separator.
    expect(shownHeadline([`Cross-${title}`], [title])).toBeUndefined();
    // No separator: the words before are the headline's own.
    expect(shownHeadline([`Why ${title}`], [title])).toBeUndefined();
  });
});

describe("partHeadline", () => {
  it("is a heading that is one whole part of a declared title, beside a site's or a show's name", () => {
    expect(partHeadline(["Harbor", "Pier"], ["Pier - Harborpedia"], ["Harborpedia"])).toBe("Pier");
    expect(partHeadline(["Night Shift", "Ana Ruiz"], ["Night Shift - Ana Ruiz"], ["HRB"])).toBe("Night Shift");
    expect(partHeadline(["Episode 4", "Ana Ruiz"], ["Night Shift - Ana Ruiz"], ["HRB"])).toBe("Ana Ruiz");
  });

  it("is never the site's own name, nor a heading of a title with no separator", () => {
    expect(partHeadline(["Harborpedia"], ["Pier - Harborpedia"], ["Harborpedia"])).toBeUndefined();
    expect(partHeadline(["Pier"], ["Pier closes"], [undefined])).toBeUndefined();
  });
});

describe("shownByline", () => {
  it("sets apart a name and a role the page sets in two elements with no space", () => {
    const doc = page(
      `<h1>${HEADLINE}</h1><div class="author-name"><span>By</span> <a href="/p/jr">Jane Roe</a><span class="author-title">Staff Writer</span></div>${prose}`,
    );
    expect(shownByline(doc, HEADLINE)).toBe("Jane Roe");
    expect(markedAuthor(doc, HEADLINE)).toBe("Jane Roe");
  });
  it("reads two authors the page sets in elements of their own, joined by an 'and' of its own", () => {
    const doc = page(
      `<h1>${HEADLINE}</h1><div class="by">By <div><a href="/p/jr">Jane Roe</a></div><span> and </span><div><a href="/p/tb">Tom Becker</a></div></div>${prose}`,
    );
    expect(shownByline(doc, HEADLINE)).toBe("Jane Roe and Tom Becker");
    // An "and" before no name joins nothing.
    const tail = page(`<h1>${HEADLINE}</h1><div>By Jane Roe</div><div>and</div><div>more stories</div>${prose}`);
    expect(shownByline(tail, HEADLINE)).toBe("Jane Roe");
  });
  it("reads the byline and date under a standfirst of more than a line", () => {
    const doc = page(
      `<h1>${HEADLINE}</h1><p class="intro">Fishermen say the pier has been unsafe for years, and the council finally agreed with them last night after a long and angry public meeting at the hall.</p><div>By Jane Roe / Published 4th March 2025</div>${prose}`,
    );
    expect(shownByline(doc, HEADLINE)).toBe("Jane Roe");
    expect(shownDate(doc, HEADLINE)).toBe("2025-03-04");
  });
  it("reads the date set under a standfirst of more than a line, after a one-word label", () => {
    const dek =
      "Fishermen say the pier has been unsafe for years, and the council finally agreed with them last night after a long and angry public meeting at the hall.";
    const doc = page(`<h1>${HEADLINE}</h1><p>${dek}</p><div><span>On</span> <span>3/14/2025</span></div>${prose}`);
    expect(shownDate(doc, HEADLINE)).toBe("2025-03-14");
    const apart = page(`<h1>${HEADLINE}</h1><p>${dek}</p><div>On</div><div>3/14/2025</div><div>by</div>${prose}`);
    expect(shownDate(apart, HEADLINE)).toBe("2025-03-14");
    // Prose after the long line is the article: no date is read from it.
    const lede = page(
      `<h1>${HEADLINE}</h1><p>${dek}</p><p>On 3/14/2025 the council met again to vote on the plan.</p>`,
    );
    expect(shownDate(lede, HEADLINE)).toBeUndefined();
  });
  it("reads no date from a fact box under the headline, but still the stamp there", () => {
    const box = `<table class="facts"><tr><th>Built</th><td>June 12, 1904; 121 years ago</td></tr><tr><th>Keeper</th><td>Harbor council</td></tr></table>`;
    // The box's date is when the pier was built, not when the page was published.
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${box}${prose}`), HEADLINE)).toBeUndefined();
    const listed = `<dl><dt>Built</dt><dd>June 12, 1904</dd></dl>`;
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${listed}${prose}`), HEADLINE)).toBeUndefined();
    // A stamp under the headline is still read, before or after the box.
    expect(shownDate(page(`<h1>${HEADLINE}</h1><div>March 4, 2025</div>${box}${prose}`), HEADLINE)).toBe("2025-03-04");
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${box}<div>March 4, 2025</div>${prose}`), HEADLINE)).toBe("2025-03-04");
  });
  it("reads the byline under a lead picture whose long caption is no running prose", () => {
    const doc = page(
      `<h1>${HEADLINE}</h1><figure><img src="p.jpg" alt=""><div>Members of the council walk along the old pier on a grey morning before the vote, which came after months of complaints from fishermen and residents about its state.</div><div>(Ana Ruiz / Harbor Post)</div></figure><div>By Jane Roe</div>${prose}`,
    );
    expect(shownByline(doc, HEADLINE)).toBe("Jane Roe");
  });
  it("reads a name and a newsroom role on one line with no 'By', and a name opened by initials", () => {
    const card = page(`<h1>${HEADLINE}</h1><div>Jane Roe Senior Politics Editor, Harbor Post</div>${prose}`);
    expect(shownByline(card, HEADLINE)).toBe("Jane Roe");
    const initials = page(`<h1>${HEADLINE}</h1><div>By T.C. Roe Nov 29, 2016, 10:00am EST</div>${prose}`);
    expect(shownByline(initials, HEADLINE)).toBe("T.C. Roe");
  });
  it("reads the author's link after an avatar link that holds only a picture", () => {
    const doc = page(
      `<h1>${HEADLINE}</h1><div class="byline"><a href="/a/jr" rel="author"><img src="jr.jpg" alt="Jane Roe"></a><span class="vcard"><a href="/a/jr" rel="author">Jane Roe</a><a href="https://x.example/jr">Twitter</a></span><span class="author-title">News Writer</span></div>${prose}`,
    );
    expect(markedAuthor(doc, HEADLINE)).toBe("Jane Roe");
  });
  it("reads an element classed the author whose whole text is a person's name, not one holding other words", () => {
    const named = page(
      `<h1>${HEADLINE}</h1><div class="info"><div class="author-2">Jane Roe</div><span>4/5/2025 10:30</span></div>${prose}`,
    );
    expect(markedAuthor(named, HEADLINE)).toBe("Jane Roe");
    const wordy = page(`<h1>${HEADLINE}</h1><div class="author">More from our harbour desk</div>${prose}`);
    expect(markedAuthor(wordy, HEADLINE)).toBeUndefined();
    const boxed = page(
      `<h1>${HEADLINE}</h1><span class="author"><a href="/a/jr">Jane Roe</a><a href="https://x.example/jr"><i>Twitter</i></a></span>${prose}`,
    );
    expect(markedAuthor(boxed, HEADLINE)).not.toBe("Jane RoeTwitter");
  });
  it("reads every author a byline box marks, one element each, and no marked name outside it", () => {
    const box = `<div class="bylines"><div class="byline"><a rel="author" href="mailto:a@x.example"><span>Ana</span> <span>Ruiz</span></a></div><div class="byline"><a rel="author" href="mailto:t@x.example">Tom Vale</a></div></div>`;
    expect(markedAuthor(page(`<h1>${HEADLINE}</h1>${box}${prose}`), HEADLINE)).toBe("Ana Ruiz, Tom Vale");
    const apart = page(
      `<h1>${HEADLINE}</h1><div class="byline"><a rel="author" href="/a/ar">Ana Ruiz</a> reports on the harbour and its trade, the port authority and the shipping lines, the fishing fleet, its quotas and its catch, for the city desk.</div><aside><a rel="author" href="/a/tv">Tom Vale</a></aside>${prose}`,
    );
    expect(markedAuthor(apart, HEADLINE)).toBe("Ana Ruiz");
  });
  it("reads a news agency marked as the author, past a long caption that closes on its photographer's credit", () => {
    const caption =
      "<p>A crane lifts a section of the old pier onto a barge in the harbour at first light on Tuesday, as workers prepare the site for two years of repairs. (Jane Roe/Reuters)</p>";
    const doc = page(
      `<h1>${HEADLINE}</h1>${caption}<span class="meta"><a href="/a/wire" rel="author">Reuters</a></span>${prose}`,
    );
    expect(markedAuthor(doc, HEADLINE)).toBe("Reuters");
    // A phrase that is neither a person's name nor a known agency is no credit.
    const desk = page(
      `<h1>${HEADLINE}</h1><span class="meta"><a href="/a/desk" rel="author">Harbor desk team</a></span>${prose}`,
    );
    expect(markedAuthor(desk, HEADLINE)).toBeUndefined();
  });
  it("reads an agency's credit in capitals set in an element marked as the credit under the headline", () => {
    const doc = page(`<header><h1>${HEADLINE}</h1><p class="credit">HARBORWIRE</p></header>${prose}`);
    expect(markedAuthor(doc, HEADLINE)).toBe("HARBORWIRE");
    // The same mark after a picture is the picture's credit, and a sentence in it is none.
    const pictured = page(`<h1>${HEADLINE}</h1><img src="pier.jpg" alt=""><p class="credit">HARBORWIRE</p>${prose}`);
    expect(markedAuthor(pictured, HEADLINE)).toBeUndefined();
    const caption = page(`<h1>${HEADLINE}</h1><p class="story-credit">The old pier at dawn.</p>${prose}`);
    expect(markedAuthor(caption, HEADLINE)).toBeUndefined();
  });
  it("reads the name in a box marked as the byline that holds only a date and the name", () => {
    const box = (inner: string, mark = 'id="article-byline"') =>
      page(`<h1>${HEADLINE}</h1><div ${mark}>${inner}</div>${prose}`);
    const dated = `<span><a href="/2009/oct/14">October 14, 2009</a></span><span>|</span><span>Jane Roe</span>`;
    expect(markedAuthor(box(dated), HEADLINE)).toBe("Jane Roe");
    // Another part beside them, a box not marked as a byline, or no person's name: none.
    expect(markedAuthor(box(`${dated}<span>|</span><span>Sacramento</span>`), HEADLINE)).toBeUndefined();
    expect(markedAuthor(box(dated, 'class="meta"'), HEADLINE)).toBeUndefined();
    expect(markedAuthor(box(`October 14, 2009 | Politics`), HEADLINE)).toBeUndefined();
  });
  it("reads no byline under a teaser's heading that repeats the headline inside a link", () => {
    const rail = `<div class="rail"><a href="/this-story"><h3>${HEADLINE}</h3></a><a href="/x">Another story</a><a class="attribution" href="https://ads.example">By Adrail</a></div>`;
    expect(shownByline(page(`<h1>${HEADLINE}</h1>${prose}${rail}`), HEADLINE)).toBeUndefined();
    // A page whose only heading with the headline sits in a link still reads the lines under it.
    expect(
      shownByline(page(`<a href="/this-story"><h1>${HEADLINE}</h1></a><div>By Jane Roe</div>${prose}`), HEADLINE),
    ).toBe("Jane Roe");
  });
  it("reads no byline from a line that is a headline about a person named to a post", () => {
    const doc = page(`<h1>${HEADLINE}</h1><div>Jane Roe Named Editor</div>${prose}`);
    expect(shownByline(doc, HEADLINE)).toBeUndefined();
  });
});

describe("a credit line set apart by slashes, and an archive's notice above the headline", () => {
  const credit = `<div class="byline"><a href="/r/jr">Jane Roe</a> / TNN / <span>Updated: Oct 9, 2019, 11:05 IST</span></div>`;
  it("reads the name of a credit line whose parts a slash sets apart, with a wire's label and a stamp", () => {
    expect(shownByline(page(`<h1>${HEADLINE}</h1>${credit}${prose}`), HEADLINE)).toBe("Jane Roe");
  });
  it("reads no byline from slashed words that are no name beside a date", () => {
    expect(shownByline(page(`<h1>${HEADLINE}</h1><div>Harbor / Piers / Oct 9, 2019</div>${prose}`), HEADLINE)).toBe(
      undefined,
    );
  });
  it("takes the day an archive's notice over the headline states, and never the update stamp", () => {
    const noticed = page(`<div>This story is from October 9, 2019</div><h1>${HEADLINE}</h1>${credit}${prose}`);
    expect(shownDate(noticed, HEADLINE)).toBe("2019-10-09");
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${credit}${prose}`), HEADLINE)).toBeUndefined();
  });
  it("passes over a date under an update label standing alone for the next date", () => {
    const stamps = `<ul><li><div>Updated:</div><div>Mar 6, 2018</div><div>Original:</div><div>Dec 21, 2016</div></li></ul>`;
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${stamps}${prose}`), HEADLINE)).toBe("2016-12-21");
    // A date under any other line is still the publication date.
    const plain = `<div>Harbor desk</div><div>Mar 6, 2018</div>`;
    expect(shownDate(page(`<h1>${HEADLINE}</h1>${plain}${prose}`), HEADLINE)).toBe("2018-03-06");
  });
  it("reads no bare date above the headline (a masthead's clock)", () => {
    const clock = page(`<div>Friday, October 11, 2019</div><h1>${HEADLINE}</h1>${prose}`);
    expect(shownDate(clock, HEADLINE)).toBeUndefined();
  });
});

describe("shownStandfirst", () => {
  const dek = "Repairs will take two years, and the fishermen who use the pier are not happy about it";
  it("reads a standfirst marked as the article's subheading", () => {
    const sub = page(`<h1>${HEADLINE}</h1><h2 class="comp article-subheading">${dek}</h2>${prose}`);
    expect(shownStandfirst(sub, HEADLINE)).toBe(dek);
  });
  it("takes no sign-up form's prompt, though its class names a subheading", () => {
    const form = `<form><div class="sub-heading">Let the Harbor Desk send you the latest from our pier expert.</div><input type="email" name="email"><button>Sign up</button></form>`;
    expect(
      shownStandfirst(page(`<h1>${HEADLINE}</h1><div class="newsletter">${form}</div>${prose}`), HEADLINE),
    ).toBeUndefined();
    // A page wrapped whole in one form still has its standfirst.
    const whole = `<form><h1>${HEADLINE}</h1><h2 class="article-subheading">${dek}</h2>${prose}${prose}${prose}<input type="email" name="email"></form>`;
    expect(shownStandfirst(page(whole), HEADLINE)).toBe(dek);
  });
  it("takes no figure's caption, though its class calls it a subtitle", () => {
    const figure = `<figure><img src="pier.jpg"><figcaption class="content-img-subtitle">The old pier at dusk. <span class="credit">Harbor Photo</span></figcaption></figure>`;
    expect(shownStandfirst(page(`<h1>${HEADLINE}</h1>${figure}${prose}`), HEADLINE)).toBeUndefined();
  });
  it("reads a standfirst its box's id marks, never a lede the prose runs on from", () => {
    const doc = page(`<h1>${HEADLINE}</h1><div id="mod-article-subtitle"><h2>${dek}.</h2></div>${prose}`);
    expect(shownStandfirst(doc, HEADLINE)).toBe(`${dek}.`);
    const lede = page(`<h1>${HEADLINE}</h1><div><p id="speakable-summary">${dek}.</p>${prose}</div>`);
    expect(shownStandfirst(lede, HEADLINE)).toBeUndefined();
  });
  it("reads a short marked standfirst that ends as a sentence ends, never a short label", () => {
    const clipped = page(`<h1>${HEADLINE}</h1><p class="subtitle">"... until the spring.”</p>${prose}`);
    expect(shownStandfirst(clipped, HEADLINE)).toBe(`"... until the spring.”`);
    const label = page(`<h1>${HEADLINE}</h1><p class="subtitle">Harbor news</p>${prose}`);
    expect(shownStandfirst(label, HEADLINE)).toBeUndefined();
    const word = page(`<h1>${HEADLINE}</h1><p class="subtitle">Updated.</p>${prose}`);
    expect(shownStandfirst(word, HEADLINE)).toBeUndefined();
  });
  it("reads a marked subheading of three words or more set right under the headline", () => {
    const second = page(`<h1>${HEADLINE}</h1><h2 class="subtitle">Mending the Old Pier</h2>${prose}`);
    expect(shownStandfirst(second, HEADLINE)).toBe("Mending the Old Pier");
    const two = page(`<h1>${HEADLINE}</h1><h2 class="subtitle">Harbor news</h2>${prose}`);
    expect(shownStandfirst(two, HEADLINE)).toBeUndefined();
    const paragraph = page(`<h1>${HEADLINE}</h1><p class="subtitle">Mending the Old Pier</p>${prose}`);
    expect(shownStandfirst(paragraph, HEADLINE)).toBeUndefined();
  });
  it("reads a three-word subtitle that closes a heading group with the headline, never one among paragraphs", () => {
    const grouped = page(
      `<header><h1>${HEADLINE}</h1><p class="post-subtitle">Mending the Old Pier</p></header>${prose}`,
    );
    expect(shownStandfirst(grouped, HEADLINE)).toBe("Mending the Old Pier");
    const label = page(`<header><h1>${HEADLINE}</h1><p class="post-subtitle">Harbor news</p></header>${prose}`);
    expect(shownStandfirst(label, HEADLINE)).toBeUndefined();
    const unmarked = page(`<header><h1>${HEADLINE}</h1><p class="post-note">Mending the Old Pier</p></header>${prose}`);
    expect(shownStandfirst(unmarked, HEADLINE)).toBeUndefined();
  });
  it("reads a standfirst whose class runs the word on ('articleabstract') ('postsubtitle')", () => {
    for (const mark of ["articleabstract", "postsubtitle", "storySummary"]) {
      const marked = page(`<h1>${HEADLINE}</h1><p class="${mark}">${dek}.</p>${prose}`);
      expect(shownStandfirst(marked, HEADLINE)).toBe(`${dek}.`);
    }
    // A word merely inside another ("abstractions") marks nothing, nor a list of points ("abstract__list").
    const points = page(`<h1>${HEADLINE}</h1><ul class="abstract__list"><li>${dek}.</li></ul>${prose}`);
    expect(shownStandfirst(points, HEADLINE)).toBeUndefined();
    const inside = page(`<h1>${HEADLINE}</h1><p class="abstractions">${dek}.</p>${prose}`);
    expect(shownStandfirst(inside, HEADLINE)).toBeUndefined();
  });
  it("reads a teaser or description set right under the headline, never one further down", () => {
    for (const mark of ["feature-teaser", "page-desc", "storydescription"]) {
      const under = page(`<h1>${HEADLINE}</h1><p class="${mark}">${dek}.</p>${prose}`);
      expect(shownStandfirst(under, HEADLINE)).toBe(`${dek}.`);
      const below = page(`<h1>${HEADLINE}</h1><p>By the harbor desk</p>${prose}<p class="${mark}">${dek}.</p>`);
      expect(shownStandfirst(below, HEADLINE)).toBeUndefined();
    }
  });
  it("reads a story's excerpt set right under its headline, holding its summary in a paragraph", () => {
    const excerpt = page(`<h1>${HEADLINE}</h1><span class="post-excerpt"><p>${dek}.</p></span>${prose}`);
    expect(shownStandfirst(excerpt, HEADLINE)).toBe(`${dek}.`);
    // Further down, an excerpt is a teaser's summary of another story.
    const teaser = page(
      `<h1>${HEADLINE}</h1><p>By the harbor desk</p>${prose}<span class="post-excerpt"><p>${dek}.</p></span>`,
    );
    expect(shownStandfirst(teaser, HEADLINE)).toBeUndefined();
  });
  it("leaves out the date the standfirst's box closes on", () => {
    const dated = page(
      `<h1>${HEADLINE}</h1><div class="story-deck"><h2>${dek}.<span class="when">Tuesday, 4 March 2025</span></h2></div>${prose}`,
    );
    expect(shownStandfirst(dated, HEADLINE)).toBe(`${dek}.`);
  });
  it("takes no unmarked heading under the headline, nor a marked one after the article's prose", () => {
    expect(shownStandfirst(page(`<h1>${HEADLINE}</h1><h2>${dek}</h2>${prose}`), HEADLINE)).toBeUndefined();
    const late = page(`<h1>${HEADLINE}</h1>${prose}<div class="article-subheading">${dek}</div>`);
    expect(shownStandfirst(late, HEADLINE)).toBeUndefined();
  });
});

describe("scriptWrittenDate", () => {
  const stamp = (script: string) =>
    `<h1>${HEADLINE}</h1><div class="byline">By Jane Roe</div><div class="stamp"><script>${script}</script></div>${prose}`;

  it("reads the day a script under the headline writes, one per edition alike", () => {
    const both = `if (location.hostname.indexOf('intl.') > -1) {document.write('March 4, 2012 -- Updated 0210 GMT');} else {document.write('March 4, 2012 9:10 p.m. EST');}`;
    expect(scriptWrittenDate(page(stamp(both)), HEADLINE)).toBe("2012-03-04");
    expect(scriptWrittenDate(page(stamp(`document.write("Posted March 4, 2012")`)), HEADLINE)).toBe("2012-03-04");
  });

  it("reads none where the written days differ, nothing is a date, or the script stands after the prose", () => {
    expect(
      scriptWrittenDate(page(stamp(`document.write('March 4, 2012'); document.write('March 9, 2012');`)), HEADLINE),
    ).toBeUndefined();
    expect(scriptWrittenDate(page(stamp(`document.write(new Date().toString())`)), HEADLINE)).toBeUndefined();
    const late = `<h1>${HEADLINE}</h1>${prose}<script>document.write('March 4, 2012')</script>`;
    expect(scriptWrittenDate(page(late), HEADLINE)).toBeUndefined();
  });
});
