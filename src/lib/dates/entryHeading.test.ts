import { describe, expect, it } from "vitest";
import { findRelativeDates } from "#lib/content/relativeDates.ts";
import { findEventDates } from "./absoluteDates.ts";
import { isDatedEntryHeading } from "./entryHeading.ts";

const PUBLISHED = "2025-11-20";
const entry = (text: string) =>
  isDatedEntryHeading(text, [...findEventDates(text), ...findRelativeDates(text, PUBLISHED)]);

describe("isDatedEntryHeading", () => {
  it.each([
    "Nov. 18: Senate voted down the budget",
    "March 3, 2025 — Mexico sends 29 cartel figures to the United States",
    "Monday, March 3: Troops arrived at the border",
    "June 2019 - Protesters occupied the airport",
    "Nov. 18, 9:30 a.m. — The governor signed the decree",
  ])("reads %j as a dated entry", (text) => {
    expect(entry(text)).toBe(true);
  });

  it.each([
    "Monday, March 3",
    "Nov. 18",
    "2019: The year in review",
    "Nov. 18: Ticket prices and venues",
    "Monday: Senate returns to vote",
    "Stadia Is Essentially A Beta Version Until 2020",
    "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139",
    "What happened on Nov. 18",
    "Timeline",
  ])("does not read %j as one", (text) => {
    expect(entry(text)).toBe(false);
  });
});
