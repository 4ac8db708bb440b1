import { describe, expect, it } from "vitest";
import { storyEditSchema, type StoryEdit } from "#schemas/storyEdit.ts";
import { storyCommon } from "./storyCommon.ts";
import { applyStoryEdits } from "./storyEdits.ts";
import type { Story } from "./stories.ts";

const machine: Story[] = [
  { id: "a", slugs: ["a", "b", "c"], sharedTerms: ["cartel"] },
  { id: "d", slugs: ["d", "e"], sharedTerms: ["strike"] },
  { id: "f", slugs: ["f"], sharedTerms: [] },
];
// The earliest slug alphabetically stands in for the earliest published.
const idOf = (slugs: readonly string[]) => [...slugs].sort()[0] ?? "";
const apply = (edits: Record<string, StoryEdit>) => applyStoryEdits(machine, new Map(Object.entries(edits)), idOf);
const groups = (stories: readonly Story[]) => stories.map((s) => `${s.id}:${s.slugs.join("+")}`).sort();

describe("applyStoryEdits", () => {
  it("names a story without changing its articles", () => {
    const { stories, problems } = apply({ a: { title: "Transfers" } });
    expect(problems).toEqual([]);
    expect(stories.find((s) => s.id === "a")).toMatchObject({
      title: "Transfers",
      slugs: ["a", "b", "c"],
      edited: true,
    });
  });

  it("pins an article, taking it out of the story the machine gave it", () => {
    const { stories } = apply({ a: { articles: ["e", "f"] } });
    expect(groups(stories)).toEqual(["a:a+b+c+e+f", "d:d"]);
  });

  it("splits an article off into a story of its own; the rest keep the id", () => {
    const { stories } = apply({ a: { notArticles: ["a"] } });
    expect(groups(stories)).toEqual(["a:b+c", "a:a", "d:d+e", "f:f"].sort());
  });

  it("makes a new story from pinned articles under the file's id", () => {
    const { stories } = apply({ "boat-strikes": { articles: ["e", "f"] } });
    expect(groups(stories)).toEqual(["a:a+b+c", "boat-strikes:e+f", "d:d"]);
  });

  it("reports unknown articles and files that match nothing", () => {
    const { problems } = apply({ zz: { title: "Nothing" }, a: { articles: ["nope"] } });
    expect(problems.map((p) => `${p.id} ${p.field}`)).toEqual(["a articles", "zz (file)"]);
    expect(problems[0]?.message).toMatch(/no article "nope"/u);
  });

  it("rejects a misspelt field", () => {
    expect(storyEditSchema.safeParse({ tittle: "x" }).success).toBe(false);
  });
});

describe("storyCommon", () => {
  it("lists the entities and days two or more articles share, by kind", () => {
    const kinds: Record<string, "person" | "organisation" | "place"> = {
      rubio: "person",
      dea: "organisation",
      mx: "place",
    };
    const day = (iso: string) => ({ date: { iso, precision: "day" } });
    const common = storyCommon(
      [
        { mentions: [{ entityId: "rubio" }, { entityId: "mx" }, { entityId: "dea" }], events: [day("2025-09-03")] },
        { mentions: [{ entityId: "rubio" }, { entityId: "mx" }], events: [day("2025-09-03"), day("2025-09-04")] },
        { mentions: [{ entityId: "mx" }], events: [{ date: { iso: "2025", precision: "year" } }] },
      ],
      (id) => kinds[id],
    );
    expect(common).toEqual({ people: ["rubio"], organisations: [], places: ["mx"], days: ["2025-09-03"] });
  });
});
