import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("findNames and a person of a body", () => {
  it("reads 'Given Surname of the Body' as the person and the body, whether or not the given name is known", () => {
    expect(
      names("“The nets came up empty,” Wenna Tolliver of the University of Bramhope in Castleford, said to reporters."),
    ).toEqual(expect.arrayContaining(["Wenna Tolliver (person)", "University of Bramhope (organisation)"]));
    expect(names("Jane Smith of the University of Bramhope agreed.")).toEqual([
      "Jane Smith (person)",
      "University of Bramhope (organisation)",
    ]);
  });

  it("leaves a run alone when the words before 'of the' are no person's name", () => {
    expect(names("Members of the University of Bramhope agreed.")).not.toContain("Members (person)");
    expect(names("The Friends of the Bramhope Library met on Monday.")).not.toContain("Friends (person)");
  });
});

describe("findNames and a body named by what the sentence says it is", () => {
  it("reads a name set off by a dash before a kind of body as that body", () => {
    expect(names("The raffle raised money for Harbour Lanterns – a charity that runs night schools.")).toContain(
      "Harbour Lanterns (organisation)",
    );
  });

  it("reads each name after 'networks like' or 'publishers such as' as a body", () => {
    expect(names("Do you get traffic through networks like Plumbline, Orrery and their ilk?")).toEqual([
      "Plumbline (organisation)",
      "Orrery (organisation)",
    ]);
    expect(names("Readers come from aggregation sites like Quillhaven and rarely stay.")).toEqual([
      "Quillhaven (organisation)",
    ]);
  });

  it("does not make people of a list that names people, nor bodies of names after other plurals", () => {
    expect(names("She met celebrities like Jane Smith and Tom Jones.")).toEqual([
      "Jane Smith (person)",
      "Tom Jones (person)",
    ]);
    expect(names("It grows in regions like Quillhaven.")).not.toContain("Quillhaven (organisation)");
  });
});

describe("findNames and a source credit", () => {
  it("reads the name a post is passed on 'via' as a body, alone in its brackets", () => {
    expect(names("(Via Quillhaven)")).toEqual(["Quillhaven (organisation)"]);
  });

  it("keeps a person credited so as a person", () => {
    expect(names("(Via Jane Smith)")).toEqual(["Jane Smith (person)"]);
  });
});

describe("findNames and a pair of people", () => {
  it("reads a full name joined by 'and' to a known person's full name as a person", () => {
    expect(names("The authors, Sarah Hale and Wray Okonedo, studied prices.")).toEqual([
      "Sarah Hale (person)",
      "Wray Okonedo (person)",
    ]);
  });

  it("leaves one untyped word joined to a person's name untyped", () => {
    expect(names("She met Jane Smith and Quillhaven there.")).toEqual(["Jane Smith (person)"]);
  });
});

describe("findNames and a pair after or before a possessive", () => {
  it("types no pair whose names someone owns or that owns a thing", () => {
    expect(names("The upstarts, Jane Smith’s Orbiton Works and Tom Jones’s Rocketry, prepare.")).not.toContain(
      "Orbiton Works (person)",
    );
    expect(names("He made Vantage’s Quillhaven and Twitter famous.")).not.toContain("Quillhaven (organisation)");
  });
});

describe("findNames and what a pair is not", () => {
  it("leaves a body's name that goes on past 'and' whole", () => {
    expect(names("It is a National Day of Service and Remembrance today.")).not.toContain("Remembrance (organisation)");
  });

  it("keeps a surname the article gives a person out of a pair of bodies", () => {
    const spans = findNames("Then he called Fox News and Quillhaven.", new Set(["quillhaven"]));
    expect(spans.map((span) => span.text)).not.toContain("Quillhaven");
  });
});

describe("findNames and a pair whose body is typed by its place alone", () => {
  it("does not spread a one-word body's kind, read from the words around it, to its partner", () => {
    expect(names("Economists surveyed by Vantage and Quillhaven agreed.")).not.toContain("Quillhaven (organisation)");
  });
});
