import { describe, expect, it } from "vitest";
import { newsArticle, SEARCH_TERM, serializeJsonLd, webSite } from "./jsonLd.ts";

const base = {
  url: "https://example.org/desk/articles/a/",
  headline: "Spies in Mexico",
  image: "https://example.org/desk/og/articles/a.png",
};

describe("newsArticle", () => {
  it("states every fact the article has", () => {
    const data = newsArticle({
      ...base,
      description: "The dek.",
      published: "2025-02-21",
      byline: "bellecarter",
      outlet: "Natural News",
      citedSources: ["NYPost.com", "CNN.com"],
      rawSourceUrl: "https://example.org/desk/sources/000_x.txt",
      originalUrl: "https://outlet.example/a",
      topics: ["Drone surveillance"],
    });
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Spies in Mexico",
      description: "The dek.",
      datePublished: "2025-02-21",
      author: { "@type": "Person", name: "bellecarter" },
      publisher: { "@type": "Organization", name: "Natural News" },
      citation: [
        { "@type": "CreativeWork", name: "NYPost.com" },
        { "@type": "CreativeWork", name: "CNN.com" },
      ],
      url: base.url,
      mainEntityOfPage: { "@type": "WebPage", "@id": base.url },
      image: base.image,
      isBasedOn: "https://example.org/desk/sources/000_x.txt",
      sameAs: "https://outlet.example/a",
      about: [{ "@type": "Thing", name: "Drone surveillance" }],
      inLanguage: "en",
    });
  });

  it("leaves out what the source does not state instead of inventing it", () => {
    const data = newsArticle({ ...base, citedSources: [], topics: [] });
    for (const key of [
      "description",
      "datePublished",
      "author",
      "publisher",
      "citation",
      "isBasedOn",
      "sameAs",
      "about",
    ])
      expect(data, key).not.toHaveProperty(key);
    expect(data["headline"]).toBe("Spies in Mexico");
  });
});

describe("webSite", () => {
  it("has a SearchAction whose template is the search page with ?q=", () => {
    const data = webSite({
      name: "Desk",
      url: "https://example.org/desk/",
      searchUrl: "https://example.org/desk/search/",
    });
    expect(data["@type"]).toBe("WebSite");
    expect(data["potentialAction"]).toEqual({
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `https://example.org/desk/search/?q={${SEARCH_TERM}}` },
      "query-input": `required name=${SEARCH_TERM}`,
    });
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element or open a comment, and parses back unchanged", () => {
    const data = { headline: "</script><script>alert(1)</script> <!-- & \u2028" };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<\/|<!--|[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("serializes a list of objects", () => {
    expect(JSON.parse(serializeJsonLd([{ a: 1 }, { b: 2 }]))).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
