import { describe, expect, it } from "vitest";
import { instrumentCodeSpans, withoutCodes } from "./instrumentCodes.ts";

const codes = (text: string) => instrumentCodeSpans(text).map((s) => text.slice(s.start, s.end));

describe("instrumentCodeSpans", () => {
  it.each([
    ["the Dow Jones Industrial Average .DJI fell", [".DJI"]],
    ["Brent LCOc1 was last at $60.73 and U.S. crude CLc1 fell", ["LCOc1", "CLc1"]],
    ["Spot gold XAU= added 0.1%, the euro EUR= rose, notes US10YT=RR rose", ["XAU=", "EUR=", "US10YT=RR"]],
    ["Copper CMCU3 rose 0.86%.", ["CMCU3"]],
    ["Shares of Acme rose 3% (NYSE: ACME) and Zorbix (Nasdaq:ZRBX) fell.", ["(NYSE: ACME)", "(Nasdaq:ZRBX)"]],
    // Names, initialisms, model numbers and sentence ends are no codes.
    ["The G20 met in Osaka; an Airbus A380 landed; the FBI said so.", []],
    ["He works for the U.S. Army. NATO agreed. The F-35 flew.", []],
    ["The deal (announced Monday: a merger) closed.", []],
  ])("%s → %j", (text, expected) => expect(codes(text)).toEqual(expected));

  it("blanks codes out, keeping every offset", () => {
    const text = "the Nasdaq Composite .IXIC added 0.24%";
    expect(withoutCodes(text)).toBe("the Nasdaq Composite       added 0.24%");
    expect(withoutCodes(text)).toHaveLength(text.length);
  });
});
