/** The author's bio after the article: only a byline name opening a newsroom role, beat, start date or what they are. */
import { describe, expect, it } from "vitest";
import {
  aboutAuthorBoxLength,
  authorBoxName,
  bylineNames,
  isBylineBio,
  isOutletBio,
  bylineBoxName,
} from "./authorBio.ts";

describe("isBylineBio", () => {
  it.each([
    "Ana Ruiz is a reporter covering security in Mexico City.",
    "Ana Ruiz covers security and justice from Mexico City.",
    "Ana Ruiz joined the paper in 2019 and covers security and justice from Mexico City.",
    "Ana Ruiz is Harbour Wire's deals curator and tests every gadget she lists.",
    "Ana Ruiz (@anaruiz) is a contributor at Harbour Wire and the host of a weekly radio show.",
    'Ana Ruiz\'s book about the river treaty, "Upstream" (Harbour Press, 2024), is out now.',
    "Ana Ruiz is the author of The Dry Valley.",
    "Ana Ruiz is the co-author of two books on water law.",
    // What the author is, in any calling: a bio, where the callers find it.
    "Ana Ruiz is a railway historian living somewhere on the coast. She keeps bees.",
    "Ana Ruiz is an architect and teaches drawing in the evenings.",
    "Ana Ruiz is on Twitter at ana_ruiz_writes.",
    "Ana Ruiz is Opinion Editor of the Harbour Wire.",
  ])("takes %j after a byline by Ana Ruiz", (text) => {
    expect(isBylineBio(text, "Ana Ruiz")).toBe(true);
  });

  it.each([
    "Ana Ruiz joined the protest in 2019, she said.",
    "Luis Paz joined the paper in 2019 and covers security.",
    "The senator joined the paper's board in 2019.",
    "Ana Ruiz is his editor's oldest friend, the mayor said.",
    "Ana Ruiz is Mexico's first female port director.",
    "Luis Paz's book about the river treaty is out now, and Ana Ruiz reviewed it.",
    "Ana Ruiz's book about the treaty, which is out now, angered the ministry, officials said.",
    "Ana Ruiz is the author of the complaint, the judge said.",
    "Ana Ruiz is a suspect in the case, the police said.",
    "Ana Ruiz is a bit late with this column, and the harbour is a lot quieter.",
    "Luis Paz is a railway historian living somewhere on the coast.",
    "Luis Paz is on Twitter at luispaz.",
    "Ana Ruiz is online more than ever, she says.",
    "Ana Ruiz is editor of a local newsletter for her block.",
    "Ana Ruiz is Port Director of the Harbour Authority.",
  ])("leaves %j", (text) => {
    expect(isBylineBio(text, "Ana Ruiz")).toBe(false);
  });
});

