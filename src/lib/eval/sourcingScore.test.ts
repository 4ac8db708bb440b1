import { describe, expect, it } from "vitest";
import { sameSentence, scoreSourcing, sumSourcingScores } from "./sourcingScore.ts";

const gold = {
  named: [
    { speaker: "Claudia Sheinbaum", text: "President Sheinbaum has made it clear that Mexico will not allow it." },
    { speaker: "Marco Rubio", text: "“It’ll happen again.”" },
  ],
  anonymous: [{ text: "While U.S. officials insist that the missions respect Mexican sovereignty" }],
};

describe("sourcing score", () => {
  it("matches a sentence that holds the gold text, or a piece the segmenter cut from it", () => {
    expect(sameSentence("U.S. officials insist", "While U.S. officials insist that it holds.")).toBe(true);
    expect(sameSentence("While U.S. officials insist that the missions hold.", "While U.S.")).toBe(false);
    expect(
      sameSentence("While U.S. officials insist that the missions hold.", "officials insist that the missions"),
    ).toBe(true);
  });

  it("compares Chinese text by its characters, a clause being no word of its own", () => {
    const sentence = "在广州工作的周明表示，他很早就开始关注这件事了。";
    expect(sameSentence("周明表示，他很早就开始关注这件事了", sentence)).toBe(true);
    expect(sameSentence("周明表示，他很早就开始关注这件事了。后来他去了北京。", sentence)).toBe(false);
    expect(sameSentence("周明说，他不知道", sentence)).toBe(false);
  });

  it("counts recall and precision per kind, speakers compared by name", () => {
    const score = scoreSourcing(gold, [
      {
        kind: "named",
        label: "Sheinbaum",
        sentence: "President Sheinbaum has made it clear that Mexico will not allow it.",
      },
      { kind: "named", label: "Donald Trump", sentence: "“It’ll happen again.”" },
      {
        kind: "anonymous",
        label: "U.S. officials",
        sentence: "While U.S. officials insist that the missions respect Mexican sovereignty, concerns persist.",
      },
      { kind: "anonymous", label: "insiders", sentence: "Yet, insiders reveal a different story." },
    ]);
    expect(score.named).toEqual({ gold: 2, found: 1, system: 2, right: 1 });
    expect(score.anonymous).toEqual({ gold: 1, found: 1, system: 2, right: 1 });
    expect(score.misses).toHaveLength(3);
    const total = sumSourcingScores([score, score]);
    expect(total.named).toEqual({ gold: 4, found: 2, system: 4, right: 2 });
  });

  it("does not count a named source as an anonymous one", () => {
    const score = scoreSourcing(gold, [
      {
        kind: "anonymous",
        label: "Sheinbaum",
        sentence: "President Sheinbaum has made it clear that Mexico will not allow it.",
      },
    ]);
    expect(score.anonymous.right).toBe(0);
    expect(score.named.found).toBe(0);
    // The miss's line says what was counted in its sentence instead; a miss with nothing there says nothing more.
    expect(score.misses.filter((m) => m.startsWith("missed named (Claudia Sheinbaum)"))).toEqual([
      "missed named (Claudia Sheinbaum): President Sheinbaum has made it clear that Mexico will not allow it.  [counted there: anonymous Sheinbaum]",
    ]);
    expect(score.misses.filter((m) => m.startsWith("missed named (Marco Rubio)"))).toEqual([
      "missed named (Marco Rubio): “It’ll happen again.”",
    ]);
  });
});
