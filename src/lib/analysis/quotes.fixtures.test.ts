/**
 * Fixture-driven quote tests, one folder per case in ./fixtures/quotes: `input.md` (a small
 * article body written for the case) must give exactly the quotations in `expected.yaml`
 * (text, and speaker name, kind and register id). A missing expected file fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findMentions } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { loadRegister } from "./test-support/corpus.ts";

const FIXTURES = join(import.meta.dirname, "fixtures/quotes");
const matcher = buildEntityMatcher(loadRegister());

describe("quote fixtures", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const expectedPath = join(dir, "expected.yaml");
      if (!existsSync(expectedPath)) throw new Error(`missing ${expectedPath}: write the expected quotations by hand`);
      const blocks = articleSentences(readFileSync(join(dir, "input.md"), "utf8"));
      const anchors = new Set(blocks.flatMap((b) => b.sentences.map((s) => s.anchor)));
      const quotes = findQuotes(name, blocks, findMentions(blocks, matcher), matcher);
      for (const quote of quotes) expect(anchors.has(quote.anchor)).toBe(true);
      expect(quotes.map(({ text, speaker }) => ({ text, speaker }))).toEqual(
        parseYaml(readFileSync(expectedPath, "utf8")),
      );
    });
  }
});
