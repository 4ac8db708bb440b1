import { describe, expect, it } from "vitest";
import { sourcingComparison, sourcingGroups } from "./sourcing.ts";
import { articleOf } from "./testCorpus.ts";

describe("sourcing", () => {
  it("groups an article's attributions in panel order, counts matching the core", () => {
    const profile = articleOf("004").sourcing;
    const groups = sourcingGroups(profile);
    expect(groups.map((g) => g.kind)).toEqual(["named", "anonymous", "outlet", "cited"]);
    for (const group of groups) expect(group.items.length).toBe(profile.counts[group.kind]);
  });

  it("compares articles with the anonymous share of in-text attributions", () => {
    const rows = sourcingComparison([articleOf("000").sourcing, articleOf("002").sourcing]);
    // 000 names one source (López Obrador denying the claims) and attributes seven sentences to
    // unnamed ones: the hand count of eval/sourcing/five.yaml.
    expect(rows[0]?.anonymousShare).toBe(7 / 8);
    // 002: ten named, five anonymous (hand count) and six sentences citing an outlet.
    expect(rows[1]?.inText).toBe(21);
  });
});
