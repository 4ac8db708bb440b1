import { describe, expect, it } from "vitest";
import { promoSpans } from "./promo.ts";

const cut = (text: string) => promoSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe("promoSpans: a follow prompt inside a paragraph names one of the shared platforms", () => {
  it.each([
    ["The vote is on Friday. Follow us on Telegram for updates.", "Follow us on Telegram for updates."],
    ["The vote is on Friday. Follow Reuters on LinkedIn for updates.", "Follow Reuters on LinkedIn for updates."],
    ["The vote is on Friday. Follow us on Truth Social.", "Follow us on Truth Social."],
  ])("cuts the prompt from %j", (text, prompt) => {
    expect(cut(text)).toEqual([prompt]);
  });

  it.each([
    "The vote is on Friday. Follow the money, the senator said.",
    "Investigators follow him on LinkedIn, the filing says.",
    "The vote is on Friday. Follow us on the ground as the count goes on.",
  ])("keeps %j whole", (text) => {
    expect(cut(text)).toEqual([]);
  });
});

describe("promoSpans: a bracketed aside pointing to another story", () => {
  it.each([
    [
      "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
      "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
    ],
    [
      "Sales rose 4 percent. [Read more: Why [sic] chip prices fell] The shares gained.",
      "[Read more: Why [sic] chip prices fell]",
    ],
  ])("cuts the aside from %j", (text, aside) => {
    expect(cut(text)).toEqual([aside]);
  });

  it.each([
    "The filing [related to the 2018 merger] was sealed.",
    "He said the talks were [related] to the strike.",
    "Sales rose [see chart: quarterly revenue] in every region.",
  ])("keeps %j whole", (text) => {
    expect(cut(text)).toEqual([]);
  });
});

describe("promoSpans: a short question leading into a promotion", () => {
  it("cuts the question with the promotion it opens", () => {
    const text = "Need more ports? Subscribe to our sister title Harbour Monthly for the latest news from the docks!";
    expect(cut(text)).toEqual([text]);
  });

  it.each([
    "Who pays for the new bridge? The council will vote on Friday. Subscribe to our newsletter.",
    "“Why now?” Subscribe to our newsletter.",
    "Why did the council wait until the budget was already spent? Subscribe to our newsletter.",
  ])("keeps the question of %j, which opens no promotion", (text) => {
    expect(cut(text)).toEqual(["Subscribe to our newsletter."]);
  });
});

describe("promoSpans: a call for readers' own work, with the question that leads into it", () => {
  it.each([
    "Have a garden or a balcony project to share with us? Submit it here!",
    "Interested in sharing your home with Harbor Living? Contact the editors through our House Tour Submission Form.",
    "Submit yours today.",
    "Submit your recipe for the harvest issue via this form. Read more Harbor Kitchen Recipes.",
  ])("cuts all of %j", (text) => {
    expect(cut(text).join(" ")).toBe(text);
  });

  it.each([
    "The council asked residents to submit their views by Friday.",
    "She said she would submit it to the committee.",
    "Read more books, the librarian told the council.",
    "The mayor said she would read more Agatha Christie novels this winter.",
    "Have you ever wondered why the old pier was built where it stands today? Submit it here!",
  ])("keeps %j (or its question) as the article's", (text) => {
    expect(cut(text).join(" ")).not.toBe(text);
  });
});
