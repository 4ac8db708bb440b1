/**
 * Page fields of whole-page texts in the shapes the fdp batch's text form showed (stop 74): date
 * stamps in more languages and with more beside them, a header whose credits stand under a row of
 * buttons or a kicker. Small made-up page extractions, each with the one trap it sets, run through
 * the whole normalizer, and the line readers the rules live in. Every name and outlet invented.
 */
import { describe, expect, it } from "vitest";
import { closesOnPictureCredit } from "./captionCredit.ts";
import { parseDateLine } from "./dateLines.ts";
import { parseCreditLine } from "./patterns.ts";
import { PROSE_BODY, textPageFields } from "./testPage.ts";

const fieldsOf = (...lines: string[]) => textPageFields([...lines, ...PROSE_BODY]);

describe("date stamps with a label in more languages", () => {
  it("reads Nordic, German and Polish publication labels, a weekday and a worded clock after them", () => {
    expect(parseDateLine("Publisert fredag 10. mai 2024 - 09:12")).toEqual({ kind: "published", iso: "2024-05-10" });
    expect(parseDateLine("Publicerad 3 okt 2024 kl 08.40")).toEqual({ kind: "published", iso: "2024-10-03" });
    expect(parseDateLine("Offentliggjort mandag 10. feb 2025 11:05")).toEqual({
      kind: "published",
      iso: "2025-02-10",
    });
    expect(parseDateLine("Erstellt: 12.06.2023, 07:45 Uhr")).toEqual({ kind: "published", iso: "2023-06-12" });
    expect(parseDateLine("Publikacja: 09.11.2024 18:02")).toEqual({ kind: "published", iso: "2024-11-09" });
  });

  it("reads the Nordic update label as an update, never as the publication", () => {
    expect(parseDateLine("Sist oppdatert fredag 10. mai 2024 - 17:40")).toEqual({
      kind: "updated",
      iso: "2024-05-10",
    });
    expect(parseDateLine("Uppdaterad 4 okt 2024 kl 10.02")).toEqual({ kind: "updated", iso: "2024-10-04" });
  });

  it("takes no day from a label over a bare time", () => {
    expect(parseDateLine("Publicerad 21:14")).toBeUndefined();
  });
});

describe("date stamps with more beside the date", () => {
  it("reads the date before a reading time run into it", () => {
    expect(parseDateLine("03.09.2024, 16:20Lesezeit: 4 Min.")).toEqual({ kind: "published", iso: "2024-09-03" });
    expect(parseDateLine("March 3, 2025 · 6 min read")).toEqual({ kind: "published", iso: "2025-03-03" });
  });

  it("reads the date before a place glued to its hour", () => {
    expect(parseDateLine("21.02.2025, 10:15 UhrKonstanz")).toEqual({ kind: "published", iso: "2025-02-21" });
  });

  it("reads the date after the place a stamp names first", () => {
    expect(parseDateLine("Lisbon, October 08, 2024, 9:30 Uhr")).toEqual({ kind: "published", iso: "2024-10-08" });
    expect(parseDateLine("Valencia-17/03/2025 13:45")).toEqual({ kind: "published", iso: "2025-03-17" });
  });

  it("reads a numeric day spaced after its dots", () => {
    expect(parseDateLine("07. 05. 2025, 08:30 Uhr")).toEqual({ kind: "published", iso: "2025-05-07" });
  });

  it("leaves a place and words that are no date", () => {
    expect(parseDateLine("Lisbon, Portugal")).toBeUndefined();
    expect(parseDateLine("Porto, 30 anos depois")).toBeUndefined();
  });
});

