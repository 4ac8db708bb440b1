import { describe, expect, it } from "vitest";
import { judgeDate, parseDateAnnotations } from "./dateAnnotations.ts";

describe("parseDateAnnotations", () => {
  it("reads url -> file and day, leaving out a page whose day is NaN or not a day", () => {
    const text = `{"https://example.org/a": {"file": "101.html", "date": "2021-03-04"},
      "https://example.org/b": {"file": "102.html", "date": NaN},
      "https://example.org/c": {"file": "103.html", "date": "March 2021"}}`;
    expect(parseDateAnnotations(text)).toEqual([{ name: "101", url: "https://example.org/a", date: "2021-03-04" }]);
  });
});

describe("judgeDate", () => {
  const annotation = { name: "101", url: "https://example.org/a", date: "2021-03-04" };
  it("compares the day only", () => {
    expect(judgeDate(annotation, { refused: false, published: "2021-03-04T22:10:00-05:00" })).toBe("right");
    expect(judgeDate(annotation, { refused: false, published: "2021-03-05" })).toBe("wrong");
  });
  it("tells no date and a refused page apart", () => {
    expect(judgeDate(annotation, { refused: false })).toBe("none");
    expect(judgeDate(annotation, { refused: true })).toBe("refused");
  });
});
