import { describe, expect, it } from "vitest";
import { rewordedHeadline, rewords } from "./rewordedHeadline.ts";

describe("rewordedHeadline", () => {
  it("takes the h1 when the <title> drops or swaps a word of it", () => {
    const h1 = "Lake towns' big ferry fleet is shrinking, even as the council plans new routes";
    expect(rewordedHeadline([h1], ["Lake towns' ferry fleet is shrinking, even as the council plans new routes"])).toBe(
      h1,
    );
    const other = "Why Riverside Residents Got a Text Warning About a Flood";
    expect(rewordedHeadline([other], ["Why Riverside Residents Got a Warning About a Flood - The Valley Post"])).toBe(
      other,
    );
  });

  it("leaves a site-name heading or another story's heading alone", () => {
    expect(rewordedHeadline(["The Valley Post"], ["Council approves new ferry routes - The Valley Post"])).toBe(
      undefined,
    );
    expect(
      rewordedHeadline(
        ["Storm closes the harbour for a second day"],
        ["Council approves new ferry routes for the lake"],
      ),
    ).toBe(undefined);
  });

  it("needs most words of both sides shared", () => {
    expect(
      rewords("Council approves new ferry routes", "Council approves new ferry routes after a long night of debate"),
    ).toBe(false);
    expect(
      rewords("Council approves new ferry routes after debate", "Council approves ferry routes after debate"),
    ).toBe(true);
  });
});
