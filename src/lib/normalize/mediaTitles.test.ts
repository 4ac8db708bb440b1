import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { toLines } from "./lines.ts";
import { markMediaTitles } from "./mediaTitles.ts";
import { buildUnits } from "./units.ts";

const marked = (lines: string[]): (string | undefined)[] =>
  markMediaTitles(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units)).map((u) => u.furniture);

describe("markMediaTitles", () => {
  it("marks a clip's title over its running time, and the time", () => {
    expect(marked(["Council votes on the water plan", "01:46", "The council voted on Monday."])).toEqual([
      "caption",
      "caption",
      undefined,
    ]);
  });

  it("leaves a sentence over a time, and a heading over anything but a time", () => {
    expect(marked(["The meeting opened at noon.", "12:30", "Water plan", "The council voted."])[0]).toBeUndefined();
    expect(marked(["Water plan", "The council voted on Monday."])).toEqual([undefined, undefined]);
  });
});

describe("markMediaTitles: the credit over a player", () => {
  it("leaves a date line over a running time", () => {
    expect(marked(["December 16, 2016, 4:19 PM", "0:49", "The council voted on Monday."])[0]).toBeUndefined();
  });
});
