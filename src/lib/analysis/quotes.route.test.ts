import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes, quoteRoute } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each quotation's speaker and the route `findQuotes` recorded for it. */
function routes(text: string): [string | null, string | undefined][] {
  const blocks = articleSentences(text);
  return findQuotes("t", blocks, findMentions(blocks, matcher), matcher).map((q) => [q.speaker.name, quoteRoute(q)]);
}

describe("the route record of a quotation's speaker (debug only)", () => {
  it("tells a tag after the quotation from a pronoun resolved to the person named before", () => {
    const found = routes(
      [
        "“The harbour will reopen next week,” Dana Korr said.",
        "Korr spoke at the quay on Monday.",
        "“We have waited long enough,” she said.",
      ].join("\n\n"),
    );
    expect(found.map(([name]) => name)).toEqual(["Dana Korr", "Dana Korr"]);
    expect(found[0]?.[1]).toMatch(/^after\b/u);
    expect(found[0]?.[1]).not.toMatch(/pronoun=/u);
    expect(found[1]?.[1]).toMatch(/pronoun=Dana Korr/u);
  });
});
