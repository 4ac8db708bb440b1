import { describe, expect, it } from "vitest";
import { findEvents } from "#lib/analysis/timeline.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { restatedDay } from "./restatedDay.ts";

const events = (text: string, published = "2025-03-12") =>
  findEvents("t", articleSentences(text), { published }).map((e) => [e.date.iso, e.date.label]);

describe("restatedDay", () => {
  const stated = [{ iso: "2019-06-03", anchor: "s1", order: 1 }];

  it("gives a yearless day the year the article stated it with, before", () => {
    expect(restatedDay("2024-06-03", 4, stated)).toEqual({ keep: false, stated: stated[0] });
  });

  it("keeps the year read where the article states the day in no other year", () => {
    expect(restatedDay("2024-06-04", 4, stated)).toEqual({ keep: true });
    expect(restatedDay("2019-06-03", 4, stated)).toEqual({ keep: true });
  });

  it("leaves it unresolved where the day is stated only further on, or with two years", () => {
    expect(restatedDay("2024-06-03", 0, stated)).toBeUndefined();
    expect(restatedDay("2024-06-03", 4, [...stated, { iso: "2021-06-03", anchor: "s2", order: 2 }])).toBeUndefined();
  });

  it("dates a quotation's yearless day as the day the story stated", () => {
    const text =
      "The roof fell in on 3 June 2019, during morning classes.\n\n" +
      "“On June 3 I lost my girl,” said Rosa Pech, whose daughter was killed.";
    expect(events(text)).toEqual([
      ["2019-06-03", "3 June 2019"],
      ["2019-06-03", "June 3"],
    ]);
    // Without the stated day, the nearest June 3 before publication is read.
    expect(events("“On June 3 I lost my girl,” said Rosa Pech, whose daughter was killed.")).toEqual([
      ["2024-06-03", "June 3"],
    ]);
  });
});
