import { describe, expect, it } from "vitest";
import { asksAPrice } from "./askingPrice.ts";

describe("asksAPrice", () => {
  it.each([
    " are still asking for prices they got last spring.",
    " ask $2,000 a month for a studio.",
    " asked for higher rents this year.",
    " were asking 300 dollars for the set.",
  ])("reads %j as setting a price", (after) => {
    expect(asksAPrice(after)).toBe(true);
  });

  it.each([
    " asked whether prices would fall.",
    " said prices were too high.",
    " asked for comment on the prices.",
    " are asking questions about the fee.",
  ])("reads %j as no price asked", (after) => {
    expect(asksAPrice(after)).toBe(false);
  });
});
