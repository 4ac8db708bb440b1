import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text).map((span) => `${span.text} (${span.kind})`);

describe("findNames", () => {
  it("cuts titles and roles off the name", () => {
    expect(names("Kremlin spokesperson Dmitry Peskov and Defense Minister Ricardo Trevilla spoke.")).toEqual([
      "Dmitry Peskov (person)",
      "Ricardo Trevilla (person)",
    ]);
    expect(names("It was Secretary of State Marco Rubio, with Gen. Dan Caine.")).toEqual([
      "Marco Rubio (person)",
      "Dan Caine (person)",
    ]);
  });

  it("ends a name at a possessive, curly or straight, and keeps the offsets", () => {
    const text = "Later, Lucia Ortega’s office and Tomás Beltrán's aides met.";
    const spans = findNames(text);
    expect(spans.map((s) => s.text)).toEqual(["Lucia Ortega", "Tomás Beltrán"]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("reads organisations from their head word, a lower-case head or an acronym", () => {
    expect(names("Agents of the FBI, the Drug Enforcement Administration and the Sinaloa cartel met.")).toEqual([
      "FBI (organisation)",
      "Drug Enforcement Administration (organisation)",
      "Sinaloa cartel (organisation)",
    ]);
  });

  it("does not make names of openers, days, demonyms, words in capitals or model numbers", () => {
    expect(names("However, on Tuesday the Mexican cartel bosses saw TOPICS and MQ-9 drones.")).toEqual([]);
  });
});

describe("findNames and a plural head after a list", () => {
  it("makes each name of the list an organisation named with the head", () => {
    const spans = findNames(
      "Members of the Sinaloa, Gulf Clan and Norte cartels were sent, not the Mexican and Cuban cartels.",
    );
    expect(spans.map((s) => [s.text, s.name, s.kind])).toEqual([
      ["Sinaloa", "Sinaloa cartel", "organisation"],
      ["Gulf Clan", "Gulf Clan cartel", "organisation"],
      ["Norte", "Norte cartel", "organisation"],
    ]);
  });
});
