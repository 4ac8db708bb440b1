import { describe, expect, it } from "vitest";
import { bylineAgency, reportedBy } from "./reportedBy.ts";

const BODY = [
  "Officials in the valley said on Monday that the new water rules would take effect in the spring.",
  "Farmers said the rules would cut their deliveries by a third and asked the court to delay them.",
  "The agency said it would publish the final figures for each district before the end of the month.",
];

describe("bylineAgency", () => {
  it.each([
    ["Reuters", "Reuters"],
    ["By Associated Press", "The Associated Press"],
    ["AFP", "AFP"],
    ["Reuters Staff", "Reuters"],
  ])("reads %j as the agency's own credit", (byline, outlet) => expect(bylineAgency(byline)).toBe(outlet));

  it.each(["Ana Ruiz", "Harbour Post Staff", "Staff and wire reports", "Detroit News wire services", ""])(
    "reads none in %j",
    (byline) => expect(bylineAgency(byline)).toBeUndefined(),
  );
});

describe("reportedBy", () => {
  it("is the agency the byline is or names as its employer", () => {
    expect(reportedBy({ byline: "Reuters", paragraphs: BODY })).toBe("Reuters");
    expect(reportedBy({ byline: "Ana Ruiz, Associated Press", paragraphs: BODY })).toBe("The Associated Press");
    expect(reportedBy({ byline: "Ana Ruiz", employer: "AFP", paragraphs: BODY })).toBe("AFP");
  });

  it("is the agency of a wire dateline opening the article", () => {
    expect(reportedBy({ paragraphs: [`VALLEY CITY (AP) — ${BODY[0] ?? ""}`, ...BODY.slice(1)] })).toBe(
      "The Associated Press",
    );
    expect(reportedBy({ paragraphs: ["Water rules", `VALLEY CITY, March 3 (Reuters) - ${BODY[0] ?? ""}`] })).toBe(
      "Reuters",
    );
    // Labels, headings and the writer's name set over the lede are no paragraphs of the article's text.
    const over = ["SUBSCRIBE Sign In", "## BREAKING NEWS", "JANE ROE", "Water rules"];
    expect(reportedBy({ paragraphs: [...over, `VALLEY CITY (AP) — ${BODY[0] ?? ""}`] })).toBe("The Associated Press");
    expect(reportedBy({ paragraphs: [...BODY, `VALLEY CITY (AP) — ${BODY[0] ?? ""}`] })).toBeUndefined();
  });

  it("reads the paragraphs as Markdown: emphasis, links and line breaks aside, headings kept out of the prose", () => {
    const lede = BODY[0] ?? "";
    expect(reportedBy({ paragraphs: [`**VALLEY CITY (AP)** —\n${lede}`] })).toBe("The Associated Press");
    expect(reportedBy({ paragraphs: [`VALLEY CITY ([Reuters](https://example.com/)) - ${lede}`] })).toBe("Reuters");
    // A heading long enough to pass for prose is still a heading: the dateline below it counts, not it.
    expect(reportedBy({ paragraphs: [`## VALLEY CITY (Reuters) - ${lede}`, ...BODY] })).toBeUndefined();
  });

  it("is the publication a note of first appearance names", () => {
    expect(reportedBy({ paragraphs: [...BODY, "This story was first published by Harbour Weekly."] })).toBe(
      "Harbour Weekly",
    );
    expect(reportedBy({ paragraphs: BODY, removed: ["This article originally appeared in Valley Ledger."] })).toBe(
      "Valley Ledger",
    );
  });

  it("is the known agency whose copyright closes the article", () => {
    expect(reportedBy({ paragraphs: [...BODY, "Copyright 2024 The Associated Press. All rights reserved."] })).toBe(
      "The Associated Press",
    );
  });

  it("is none for a credit in part, a quoted outlet or a copyright inside the article", () => {
    expect(reportedBy({ paragraphs: [...BODY, "Reuters contributed to this report."] })).toBeUndefined();
    // A print note says where the publisher printed it.
    expect(
      reportedBy({ paragraphs: [...BODY, "This article appears in the May 4, 2024 issue of Harbour Monthly."] }),
    ).toBeUndefined();
    expect(reportedBy({ paragraphs: [`${BODY[0] ?? ""} the mayor told the Associated Press.`] })).toBeUndefined();
    expect(reportedBy({ byline: "Staff and wire reports", paragraphs: BODY })).toBeUndefined();
    expect(
      reportedBy({ paragraphs: ["Copyright 2024 The Associated Press. All rights reserved.", ...BODY] }),
    ).toBeUndefined();
    // A dateline deep in the article is a quoted dispatch's, not this copy's.
    expect(reportedBy({ paragraphs: [...BODY, "VALLEY CITY (AP) — The court said"] })).toBeUndefined();
    // A holder no list knows at the article's end may be the host's own notice.
    expect(reportedBy({ paragraphs: [...BODY, "© 2024 Harbour Post. All rights reserved."] })).toBeUndefined();
  });
});
