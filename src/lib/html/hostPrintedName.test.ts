/** A site's name that the page prints and its address spells. */
import { describe, expect, it } from "vitest";
import { hostedOriginal, hostPrintedName, siteLabel } from "./hostPrintedName.ts";

describe("siteLabel", () => {
  it.each([
    ["https://www.harborledger.com/a/b", "harborledger"],
    ["https://news.harborledger.co.uk/x", "harborledger"],
    ["http://quay.example.com.au/x", "example"],
    ["not an address", undefined],
  ])("reads %s as %j", (url, label) => {
    expect(siteLabel(url)).toBe(label);
  });
});

describe("hostPrintedName", () => {
  it("finds the capitalised words the address spells, the most printed spelling", () => {
    const shown = "Menu Harbor Ledger 3/1/2024 Ana Ruiz … More from Harbor Ledger: Tide tables. HARBOR LEDGER";
    expect(hostPrintedName(shown, "https://www.harborledger.com/x")).toBe("Harbor Ledger");
  });
  it("reads a name inside a longer run of capitalised words", () => {
    expect(hostPrintedName("© Provided by Harbor Ledger Inc Photos", "https://harborledger.com/x")).toBe(
      "Harbor Ledger",
    );
  });
  it("finds nothing in words in small letters, nor for a short address label", () => {
    expect(hostPrintedName("the harbor ledger says", "https://harborledger.com/x")).toBeUndefined();
    expect(hostPrintedName("Read Sky today", "https://sky.com/x")).toBeUndefined();
  });
});

describe("hostPrintedName, standing alone", () => {
  it("counts only prints not followed by a capitalised word, and wants that many", () => {
    const portal = "Harbor News Harbor Finance Harbor Sports Harbor Originals";
    expect(hostPrintedName(portal, "https://www.harbor.com/x")).toBe("Harbor");
    expect(hostPrintedName(portal, "https://www.harbor.com/x", { alone: 2 })).toBeUndefined();
    const site = "an interview with Harbor Ledger, she said. From Harbor Ledger — sign up. Harbor Ledger Sports";
    expect(hostPrintedName(site, "https://harborledger.com/x", { alone: 2 })).toBe("Harbor Ledger");
    expect(hostPrintedName("Read Harbor Ledger.", "https://harborledger.com/x", { alone: 2 })).toBeUndefined();
    // A number after the name is a stamp or a rail's count, not a longer name.
    const rail = "Tide Tables Harbor Ledger 3/1/2024 Ana Ruiz … More Harbor Ledger 10 Early Signs Of Spring";
    expect(hostPrintedName(rail, "https://harborledger.com/x", { alone: 2 })).toBe("Harbor Ledger");
  });
});

describe("hostedOriginal", () => {
  const shown = "Portal News Harbor Ledger Ana Ruiz, Harbor Ledger reported. More from Harbor Ledger";
  it("names the canonical address's publisher when og:url is another site's", () => {
    expect(hostedOriginal("https://www.harborledger.com/story", "https://www.portal.example/copy", shown)).toBe(
      "Harbor Ledger",
    );
  });
  it("names no one when both addresses are one site's, or one is missing", () => {
    expect(hostedOriginal("https://www.harborledger.com/s", "https://amp.harborledger.com/s", shown)).toBeUndefined();
    expect(hostedOriginal("https://www.harborledger.com/s", undefined, shown)).toBeUndefined();
  });
});
