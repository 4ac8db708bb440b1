import { describe, expect, it } from "vitest";
import { shownSpelling } from "./shownSpelling.ts";

describe("shownSpelling", () => {
  it.each(["JANE ROE", "jane roe"])("writes %j as the page prints it", (name) => {
    expect(shownSpelling(name, "Harbour news By Jane Roe Updated Monday")).toBe("Jane Roe");
  });

  it.each([
    ["JANE ROE", "A story by JANE ROE, with no other spelling"],
    ["JANE ROE", "Jane Roebuck wrote this"],
    ["Jane Roe", "JANE ROE"],
    ["jane roe", "jane roe wrote this"],
  ])("leaves %j when the page gives no mixed-case spelling of it (%j)", (name, shown) => {
    expect(shownSpelling(name, shown)).toBe(name);
  });
});
