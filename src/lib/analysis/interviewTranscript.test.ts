import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { capitalisedNames } from "./speakers.ts";
import { interviewTranscript } from "./interviewTranscript.ts";

/** The words of the people these bodies name, so a surname alone reads as a person too. */
const PEOPLE = new Set(["Marta", "Quillon", "Tom", "Reyes"]);

/** The transcript of a synthetic body, its answers as their sentences' texts. */
function read(body: string): { interviewee: string; answers: string[] } | undefined {
  const blocks = articleSentences(body);
  const text = new Map(blocks.flatMap((b) => b.sentences.map((s) => [s.anchor, s.text] as const)));
  const transcript = interviewTranscript(blocks, (block) =>
    capitalisedNames(block.text)
      .map((n) => n.name)
      .filter((n) => n.split(" ").every((word) => PEOPLE.has(word))),
  );
  return (
    transcript && { interviewee: transcript.interviewee, answers: transcript.answers.map((a) => text.get(a) ?? "") }
  );
}

const QA = `Q: How was your first day?

A: Busy and bright! I met every pilot on the dock.

Q: What comes next?

A: New berths.`;

describe("interviewTranscript", () => {
  it("gives every sentence of each 'A:' paragraph to the one person the introduction names", () => {
    expect(
      read(`The ferry line welcomes Marta Quillon as harbour master. We asked her a few questions.\n\n${QA}`),
    ).toEqual({
      interviewee: "Marta Quillon",
      answers: ["A: Busy and bright!", "I met every pilot on the dock.", "A: New berths."],
    });
    // Questions set as headings, as a page's bold lines become.
    const headed = QA.replace(/^Q: (.*)$/gmu, "#### **Q: $1**");
    expect(read(`The ferry line welcomes Marta Quillon as harbour master.\n\n${headed}`)?.answers).toEqual([
      "A: Busy and bright!",
      "I met every pilot on the dock.",
      "A: New berths.",
    ]);
    // A surname alone after the full name is the same person.
    expect(read(`Marta Quillon runs the harbour. Quillon took our questions.\n\n${QA}`)?.interviewee).toBe(
      "Marta Quillon",
    );
  });

  it("leaves the answers to no one when the introduction names two people, or none", () => {
    expect(read(`Tom Reyes sat down with Marta Quillon.\n\n${QA}`)).toBeUndefined();
    expect(read(`Here is what the new harbour master told us.\n\n${QA}`)).toBeUndefined();
  });

  it("reads no transcript in a body's page of questions, a single answer, or no introduction", () => {
    // No answer says "I": the questions a body answers, whoever the introduction names.
    expect(
      read(
        "After the order by Marta Quillon, here are the rules.\n\nQ: Who can apply?\n\nA: Anyone over 18.\n\nQ: When does it close?\n\nA: In May.",
      ),
    ).toBeUndefined();
    expect(read("Marta Quillon took one question.\n\nQ: How was your day?\n\nA: I loved it.")).toBeUndefined();
    expect(read(QA)).toBeUndefined();
  });
});
