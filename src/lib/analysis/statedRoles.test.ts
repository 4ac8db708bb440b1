import { describe, expect, it } from "vitest";
import { roleAfter, statedRoles, titleBefore } from "./statedRoles.ts";
import { analysis, slugOf } from "#lib/views/testCorpus.ts";
import { sentenceIndex } from "#lib/views/sentences.ts";

describe("stated roles", () => {
  it("reads the title before a name", () => {
    expect(titleBefore("Mexico's response has been cautious. Defense Minister ")).toBe("Defense Minister");
    expect(titleBefore("The day after the strike, Secretary of State ")).toBe("Secretary of State");
    expect(titleBefore("In response to inquiries, Mexican President ")).toBe("Mexican President");
    expect(titleBefore("While President Trump and C.I.A. Director ")).toBe("C.I.A. Director");
    expect(titleBefore("The selection of ")).toBeUndefined();
    expect(titleBefore("In response, the Defense ")).toBeUndefined();
  });

  it("reads a role in apposition after a name", () => {
    expect(roleAfter(", Mexico’s foreign minister, underscoring the limits.")).toBe("Mexico’s foreign minister");
    expect(roleAfter(", a former CIA paramilitary officer, as the new ambassador")).toBe(
      "a former CIA paramilitary officer",
    );
    expect(roleAfter(", who assumed office in October 2024, shared details")).toBeUndefined();
    expect(roleAfter(", Canada and China to enforce controls")).toBeUndefined();
  });

  it("links each role of a person in the five to its sentences", () => {
    const sentences = sentenceIndex(analysis.articles);
    const articles = analysis.articles.map((a) => ({
      slug: a.slug,
      mentions: a.mentions,
      sentenceText: (anchor: string) => sentences.text(a.slug, anchor),
    }));
    const trevilla = statedRoles({ id: "ricardo-trevilla", kind: "person" }, articles);
    expect(trevilla.map((r) => r.role)).toEqual(["Defense Minister"]);
    expect(trevilla[0]?.sentences.map((s) => s.slug)).toEqual([slugOf("004")]);
    expect(trevilla[0]?.sentences[0]?.anchor).toMatch(/^s-/u);
    const fuente = statedRoles({ id: "juan-ramon-de-la-fuente", kind: "person" }, articles).map((r) => r.role);
    expect(fuente).toContain("Mexico’s foreign minister");
  });

  it("gives a body no role: the title before a person's name inside its mention is the person's", () => {
    const sentences = sentenceIndex(analysis.articles);
    const articles = analysis.articles.map((a) => ({
      slug: a.slug,
      mentions: a.mentions,
      sentenceText: (anchor: string) => sentences.text(a.slug, anchor),
    }));
    // "President Donald Trump's administration" in 004 is a mention of the administration.
    const asIfPerson = statedRoles({ id: "trump-administration", kind: "person" }, articles).map((r) => r.role);
    expect(asIfPerson).toContain("President");
    expect(statedRoles({ id: "trump-administration", kind: "organisation" }, articles)).toEqual([]);
  });
});
