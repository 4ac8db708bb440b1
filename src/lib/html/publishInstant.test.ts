/** A publication instant declared in a data attribute, read with the day its element shows. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { agreeingDay, publishInstantDay, shownDays } from "./publishInstant.ts";

const day = (body: string) => publishInstantDay(parseHTML(`<html><body>${body}</body></html>`).document);

describe("shownDays", () => {
  it("reads a numeric date both ways and a written date once", () => {
    expect(shownDays("4/06/21 8:00am").sort()).toEqual(["2021-04-06", "2021-06-04"]);
    expect(shownDays("April 6, 2021")).toEqual(["2021-04-06"]);
  });
});

describe("agreeingDay", () => {
  it("is the reading within a day of the instant's UTC day", () => {
    expect(agreeingDay("4/06/21 8:00am", "2021-04-06")).toBe("2021-04-06");
    expect(agreeingDay("6/04/21 23:30", "2021-04-07")).toBe("2021-04-06");
  });

  it("is none when no reading fits", () => {
    expect(agreeingDay("4/06/21", "2021-05-01")).toBeUndefined();
    expect(agreeingDay("8:00am", "2021-04-06")).toBeUndefined();
  });
});

describe("publishInstantDay", () => {
  it("reads Unix seconds and milliseconds", () => {
    expect(day(`<h1>T</h1><span data-publishtime="1617721200">4/06/21 8:00am</span>`)).toBe("2021-04-06");
    expect(day(`<h1>T</h1><time data-published-date="1617721200000">April 6, 2021</time>`)).toBe("2021-04-06");
  });

  it("takes the first after the headline, not a teaser's above it", () => {
    const teaser = `<span data-publishtime="1600000000000">9/13/20</span>`;
    expect(day(`${teaser}<h1>T</h1><span data-publishtime="1617721200000">4/06/21</span>`)).toBe("2021-04-06");
  });

  it("is none when the shown day disagrees, or nothing shows a day", () => {
    expect(day(`<h1>T</h1><span data-publishtime="1617721200000">5/20/21</span>`)).toBeUndefined();
    expect(day(`<h1>T</h1><span data-publishtime="1617721200000">8h</span>`)).toBeUndefined();
    expect(day(`<h1>T</h1><span data-publishtime="12">4/06/21</span>`)).toBeUndefined();
  });
});
