import { describe, expect, it } from "vitest";
import { demonymBeforeName, nameFragment } from "./nameFragments.ts";

const at = (text: string, name: string) => nameFragment(text, { start: text.indexOf(name), text: name });

describe("nameFragment", () => {
  it("reads a legal form standing alone as a company's suffix", () => {
    expect(at("It is run by Harbour Oil, S.A. (HOSA), the state firm.", "S.A.")).toBe(true);
    expect(at("Marlow Widgets Ltd said it would appeal.", "Marlow Widgets Ltd")).toBe(false);
  });
  it("reads the words after an ampersand as the tail of a cut name", () => {
    expect(at("Tom Poe of Harbour Research & Associates Inc. said so.", "Associates Inc")).toBe(true);
    expect(at("Tom Poe of Harbour Research said so.", "Harbour Research")).toBe(false);
    expect(at("Shares of AT&T Widgets rose.", "T Widgets")).toBe(false);
  });
  it("reads a paper's puzzle as a feature, no body", () => {
    expect(at("Play the Daily Harbour Crossword every morning.", "Daily Harbour Crossword")).toBe(true);
    expect(at("Read the Daily Harbour every morning.", "Daily Harbour")).toBe(false);
  });
});

describe("demonymBeforeName", () => {
  it("finds the person's name after a demonym", () => {
    const span = "Colombian Dario Elan Vasco";
    expect(span.slice(demonymBeforeName(span))).toBe("Dario Elan Vasco");
  });
  it("leaves a name that opens on no demonym", () => {
    expect(demonymBeforeName("Jordan Tom Poe")).toBe(0);
    expect(demonymBeforeName("Dario Elan Vasco")).toBe(0);
    expect(demonymBeforeName("Colombian Vasco")).toBe(0);
  });
});
