import { describe, expect, it } from "vitest";
import { corporatePossessionAfter, makerOfProductBefore, ownsPersonName, tradeGiantBefore } from "./companyCues.ts";

describe("companyCues", () => {
  it("reads a company's possessions after a possessive", () => {
    expect(corporatePossessionAfter("’s board voted on Monday")).toBe(true);
    expect(corporatePossessionAfter("'s own investors sued")).toBe(true);
    expect(corporatePossessionAfter("’s operating system")).toBe(true);
    expect(corporatePossessionAfter("’s boarding pass")).toBe(false);
    expect(corporatePossessionAfter("’s devices were seized")).toBe(false);
    expect(corporatePossessionAfter(" board the train")).toBe(false);
  });

  it("reads a name owning a person's full name, not a given name alone", () => {
    expect(ownsPersonName("’s ", "Tavo Quillan")).toBe(true);
    expect(ownsPersonName("'s ", "Mila Drent")).toBe(true);
    expect(ownsPersonName("’s ", "Mila")).toBe(false);
    expect(ownsPersonName(" and ", "Mila Drent")).toBe(false);
    expect(ownsPersonName("’s ", undefined)).toBe(false);
  });

  it("reads a product's maker's noun after a capitalised product name", () => {
    expect(makerOfProductBefore("reported to Hyperion developer ")).toBe(true);
    expect(makerOfProductBefore("the iPhone maker ")).toBe(true);
    expect(makerOfProductBefore("the game developer ")).toBe(false);
    expect(makerOfProductBefore("Hyperion developers ")).toBe(false);
  });

  it("reads a trade's giant before a name, not any giant", () => {
    expect(tradeGiantBefore("fellow tech powerhouse ")).toBe(true);
    expect(tradeGiantBefore("the e-commerce giant ")).toBe(true);
    expect(tradeGiantBefore("a literary giant ")).toBe(false);
  });
});
