import { describe, expect, it } from "vitest";
import { capitalisedNames, peopleOf, type ArticlePeople } from "./speakers.ts";

const BODY = [
  "Mayor Ana Torres said the plan would go ahead. Torres said she expected a vote on Monday.",
  "The label that owns her catalogue, Big Machine, declined to comment. The talks included Big Machine's lawyers.",
  "Her husband, Samuel Oyelaran, 52, told reporters he was relieved. The Great Lakes froze.",
];
const FRONT = ["Ana Torres wants a vote.", "Samuel Oyelaran said in a statement that he was relieved."];

/** The parts of ArticlePeople as plain data, genders read for every name the texts index. */
function plain(people: ArticlePeople) {
  const sets = (map: ReadonlyMap<string, ReadonlySet<string>>) => [...map].map(([key, set]) => [key, [...set]]);
  const names = [...people.byLast.values(), ...people.byFirst.values()].flatMap((set) => [...set]);
  return {
    byLast: sets(people.byLast),
    byFirst: sets(people.byFirst),
    owned: sets(people.owned),
    persons: [...people.persons],
    bodies: [...people.bodies],
    genders: names.map((name) => [name, people.genders.of(name)]),
  };
}

describe("peopleOf", () => {
  it("indexes the people, what they own, their genders and the bodies the texts name", () => {
    const people = peopleOf(BODY, capitalisedNames);
    expect(people.byLast.get("Torres")).toEqual(new Set(["Ana Torres"]));
    expect(people.persons).toContain("Ana Torres");
    expect(people.persons).toContain("Samuel Oyelaran");
    expect(people.genders.of("Samuel Oyelaran")).toBe("male");
    expect(people.bodies).toContain("Big Machine");
    expect(people.persons).not.toContain("Big Machine");
    expect(people.persons).not.toContain("Great Lakes");
    expect(people.owned.get("lawyers")).toEqual(new Set(["Big Machine's lawyers"]));
  });

  it("reads a body named right after a noun for one as a body, a person after other words as a person", () => {
    const people = peopleOf(
      ["Maria Olsen has fought her former label Blue Harbor for years.", "Her old manager Carl Brenner disagreed."],
      capitalisedNames,
    );
    expect(people.bodies).toContain("Blue Harbor");
    expect(people.persons).not.toContain("Blue Harbor");
    expect(people.bodies).not.toContain("Carl Brenner");
  });

  it("reads a text the same whether its facts are kept or read afresh, alone or with other texts", () => {
    const fresh = (text: string) => capitalisedNames(text); // another finder: nothing is kept
    const body = plain(peopleOf(BODY, capitalisedNames));
    expect(plain(peopleOf(BODY, capitalisedNames))).toEqual(body);
    expect(plain(peopleOf(BODY, fresh))).toEqual(body);
    const both = plain(peopleOf([...FRONT, ...BODY], capitalisedNames));
    expect(plain(peopleOf([...FRONT, ...BODY], fresh))).toEqual(both);
    expect(both.owned).toContainEqual(["statement", ["Samuel Oyelaran"]]);
    expect(body.owned).not.toContainEqual(["statement", ["Samuel Oyelaran"]]);
  });

  it("completes no surname from a name inside a quotation, but does from the narration", () => {
    // "Wahai Aslam" addresses Aslam ("O Aslam"): Wahai is no first name.
    const quoted = peopleOf(
      ["Umar berkata, “Wahai Aslam, jangan berlebihan.” Aslam berkata, “Bagaimana itu?”"],
      capitalisedNames,
    );
    expect(quoted.byLast.get("Aslam")).toBeUndefined();
    expect(quoted.byFirst.get("Wahai")).toBeUndefined();
    const told = peopleOf(
      ["“I called Joe Carter on Monday,” she said. Carter said he was surprised."],
      capitalisedNames,
    );
    expect(told.byLast.get("Carter")).toBeUndefined();
    // The same names in the narration, or after a quotation closes in the same paragraph, complete.
    for (const text of [
      "Aslam Karim berkata, “Bagaimana itu?” Aslam tersenyum.",
      "“We will appeal,” said Joe Carter. Carter said he was surprised.",
    ]) {
      const people = peopleOf([text], capitalisedNames);
      expect(
        [...people.byLast.values()].flatMap((set) => [...set]),
        text,
      ).toHaveLength(1);
    }
  });
});

describe("peopleOf and numbers", () => {
  it("reads no person in capitals right after a number (“21st Century Fox”)", () => {
    const people = peopleOf(
      ["Ivo Brandt complained to 21st Century Harlow general counsel Gerson Pike on Monday."],
      capitalisedNames,
    );
    expect(people.byLast.get("Harlow")).toBeUndefined();
  });
  it("still reads a full name after a word as a person", () => {
    const people = peopleOf(["Ivo Brandt complained to Century Harlow, a lawyer, on Monday."], capitalisedNames);
    expect([...(people.byLast.get("Harlow") ?? [])]).toEqual(["Century Harlow"]);
  });
});

describe("capitalisedNames: titles around a name", () => {
  const names = (text: string) => capitalisedNames(text).map((n) => n.name);
  it("reads a plural title's abbreviation as no part of the names after it", () => {
    expect(names("Democratic Reps. Ana Ruiz and Tom Vale signed it.")).toEqual(["Ana Ruiz", "Tom Vale"]);
    expect(names("Sens. Ana Ruiz and Tom Vale signed it.")).toEqual(["Ana Ruiz", "Tom Vale"]);
  });

  it("keeps a title's word before a generational suffix as the surname", () => {
    expect(names("The speech by Ana Maria Bishop III was long.")).toEqual(["Ana Maria Bishop III"]);
    expect(names("The speech by King Rolf III was long.")).toEqual(["Rolf III"]);
  });
});

describe("capitalisedNames: a name's first word that opens sentences in another language", () => {
  const names = (text: string) => capitalisedNames(text).map((n) => n.name);
  it("keeps “Al” that opens a name inside a sentence, and after a quotation closed on a comma", () => {
    expect(names("Then Al Ruiz and Tom Vale met.")).toEqual(["Al Ruiz", "Tom Vale"]);
    expect(names("“The plan failed,” Al Harbor Daily wrote.")).toEqual(["Al Harbor Daily"]);
  });

  it("still reads Spanish “Al” opening a sentence as no name", () => {
    expect(names("Al Gobierno le faltó tiempo.")).toEqual(["Gobierno"]);
  });

  it("reads a whip's office as no name", () => {
    expect(names("Before he became Chief Whip he wrote the plan.")).toEqual([]);
  });
});
