/** What a page declares, read as a reader would: dates, entities and markup in declared values. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  classedPublishedDay,
  declaredDay,
  declaredText,
  pageMeta,
  soleTimePubdate,
  twitterCardAuthor,
  withAddressMonthFirst,
  withoutSiteName,
} from "./pageMeta.ts";

describe("declaredDay", () => {
  it.each([
    ["2019-11-19T06:56:43-05:00", "2019-11-19"],
    ["Mon, 18 Nov 2019 16:07:38 -0600", "2019-11-18"],
    ["19 Nov 2019 07:09 GMT", "2019-11-19"],
  ])("reads %j as %j", (value, day) => {
    expect(declaredDay(value)).toBe(day);
  });

  it("reads a date in words only where words are allowed (not a <time datetime>)", () => {
    expect(declaredDay("jueves, 09 enero 2014 10:21", false)).toBeUndefined();
  });

  it("reads a placeholder year as no date", () => {
    expect(declaredDay("0001-01-01T00:00:00Z")).toBeUndefined();
  });
});

describe("declaredText", () => {
  it("reads markup escaped into a declared text as the text it shows, one paragraph a line", () => {
    expect(declaredText("One two.\r\n\r\n&lt;div&gt;&lt;span&gt;Caption&lt;/span&gt;&lt;/div&gt;\r\n\r\nThree.")).toBe(
      "One two.\nCaption\nThree.",
    );
    expect(declaredText('<p class="x">One&nbsp;two.</p><p>Three</p>')).toBe("One two.\nThree");
  });

  it("returns text without markup as written", () => {
    expect(declaredText("Plain a < b and c > d.")).toBe("Plain a < b and c > d.");
  });
});

describe("pageMeta", () => {
  it("reads a JSON-LD headline's entities as the characters they stand for", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Review &#8211; shoots for the moon" });
    const { document } = parseHTML(`<html><head><script type="application/ld+json">${ld}</script></head></html>`);
    expect(pageMeta(document).title).toBe("Review – shoots for the moon");
  });
  it("reads Dublin Core's creator as an author, and no organisation the microdata marks as one", () => {
    const { document } = parseHTML(
      `<html><head><meta name="DC.Creator" content="Lena Marsh"></head><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Kelp farms spread north</h1><div itemprop="author" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Coastal Weekly Newsroom"></div></article></body></html>`,
    );
    expect(pageMeta(document).bylines).toEqual(["Lena Marsh"]);
  });
  it("reads no e-mail address as an author, and the writer a Twitter card's 'Written by' label declares", () => {
    const { document } = parseHTML(
      `<html><head><meta name="author" content="l.marsh@coastal-weekly.example"><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Lena Marsh"></head><body></body></html>`,
    );
    expect(pageMeta(document).bylines).toEqual(["Lena Marsh"]);
    expect(twitterCardAuthor(parseHTML("<html><head></head></html>").document)).toBeUndefined();
  });
  it("reads the author a CMS declares as articleAuthor", () => {
    const { document } = parseHTML(
      `<html><head><meta name="articleAuthor" content="Harbour Wire"></head><body></body></html>`,
    );
    expect(pageMeta(document).bylines).toEqual(["Harbour Wire"]);
  });
  it("reads an author meta whose name is written with a capital", () => {
    const { document } = parseHTML(`<html><head><meta name="Author" content="Lena Marsh"></head><body></body></html>`);
    expect(pageMeta(document).bylines).toEqual(["Lena Marsh"]);
  });
});

describe("withoutSiteName", () => {
  it("cuts the declared site name after a separator, '_' as well", () => {
    expect(withoutSiteName("Patrols extended | Border Times", ["Border Times"])).toBe("Patrols extended");
    expect(withoutSiteName("Patrols extended_Border Times", ["Border Times"])).toBe("Patrols extended");
  });

  it("keeps a title whose end is no declared site name, or joined without a separator", () => {
    expect(withoutSiteName("Patrols extended_World", ["Border Times"])).toBe("Patrols extended_World");
    expect(withoutSiteName("Meet the Border Times", ["Border Times"])).toBe("Meet the Border Times");
  });
});

describe("pageMeta's publication day", () => {
  it("reads article:published_time also under the og: prefix, past a JSON-LD block that does not parse", () => {
    const head = `<script type="application/ld+json">{"datePublished": "2019-11-18T00:21:00Z", "description": 'x'}</script><meta property="og:article:published_time" content="2019-11-19T21:57:01+0000">`;
    expect(pageMeta(parseHTML(`<html><head>${head}</head><body></body></html>`).document).published).toBe("2019-11-19");
  });

  const page = (body: string) =>
    pageMeta(
      parseHTML(
        `<html><head><meta property="article:published_time" content="2019-11-19T07:03:25+00:00"></head><body>${body}</body></html>`,
      ).document,
    );

  it("is the local day a <time> shows for the same UTC moment", () => {
    expect(page(`<time datetime="2019-11-19T07:03:25+00:00">November 18, 2019 11:03 PM</time>`).published).toBe(
      "2019-11-18",
    );
  });

  it("is the local day an element its class names the publication date shows for the same moment", () => {
    const shown = `<div class="ArticlePage-datePublished"><div>November 18, 2019</div> <div>11:03 PM</div></div>`;
    expect(page(shown).published).toBe("2019-11-18");
    // Another class (a teaser's stamp) is not the page's declaration.
    expect(page(shown.replace("datePublished", "promoTimestamp")).published).toBe("2019-11-19");
  });

  it("reads the UTC moment in the zone a <time> of an update shows", () => {
    // 07:03 UTC, updated at 07:30 UTC shown as 11:30 PM: the page writes at UTC−8, published on the 18th.
    const update = `<time datetime="2019-11-19T07:30:00Z">Updated 11:30 PM, November 18, 2019</time>`;
    expect(page(update).published).toBe("2019-11-18");
    expect(page(update.replace("11:30 PM, November 18", "7:30 AM, November 19")).published).toBe("2019-11-19");
  });

  it("stays the UTC day when no <time> tells the moment in a local clock", () => {
    expect(page(`<time datetime="2019-11-19T07:03:25+00:00">November 19, 2019</time>`).published).toBe("2019-11-19");
    expect(page(`<p>Posted November 18</p>`).published).toBe("2019-11-19");
  });
});

describe("pageMeta's publication day from declarations a page writes its own way", () => {
  const published = (head: string, body = "") =>
    pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document).published;

  it("reads a date <meta> whatever the case of its name", () => {
    expect(published(`<meta name="publishDate" content="2021-04-06 09:30:00.000-0500">`)).toBe("2021-04-06");
    expect(published(`<meta name="DC.Date.Issued" content="2021-04-06">`)).toBe("2021-04-06");
  });

  it("reads the instant the stamp's element declares, with the day it shows", () => {
    // 2021-04-06T15:00:00Z, shown month first.
    const stamp = `<h1>Patrols extended</h1><span data-publishtime="1617721200000">4/06/21 8:00am</span>`;
    expect(published("", stamp)).toBe("2021-04-06");
    // A reply's instant after it is not the article's.
    expect(published("", `${stamp}<span data-publishtime="1617900000000">4/08/21 9:40am</span>`)).toBe("2021-04-06");
  });
});

describe("pageMeta's publication day from a <time> the page labels", () => {
  const published = (body: string) =>
    pageMeta(parseHTML(`<html><head></head><body><h1>Adviser named</h1>${body}</body></html>`).document).published;
  const term = (label: string, iso: string, words: string) =>
    `<div class="term">${label}</div><div class="value"><span><time datetime="${iso}">${words}</time></span></div>`;

  it("passes over a <time> under an update label for the next one", () => {
    const updated = term("Updated:", "2018-03-06T19:49:32-05:00", "Mar 6, 2018");
    const original = term("Original:", "2016-12-21T18:49:10-05:00", "Dec 21, 2016");
    expect(published(`<ul><li>${updated}${original}</li></ul>`)).toBe("2016-12-21");
    expect(published(`<p>Posted Dec 21, 2016 | Last updated <time datetime="2018-03-06">Mar 6</time></p>`)).toBe(
      undefined,
    );
  });

  it("passes over a <time> that says it is an update, in its words or its microdata", () => {
    expect(published(`<p><time datetime="2018-03-06T07:07:00-04:00">Last updated March 6, 2018</time></p>`)).toBe(
      undefined,
    );
    const modified = `<time datetime="2018-03-06" itemprop="dateModified">March 6, 2018</time>`;
    expect(published(`<p>${modified}</p><p><time datetime="2016-12-21">Dec 21, 2016</time></p>`)).toBe("2016-12-21");
  });

  it("passes over a <time> inside an embedded post: when it was posted is not when the page was", () => {
    const post = `<blockquote class="instagram-media"><p>A post shared by a singer on <time datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016 at 9:10am PST</time></p></blockquote>`;
    expect(published(`<p>The singer shared a photo.</p>${post}`)).toBe(undefined);
    const tweet = `<blockquote class="twitter-tweet"><p>Words</p>— A (@a) <time datetime="2016-12-05">December 5, 2016</time></blockquote>`;
    expect(published(`${tweet}${term("Published:", "2016-12-07T20:53:36Z", "Dec 7, 2016")}`)).toBe("2016-12-07");
    // The page's own <time>, outside any post, is still read.
    expect(published(`<p><time datetime="2016-12-07T20:53:36Z">December 7, 2016</time></p>${post}`)).toBe("2016-12-07");
  });

  it("keeps the first <time> when no update label stands before it", () => {
    const first = term("Published:", "2016-12-21T18:49:10-05:00", "Dec 21, 2016");
    const second = term("Updated:", "2018-03-06T19:49:32-05:00", "Mar 6, 2018");
    expect(published(`${first}${second}`)).toBe("2016-12-21");
    // A sentence that tells of an update is no label.
    expect(published(`<p>The list was updated</p><time datetime="2018-03-06">Mar 6, 2018</time>`)).toBe("2018-03-06");
  });
});

describe("pageMeta's publication day from an hAtom entry", () => {
  const published = (body: string) =>
    pageMeta(parseHTML(`<html><head></head><body>${body}</body></html>`).document).published;

  it("reads the instant an entry's published stamp holds in its title or datetime", () => {
    const entry = (stamp: string) =>
      `<div class="post hentry"><h3 class="entry-title">Harbour notes</h3><p>Text.</p>${stamp}</div>`;
    expect(published(entry(`<abbr class="published" title="2021-04-06T21:30:00-08:00">9:30 PM</abbr>`))).toBe(
      "2021-04-06",
    );
    expect(published(entry(`<time class="dt-published" datetime="2021-04-06">Tuesday</time>`))).toBe("2021-04-06");
  });

  it("reads the stamp's value, not its words, past a microdata property whose text is only a clock", () => {
    const stamp = `<abbr class="published" itemprop="datePublished" title="2021-04-06T21:30:00-08:00">9:30 PM</abbr>`;
    expect(published(`<div class="hentry" itemscope itemtype="http://schema.org/BlogPosting">${stamp}</div>`)).toBe(
      "2021-04-06",
    );
  });

  it("reads no stamp outside an entry, nor one that declares no instant", () => {
    expect(published(`<aside><abbr class="published" title="2021-04-06">9:30 PM</abbr></aside>`)).toBeUndefined();
    expect(published(`<div class="hentry"><span class="published">9:30 PM</span></div>`)).toBeUndefined();
  });
});

describe("pageMeta's title from an hAtom entry", () => {
  const meta = (head: string, body: string) =>
    pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);

  it("is the one entry's marked title, after the titles the page declares by name", () => {
    const body = `<div class="hentry"><p class="body"><span class="entry-title">Ferry fares rise in spring</span></p>
      <span class="vcard author"><span class="fn p-name">Ana Ruiz</span></span><p>Text.</p></div>`;
    expect(meta("<title>Wire stories</title>", body).title).toBe("Ferry fares rise in spring");
    expect(meta("<title>Wire stories</title>", body).titles).toEqual(["Ferry fares rise in spring", "Wire stories"]);
    const declared = `<meta property="og:title" content="Ferry fares to rise">`;
    expect(meta(declared, body).title).toBe("Ferry fares to rise");
  });

  it("is none on a page of several entries, or an entry with several titles", () => {
    const entry = (title: string) => `<div class="hentry"><h2 class="entry-title">${title}</h2></div>`;
    expect(meta("", entry("Ferry fares rise") + entry("Pier closes")).title).toBeUndefined();
    const two = `<div class="h-entry"><h2 class="p-name">Ferry fares rise</h2><h3 class="p-name">Pier closes</h3></div>`;
    expect(meta("", two).title).toBeUndefined();
  });
});

describe("pageMeta's publication day against the stamp the page shows", () => {
  const page = (body: string) =>
    pageMeta(
      parseHTML(
        `<html><head><meta itemprop="datePublished" content="2019-11-19 19:31:39"></head><body>${body}</body></html>`,
      ).document,
    ).published;
  const stamp = (iso: string, words: string) => `<time datetime="${iso} 18:05:00">${words} -- 18:05 GMT</time>`;

  it("is the earlier day every <time> under the headline shows, in its datetime and its words", () => {
    expect(page(`<h1>A headline</h1><p>By A. Writer ${stamp("2019-11-18", "November 18, 2019")}</p>`)).toBe(
      "2019-11-18",
    );
  });

  it("stays the declared day for a later stamp, stamps of several days, a disagreeing or distant stamp, or one above the headline", () => {
    const under = (times: string) => page(`<h1>A headline</h1><p>${times}</p>`);
    // An update shown after the publication.
    expect(under(stamp("2019-11-20", "November 20, 2019"))).toBe("2019-11-19");
    // A rail of teasers, each with its own day.
    expect(under(stamp("2019-11-18", "November 18, 2019") + stamp("2019-11-17", "November 17, 2019"))).toBe(
      "2019-11-19",
    );
    // A datetime and words that tell different days settle nothing.
    expect(under(stamp("2019-11-18", "November 17, 2019"))).toBe("2019-11-19");
    // Weeks before: another piece's stamp, not a late declaration.
    expect(under(stamp("2019-10-28", "October 28, 2019"))).toBe("2019-11-19");
    expect(page(`<nav>${stamp("2019-11-18", "November 18, 2019")}</nav><h1>A headline</h1>`)).toBe("2019-11-19");
  });
});

describe("classedPublishedDay", () => {
  const day = (body: string) => classedPublishedDay(parseHTML(`<html><body>${body}</body></html>`).document);

  it("reads the day the publication-date elements show when they all agree", () => {
    const stamp = `<span class="article-publish-date">November 19, 2019, 9:02 AM</span>`;
    expect(day(`<h1>A headline</h1><p>A long caption.</p>${stamp}<p>Text.</p>${stamp}`)).toBe("2019-11-19");
  });

  it("fixes no day where they show different days (a list of teasers) or none", () => {
    expect(
      day(`<li><span class="pubdate">Nov. 18, 2019</span></li><li><span class="pubdate">Nov. 12, 2019</span></li>`),
    ).toBeUndefined();
    expect(day(`<span class="publish-date">Yesterday</span>`)).toBeUndefined();
  });

  it("reads a post's own stamp, never a comment's", () => {
    const post = `<div class="post hentry"><span class="post-timestamp">Monday, March 3, 2014</span><h1>A headline</h1></div>`;
    expect(day(`${post}<p class="comment-timestamp">March 9, 2014</p>`)).toBe("2014-03-03");
  });

  it("reads an article's own stamp, above its headline too, never a teaser's of its own class", () => {
    const stamp = `<span class="article-datetime"><span class="article-datetime">2021. 03. 09. 14:05</span></span>`;
    expect(day(`<div class="byline">Politics ${stamp}</div><h1>A headline</h1>`)).toBe("2021-03-09");
    const teasers = `<li><span class="article-datetime">09.03.2021</span></li><li><span class="article-datetime">02.03.2021</span></li>`;
    expect(day(teasers)).toBeUndefined();
  });
});

describe("pageMeta's publication day from the other forms pages declare it in", () => {
  const published = (head: string, body = "") =>
    pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document).published;
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it("reads the article a WebPage declares as its mainEntity, and a live blog's posting", () => {
    const page = {
      "@type": "WebPage",
      mainEntity: { "@type": "NewsArticle", headline: "Ferry strike ends", datePublished: "2021-04-06T09:30:00-05:00" },
    };
    expect(published(ld(page))).toBe("2021-04-06");
    expect(published(ld({ "@graph": [page] }))).toBe("2021-04-06");
    expect(published(ld({ "@type": "LiveBlogPosting", datePublished: "2021-04-07T08:00:00+02:00" }))).toBe(
      "2021-04-07",
    );
  });

  it("reads no date of a node that is not the page's main entity nor an article", () => {
    const list = {
      "@type": "ItemList",
      itemListElement: [{ "@type": "NewsArticle", datePublished: "2019-01-02" }],
    };
    expect(published(ld(list))).toBeUndefined();
    expect(published(ld({ "@type": "WebPage", mainEntity: { "@type": "Person", birthDate: "1970-01-01" } }))).toBe(
      undefined,
    );
  });

  it.each([
    ['<meta property="article:published" content="2021-04-06T10:00:00+01:00">'],
    ['<meta name="article:published_time" content="2021-04-06T10:00:00+01:00">'],
    ['<meta name="DC.date" content="2021-04-06">'],
    ['<meta name="dcterms.issued" content="2021-04-06">'],
    ['<meta name="parsely-pub-date" content="2021-04-06T09:00:00Z">'],
    ['<meta name="publication_date" content="2021-04-06">'],
  ])("reads %s", (head) => {
    expect(published(head)).toBe("2021-04-06");
  });

  it("reads no creation date, recommendation-engine date or modified date as the publication", () => {
    expect(published('<meta name="dcterms.created" content="2021-04-02">')).toBeUndefined();
    expect(published(ld({ "@type": "NewsArticle", dateCreated: "2021-04-02T10:00:00Z" }))).toBeUndefined();
    expect(published('<meta name="sailthru.date" content="2022-07-24 10:00:00">')).toBeUndefined();
    expect(published('<meta property="article:modified_time" content="2022-07-24T10:00:00Z">')).toBeUndefined();
    // A declared publication wins over a modified date set first.
    expect(
      published(
        '<meta property="article:modified_time" content="2022-07-24T10:00:00Z"><meta name="dc.date" content="2021-04-06">',
      ),
    ).toBe("2021-04-06");
  });

  it("reads Parse.ly's parsely-page and cXense's publish time, after an article's", () => {
    const parsely = JSON.stringify({ title: "Ferry strike ends", pub_date: "2021-04-06T08:00:00Z" });
    expect(published(`<meta name="parsely-page" content='${parsely}'>`)).toBe("2021-04-06");
    expect(published(`<meta name="parsely-page" value='${parsely}'>`)).toBe("2021-04-06");
    expect(published('<meta name="cXenseParse:recs:publishtime" content="2021-04-06T08:00:00+0200">')).toBe(
      "2021-04-06",
    );
    const both = `<meta name="parsely-page" content='${parsely}'>${ld({ "@type": "NewsArticle", datePublished: "2021-04-05" })}`;
    expect(published(both)).toBe("2021-04-05");
  });

  it("reads no page's own date (WebPage, CollectionPage), no list item's, and no broken parsely-page", () => {
    expect(published(ld({ "@type": "WebPage", datePublished: "2021-03-01" }))).toBeUndefined();
    expect(published(ld({ "@type": "CollectionPage", datePublished: "2021-03-01" }))).toBeUndefined();
    const page = `<body itemscope itemtype="https://schema.org/WebPage"><meta itemprop="datePublished" content="2021-03-01"><h1>Ferry strike ends</h1></body>`;
    expect(pageMeta(parseHTML(`<html>${page}</html>`).document).published).toBeUndefined();
    expect(published(`<meta name="parsely-page" content="{not json">`)).toBeUndefined();
  });

  it("reads a microdata date's content attribute on any element, before the words it shows", () => {
    const item = (inner: string) =>
      `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Ferry strike ends</h1>${inner}</article>`;
    expect(published("", item('<span itemprop="datePublished" content="2021-04-06">Tuesday</span>'))).toBe(
      "2021-04-06",
    );
    expect(published("", item('<time itemprop="datePublished" content="2021-04-06">Tuesday</time>'))).toBe(
      "2021-04-06",
    );
    // Words without a year fix no day.
    expect(published("", item('<span itemprop="datePublished">Tuesday</span>'))).toBeUndefined();
  });

  it("reads the page's one <time pubdate>, not one of a list of stories each marked so, nor a rail's", () => {
    const own = '<h1>Ferry strike ends</h1><time pubdate datetime="2021-04-06T10:00:00+01:00">6 April</time>';
    expect(published("", own)).toBe("2021-04-06");
    const doc = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document;
    expect(soleTimePubdate(doc(own))).toBe("2021-04-06T10:00:00+01:00");
    const teaser = (day: string) => `<li><time pubdate datetime="2021-04-${day}T10:00:00">${day} April</time></li>`;
    expect(soleTimePubdate(doc(`<ul>${teaser("08")}${teaser("09")}</ul>`))).toBeUndefined();
    expect(soleTimePubdate(doc(`<aside><time pubdate datetime="2021-04-08">8 April</time></aside>`))).toBeUndefined();
    expect(soleTimePubdate(doc(`<time pubdate>Tuesday</time>`))).toBeUndefined();
  });
});

describe("withAddressMonthFirst", () => {
  const template = "2009-09-02T00:00:00-04:00";
  const parsely = "2014-05-23T17:30:00.000Z";
  it("puts first the declaration in the month the address states, over a template's fixed date", () => {
    expect(
      withAddressMonthFirst("https://example.com/2014/05/pack-for-a-weekend.html", [template, undefined, parsely]),
    ).toEqual([parsely, template, undefined]);
  });
  it("keeps the order when the first agrees, when none agrees, with no month in the address, or a month apart", () => {
    const kept = [template, parsely];
    expect(withAddressMonthFirst("https://example.com/2009/09/pack.html", kept)).toEqual(kept);
    expect(withAddressMonthFirst("https://example.com/2016/01/pack.html", kept)).toEqual(kept);
    expect(withAddressMonthFirst("https://example.com/news/pack.html", kept)).toEqual(kept);
    const edge = ["2014-05-31T23:00:00-04:00", "2014-06-01T03:00:00Z"];
    expect(withAddressMonthFirst("https://example.com/2014/06/pack.html", edge)).toEqual(edge);
  });
});
