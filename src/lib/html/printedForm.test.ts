/** The form of a site's name, with or without a closing kind word, that the page prints most. */
import { describe, expect, it } from "vitest";
import { printedForm, timesPrintedAlone } from "./printedForm.ts";

describe("timesPrintedAlone", () => {
  it("counts a name not followed by a capitalised word or a number", () => {
    const shown = "Quay Sports Quay Views Read Quay. Written for Quay readers © 2024 Quay. Quay News 24";
    expect(timesPrintedAlone("Quay", shown)).toBe(3);
  });
  it("counts no name inside a longer word or an address", () => {
    expect(timesPrintedAlone("Quay", "Quayside quay.example quay")).toBe(0);
  });
});

describe("printedForm", () => {
  it("drops a closing kind word the page never prints with the name", () => {
    const shown =
      "Harbor Ledger Sign In Harbor Ledger's blog. She is an editor at Harbor Ledger . © 2024 Harbor Ledger.";
    expect(printedForm("Harbor Ledger Magazine", [], shown)).toBe("Harbor Ledger");
  });
  it("takes the declared name with its kind word when the page prints that most", () => {
    const shown = "Why you can trust Quay News. About Quay News. Quay News editors. Quay Sports. Opinion Quay Views";
    expect(printedForm("Quay", ["Quay News"], shown)).toBe("Quay News");
  });
  it("counts a form closing on its kind word inside a menu of capitalised words, and a declared name's closing parenthesis aside", () => {
    const shown = "Trust Quay News Today About Quay News Contact Quay Sports Quay Views";
    expect(printedForm("Quay", ["Quay News (Quay Broadcasting Corporation)"], shown)).toBe("Quay News");
  });
  it("keeps the name on a tie, or when the other form is printed once only", () => {
    expect(printedForm("Harbor Ledger News", [], "Harbor Ledger News today. Harbor Ledger.")).toBe(
      "Harbor Ledger News",
    );
    expect(printedForm("Harbor Ledger Online", [], "Read Harbor Ledger.")).toBe("Harbor Ledger Online");
  });
  it("never drops a word that is not a kind of publication", () => {
    const shown = "New York. New York, and New York again. The New York Times";
    expect(printedForm("New York Times", [], shown)).toBe("New York Times");
  });
  it("adds no kind word the page does not declare", () => {
    expect(printedForm("Quay", [], "Quay News. Quay News. Quay News.")).toBe("Quay");
  });
});
