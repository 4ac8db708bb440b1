import { describe, expect, it } from "vitest";
import { sharingPairs, strongestTerms } from "./stories.ts";

/** What `candidatePairs` took before: every entry sorted, then the first `k`. */
const sortedFirst = (entries: readonly (readonly [string, number])[], k: number) =>
  [...entries].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, k);

/** A small deterministic generator (no Math.random: a failure must replay). */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe("strongestTerms", () => {
  it("gives what sorting all the entries and taking the first k gives, ties at the cut included", () => {
    const next = lcg(7);
    const words = [
      "ábaco",
      "abaco",
      "Abaco",
      "zeta",
      "beta",
      "name:ana-lopez",
      "figure:26",
      "day:2025-08-12",
      "lead:3",
    ];
    for (let round = 0; round < 300; round += 1) {
      const size = Math.floor(next() * 60);
      // Few distinct weights, so many entries tie, at the cut and elsewhere.
      const entries = Array.from(
        { length: size },
        (_, i) =>
          [`${words[i % words.length] ?? ""}${Math.floor(i / words.length)}`, Math.ceil(next() * 4) / 2] as const,
      );
      for (const k of [0, 1, 5, 20, size, size + 3])
        expect(strongestTerms(entries, k)).toEqual(sortedFirst(entries, k));
    }
  });

  it("keeps the given order of terms localeCompare finds equal, as the stable sort did", () => {
    // Canonically equivalent spellings: a precomposed letter and the letter with a combining accent.
    const entries = [
      ["caf\u00e9", 1],
      ["cafe\u0301", 1],
      ["other", 2],
      ["cafe", 1],
    ] as const;
    expect("caf\u00e9".localeCompare("cafe\u0301")).toBe(0);
    expect(strongestTerms(entries, 2)).toEqual(sortedFirst(entries, 2));
    expect(strongestTerms(entries, 3)).toEqual(sortedFirst(entries, 3));
  });

  it("does not change the entries it is given", () => {
    const entries = [
      ["b", 1],
      ["a", 2],
    ] as const;
    const copy = entries.map((entry) => [...entry]);
    strongestTerms(entries, 1);
    strongestTerms(entries, 5);
    expect(entries.map((entry) => [...entry])).toEqual(copy);
  });
});

/** What `candidatePairs` did before: one map of every pair sharing a term, in the walk's order. */
function walkedPairs(n: number, lists: readonly (readonly number[])[], maxPostings: number): number[] {
  const shared = new Map<number, number>();
  for (const list of lists) {
    if (list.length > maxPostings) continue;
    for (let x = 0; x < list.length; x += 1) {
      for (let y = x + 1; y < list.length; y += 1) {
        const [i, j] = [list[x] as number, list[y] as number];
        const key = Math.min(i, j) * n + Math.max(i, j);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  return [...shared].filter(([, count]) => count >= 2).map(([key]) => key);
}

describe("sharingPairs", () => {
  it("finds the pairs sharing two short-listed terms, in the order the walk over every list met them", () => {
    const next = lcg(11);
    for (let round = 0; round < 200; round += 1) {
      const n = 2 + Math.floor(next() * 40);
      const termCount = 1 + Math.floor(next() * 30);
      // Each article posts a few terms; terms are numbered in the order first posted, as postings are.
      const lists: number[][] = [];
      const order = new Map<number, number>();
      const signatures = Array.from({ length: n }, (_, doc) => {
        const terms = [
          ...new Set(Array.from({ length: Math.floor(next() * 6) }, () => Math.floor(next() * termCount))),
        ];
        return terms.map((term) => {
          let index = order.get(term);
          if (index === undefined) {
            order.set(term, (index = lists.length));
            lists.push([]);
          }
          lists[index]?.push(doc);
          return index;
        });
      });
      const postings = lists.map((docs, index) => ({ index, docs }));
      const bySignature = signatures.map((indexes) =>
        indexes.map((index) => postings[index] as (typeof postings)[number]),
      );
      for (const maxPostings of [2, 4, 50]) {
        expect(sharingPairs(n, bySignature, maxPostings)).toEqual(walkedPairs(n, lists, maxPostings));
      }
    }
  });
});
