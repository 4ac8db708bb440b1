import { describe, expect, it } from "vitest";
import { withSafetyNet } from "./safetyNet.ts";

describe("withSafetyNet", () => {
  it("passes a reader's result through", () => {
    const refused = { ok: false as const, error: { code: "empty" as const, message: "nothing" } };
    expect(withSafetyNet("HTML reader", () => refused)).toBe(refused);
  });

  it("turns a throw into an internal refusal that names the reader", () => {
    const result = withSafetyNet("HTML reader", () => {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "internal",
        message:
          "HTML reader bug: Cannot read properties of null (reading 'tagName'); please report it with the source file",
      },
    });
  });
});
