/**
 * Page notes on the article: a paragraph made only of them is taken out; a paragraph with any
 * sentence of reporting stays whole.
 */
import { describe, expect, it } from "vitest";
import { pageNoteReason } from "./pageNotes.ts";

describe("pageNoteReason", () => {
  it.each([
    "This story was first published on March 4, 2025, and has been updated with the prosecutor's statement.",
    "This story was corrected on Nov. 13, 2025 to fix the name of the district.",
    "Originally published 2025-06-03T14:22:00Z",
    "This article is more than 1 year old",
    "(File photo, 2023)",
    "A version of this article appears in print on April 9, 2025, Section A, Page 10 of the national edition with the headline: Mexico Opens More Containers at Ports.",
    "An earlier version of this article misstated the date of the vote.",
    "This story was provided by Border Wire Service.",
    "This page was last edited on 3 March 2024, at 09:12 (UTC).",
    "This page was last modified on 12 June 2016, at 18:40.",
    "Text is available under the Creative Commons Attribution-ShareAlike License ; additional terms may apply. By using this site, you agree to the Terms of Use and Privacy Policy. Examplepedia® is a registered trademark of the Example Foundation, Inc., a non-profit organization.",
    "Content is licensed under CC BY-SA 4.0 unless otherwise noted.",
    "UPDATE: March 4, 2025, 9:16 a.m. EST Updated with further clarification from the port authority.",
    "Update: Jan. 5, 2024",
  ])("takes the stamp %j", (text) => {
    expect(pageNoteReason(text)).toBe("notice");
  });

  it.each([
    "Join us on March 20 for a live conversation with our Mexico correspondents. Register here.",
    "Sign up for Border Brief, our newsletter on U.S.-Mexico security, starting June 10.",
  ])("takes the call %j as a promotion", (text) => {
    expect(pageNoteReason(text)).toBe("promo");
  });

  it.each([
    "This article originally appeared on The Harbor Ledger.",
    "This story first ran in Valley Monthly.",
    "Write to Dana Whitlock at dana.whitlock@example.com",
    "Email the writer at tips@example.org.",
    "Contact her at @danawhit.",
    "To reach the reporter behind this story, contact dana@example.com. To reach the editor, contact desk@example.com",
  ])("takes the page's note %j", (text) => {
    expect(pageNoteReason(text)).toBe("notice");
  });

  it("takes a call for tips with the writer's address and handle as a promotion", () => {
    expect(pageNoteReason("Got a tip? Email Dana Whitlock at dana@example.com. Follow her on Twitter @danawhit.")).toBe(
      "promo",
    );
  });

  it.each([
    "Investigators wrote to Harbor Corp at its registered address.",
    "Email Dana Whitlock at dana@example.com if the form fails, the notice said.",
    "The column originally appeared to praise the plan, readers said.",
    "To reach the editors, the union wrote to desk@example.com on Monday.",
  ])("keeps the reporting %j", (text) => {
    expect(pageNoteReason(text)).toBeUndefined();
  });

  it("takes the writer's contact note as a call to the reader", () => {
    expect(
      pageNoteReason(
        "Have a tip? Ana Ruiz may be reached at aruiz@example.com. Follow her on Twitter @anaruiz or on Facebook.",
      ),
    ).toBe("promo");
  });

  it.each(["(Graphic: Port traffic in 2025 - here)", "(Chart: Remittances by month – here)"])(
    "takes the wire's pointer to its graphic %j",
    (text) => {
      expect(pageNoteReason(text)).toBe("notice");
    },
  );

  it.each(["(Video: the crossing was filmed here)", "(Graphic: the agency said the chart was drawn here.)"])(
    "keeps %j, which ends on no link's word",
    (text) => {
      expect(pageNoteReason(text)).toBeUndefined();
    },
  );

  it("keeps a sentence that says where someone else may be reached", () => {
    expect(pageNoteReason("The mayor may be reached at city hall, officials said.")).toBeUndefined();
  });

  it.each(["Wednesday, April 16, 2025", "Published April 2, 2025", "4:12 p.m. ET", "Posted: 2025-04-15 09:30"])(
    "takes the stamp %j as a page clock",
    (text) => {
      expect(pageNoteReason(text)).toBe("page-clock");
    },
  );

  it.each([
    "Live updates: Mexico's judicial election, June 1, 2025",
    "Podcast: Episode 112 — The border at a standstill (April 11, 2025, 38 min)",
    "More from April 2025",
    "More from Valley Courier",
    "Upcoming events",
    "Sponsored Stories",
  ])("takes the box label %j", (text) => {
    expect(pageNoteReason(text)).toBe("navigation");
  });

  it.each([
    "More from the interview",
    "More than 40 trucks waited at the crossing.",
    "Upcoming events in Laredo drew protests, the mayor said.",
    "2019",
    "June 2025",
    "April 22: Town hall on trade, Laredo College",
    "June 1, 2025: Voters chose 881 federal judges.",
    "By April 16, 2025, 40 trucks",
    "Join us on March 20 for a live conversation. The vote was 86 to 41.",
    "Subscribers to the service said it had stopped on Monday.",
    "The report, first published in 2019, said the cartel had moved its labs.",
    "This story was corrected on Nov. 13, 2025. The vote was 86 to 41.",
    "The story was first published by a local paper, the prosecutor said.",
    "File photos show the same ranch in 2019, officials said.",
    "The museum said its photographs are available under a Creative Commons licence from Monday.",
    "The text is available under the terms the court set, the lawyer said.",
    "Update: March 4, 2025: The council voted to close the road.",
    "Updated with new rules, the app now asks for a code, the company said.",
  ])("leaves %j", (text) => {
    expect(pageNoteReason(text)).toBeUndefined();
  });
});

describe("pageNoteReason: a comment section's notice told of the comments", () => {
  it.each([
    "All comments must follow the Harbour Wire comment policy and will be moderated before posting.",
    "Reader comments are reviewed before they appear.",
    "Please note that the Harbour Wire does not endorse the opinions expressed in comments.",
  ])("reads %j as a notice", (line) => {
    expect(pageNoteReason(line)).toBe("notice");
  });

  it.each([
    "Comments are moderated by volunteers, the editor said.",
    "All comments must be approved by a moderator under the new law. Critics called it censorship.",
    "The ferry company does not endorse the opinions expressed in comments, a spokeswoman told the council.",
    "Comments on the plan closed in March.",
  ])("keeps %j", (line) => {
    expect(pageNoteReason(line)).toBeUndefined();
  });
});
