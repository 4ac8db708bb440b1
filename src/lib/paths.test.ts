import { describe, expect, it } from "vitest";
import { publishedSourceName, routes, withBase } from "./paths.ts";

describe("withBase", () => {
  it("joins root and subpath bases without doubled or missing slashes", () => {
    expect(withBase("/", routes.topic("x"))).toBe("/topics/x/");
    expect(withBase("/mexico-security/", routes.article("a-b"))).toBe("/mexico-security/articles/a-b/");
    expect(withBase("/mexico-security", "search/")).toBe("/mexico-security/search/");
  });

  it("links a sentence on its article page under the base", () => {
    expect(withBase("/mexico-security/", routes.sentence("a-b", "s-0123abcd"))).toBe(
      "/mexico-security/articles/a-b/#s-0123abcd",
    );
    expect(routes.quotesByPerson("marco-rubio")).toBe("/quotes/people/marco-rubio/");
    expect(routes.topicTimeline("x")).toBe("/topics/x/timeline/");
  });
});

describe("sharing and discovery routes", () => {
  it("puts feeds, social cards and icons under the base like pages", () => {
    expect(withBase("/mexico-security/", routes.feed())).toBe("/mexico-security/rss.xml");
    expect(withBase("/mexico-security/", routes.topicFeed("x"))).toBe("/mexico-security/topics/x/rss.xml");
    expect(withBase("/mexico-security/", routes.socialArticle("a-b"))).toBe("/mexico-security/og/articles/a-b.png");
    expect(withBase("/", routes.socialTopic("x"))).toBe("/og/topics/x.png");
    expect(withBase("/", routes.sitemap())).toBe("/sitemap-index.xml");
  });
});

describe("raw source routes", () => {
  it("publishes a saved HTML page only under a .txt name, and other sources as they are", () => {
    expect(routes.rawSource("page.html")).toBe("/sources/page.html.txt");
    expect(routes.rawSource("page.HTM")).toBe("/sources/page.HTM.txt");
    expect(routes.rawSource("000_abc.txt")).toBe("/sources/000_abc.txt");
    expect(publishedSourceName("notes.md")).toBe("notes.md");
  });
});
