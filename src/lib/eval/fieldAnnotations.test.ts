import { describe, expect, it } from "vitest";
import {
  addPage,
  emptyFieldTally,
  judgeByline,
  judgePage,
  judgePublished,
  judgeTitle,
  keptParagraphs,
  parseFieldAnnotations,
} from "./fieldAnnotations.ts";

describe("parseFieldAnnotations", () => {
  it("reads each page's fields and leaves empty ones out", () => {
    const [page] = parseFieldAnnotations(
      JSON.stringify({
        "xx-Harbor_2024_01_02": {
          url: "https://harbor.example/a",
          title: " Ferry resumes ",
          authors: ["Ana Ruiz", ""],
          published: "2024-01-02 09:00:00+01:00",
          summary: [],
          paragraphs: ["One.", "Two."],
        },
      }),
    );
    expect(page).toEqual({
      name: "xx-Harbor_2024_01_02",
      url: "https://harbor.example/a",
      title: "Ferry resumes",
      authors: ["Ana Ruiz"],
      published: "2024-01-02 09:00:00+01:00",
      summary: [],
      paragraphs: ["One.", "Two."],
    });
  });

  it("names an entry without a url", () => {
    expect(() => parseFieldAnnotations('{"page-1": {"title": "T"}}')).toThrow(/page-1/u);
  });
});

describe("judging one field", () => {
  it("reads a headline the same but for case, spacing and quotation marks", () => {
    expect(judgeTitle("Mayor’s  “plan” fails", 'mayor\'s "Plan" fails')).toBe("right");
    expect(judgeTitle("Mayor's plan fails", "Mayor's plan fails - Harbor News")).toBe("wrong");
    expect(judgeTitle("Mayor's plan fails", undefined)).toBe("none");
  });

  it("wants every annotated author in the byline, as whole names", () => {
    expect(judgeByline(["Ana Ruiz", "LEE PARK"], "By Lee Park and Ana Ruiz, Harbor News")).toBe("right");
    expect(judgeByline(["Ana Ruiz", "Lee Park"], "Ana Ruiz")).toBe("wrong");
    expect(judgeByline(["Ana Ruiz"], "Ana Ruizova")).toBe("wrong");
    expect(judgeByline(["Ana Ruiz"], undefined)).toBe("none");
    expect(judgeByline([], "Harbor Desk")).toBe("extra");
    expect(judgeByline([], undefined)).toBeUndefined();
  });

  it("takes the day as written, or for a UTC instant any day it falls on somewhere", () => {
    expect(judgePublished("2024-05-02 10:00:00+10:00", "2024-05-02")).toBe("right");
    expect(judgePublished("2024-05-02 10:00:00+10:00", "2024-05-01")).toBe("wrong");
    // 23:30 UTC is already the next day east of UTC+1.
    expect(judgePublished("2024-05-02 23:30:00+00:00", "2024-05-03")).toBe("right");
    expect(judgePublished("2024-05-02 08:00:00+00:00", "2024-05-01")).toBe("right");
    expect(judgePublished("2024-05-02 23:30:00+00:00", "2024-05-04")).toBe("wrong");
    expect(judgePublished("2024-05-02 12:00:00", "2024-05-03")).toBe("wrong");
    expect(judgePublished("2024-05-02 12:00:00+00:00", undefined)).toBe("none");
  });

  it("finds paragraphs in the body across its line breaks and quote styles", () => {
    const body = "The pier “reopened” today.\nCrews worked\nall night.";
    expect(keptParagraphs(['The pier "reopened" today.', "Crews worked all night.", "Gone."], body)).toEqual({
      kept: 2,
      lost: ["Gone."],
    });
  });
});

describe("a split's tally", () => {
  const annotation = {
    name: "p",
    url: "https://harbor.example/p",
    title: "Ferry resumes",
    authors: ["Ana Ruiz"],
    published: "2024-01-02 09:00:00+01:00",
    summary: ["Crews worked all night."],
    paragraphs: ["One.", "Two."],
  };

  it("counts a page's verdicts and its kept paragraphs", () => {
    const tally = emptyFieldTally();
    addPage(
      tally,
      annotation,
      judgePage(annotation, {
        title: "Ferry resumes",
        dek: "Crews worked all night.",
        byline: "Lee Park",
        published: "2024-01-02",
        body: "One.\nTwo.",
      }),
    );
    expect(tally).toMatchObject({
      pages: 1,
      refused: 0,
      title: { right: 1 },
      byline: { wrong: 1 },
      published: { right: 1 },
      paragraphs: { kept: 2, total: 2 },
      wholeBodies: 1,
      summary: { kept: 1, total: 1 },
    });
  });

  it("counts every field of a refused page as none", () => {
    const tally = emptyFieldTally();
    addPage(tally, annotation, undefined);
    expect(tally).toMatchObject({ refused: 1, title: { none: 1 }, byline: { none: 1 }, published: { none: 1 } });
    expect(tally.paragraphs).toEqual({ kept: 0, total: 2 });
  });
});
