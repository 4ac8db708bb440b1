import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { lettersKey } from "#lib/text/squash.ts";
import { headingKey } from "./shownHeading.ts";

describe("headingKey", () => {
  it("is the key of the words a heading shows, its hidden button left out", () => {
    const { document } = parseHTML(
      `<html><body><h1>Pier to close <a style="display:none">Edit</a></h1><h2>Pier <span hidden>x</span>to close</h2></body></html>`,
    );
    for (const heading of document.querySelectorAll("h1, h2"))
      expect(headingKey(heading)).toBe(lettersKey("Pier to close"));
  });
});
