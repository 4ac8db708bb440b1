/**
 * Property-based tests of the normalizer (fast-check): whatever text arrives, it returns an
 * article or a typed error and never throws; an article always passes the site's schema; and
 * normalizing its own output changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleSchema } from "#schemas/article.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { findUnsafeChar } from "#lib/text/unsafeChars.ts";
import { normalize, type NormalizeResult } from "./index.ts";

const TOPICS = ["drone-surveillance", "russian-espionage", "sovereignty-tensions"];
const ERROR_CODES = ["empty", "binary", "too-large", "only-chrome", "no-title", "no-body", "bad-frontmatter"];

/** Lines of the kinds scraped articles are made of, with arbitrary text mixed in. */
const word = fc.constantFrom(
  "Mexico",
  "CIA",
  "drones",
  "Sheinbaum",
  "said",
  "the",
  "U.S.",
  "“sovereignty”",
  "López",
  "10,000",
  "*",
  "_",
  "#",
  "<b>",
  "[x]",
  "—",
  "\u00a0",
  // Hostile text: markup, control characters and text-direction overrides.
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<iframe src="https://evil.example/x"></iframe>',
  'https://example.org/a"><b>',
  "\u0001",
  "\u000b",
  "\u001b[31m",
  "\u0085",
  "\u202e",
  "\u2066",
  "\u2069",
);
const sentence = fc
  .array(fc.oneof(word, fc.string({ minLength: 1, maxLength: 8 })), { minLength: 3, maxLength: 25 })
  .map((words) => `${words.join(" ")}.`);
const line = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(" ")) },
  { weight: 2, arbitrary: fc.array(word, { minLength: 2, maxLength: 7 }).map((w) => w.join(" ")) },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: sentence.map((s) => `- ${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `  • ${s}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "Today : Sep 08, 2025",
      "World News",
      "07 September 2025",
      "By bellecarter // 2025-02-21",
      "Previous Post Next Post",
      "Explore more",
      "More related stories:",
      "Sources include:",
      "Photo: AP",
      "---",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  // A long paragraph: thousands of words on one line.
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 50, maxLength: 200 }).map((s) => s.join(" ")) },
);
const article = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 30 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
  .map(([lines, eol, bom]) => `${bom ? "\uFEFF" : ""}${lines.join(eol)}`);
const anyText = fc.oneof(article, fc.string({ unit: "binary", maxLength: 400 }), fc.string({ maxLength: 400 }));

function check(raw: string): NormalizeResult {
  const result = normalize(raw, { fileName: "prop.txt" });
  if (!result.ok) {
    expect(ERROR_CODES, `${result.error.code}: ${result.error.message}`).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(10);
  }
  return result;
}

const RUNS = { numRuns: Number(process.env["FC_RUNS"] ?? 400), ...(process.env["FC_SEED"] ? {} : { seed: 20251121 }) };

describe("normalize, for any input", () => {
  it("returns an article or a typed error, and never throws", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(() => check(raw)).not.toThrow();
      }),
      RUNS,
    );
  });

  it("produces frontmatter that passes the article schema", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const result = check(raw);
        if (!result.ok) return;
        const parsed = parseFrontmatter(result.markdown);
        expect(parsed?.errors).toEqual([]);
        const validated = articleSchema(TOPICS).safeParse(parsed?.data);
        expect(validated.success, JSON.stringify(validated.error?.issues)).toBe(true);
      }),
      RUNS,
    );
  });

  it("writes no control character or text-direction override, in frontmatter or body", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const result = check(raw);
        if (result.ok) expect(findUnsafeChar(result.markdown)).toBeUndefined();
      }),
      RUNS,
    );
  });

  it("changes nothing when given its own output", () => {
    fc.assert(
      fc.property(article, (raw) => {
        const first = check(raw);
        if (!first.ok) return;
        const second = normalize(first.markdown, { fileName: "prop.txt" });
        expect(second.ok, second.ok ? "" : second.error.message).toBe(true);
        if (!second.ok) return;
        const strip = (markdown: string) => markdown.replace(/\ngenerated:\n(?: {2}.*\n)+/, "\n");
        expect(strip(second.markdown)).toBe(strip(first.markdown));
      }),
      RUNS,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(normalize(raw, { fileName: "prop.txt" })).toEqual(normalize(raw, { fileName: "prop.txt" }));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
