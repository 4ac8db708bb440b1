import { describe, expect, it } from "vitest";
import { actorNames, namesWrittenInside } from "./actorNames.ts";

const names = (text: string, taken: { start: number; end: number }[] = []) =>
  actorNames(text, taken).map((s) => s.text);

describe("actorNames: a body named by its place in the sentence", () => {
  it.each([
    ["Following the new laptop, Apple plans to release a smaller one.", ["Apple"]],
    ["Analysts predicted that Apple will also announce a new model.", []],
    ["The car uses less fuel, according to Toyota.", ["Toyota"]],
    ["He wrote in an email to staff that was reviewed by Meetup, a unit of the firm.", ["Meetup"]],
    ["The deal was first reported by The Information on Monday.", ["Information"]],
    ["The project stalled in 2018, according to The Hollywood Reporter.", ["Hollywood Reporter"]],
    ["This graphic, provided by Statista, shows the states.", ["Statista"]],
    ["It suspended Browns pass rusher Myles Garrett for the season.", ["Browns"]],
    ["On Sunday, Steelers defensive captain Cam Heyward spoke.", ["Steelers"]],
    ["In a filing, Toyota said sales fell.", ["Toyota"]],
    ["In the U.K. Tesco said sales fell.", ["Tesco"]],
    // a period that ends no title, a title word a body is also called by
    ["Shares of Acme Inc. Toyota said rose.", ["Toyota"]],
    ["The market leader Apple said it would appeal.", ["Apple"]],
    // a firm's acts beyond speech: admitting, replacing, shipping
    ["Last year, Quillio admitted to the flaw and began repairs.", ["Quillio"]],
    ["In other words, Quillio finally replaced a flawed design.", ["Quillio"]],
    // a last word read as a verb alone and as a noun in the name ("Research", "Watch")
    ["Stores doubled, according to Quillio Research, in a year.", ["Quillio Research"]],
    ["The count rose, according to Harbor Rights Watch.", ["Harbor Rights Watch"]],
    // where a film streams or a show airs: a service's or a broadcaster's name
    ["The film is currently streaming on Quillflix and available to rent elsewhere.", ["Quillflix"]],
    ["The series premiered on Quillvision in 2019.", ["Quillvision"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // a sentence's first word, a word after a determiner, a demonym, a person's role, a plural outside a team's place
    "Apple said it would not comment.",
    "He said the Legislature said no.",
    "Officials said Chinese said nothing.",
    "When she called, Mom said no.",
    "In Virginia, Democrats said they won.",
    // no noun, a time word, a noun modified after the credited name
    "It was not close, Wild said.",
    // a quotation's speaker slot: a surname as often as a body
    "“Some nights you hear them,” Marsh said.",
    '"It never stops," Marsh said.',
    "The figures are due, according to Monday reports.",
    "The show airs on Sunday nights.",
    "The figures are due, according to Chinese officials.",
    // a title opens a person's name; an abbreviation's period is no sentence's end
    "South Africa said Mr Mugabe had told the president.",
    "The order came, according to Adm. Frank Bradley, who commanded it.",
    "The plant closed. Mr. Okonkwo said the workers were never paid.",
    "Later, Gen. Okafor said the unit had left.",
    "Former senator Okafor said he would run.",
    // a given name's initials open a person's name
    "Coach P.J. Fleck said Morgan has made progress.",
    "The coach, J. Fleck, said no.",
    // the verb is no body's act
    "The rules changed when Brexit happened.",
    // a past participle after a thing's name, not an act
    "It was thinner than any Quillbook released in 2015.",
    "It matched what Quillbook designed for gaming could do.",
  ])("not: %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("reads no pronoun capitalised after a colon as a body", () => {
    expect(names("The firm had a predictable response to the storm: It raised prices.")).toEqual([]);
    expect(names("Its answer was swift: They announced a refund.")).toEqual([]);
  });

  it("leaves a name already read alone", () => {
    const text = "The car uses less fuel, according to Toyota.";
    const at = text.indexOf("Toyota");
    expect(names(text, [{ start: at, end: at + 6 }])).toEqual([]);
  });
});

describe("actorNames: a sentence's first words", () => {
  const inside = namesWrittenInside([
    "Shares rose after a note from Quillmar on Monday.",
    "Marco and Police Scotland disagreed: Revamped Tools shipped.",
  ]);

  it("knows the runs written capitalised inside a sentence, not at its or a clause's opening", () => {
    expect([...inside].sort()).toEqual(["Monday", "Police Scotland", "Quillmar"]);
  });

  it("acts there only when the article writes them inside a sentence too", () => {
    expect(actorNames("Quillmar said the order favoured lenders.", [], inside).map((s) => s.text)).toEqual([
      "Quillmar",
    ]);
    expect(actorNames("Quillmar said the order favoured lenders.", []).map((s) => s.text)).toEqual([]);
    // no act after it, grammar's "The", a common noun, a person's given name
    expect(actorNames("Quillmar is a bank.", [], inside)).toEqual([]);
    expect(actorNames("The Quillmar said no.", [], inside)).toEqual([]);
    expect(actorNames("Police said no.", [], inside)).toEqual([]);
    expect(actorNames("Marco said no.", [], new Set(["Marco"]))).toEqual([]);
  });
});
