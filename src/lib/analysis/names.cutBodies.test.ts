import { describe, expect, it } from "vitest";
import { findNames } from "./names.ts";

const names = (text: string) => findNames(text, new Set()).map((n) => `${n.text} (${n.kind})`);

// A body's name goes on over its fields joined by "and" or narrowed by "on", so it is not cut in two.
describe("a body's name over its fields", () => {
  it("keeps a qualifier that is also a head word inside the field", () => {
    expect(names("Ana Ruiz heads the Marlow Institute of Maritime and International Studies.")).toContain(
      "Marlow Institute of Maritime and International Studies (organisation)",
    );
  });
  it("joins a field written with a hyphen and a demonym", () => {
    expect(names("He teaches at the Centre for North and South-East Asian Studies in Marlow.")).toContain(
      "Centre for North and South-East Asian Studies (organisation)",
    );
  });
  it("joins two activities of one office", () => {
    expect(names("The notes came from the Harbour Bureau of Weaving and Dyeing last year.")).toContain(
      "Harbour Bureau of Weaving and Dyeing (organisation)",
    );
  });
  it("goes on over a field of study narrowed by 'on'", () => {
    expect(names("Said Tom Poe of the Institute for Research on Coastal Erosion.")).toContain(
      "Institute for Research on Coastal Erosion (organisation)",
    );
  });
  it("still ends the name before a company, another body or a day", () => {
    expect(names("The Department of Justice and Apple met.")).toContain("Department of Justice (organisation)");
    expect(names("The Department of Mining and Google met.")).toContain("Department of Mining (organisation)");
    expect(names("The Center for Research on Monday said so.")).toContain("Center for Research (organisation)");
  });
});

describe("names that are no body", () => {
  it("reads an award with what it is for as no body, though a body's head closes it", () => {
    expect(names("She will receive the Ana Ruiz Award for Public Service in May.")).toEqual([]);
  });
  it("reads a cup's final as an event", () => {
    expect(names("Marlow lost the Harbour Cup Final in Elmford.").join()).not.toContain("Final");
  });
  it("reads a country after a university's name and a comma as its place, no campus", () => {
    expect(names("Tom Poe, a researcher at the University of Marlow, Canada, said so.")).toEqual([
      "Tom Poe (person)",
      "University of Marlow (organisation)",
      "Canada (place)",
    ]);
    expect(names("He is at the University of Marlow, Elm Falls, now.")).toContain(
      "University of Marlow, Elm Falls (organisation)",
    );
  });
});
