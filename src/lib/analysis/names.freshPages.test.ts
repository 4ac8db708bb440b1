import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("findNames and titles in the plural", () => {
  it("leaves a plural title out of the first of the names it heads", () => {
    expect(names("The mayor praised Officers Garcia and Miller at the ceremony.")).toEqual([
      "Garcia (person)",
      "Miller (person)",
    ]);
  });
});

describe("findNames and a detective's or a pastor's title", () => {
  it("ends a force's name before a detective's rank and keeps the rank out of the person's name", () => {
    expect(names("The man fled on foot, Millbrook Police Department Detective Lt. Harold Venn said.")).toEqual([
      "Millbrook Police Department (organisation)",
      "Harold Venn (person)",
    ]);
  });

  it("cuts a pastor's or a librarian's title from the name after it", () => {
    expect(names("The service was led by Pastor Mabel Orr and Children's Librarian Tessa Quill.")).toContain(
      "Mabel Orr (person)",
    );
    expect(names("The crafts were organised by Children's Librarian Tessa Quill.")).toContain("Tessa Quill (person)");
  });
});

describe("findNames and a place's residents", () => {
  it("reads the name before 'resident' or 'native' as a place, never a person", () => {
    expect(names("A 30-year-old East Marlow resident said little.")).toEqual(["East Marlow (place)"]);
    expect(names("She is a Glen Harbor native who moved away.")).toEqual(["Glen Harbor (place)"]);
  });
});

describe("findNames and a person known by one name", () => {
  it("reads one unknown word set off by a person's role at or of a body as a person", () => {
    expect(names("Suharjono, head of the island's rescue agency, told reporters the search would widen.")).toEqual([
      "Suharjono (person)",
    ]);
  });

  it("leaves a lone opening word with no such role unread", () => {
    expect(names("Suharjono told reporters the search would widen.")).toEqual([]);
  });
});

describe("findNames and a cast credit", () => {
  it("leaves out the character whose performer a bracket credits, and keeps the performer", () => {
    expect(names("The film follows Marty Quell (Tom Hanks), a tired radio host.")).toEqual(["Tom Hanks (person)"]);
  });

  it("keeps two people where the bracket holds no name", () => {
    expect(names("Tom Hanks (the actor) met Meryl Streep.")).toEqual(["Tom Hanks (person)", "Meryl Streep (person)"]);
  });
});

describe("findNames and a firm named for what it studies", () => {
  it("reads a name ending in Economics as a body", () => {
    expect(names("Chief economist, Harbour Light Economics – Leeds")).toContain(
      "Harbour Light Economics (organisation)",
    );
  });
});

describe("findNames and a religious title", () => {
  it("reads one unknown word after Ayatollah, Rabbi or Imam as a person's name, the title left out", () => {
    expect(names("The talks recalled a meeting with Ayatollah Qazvani in 1980.")).toEqual(["Qazvani (person)"]);
    expect(names("The prayer was led by Rabbi Feldhaus on Friday.")).toEqual(["Feldhaus (person)"]);
  });
});
