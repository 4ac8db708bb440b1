import { describe, expect, it } from "vitest";
import { personAfterTitle } from "./titledPerson.ts";

const TITLES = new Set(["President", "Gov.", "Secretary", "Defense"]);
const isTitle = (word: string) => TITLES.has(word);
const isPerson = (name: string) => !/(?:Union|Office)$/u.test(name);
const demonym = (word: string) => word === "Mexican";
const after = (name: string) => personAfterTitle(name, isTitle, isPerson, demonym);

describe("personAfterTitle", () => {
  it("finds the person after a body's name and a title", () => {
    expect(after("Dock Workers Union President Ana Ruiz")).toEqual({ text: "Ana Ruiz", at: 29 });
    expect(after("Government Employees President J. David Cox Sr.")).toEqual({ text: "J. David Cox Sr.", at: 31 });
    expect(after("Texas Gov. Greg Abbott")?.text).toBe("Greg Abbott");
  });

  it("finds nothing when only titles or a demonym come before the title, or no person after it", () => {
    expect(after("President Ana Ruiz")).toBeUndefined();
    expect(after("Defense Secretary Ana Ruiz")).toBeUndefined();
    expect(after("Mexican President Ana Ruiz")).toBeUndefined();
    expect(after("Dock Workers President Union")).toBeUndefined();
    expect(after("Dock Workers Union President")).toBeUndefined();
    expect(after("Ana Ruiz")).toBeUndefined();
    expect(after("Ministry of Foreign Affairs")).toBeUndefined();
    expect(after("Dock Workers Union President Ruiz")).toBeUndefined();
  });
});
