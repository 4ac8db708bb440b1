/** A declared subtitle that is the article's first line. */
import { describe, expect, it } from "vitest";
import { declaredSubtitle, readsAsSubtitle } from "./declaredSubtitle.ts";

describe("readsAsSubtitle", () => {
  it.each(["How the patrols outgrew the border", "Two governments, one long month of patrols"])(
    "reads %j as one",
    (t) => {
      expect(readsAsSubtitle(t)).toBe(true);
    },
  );

  it.each([
    "Officials said on Tuesday that the patrols would continue.",
    "Will the patrols continue?",
    "Patrols",
    "The officials said:",
  ])("reads %j as none", (t) => {
    expect(readsAsSubtitle(t)).toBe(false);
  });
});

describe("declaredSubtitle", () => {
  const descriptions = [
    "Officials said on Tuesday that the patrols would continue.",
    "How the patrols outgrew the border",
  ];

  it("is the declared description the body opens on, written as a subtitle", () => {
    expect(declaredSubtitle(descriptions, "how the patrols outgrew the border")).toBe(
      "How the patrols outgrew the border",
    );
  });

  it("is none for a lede copied into the metadata, or a first paragraph no declaration holds", () => {
    expect(
      declaredSubtitle(descriptions, "officials said on tuesday that the patrols would continue."),
    ).toBeUndefined();
    expect(declaredSubtitle(descriptions, "the army sent two more units")).toBeUndefined();
    expect(declaredSubtitle(descriptions, undefined)).toBeUndefined();
  });
});