describe("bylineNames", () => {
  it("reads each person of a byline, with or without 'By' and whatever joins them", () => {
    expect(bylineNames("By Ana Castillo and Tom Reyes")).toEqual(["Ana Castillo", "Tom Reyes"]);
    expect(bylineNames("Jane Doe, John Roe & Ann Lee")).toEqual(["Jane Doe", "John Roe", "Ann Lee"]);
    expect(bylineNames("Jane Doe | John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(bylineNames("Ana Ruiz und Tom Becker")).toEqual(["Ana Ruiz", "Tom Becker"]);
    expect(bylineNames("Staff reports")).toEqual([]);
  });
});

describe("authorBoxName", () => {
  it.each([
    ["About Jane Doe", "Jane Doe is a reporter covering the border and security from Tucson."],
    ["Sobre Ana Ruiz", "Mãe de dois filhos, Ana Ruiz é também coordenadora pedagógica numa escola de Londrina."],
    ["Über Tom Becker", "Als Redakteur bildet Tom Becker die Schnittstelle zwischen Redaktion und Vertrieb."],
    ["Jane Doe", "Jane Doe came to Harbour Wire from a local paper. She covers ports, shipping and the unions."],
    ["Jane Doe", "Jane Doe is a correspondent for Harbour Wire in Lisbon."],
  ])("reads %j over its bio as an author box", (label, bio) => {
    expect(authorBoxName(label, bio)).toBeDefined();
  });

  it.each([
    ["About Mexico City", "The capital sprawls over a drained lake bed and sinks a little every year."],
    ["About the plan", "The plan would move the port's customs checks inland by 2027, officials said."],
    ["About Jane Doe", "Short note."],
    // A subheading naming someone over a paragraph about them says no beat of theirs.
    ["Ana Ruiz", "Ana Ruiz ran the harbour authority for ten years before the strike ended her term."],
    ["Ana Ruiz", "The harbour master, Ana Ruiz, covers the night shift herself when crews are short."],
  ])("leaves %j over %j", (label, bio) => {
    expect(authorBoxName(label, bio)).toBeUndefined();
  });
});

describe("isOutletBio", () => {
  const STORY = "The port authority said on Monday that customs checks would move inland by 2027.";
  it.each([
    "Ana Ruiz (@anaruiz) is a contributor at Harbour Wire and the host of a weekly radio show.",
    "Ana Ruiz is a contributing writer for Harbour Wire.",
    "Ana Ruiz is a senior reporter covering energy for the Valley Ledger.",
    "Ana Ruiz is an editor and columnist at Harbour Wire who lives in Tucson.",
    "Ana Ruiz is Opinion Editor of the Harbour Wire.",
    "Ana Ruiz covers education for the Valley Ledger. She has won the press club's top prize.",
  ])("takes %j after a story that never names her", (text) => {
    expect(isOutletBio(text, () => STORY)).toBe(true);
  });

  it.each([
    ["a reporter the story is about", "Ana Ruiz is a correspondent for Harbour Wire.", `${STORY} Ruiz was detained.`],
    ["a role at no named outlet", "Ana Ruiz is a contributing writer who lives in Tucson.", STORY],
    ["a source's description", "Ana Ruiz is an editor at Harbour Wire, the mayor said.", STORY],
    ["the past tense", "Ana Ruiz was a correspondent for Harbour Wire.", STORY],
    ["no newsroom role", "Ana Ruiz is a port director at Harbour Authority.", STORY],
    ["no person's name", "The paper is a contributor to the Harbour Fund.", STORY],
    ["a title in the past tense", "Ana Ruiz was Opinion Editor of the Harbour Wire.", STORY],
    ["a beat at no named outlet", "Ana Ruiz covers education and lives in Tucson.", STORY],
    ["a source's beat the story tells", "Ana Ruiz covers schools for the Valley Ledger.", `${STORY} Ruiz asked first.`],
  ])("leaves %s", (_, text, earlier) => {
    expect(isOutletBio(text, () => earlier)).toBe(false);
  });
});

describe("aboutAuthorBoxLength", () => {
  const units = (...texts: string[]) => texts.map((text) => ({ text }));
  const BIO = "Ana Ruiz is the senior business writer for Harbour Wire. Before that she wrote for the Valley Ledger.";

  it("takes the label, the name, the title and the bio", () => {
    expect(aboutAuthorBoxLength(units("ABOUT THE AUTHOR", "Ana Ruiz", "Senior Business Writer", BIO), 0)).toBe(4);
    expect(aboutAuthorBoxLength(units("About the author:", BIO, "Next story"), 0)).toBe(2);
  });

  it("leaves the label over a paragraph that is no newsroom bio, and a bio with no label", () => {
    const review = "The novelist grew up on the coast and wrote her first book at nineteen.";
    expect(aboutAuthorBoxLength(units("About the author", review), 0)).toBe(0);
    expect(
      aboutAuthorBoxLength(units("About the author", "Ana Ruiz", "Ana Ruiz is a novelist who lives in Tucson."), 0),
    ).toBe(0);
    expect(aboutAuthorBoxLength(units("Ana Ruiz", BIO), 0)).toBe(0);
  });
});

describe("bylineBoxName: the byline's author over a bio by the first name", () => {
  it.each([
    [
      "Renata Olmos",
      "Renata is a freelance port engineer who has written for trade magazines since 2009.",
      "By Renata Olmos",
    ],
    [
      "Renata Olmos",
      "Renata covers shipping and the docks for the Harbour Wire and lives in Port Alden.",
      "Renata Olmos",
    ],
  ])("reads %j over %j as the author's box", (label, bio, byline) => {
    expect(bylineBoxName(label, bio, byline)).toBe(label);
  });

  it.each([
    ["Ana Ruiz", "Ana is a teacher at the harbour school and has three children.", "Renata Olmos"],
    ["Renata Olmos", "Renata is a teacher, her brother said, and she has three children.", "Renata Olmos"],
    ["Renata Olmos", "Olmos is a freelance port engineer who has written for trade magazines.", "Renata Olmos"],
    ["Renata Olmos", "Renata is a teacher.", "Renata Olmos"],
    ["Renata Olmos", "Renata is a freelance port engineer who has written for trade magazines.", undefined],
  ])("keeps %j over %j", (label, bio, byline) => {
    expect(bylineBoxName(label, bio, byline)).toBeUndefined();
  });
});
