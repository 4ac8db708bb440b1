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
    expect(rows[0]?.anonymousShare).toBe(1);
    // 12 before short quotations with a speaker counted: López Obrador's “abrazos, no balazos” is the 13th.
    expect(rows[1]?.inText).toBe(13);
  });
});
