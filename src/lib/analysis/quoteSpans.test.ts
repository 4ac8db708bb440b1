import { describe, expect, it } from "vitest";
import { quoteWords } from "./quoteSpans.ts";

/** quoteWords without its shortcut for text with no accent: every text through NFD. */
const throughNfd = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

describe("quoteWords", () => {
  it("folds case, accents and curly apostrophes", () => {
    expect(quoteWords("“We’re not leaving,” said José Peña.")).toEqual([
      "we're",
      "not",
      "leaving",
      "said",
      "jose",
      "pena",
    ]);
  });

  it("reads ASCII and typographic marks as NFD folding would (the shortcut skips it)", () => {
    const plain = [
      ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
      "‘",
      "’",
      "“",
      "”",
      "–",
      "—",
      "…",
    ];
    for (const char of plain) expect(quoteWords(`Don${char}t Stop`)).toEqual(throughNfd(`Don${char}t Stop`));
  });

  it("still folds a text that has an accent beside those marks", () => {
    const text = "“Señora Müller’s café…” — she said";
    expect(quoteWords(text)).toEqual(throughNfd(text));
    expect(quoteWords(text)).toContain("senora");
  });
});
