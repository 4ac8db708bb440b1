import { describe, expect, it } from "vitest";
import { datelineOutlet, knownOutlet, outletOfUrl } from "./outlets.ts";

describe("outlets", () => {
  it.each([
    ["MEXICO CITY (Reuters) - Mexico sent 26 prisoners", "Reuters"],
    ["MEXICO CITY (AP) — Mexico and the United States agreed", "The Associated Press"],
    ["Aug. 12 (UPI) -- Mexico has transferred 26 people", "UPI"],
    ["CIUDAD DE MÉXICO, 12 ago (Reuters) -", "Reuters"],
  ])("reads the agency a dateline credits: %s", (text, outlet) => expect(datelineOutlet(text)).toBe(outlet));
  it("never takes an outlet the article reports from as the publisher", () => {
    expect(datelineOutlet("The strike killed four men, reports NBC News (NBC) - officials said")).toBeUndefined();
    expect(datelineOutlet("Officials said (in a statement) - that the plan")).toBeUndefined();
  });
  it("knows outlets by name, alias and domain only", () => {
    expect(knownOutlet("CNN")).toBe("CNN");
    expect(knownOutlet("associated press")).toBe("The Associated Press");
    expect(knownOutlet("World News")).toBeUndefined();
    expect(outletOfUrl("https://www.nytimes.com/2025/12/04/us/x.html")).toBe("The New York Times");
    expect(outletOfUrl("https://mirror.example.net/x")).toBeUndefined();
  });
});
