import { describe, expect, it } from "vitest";
import { pageKeys, stableDigest, stringsIn, type KeySources } from "./cacheKeys.ts";

const entities: Record<string, { name: string }> = {
  "claudia-sheinbaum": { name: "Claudia Sheinbaum" },
  "omar-garcia-harfuch": { name: "Omar García Harfuch" },
};
const articles: Record<string, { title: string }> = {
  "drones-over-sinaloa": { title: "Drones over Sinaloa" },
  "spies-in-mexico-city": { title: "Spies in Mexico City" },
};

function sources(change: Partial<KeySources> = {}): KeySources {
  return {
    version: "code-1",
    frame: [{ id: "drones", title: "Drones" }],
    entity: (id) => entities[id],
    article: (slug) => articles[slug],
    ...change,
  };
}

const shown = { quotes: [{ text: "We will not allow it", speaker: { entity: "claudia-sheinbaum" } }] };

describe("stableDigest", () => {
  it("does not depend on key order, Map or Set insertion order", () => {
    expect(stableDigest({ a: 1, b: [1, 2] })).toBe(stableDigest({ b: [1, 2], a: 1 }));
    expect(
      stableDigest(
        new Map([
          ["x", 1],
          ["y", 2],
        ]),
      ),
    ).toBe(
      stableDigest(
        new Map([
          ["y", 2],
          ["x", 1],
        ]),
      ),
    );
    expect(stableDigest(new Set(["a", "b"]))).toBe(stableDigest(new Set(["b", "a"])));
  });

  it("changes with any value, and with the order of a list", () => {
    expect(stableDigest({ a: [1, 2] })).not.toBe(stableDigest({ a: [2, 1] }));
    expect(stableDigest({ a: "x" })).not.toBe(stableDigest({ a: "y" }));
    expect(stableDigest(new Map([["x", 1]]))).not.toBe(stableDigest(new Map([["x", 2]])));
  });
});

describe("stringsIn", () => {
  it("finds strings at any depth, in lists, Maps and Sets, but not object keys", () => {
    const found = stringsIn({ key: ["a", { deep: "b" }], map: new Map([["k", "c"]]), set: new Set(["d"]), n: 1 });
    expect([...found].sort()).toEqual(["a", "b", "c", "d"]);
  });
});

describe("page keys", () => {
  it("are equal for the same data, built twice", () => {
    expect(pageKeys(sources()).page("quotes", shown)).toBe(pageKeys(sources()).page("quotes", shown));
  });

  it("change when the page's own data changes", () => {
    const keys = pageKeys(sources());
    expect(keys.page("quotes", shown)).not.toBe(keys.page("quotes", { ...shown, page: 2 }));
  });

  it("change with the code version and with the page frame", () => {
    const before = pageKeys(sources()).page("quotes", shown);
    expect(pageKeys(sources({ version: "code-2" })).page("quotes", shown)).not.toBe(before);
    expect(pageKeys(sources({ frame: [{ id: "drones", title: "Drone war" }] })).page("quotes", shown)).not.toBe(before);
  });

  it("change when an entity the page names is renamed, not when another one is", () => {
    const before = pageKeys(sources()).page("quotes", shown);
    const renamed = (id: string) => (id === "claudia-sheinbaum" ? { name: "President Sheinbaum" } : entities[id]);
    const other = (id: string) => (id === "omar-garcia-harfuch" ? { name: "García Harfuch" } : entities[id]);
    expect(pageKeys(sources({ entity: renamed })).page("quotes", shown)).not.toBe(before);
    expect(pageKeys(sources({ entity: other })).page("quotes", shown)).toBe(before);
  });

  it("change when an article the page links changes, not when another one does", () => {
    const linking = { related: ["drones-over-sinaloa"] };
    const before = pageKeys(sources()).page("article", linking);
    const edited = (slug: string) =>
      slug === "drones-over-sinaloa" ? { title: "Drones over Culiacán" } : articles[slug];
    const other = (slug: string) => (slug === "spies-in-mexico-city" ? { title: "Spies" } : articles[slug]);
    expect(pageKeys(sources({ article: edited })).page("article", linking)).not.toBe(before);
    expect(pageKeys(sources({ article: other })).page("article", linking)).toBe(before);
  });

  it("carry a shared part's names: a page showing its digest changes when an entity it names is renamed", () => {
    const renamed = (id: string) => (id === "claudia-sheinbaum" ? { name: "President Sheinbaum" } : entities[id]);
    const other = (id: string) => (id === "omar-garcia-harfuch" ? { name: "García Harfuch" } : entities[id]);
    const keyed = (keys: ReturnType<typeof pageKeys>) => keys.page("quotes", { filters: keys.part(shown) });
    const before = keyed(pageKeys(sources()));
    expect(keyed(pageKeys(sources({ entity: renamed })))).not.toBe(before);
    expect(keyed(pageKeys(sources({ entity: other })))).toBe(before);
    expect(pageKeys(sources()).part(shown)).not.toBe(pageKeys(sources()).part({ ...shown, page: 2 }));
  });

  it("take a shared part's digest when the caller has it, still following the names in it", () => {
    const renamed = (id: string) => (id === "claudia-sheinbaum" ? { name: "President Sheinbaum" } : entities[id]);
    const keys = pageKeys(sources());
    expect(keys.part(shown, stableDigest(shown))).toBe(keys.part(shown));
    expect(pageKeys(sources({ entity: renamed })).part(shown, stableDigest(shown))).not.toBe(keys.part(shown));
    expect(keys.part({ ...shown, page: 2 }, stableDigest({ ...shown, page: 2 }))).not.toBe(keys.part(shown));
  });

  it("differ between routes that show the same data", () => {
    const keys = pageKeys(sources());
    expect(keys.page("quotes", shown)).not.toBe(keys.page("timeline", shown));
  });

  it("digests each entity's facts once and keeps nothing for a string that is neither", () => {
    const looked: string[] = [];
    const keys = pageKeys(
      sources({
        entity: (id) => {
          looked.push(id);
          return entities[id];
        },
      }),
    );
    const first = keys.page("a", shown);
    keys.page("b", shown);
    // The entity's digest is kept; the quote's text is looked up again on each page, not remembered.
    expect(looked).toEqual(["We will not allow it", "claudia-sheinbaum", "We will not allow it"]);
    expect(keys.page("a", shown)).toBe(first);
    expect(keys.entity("not-an-entity")).toBeUndefined();
    expect(keys.article("drones-over-sinaloa")).toBe(stableDigest(articles["drones-over-sinaloa"]));
  });
});
