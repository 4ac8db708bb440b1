import { describe, expect, it } from "vitest";
import { capitalisedNames } from "./speakers.ts";
import { spokespersonHolder } from "./spokespersonHolder.ts";

const holder = (text: string, description = "the spokesperson") =>
  spokespersonHolder(text, description, capitalisedNames);

describe("spokespersonHolder", () => {
  it("is the one person the article names with the word", () => {
    expect(holder("“We act fast,” said Nina Vale, the agency spokesperson. Later the spokesperson said more.")).toBe(
      "Nina Vale",
    );
    expect(holder("Agency spokesperson Nina Vale declined to comment.")).toBe("Nina Vale");
    expect(holder("Tom Reyes, a spokesman for the port, said it was shut.", "the spokesman")).toBe("Tom Reyes");
  });

  it("is nobody when two people are named so, or none", () => {
    expect(
      holder("Nina Vale, the agency spokesperson, spoke. Spokesperson Ivo Hart of the port did too."),
    ).toBeUndefined();
    expect(holder("A spokesperson for the agency said it was shut.")).toBeUndefined();
  });

  it("reads only the bare definite word", () => {
    const text = "Nina Vale, the agency spokesperson, spoke.";
    expect(holder(text, "a spokesperson")).toBeUndefined();
    expect(holder(text, "the spokesperson for the port")).toBeUndefined();
    expect(holder(text, "the spokesman")).toBeUndefined();
  });
});
