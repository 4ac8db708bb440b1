/** A newsroom's credit that names no one: the bare words, and the words joined into a reports credit. */
import { describe, expect, it } from "vitest";
import { isDeskPost, isNewsroomCredit } from "./patterns.ts";

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

describe("isDeskPost", () => {
  it.each(["Online News Editor", "Staff Writer", "Senior Web Producer"])(
    "reads %j as a post, no one's name",
    (post) => {
      expect(isDeskPost(post)).toBe(true);
    },
  );
  it.each(["Jane Roe Editor", "Editor", "Harbor Post Staff", "Jane Roe"])("keeps %j", (credit) => {
    expect(isDeskPost(credit)).toBe(false);
  });
});
