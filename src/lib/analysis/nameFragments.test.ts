import { describe, expect, it } from "vitest";
import { nameFragment } from "./nameFragments.ts";

const at = (text: string, name: string) => nameFragment(text, { start: text.indexOf(name), text: name });

describe("nameFragment", () => {
  it("reads a legal form standing alone as a company's suffix", () => {
    expect(at("It is run by Harbour Oil, S.A. (HOSA), the state firm.", "S.A.")).toBe(true);
    expect(at("Marlow Widgets Ltd said it would appeal.", "Marlow Widgets Ltd")).toBe(false);
  });
  it("reads the words after an ampersand as the tail of a cut name", () => {
    expect(at("Tom Poe of Harbour Research & Associates Inc. said so.", "Associates Inc")).toBe(true);
    expect(at("Tom Poe of Harbour Research said so.", "Harbour Research")).toBe(false);
  });
  it("reads a paper's puzzle as a feature, no body", () => {
    expect(at("Play the Daily Harbour Crossword every morning.", "Daily Harbour Crossword")).toBe(true);
    expect(at("Read the Daily Harbour every morning.", "Daily Harbour")).toBe(false);
  });
});
