/** A newsroom's credit that names no one: the bare words, and the words joined into a reports credit. */
import { describe, expect, it } from "vitest";
import { isNewsroomCredit } from "./patterns.ts";

describe("isNewsroomCredit", () => {
  it.each([
    "Staff",
    "Staff reports",
    "Redacción",
    "Editorial",
    "Editorial Staff",
    "NEWSROOM TEAM",
    "Staff and news service reports",
    "From staff and wire reports",
    "Staff & wire services",
  ])("reads %j as no one's credit", (credit) => {
    expect(isNewsroomCredit(credit)).toBe(true);
  });
  it.each(["Harbor Post Staff", "Our Foreign Staff", "Jane Roe and staff", "Staff and Jane Roe", "Wire"])(
    "keeps %j",
    (credit) => {
      expect(isNewsroomCredit(credit)).toBe(false);
    },
  );
});
