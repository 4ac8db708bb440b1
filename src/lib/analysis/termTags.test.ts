import { describe, expect, it } from "vitest";
import nlp from "#lib/text/nlp.ts";
import { termTags } from "./termTags.ts";

/** Each word's tags as a fresh `nlp(text)` reads them. */
const fresh = (text: string) => nlp(text).docs.flatMap((sentence) => sentence.map((term) => [...(term.tags ?? [])]));

describe("termTags", () => {
  const texts = ["Claudia Sheinbaum", "Consider Victor", "FBI", "Mexican", "Both Trump. And Biden", ""];

  it("gives every word's tags as compromise reads the text alone", () => {
    for (const text of texts) expect(termTags(text).map((tags) => [...tags])).toEqual(fresh(text));
  });

  it("tags a text once and answers the same when asked again", () => {
    const first = termTags("Ismael Zambada García");
    expect(termTags("Ismael Zambada García")).toBe(first);
    expect(termTags("Ismael Zambada")).not.toBe(first);
  });
});
