import { describe, expect, it } from "vitest";
import { samePersonName, surnameKey } from "./nameVariants.ts";

describe("samePersonName", () => {
  it.each([
    ["patrick w carlineo jr", "patrick carlineo"],
    ["patrick carlineo jr", "pat carlineo"],
    ["patrick carlineo jr", "patrick w carlineo"],
    ["james p kennedy jr", "james kennedy jr"],
    ["tracy odell", "tracey odell"], // a given name spelt with one letter more
  ])("%s = %s", (a, b) => expect(samePersonName(a, b)).toBe(true));

  it.each([
    ["donald trump", "eric trump"], // another given name
    ["donald trump jr", "donald trump sr"], // two generations
    ["pat carlineo", "carlineo"], // a surname alone is matched elsewhere, after a full name
    ["jo smith", "john smith"], // two letters shorten no name safely
    ["maria elena lopez", "maria jose lopez"], // two different middle names
    ["jon odell", "joan odell"], // one letter more, but too short a name to say
    ["brian odell", "bryan odell"], // another letter, not one more
  ])("%s ≠ %s", (a, b) => expect(samePersonName(a, b)).toBe(false));
});

describe("surnameKey", () => {
  it("skips a generational suffix", () => expect(surnameKey("patrick carlineo jr")).toBe("carlineo"));
  it("keeps a one-word name", () => expect(surnameKey("peskov")).toBe("peskov"));
});
