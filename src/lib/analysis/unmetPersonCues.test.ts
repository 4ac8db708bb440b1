import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";
import { personRole, unmetPersonCue } from "./unmetPersonCues.ts";

const people = (sentence: string) =>
  findNames(sentence)
    .filter((n) => n.kind === "person")
    .map((n) => n.text);

describe("unmetPersonCue", () => {
  it("reads no speech verb alone as a person's: a body speaks too", () => {
    expect(unmetPersonCue("", " said the road flooded.")).toBe(false);
    expect(unmetPersonCue("A farmer, ", ", told the council it was late.")).toBe(true);
  });

  it("reads an appositive or a predicate of a person", () => {
    expect(unmetPersonCue("", ", a retired nurse who runs the clinic, wrote to us.")).toBe(true);
    expect(unmetPersonCue("", ", Governor Ellis’s senior adviser on water, argued it.")).toBe(true);
    expect(unmetPersonCue("", " is a mother of three.")).toBe(true);
  });

  it("reads an appositive opened by a possessive pronoun", () => {
    expect(unmetPersonCue("She met ", ", her lawyer, at noon.")).toBe(true);
    expect(unmetPersonCue("He left ", ", his hometown, in May.")).toBe(false);
  });

  it("reads a person's noun right before the name", () => {
    expect(unmetPersonCue("The agency's photojournalist ", " filed the pictures.")).toBe(true);
    expect(unmetPersonCue("They drove past ", " on Friday.")).toBe(false);
  });

  it("reads a role set off before the name", () => {
    expect(unmetPersonCue("Another villager, ", ", walks two hours for water.")).toBe(true);
    expect(unmetPersonCue("Minister of Water Affairs, ", ", would not comment.")).toBe(true);
  });

  it("reads no cue where the words say a thing or a place", () => {
    expect(unmetPersonCue("", ", a quarry company based in the hills, expanded.")).toBe(false);
    expect(unmetPersonCue("", " is a village of 300 homes.")).toBe(false);
    expect(unmetPersonCue("The old road, ", " and the bridge were closed.")).toBe(false);
    expect(unmetPersonCue("They drove to ", " on Friday.")).toBe(false);
  });

  it("reads a person's role by its last noun", () => {
    expect(personRole("a military veteran")).toBe(true);
    expect(personRole("special adviser")).toBe(true);
    expect(personRole("a mining firm")).toBe(false);
    // An unknown word compromise guesses to be a person's by its "-er" ending: a German adjective here.
    expect(personRole("zu späterer")).toBe(false);
  });
});

describe("findNames: a name no lexicon knows, spoken of as someone", () => {
  it("is a person's", () => {
    expect(people("Another villager, Lerato Khumalane, said the cracks appeared in May.")).toEqual([
      "Lerato Khumalane",
    ]);
    expect(people("Nomvula Dlamane, a retired nurse who runs the clinic, wrote to the council.")).toEqual([
      "Nomvula Dlamane",
    ]);
    expect(people("Tshepiso Mokhethi is a mother of three.")).toEqual(["Tshepiso Mokhethi"]);
    expect(people("Minister of Water Affairs, Thabang Motsoeneng, would not comment.")).toEqual(["Thabang Motsoeneng"]);
  });

  it("is no one's without such words", () => {
    expect(people("They drove past Lerato Khumalane on Friday.")).toEqual([]);
  });
});