describe("credits under the header's buttons or its kicker", () => {
  it("reads the byline and date set under a row of buttons below the standfirst", () => {
    const fm = fieldsOf(
      "Valley farmers ask the court to delay the new water rules",
      "The rules cut deliveries by a third, and growers say they were never asked about it.",
      "Listen",
      "Summary",
      "Share",
      "By Tomas Redfern",
      "4 Mar 2025",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
    expect(fm.byline).toBe("Tomas Redfern");
    expect(fm.published).toBe("2025-03-04");
  });

  it("reads the credits under a kicker set between the headline and its copy", () => {
    const fm = fieldsOf(
      "Valley farmers ask the court to delay the new water rules",
      "WATER FIGHT",
      ":",
      "Valley farmers ask the court to delay the new water rules",
      "By Tomas Redfern",
      "04.03.2025, 09:12Lesezeit: 3 Min.",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
    expect(fm.byline).toBe("Tomas Redfern");
    expect(fm.published).toBe("2025-03-04");
  });
});

describe("a picture's caption by its credit", () => {
  it("reads a line closed by a photographer's or an agency's credit as a caption", () => {
    expect(closesOnPictureCredit("The mayor at the opening of the pier on Sunday. | Ana Ruiz/hwp")).toBe(true);
    expect(closesOnPictureCredit("Growers at the valley meeting (March 2025).Tomas Redfern / Harbour Press")).toBe(
      true,
    );
    expect(closesOnPictureCredit("The new ferry at the quay this morning. HWP/ T.R. Lopes")).toBe(true);
    expect(closesOnPictureCredit("Growers on the first day of the valley fair.HWP")).toBe(true);
    expect(closesOnPictureCredit("CROWDS: Growers fill the hall at the meeting. Foto: Harbour Police")).toBe(true);
    expect(closesOnPictureCredit("Growers at the hall, on the first day of the meeting / Ana Ruiz")).toBe(true);
    expect(closesOnPictureCredit("The minister at the harbour office on March 4, 2025. — Picture by Ana Ruiz")).toBe(
      true,
    );
  });

  it("leaves headlines with a slash, a figure or two sentences", () => {
    expect(closesOnPictureCredit("Rates at a 5/10 year high")).toBe(false);
    expect(closesOnPictureCredit("Water rules pass. What now?")).toBe(false);
    expect(closesOnPictureCredit("Valley farmers ask the court to delay the new water rules")).toBe(false);
  });

  it("passes a caption between the standfirst and the credits, to the headline over them", () => {
    const fm = fieldsOf(
      "News",
      "Valley farmers ask the court to delay the new water rules",
      "The rules cut deliveries by a third, and growers say they were never asked about it.",
      "Growers at the valley meeting on Sunday, before the vote. Foto: Harbour Press",
      "Tomas Redfern",
      "Published 4 March 2025",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
    expect(fm.byline).toBe("Tomas Redfern");
    expect(fm.published).toBe("2025-03-04");
  });

  it("passes a caption over its picture's copyright line", () => {
    const fm = fieldsOf(
      "Valley farmers ask the court to delay the new water rules",
      "Tomas Redfern",
      "04.03.2025, 09:12 Uhr",
      "Growers at the valley meeting before the vote",
      "© Ana Ruiz/Harbour Images",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
    expect(fm.byline).toBe("Tomas Redfern");
  });
});

describe("lines over the credit that head nothing", () => {
  it("passes another story's link that credits its writer, and a standfirst of three sentences", () => {
    const fm = fieldsOf(
      "Valley farmers ask the court to delay the new water rules",
      "Growers say the rules were never put to them. The court will hear them in May. A ruling may take months",
      "Analysis — The valley's water has been promised twice over, by Ana Ruiz",
      "Tomas Redfern",
      "4 March 2025",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
  });

  it("reads two writers' names stacked over the date as the byline", () => {
    const fm = fieldsOf(
      "Valley farmers ask the court to delay the new water rules",
      "Tomas Redfern",
      "Ana Ruiz Lopes",
      "Publisert fredag 10. mai 2024 - 13:26",
    );
    expect(fm.byline).toBe("Tomas Redfern and Ana Ruiz Lopes");
    expect(fm.published).toBe("2024-05-10");
  });
});

describe("credits in more forms", () => {
  it("reads a credit that names the piece's kind before its 'von' or 'by', and 'Von:'", () => {
    expect(parseCreditLine("Kolumne von Tomas Redfern")?.byline).toBe("Tomas Redfern");
    expect(parseCreditLine("Analysis by Ana Ruiz")?.byline).toBe("Ana Ruiz");
    expect(parseCreditLine("Von: Ana Ruiz")?.byline).toBe("Ana Ruiz");
    expect(parseCreditLine("Vondrak said the vote was close")).toBeUndefined();
  });

  it("passes an agency's line with its place over the date, to the headline over the standfirst", () => {
    const fm = fieldsOf(
      "Valley",
      "Valley farmers ask the court to delay the new water rules after a dry year",
      "Growers in the valley say the rules cut their deliveries by a third and were never put to them at all",
      "Harbour Wire staff in Fresno",
      "Sat 4 Mar 2025 12.42 CET",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules after a dry year");
    expect(fm.published).toBe("2025-03-04");
  });
});

describe("credit rows and glued credits", () => {
  it("reads a credit row closed by its comment count in German", () => {
    const credit = parseCreditLine("Kolumne von Ana Ruiz - 04.03.2025 um 08:52 Uhr - 7 Ergänzungen");
    expect(credit).toMatchObject({ byline: "Ana Ruiz", published: "2025-03-04" });
  });

  it("reads a lower-case 'by' run into the name, and leaves a word that only starts so", () => {
    expect(parseCreditLine("byAna Ruiz")?.byline).toBe("Ana Ruiz");
    expect(parseCreditLine("bygone Days")).toBeUndefined();
  });

  it("takes the headline over its credit, not a search box's label the page sets twice above it", () => {
    const fm = fieldsOf(
      "Search for: Search",
      "Donate",
      "Search for: Search",
      "Harbour column: the ferries are late again!",
      "Column by Ana Ruiz - 04.03.2025 um 08:52 Uhr - 7 comments",
    );
    expect(fm.title).toBe("Harbour column: the ferries are late again!");
    expect(fm.byline).toBe("Ana Ruiz");
  });
});

describe("the page's clock over its menus", () => {
  it("gives way to the date the article's credits state under its headline", () => {
    const fm = fieldsOf(
      "5. März 2025",
      "Sign in",
      "News",
      "Politics",
      "Culture",
      "Valley farmers ask the court to delay the new water rules",
      "Tomas Redfern",
      "04.03.2025, 19:06 Uhr",
    );
    expect(fm.title).toBe("Valley farmers ask the court to delay the new water rules");
    expect(fm.published).toBe("2025-03-04");
  });
});
