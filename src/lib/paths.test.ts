import { describe, expect, it } from "vitest";
import { routes, withBase } from "./paths.ts";

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
