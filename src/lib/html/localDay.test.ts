import { describe, expect, it } from "vitest";
import { localDayOf, mislabelledOffsetDay, shownDayOfInstant } from "./localDay.ts";

describe("localDayOf", () => {
  it.each([
    // 8:19 PM in New York is 01:19 the next day in UTC: the page's own day is the 18th.
    ["2019-11-19T01:19:34.819Z", ["Monday, November 18, 2019, 08:19 PM"], "2019-11-18"],
    // East of UTC: 15:30 UTC is 00:30 the next day in Tokyo.
    ["2019-11-18T15:30:00Z", ["November 19, 2019 00:30"], "2019-11-19"],
    // The same day in both zones: the local day is the UTC one.
    ["2019-11-18T15:30:00Z", ["November 18, 2019 10:30 AM"], "2019-11-18"],
    // Other minutes: another moment (an update), not this one told locally.
    ["2019-11-19T01:19:34Z", ["Monday, November 18, 2019, 08:41 PM"], undefined],
    // A declaration that states its zone is no local clock; a timestamp with an offset is not UTC.
    ["2019-11-19T01:19:34Z", ["2019-11-18T20:19:34-05:00"], undefined],
    ["2019-11-18T20:19:34-05:00", ["Monday, November 18, 2019, 08:19 PM"], undefined],
    // A timestamp without a zone, told as 9:24 pm in New York: it was UTC, and the day is the 18th.
    ["2019-11-19 02:24:00", ["Nov 18, 2019 at 9:24 pm ET"], "2019-11-18"],
    // Told with the same clock: the same zone, nothing to change; other minutes: another moment.
    ["2019-11-19 02:24:00", ["Nov 19, 2019 at 2:24 am"], undefined],
    ["2019-11-19 02:24:00", ["Nov 18, 2019 at 9:31 pm ET"], undefined],
    // No time in the other declaration: nothing tells the moment.
    ["2019-11-19T01:19:34Z", ["November 18, 2019"], undefined],
  ] as const)("%s with %j → %s", (declared, others, expected) => {
    expect(localDayOf(declared, [...others])).toBe(expected);
  });

  it("reads the instant in the zone another shown moment tells", () => {
    const update = { instant: "2019-11-20T06:01:19Z", words: "10:01 pm PST, Tuesday, November 19, 2019" };
    expect(localDayOf("2019-11-20T05:57:50Z", [], [update])).toBe("2019-11-19");
    // The zone shown puts the instant on its UTC day: that day stands.
    expect(localDayOf("2019-11-20T09:57:50Z", [], [update])).toBe("2019-11-20");
    // A shown moment in words of another minute count is no zone.
    expect(localDayOf("2019-11-20T05:57:50Z", [], [{ ...update, words: "10:07 pm, November 19, 2019" }])).toBe(
      undefined,
    );
  });
});

describe("mislabelledOffsetDay", () => {
  const declared = ["2021-03-04T03:12:40-06:00", "2021-03-04T03:12:40+00:00"];
  it.each([
    // The page shows 9:12 pm on the 3rd in the offset the first declaration names: the UTC one is the moment.
    [declared, ["Mar 3, 2021, 9:12 pm CST"], "2021-03-03"],
    // Shown in another offset, or another minute: nothing settles which declaration is mislabelled.
    [declared, ["Mar 3, 2021, 10:12 pm EST"], undefined],
    [declared, ["Mar 3, 2021, 9:40 pm CST"], undefined],
    // No UTC declaration with the same clock: nothing contradicts the first.
    [["2021-03-04T03:12:40-06:00", "2021-03-04T09:12:40+00:00"], ["Mar 3, 2021, 9:12 pm CST"], undefined],
    // The first declaration is the UTC one: nothing to settle.
    [[...declared].reverse(), ["Mar 3, 2021, 9:12 pm CST"], undefined],
  ] as const)("%j shown %j → %s", (values, shown, expected) => {
    expect(mislabelledOffsetDay(values[0], values, () => shown)).toBe(expected);
  });
});

describe("shownDayOfInstant", () => {
  it.each([
    // 01:00 UTC is the evening before west of UTC: the printed day is the page's own.
    ["2014-12-30T01:00:51Z", "2014-12-29", "2014-12-29"],
    // 23:00 UTC is the next morning east of UTC.
    ["2018-06-12T23:00:00.000Z", "2018-06-13", "2018-06-13"],
    // Seconds written unpadded are still a UTC instant's.
    ["2018-06-12T23:15:0Z", "2018-06-13", "2018-06-13"],
    // 18:00 UTC is the same day twelve hours west: a day earlier is no zone's clock.
    ["2014-12-30T18:00:00Z", "2014-12-29", undefined],
    // 08:00 UTC is not yet the next day even fourteen hours east.
    ["2018-06-12T08:00:00Z", "2018-06-13", undefined],
    // Two days apart, a stamp with its own offset, or no time: nothing is read.
    ["2014-12-30T01:00:00Z", "2014-12-28", undefined],
    ["2014-12-30T01:00:00-05:00", "2014-12-29", undefined],
    ["2014-12-30", "2014-12-29", undefined],
  ])("%s shown as %s → %s", (stamp, shown, day) => {
    expect(shownDayOfInstant(stamp, shown)).toBe(day);
  });
});
