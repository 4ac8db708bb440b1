import { describe, expect, it } from "vitest";
import type { Claim } from "./claims.ts";
import { claimRecords } from "./claimsData.ts";

const sentence = (slug: string, anchor: string, text: string) => ({ slug, anchor, text });

describe("claimRecords", () => {
  it("gives each claim its story, articles with sentence anchors, kind and difference", () => {
    const a = sentence("desk-a", "s-aaaa0001", "The council is considering closing the bridge.");
    const b = sentence("desk-b", "s-bbbb0001", "The council signed an order closing the bridge.");
    const claims: Claim[] = [
      {
        id: "desk-a#s-aaaa0001",
        sentences: [a, b],
        score: 0.7,
        shared: ["council", "closing", "bridge"],
        kind: "differ",
        differences: [{ kind: "status", a: { ...a, states: "under consideration" }, b: { ...b, states: "done" } }],
      },
      {
        id: "desk-b#s-bbbb0002",
        sentences: [sentence("desk-b", "s-bbbb0002", "Trams run late.")],
        score: 1,
        shared: [],
        kind: "single",
        differences: [],
      },
    ];
    expect(claimRecords({ bridge: claims })).toEqual([
      {
        id: "bridge/desk-a#s-aaaa0001",
        story: "bridge",
        articles: [
          { slug: "desk-a", sentence: "s-aaaa0001" },
          { slug: "desk-b", sentence: "s-bbbb0001" },
        ],
        kind: "differ",
        score: 0.7,
        difference: [
          {
            kind: "status",
            a: { slug: "desk-a", sentence: "s-aaaa0001", states: "under consideration" },
            b: { slug: "desk-b", sentence: "s-bbbb0001", states: "done" },
          },
        ],
      },
      {
        id: "bridge/desk-b#s-bbbb0002",
        story: "bridge",
        articles: [{ slug: "desk-b", sentence: "s-bbbb0002" }],
        kind: "single",
        score: 1,
      },
    ]);
  });
});
