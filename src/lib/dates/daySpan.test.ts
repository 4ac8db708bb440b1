import { describe, expect, it } from "vitest";
import { spanEndDay } from "./daySpan.ts";

const end = (sentence: string, first: string, iso: string) => spanEndDay(sentence, sentence.indexOf(first), iso);

describe("spanEndDay", () => {
  it("reads the last day of a span that 'between' names from a day of a month", () => {
    expect(end("The visit will take place between October 11 and 13.", "October 11", "2019-10-11")).toBe("2019-10-13");
    expect(end("The fair runs between Sept. 28 and Oct. 3.", "Sept. 28", "2019-09-28")).toBe("2019-10-03");
  });
  it("reads the last day of a span 'from' a day 'to' or 'through' a day of another month, over the new year too", () => {
    expect(end("From Nov. 28 through Dec. 3 the shop stays open.", "Nov. 28", "2019-11-28")).toBe("2019-12-03");
    expect(end("From December 27 to January 2 we post a list a day.", "December 27", "2019-12-27")).toBe("2020-01-02");
    expect(end("The market runs between Dec. 30 and Jan. 5.", "Dec. 30", "2019-12-30")).toBe("2020-01-05");
    // Not without "from", nor a "to" within one month.
    expect(end("It ran Nov. 28 through Dec. 3.", "Nov. 28", "2019-11-28")).toBeUndefined();
    expect(end("The fair ran from Nov. 12 to Nov. 14.", "Nov. 12", "2019-11-12")).toBeUndefined();
  });
  it("reads no span from a dash or 'to', 'and' without 'between', a count, a share or a day no later", () => {
    expect(end("The summit ran Oct. 11-13, 2019, in Chennai.", "Oct. 11", "2019-10-11")).toBeUndefined();
    expect(end("The fair ran from Nov. 12 to 14.", "Nov. 12", "2019-11-12")).toBeUndefined();
    expect(end("On Oct. 3 and 19 people were hurt.", "Oct. 3", "2019-10-03")).toBeUndefined();
    expect(end("Support moved between Oct. 11 and 13 percent.", "Oct. 11", "2019-10-11")).toBeUndefined();
    expect(end("The fair ran between Oct. 14 and 3 other dates.", "Oct. 14", "2019-10-14")).toBeUndefined();
    expect(end("The fair opened on Oct. 14.", "Oct. 14", "2019-10-14")).toBeUndefined();
  });
});
