import { describe, expect, it } from "vitest";
import { countryTermOf, demonymTable } from "./demonyms.ts";

describe("demonymTable", () => {
  it("joins a demonym to its country by spelling, from compromise's lexicon", () => {
    const table = demonymTable();
    expect(table.get("mexican")).toBe("mexico");
    expect(table.get("canadian")).toBe("canada");
    expect(table.get("russian")).toBe("russia");
    expect(table.get("chinese")).toBe("china");
    expect(table.get("iraqi")).toBe("iraq");
    expect(table.get("german")).toBe("germany");
  });

  it("leaves apart what the spelling cannot tell, and a demonym that opens another country's name", () => {
    const table = demonymTable();
    expect(table.get("french")).toBeUndefined();
    expect(table.get("dutch")).toBeUndefined();
    // "Dominican" also opens "Dominican Republic".
    expect(table.get("dominican")).toBeUndefined();
  });
});

describe("countryTermOf", () => {
  it("gives the country's six-letter term where it differs from the demonym's", () => {
    expect(countryTermOf("mexica")).toBe("mexico");
    expect(countryTermOf("canadi")).toBe("canada");
    // "Russian" and "Russia" are one term already.
    expect(countryTermOf("russia")).toBeUndefined();
    expect(countryTermOf("border")).toBeUndefined();
  });
});
