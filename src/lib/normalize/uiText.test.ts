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

describe("uiTextReason: a sign-up form's fine print", () => {
  it.each([
    "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.",
    "No spam, we promise. You can unsubscribe at any time and we'll never share your details without your permission.",
    "Enter your email address to subscribe to Harbour Wire and receive notifications of new posts by email.",
    "Get this delivered to your inbox, and more info about our products and services. Privacy Policy.",
    "I agree that Harbour Wire can send me the Morning Brief newsletter.",
    "You will also receive a complimentary subscription to our Morning Brief newsletter. You may unsubscribe at any time.",
  ])("reads %j as a promotion", (line) => {
    expect(uiTextReason(line)).toBe("promo");
  });

  it.each([
    "The council said residents who signed up for the newsletter would be told of road closures.",
    "Regulators said the company kept sending email to users who tried to unsubscribe. You can read the ruling online.",
    "If you cancel your subscription before the renewal date, you should get a refund from the bank.",
    "You can unsubscribe from the retailer's marketing emails at any time by writing to its head office, the regulator said.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: share boxes, loading widgets and comment boxes", () => {
  it.each([
    ["Sharing is caring!", "navigation"],
    ["All sharing options for:", "navigation"],
    ["Copy Link URLCopied!", "navigation"],
    ["Copy this link https://example.com/news/story-1", "navigation"],
    ["Like this story? Share it with a friend!", "navigation"],
    ["Loading...", "notice"],
    ["Loading comments…", "notice"],
    ["0 replies", "navigation"],
    ["Want to join the discussion?", "navigation"],
    ["Post limit reached. Please try again in a minute.", "navigation"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "Sharing is caring, the charity's director said of the food bank's new rules.",
    "Loading the trucks took most of the night.",
    "Copy this link into a browser, the notice told staff, and nothing else happened.",
    "Like this story, the last one ended in court.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a footer's policy links and notices", () => {
  it.each([
    ["Terms of Service", "navigation"],
    ["Privacy Notice", "navigation"],
    ["Contact Us", "navigation"],
    ["The contents of this site are ©2019 Harbour Wire Publishing, a subsidiary of Harbour Holdings.", "notice"],
    ["Regulated Copyright ©2019 Harbour Newspapers.", "notice"],
    ["Quotes delayed at least 15 minutes. Market data provided by a vendor.", "notice"],
    ["All quotes delayed a minimum of 15 minutes.", "notice"],
    ["This site is protected by reCAPTCHA Privacy Policy | Terms of Service", "notice"],
    [
      "Disclaimer: The views and investment tips expressed by market experts on HarbourWire.com are their own and not those of the website or its management.",
      "notice",
    ],
    ["Opinions expressed in this column do not necessarily reflect those of the publisher.", "notice"],
  ])("reads %j as %s", (line, reason) => {
    expect(uiTextReason(line)).toBe(reason);
  });

  it.each([
    "The terms of service changed in March, the company said.",
    "Regulators said the quotes delayed by the outage were honoured on Monday.",
    "Privacy is the main worry of the parents who spoke to the council.",
    "The views in the report do not necessarily reflect those of the government, the ministry said.",
    "Her views on trade are her own, and she has kept them since the 1990s.",
  ])("keeps the sentence %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: a share counter", () => {
  it("reads the counter as a notice and keeps a sentence about sharing", () => {
    expect(uiTextReason("This story has been shared 44,976 times.")).toBe("notice");
    expect(uiTextReason("This story has been shared widely since Monday, the agency said.")).toBeUndefined();
  });
});

describe("uiTextReason: a control's own label", () => {
  it.each(["Tweet", "Google+", "Get short URL", "(42) Comments"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["Tweet storms and short URLs", "The post drew 42 comments within an hour."])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});

describe("uiTextReason: an icon's glyph name", () => {
  it.each(["chevron_left", "phone_iphone", "insert_chart"])("reads %j as navigation", (line) => {
    expect(uiTextReason(line)).toBe("navigation");
  });

  it.each(["chevron", "left_Side", "snake_case is how the code names it."])("keeps %j", (line) => {
    expect(uiTextReason(line)).toBeUndefined();
  });
});
