import { describe, expect, it } from "vitest";
import { captionName } from "./captionSpeaker.ts";

describe("captionName", () => {
  it.each([
    ["Donated by Hester L. Marwick, Dunmore, Pa.", "Hester L. Marwick"],
    ["Lent by Osric Tamblyn", "Osric Tamblyn"],
    ["Pell Aderogba, Lagos", "Pell Aderogba"],
    ["Wren Castellan, 54, retired teacher", "Wren Castellan"],
    ["Donated by Ilse DeVaux, Portland, Ore.", "Ilse DeVaux"],
    ["Donated by Ilse DeVaux.", "Ilse DeVaux"],
  ])("reads %s as naming %s", (heading, name) => {
    expect(captionName(heading)?.name).toBe(name);
  });

  it("gives where the name starts in the heading", () => {
    expect(captionName("Donated by Osric Tamblyn, Bath")).toEqual({ name: "Osric Tamblyn", start: 11 });
  });

  it.each([
    // Those who made the page, not who speaks.
    "Photographs by Osric Tamblyn",
    "Interview by Osric Tamblyn",
    "Reporting by Osric Tamblyn, Bath",
    // A title about someone, not a caption.
    "Osric Tamblyn on the flood",
    "Why Osric Tamblyn left",
    "The Tamblyn family",
    // A clause after the name.
    "Osric Tamblyn, who was there",
    "Osric Tamblyn, Bath, said it best",
    // One word is no full name.
    "Tamblyn",
  ])("reads %s as no caption", (heading) => {
    expect(captionName(heading)).toBeUndefined();
  });
});
