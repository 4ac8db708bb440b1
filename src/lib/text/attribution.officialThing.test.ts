/** "official" as an adjective of a record or a page ("her official ABC bio") describes no source. */
import { describe, expect, it } from "vitest";
import { anonymousSource } from "./attribution.ts";

describe("official before a thing", () => {
  it("reads no source in a possessive's official bio, account or website", () => {
    expect(anonymousSource("She likes books and music, according to her official ABC bio.")).toBeUndefined();
    expect(anonymousSource("The team said so on its official Twitter account.")).toBeUndefined();
    expect(anonymousSource("He posted it on his official website.")).toBeUndefined();
    expect(
      anonymousSource("Ten people got benefits, according to the official Farm Credit Services Board website."),
    ).toBeUndefined();
  });

  it("still reads an official who speaks", () => {
    expect(anonymousSource("The plan is dead, according to a senior official.")?.text).toBe("a senior official");
    expect(anonymousSource("An official said the website was down.")?.text).toBe("An official");
  });
});
