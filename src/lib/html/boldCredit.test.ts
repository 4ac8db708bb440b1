import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { boldCredit } from "./boldCredit.ts";

const HEADLINE = "Quarry blasts crack homes in the valley";
const PROSE =
  "<p>A quarry company has come under criticism from five villages who say its blasting has cracked the walls of their homes and dried up their wells over the past year.</p>";
const page = (body: string) => parseHTML(`<html><head></head><body><h1>${HEADLINE}</h1>${body}</body></html>`).document;

describe("boldCredit", () => {
  it("reads the writers a bold paragraph names after the standfirst, before the prose", () => {
    const doc = page(`<p><em>…villagers cry foul</em></p><p><strong>Ana Ruiz/Tom Vale</strong></p>${PROSE}`);
    expect(boldCredit(doc, HEADLINE)).toBe("Ana Ruiz, Tom Vale");
    expect(boldCredit(page(`<p><b>Ana Ruiz</b></p>${PROSE}`), HEADLINE)).toBe("Ana Ruiz");
  });

  it("reads no bold line that is not all names, nor one after the prose has begun", () => {
    expect(boldCredit(page(`<p><strong>What the villagers say</strong></p>${PROSE}`), HEADLINE)).toBeUndefined();
    expect(
      boldCredit(page(`<p><strong>Ana Ruiz</strong> said the walls cracked.</p>${PROSE}`), HEADLINE),
    ).toBeUndefined();
    expect(boldCredit(page(`${PROSE}<p><strong>Ana Ruiz</strong></p>`), HEADLINE)).toBeUndefined();
  });
});
