import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "#lib/analysis/entities.ts";
import { findQuotes } from "#lib/analysis/quotes.ts";
import { loadRegister } from "#lib/analysis/test-support/corpus.ts";
import { quoteRouteLines } from "./quotesCase.ts";

const matcher = buildEntityMatcher(loadRegister());

describe("EVAL_QUOTE_ROUTES lines", () => {
  it("give each found quotation's case, route, standing, found and gold speaker", () => {
    const blocks = articleSentences(
      ["“The ferry runs at dawn,” Tilda Marsh said.", "“Nobody told the crew,” she said."].join("\n\n"),
    );
    const quotes = findQuotes("t", blocks, findMentions(blocks, matcher), matcher);
    const lines = quoteRouteLines(
      "case-1",
      [
        { text: "The ferry runs at dawn,", speaker: { name: "Tilda Marsh", kind: "named" } },
        { text: "Nobody told the crew,", speaker: { name: "Oren Vale", kind: "named" } },
      ],
      quotes,
    ).map((line) => line.split("\t"));
    expect(lines.map((l) => [l[0], l[1], l[3], l[4], l[5]])).toEqual([
      ["quote-route", "case-1", "right", "named Tilda Marsh", "named Tilda Marsh"],
      ["quote-route", "case-1", "wrong", "named Tilda Marsh", "named Oren Vale"],
    ]);
    expect(lines[0]?.[2]).toMatch(/^after\b/u);
    expect(lines[1]?.[2]).toMatch(/pronoun=Tilda Marsh/u);
  });
});
