import { describe, expect, it } from "vitest";
import { anonymousSource } from "./attribution.ts";

describe("anonymousSource", () => {
  it("finds a description of an unnamed source with what it speaks for", () => {
    expect(anonymousSource("The move, a senior official at the U.S. Embassy said, was final.")?.text).toBe(
      "a senior official at the U.S. Embassy",
    );
  });

  it("does not take a name ending in a source noun for a description", () => {
    expect(
      anonymousSource("These deals don't just pop up, he said according to a transcript reviewed by Business Insider."),
    ).toBe(undefined);
    expect(anonymousSource("A report seen by Business Insider, a former official said, was leaked.")?.text).toBe(
      "a former official",
    );
  });
});
