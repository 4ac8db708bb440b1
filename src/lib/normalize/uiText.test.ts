import { describe, expect, it } from "vitest";
import { uiTextReason } from "./uiText.ts";

describe("uiTextReason: copyright notices", () => {
  it.each([
    "© 2025 The Daily Ledger. All rights reserved.",
    "Copyright 2025 The Associated Press",
    "(Copyright 2025 Harbour Wire)",
    "[© Provided by Harbour Wire]",
  ])("reads %j as a notice", (line) => {
    expect(uiTextReason(line)).toBe("notice");
  });

  it("keeps a sentence that only mentions copyright", () => {
    expect(uiTextReason("The court ruled on the copyright claim on Monday.")).toBeUndefined();
  });
});

describe("uiTextReason: advertisement labels in other languages", () => {
  it.each(["Iklan", "Реклама", "광고", "広告"])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });
});

describe("uiTextReason: a sign-up form's prompts and confirmation", () => {
  it.each([
    "Stay up to date with Harbour Wire.",
    "Stay informed",
    "You have successfully subscribed. Thank you!",
    "You're now signed up.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "Stay up to date with the latest wildfire maps as crews work through the night to contain the blaze.",
    "You have subscribed to a service that the regulator says broke the law, the lawyer told the court.",
    "Residents were told to stay informed through the county's radio station.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});
