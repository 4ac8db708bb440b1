import { describe, expect, it } from "vitest";
import { escapeRegExp } from "./escapeRegExp.ts";

describe("escapeRegExp", () => {
  it.each(["U.S.", "A+B (Holdings)", "$5 [est.]", "a|b\\c", "x*y?^{2}", "Jane Doe"])("matches %j literally", (text) => {
    expect(new RegExp(`^${escapeRegExp(text)}$`, "u").test(text)).toBe(true);
  });
  it("does not match what the unescaped pattern would", () => {
    expect(new RegExp(escapeRegExp("U.S."), "u").test("UxSx")).toBe(false);
  });
});
