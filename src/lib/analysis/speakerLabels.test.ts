import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { labelledTurns } from "./speakerLabels.ts";

/** Each turn as "speaker | its first sentence", for a synthetic body and the people its prose names. */
function read(body: string, people: readonly string[]): string[] {
  const blocks = articleSentences(body);
  const text = new Map(blocks.flatMap((b) => b.sentences.map((s) => [s.anchor, s.text] as const)));
  return labelledTurns(blocks, people).map((t) => `${t.speaker} | ${text.get(t.anchor) ?? ""}`);
}

const PANEL = `Three rowers met at the boathouse. Later, Quist told Harlow she was wrong.

DANA QUIST: The river is too low. We cannot train on it.

ELLEN HARLOW: I disagree. The lower reach is fine.`;

describe("labelledTurns: a turn under its speaker's label in capitals (issue 16)", () => {
  it("gives each turn's first sentence to the person the prose names, in full or by surname", () => {
    expect(read(PANEL, ["Quist", "Harlow"])).toEqual([
      "Dana Quist | DANA QUIST: The river is too low.",
      "Ellen Harlow | ELLEN HARLOW: I disagree.",
    ]);
    expect(read(PANEL, ["Dana Quist", "Ellen Harlow"])).toEqual([
      "Dana Quist | DANA QUIST: The river is too low.",
      "Ellen Harlow | ELLEN HARLOW: I disagree.",
    ]);
  });

  it("counts no label the prose names no person by: a dateline, a kicker, a speaker never named", () => {
    expect(read(PANEL, ["Harlow"])).toEqual(["Ellen Harlow | ELLEN HARLOW: I disagree."]);
    // A kicker's word that opens a name is no surname: "NEW" is not "New Haven".
    expect(read("NEW: Trains resume.\n\nNEW: Buses resume too.", ["New Haven"])).toEqual([]);
    expect(
      read("LISBON: The port reopened on Monday.\n\nUPDATE: Dana Quist says ships are moving again.", ["Dana Quist"]),
    ).toEqual([]);
  });

  it("counts no one for a presenter, who asks a question or names another labelled speaker", () => {
    const show = `The rowing club has lost its grant. Mara Venn reports.

MARA VENN: Dana Quist says the cut hurts.

DANA QUIST: It hurts. We will manage.

MARA VENN: Will the club survive?`;
    expect(read(show, ["Mara Venn", "Dana Quist"])).toEqual(["Dana Quist | DANA QUIST: It hurts."]);
  });

  it("needs two turns: one label alone is no transcript", () => {
    expect(read("DANA QUIST: The river is too low.", ["Dana Quist"])).toEqual([]);
  });
});
