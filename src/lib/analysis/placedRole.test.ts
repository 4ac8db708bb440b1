import { describe, expect, it } from "vitest";
import { describedWith, placedRole } from "./placedRole.ts";

describe("placedRole", () => {
  it("reads the place words and the role of a definite description", () => {
    expect(placedRole("the Ohio governor")).toEqual({ words: "Ohio", role: "governor" });
    expect(placedRole("The Northfield County sheriff.")).toEqual({ words: "Northfield County", role: "sheriff" });
  });
  it("reads no lower-case modifier, indefinite article or bare role", () => {
    expect(placedRole("the former governor")).toBeUndefined();
    expect(placedRole("an Ohio governor")).toBeUndefined();
    expect(placedRole("the governor")).toBeUndefined();
  });
});

describe("describedWith", () => {
  it.each([
    ["Ohio Governor Ana Reed signed the bill.", "Ana Reed"],
    ["Reed, the Ohio governor, signed the bill.", "Ana Reed"],
    ["Ana Reed is the Ohio governor and a lawyer.", "Ana Reed"],
  ])("%s gives %s the Ohio governor's post", (text, name) => {
    expect(describedWith(text, "Ohio", "governor", name)).toBe(true);
  });
  it.each([
    ["Governor Ana Reed of Ohio signed the bill.", "Ana Reed"],
    ["Ohio Governor Ana Reed met Ben Ruiz.", "Ben Ruiz"],
    ["Idaho Governor Ana Reed signed the bill.", "Ana Reed"],
  ])("%s does not give %s the same words", (text, name) => {
    expect(describedWith(text, "Ohio", "governor", name)).toBe(false);
  });
});
