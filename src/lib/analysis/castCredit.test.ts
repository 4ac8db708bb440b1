import { describe, expect, it } from "vitest";
import { creditedInBrackets, starsAs } from "./castCredit.ts";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("creditedInBrackets", () => {
  const at = (text: string, name: string, previous: { end: number; kind: string | undefined } | undefined) =>
    creditedInBrackets(text, text.indexOf(name), text.indexOf(name) + name.length, previous);

  it("takes a name filling a bracket right after another name", () => {
    const text = "The story follows Mara (Odile Brenneck), a baker.";
    expect(at(text, "Odile Brenneck", { end: text.indexOf(" ("), kind: "person" })).toBe(true);
    const described = "It follows Tomas (the wonderful, wry Piet Halvorsen), a sailor.";
    expect(at(described, "Piet Halvorsen", { end: described.indexOf(" ("), kind: undefined })).toBe(true);
  });

  it("not after a body's or a place's name, nor with words between the name and the bracket", () => {
    const text = "The deal went to Corvane (Halden Vrey) in May.";
    expect(at(text, "Halden Vrey", { end: text.indexOf(" ("), kind: "organisation" })).toBe(false);
    const gap = "He met Mara at home (Odile Brenneck) later.";
    expect(at(gap, "Odile Brenneck", { end: gap.indexOf(" at"), kind: "person" })).toBe(false);
    expect(at(text, "Halden Vrey", undefined)).toBe(false);
  });
});

describe("starsAs", () => {
  it("reads a performer's part", () => {
    expect(starsAs(" stars as Magnus, a chef.")).toBe(true);
    expect(starsAs(" co-stars as the mayor.")).toBe(true);
    expect(starsAs(" starred in the film.")).toBe(false);
  });
});

describe("findNames and a cast credit", () => {
  it("reads an unknown name credited for a character as a person", () => {
    expect(names("The film follows Mara (the luminous Odile Brenneck), a baker.")).toContain("Odile Brenneck (person)");
    expect(names("The superb Piet Halvorsen stars as Tomas, a sailor.")).toContain("Piet Halvorsen (person)");
  });
});
