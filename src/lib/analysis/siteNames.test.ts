import { describe, expect, it } from "vitest";
import { siteNames } from "./siteNames.ts";

const names = (text: string) => siteNames(text).map((s) => s.text);

describe("siteNames", () => {
  it("reads a capitalised word with a domain's ending as a site's name", () => {
    expect(names("They met on Lovebird.com and read Grapevine.org, then Tally.ly.")).toEqual([
      "Lovebird.com",
      "Grapevine.org",
      "Tally.ly",
    ]);
    expect(names("Fans flocked to WeatherWise.com’s forecast.")).toEqual(["WeatherWise.com"]);
  });

  it("reads no full address, e-mail, file name or lower-case word", () => {
    expect(names("See https://Lovebird.com/page or www.Lovebird.com for more.")).toEqual([]);
    expect(names("Write to Jane@Lovebird.com today.")).toEqual([]);
    expect(names("Open Report.company.pdf and lovebird.com now.")).toEqual([]);
  });

  it("reads no site in a prompt to the reader, nor one qualifying another name", () => {
    expect(names("See Lovebird.com's editorial board.")).toEqual([]);
    expect(names("Join our club and share your voice on Grapevine.org!")).toEqual([]);
    expect(names("On the Benchly.org Speedometer test it scored 129.")).toEqual([]);
  });
});
