import { describe, expect, it } from "vitest";
import { fullNameOfClipping } from "./clippedName.ts";

describe("fullNameOfClipping", () => {
  it("gives the one fuller name the clipping opens", () => {
    expect(fullNameOfClipping("Fed", ["U.S. Federal Reserve", "Janet Yellen", "Fed"])).toBe("Federal Reserve");
    expect(fullNameOfClipping("Met", ["Metropolitan Opera"])).toBe("Metropolitan Opera");
  });

  it("gives none when two fit, the word ends the name, or the clipping is too short", () => {
    expect(fullNameOfClipping("Fed", ["Federal Reserve", "Federal Express"])).toBeUndefined();
    expect(fullNameOfClipping("Fed", ["Fedora"])).toBeUndefined();
    expect(fullNameOfClipping("Fed", ["Acme Federal"])).toBeUndefined();
    expect(fullNameOfClipping("Al", ["Alpine Club"])).toBeUndefined();
    expect(fullNameOfClipping("Fed", ["Janet Yellen"])).toBeUndefined();
  });
});
