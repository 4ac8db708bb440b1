import { describe, expect, it } from "vitest";
import nlp, { hooksFor, withCompromiseSweep } from "./nlp.ts";

/** Every word's tags, root and chunk, as compromise tags `text` (its ids count up from call to call). */
const tagged = (text: string) => {
  const doc = nlp(text);
  doc.compute("root");
  // A variable, not a literal: compromise's types omit `root`, which its root plugin reads.
  const options = { terms: { tags: true, root: true, normal: true } };
  const sentences = doc.json(options) as { terms: { id?: string }[] }[];
  return JSON.stringify(sentences.map((s) => s.terms.map(({ id: _, ...term }) => term)));
};

describe("nlp", () => {
  const texts = [
    "Mexico sent 26 prisoners to the United States on Tuesday, officials said.",
    "The C.I.A. has been flying drones over Mexico, according to two U.S. officials.",
    "Sheinbaum, who took office in October, rejected any “intervention” — and said so twice.",
    "Tariffs on Mexican goods were paused. Talks resume next week!\nShe didn't comment.",
    "1 2 3 4 5",
    "",
  ];

  it("tags and lemmatises every text as compromise's own sweep does", () => {
    for (const text of texts) expect(tagged(text)).toBe(withCompromiseSweep(() => tagged(text)));
  });

  it("cuts a rule index to the keys the document has, in the index's order", () => {
    const hooks = { zebra: [1], "#Noun": [2], "7": [3], mexico: [4], "#Verb": [5] };
    const document = nlp("Mexico sent 7 zebras").document;
    expect(Object.keys(hooksFor(document, hooks))).toEqual(
      Object.keys(hooks).filter((key) => ["#Noun", "7", "mexico", "#Verb"].includes(key)),
    );
  });
});
