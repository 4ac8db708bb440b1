/**
 * Property-based tests (fast-check) of the text fields: whatever an editor or a sidecar puts
 * in any frontmatter, entity, topic or correction field — control characters, text-direction
 * overrides, markup-looking text, long runs — the schemas either refuse it with a message that
 * names the character, or accept text with none of them, which the feeds carry as well-formed XML.
 */
import { getRssString } from "@astrojs/rss";
import fc from "fast-check";
import { SyntaxValidator } from "fast-xml-validator";
import { describe, expect, it } from "vitest";
import { feedItems } from "#lib/social/feed.ts";
import { UNSAFE_SAMPLES } from "#lib/text/test-support/unsafeSamples.ts";
import { findUnsafeChar } from "#lib/text/unsafeChars.ts";
import { articleSchema } from "./article.ts";
import { correctionsSchema } from "./corrections.ts";
import { entitySchema } from "./entity.ts";
import { sourceMetaSchema } from "./sourceMeta.ts";
import { topicSchema } from "./topic.ts";

const RUNS = { numRuns: Number(process.env["FC_RUNS"] ?? 200), ...(process.env["FC_SEED"] ? {} : { seed: 20261130 }) };

const piece = fc.oneof(
  fc.constantFrom(...UNSAFE_SAMPLES),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "</title><script>x()</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example/x"></iframe>',
    "]]><!--",
    "&amp; &#0; &lt;",
    "\"quoted\" 'single'",
    "\u200f",
    "Sheinbaum",
    "drones",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
/** Text of the kinds above; sometimes a long run of it. */
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" ")) },
  { weight: 1, arbitrary: fc.array(piece, { minLength: 100, maxLength: 400 }).map((parts) => parts.join(" ")) },
);

/** Every text field of every schema, as a function from one value to a parse result. */
const FIELDS: [
  string,
  (value: string) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } },
][] = [
  ["article title", (v) => articleSchema([]).safeParse({ title: v })],
  ["article dek", (v) => articleSchema([]).safeParse({ title: "T", dek: v })],
  ["article byline", (v) => articleSchema([]).safeParse({ title: "T", byline: v })],
  ["article outlet", (v) => articleSchema([]).safeParse({ title: "T", outlet: v })],
  ["article key point", (v) => articleSchema([]).safeParse({ title: "T", keyPoints: [v] })],
  ["article cited source", (v) => articleSchema([]).safeParse({ title: "T", citedSources: [v] })],
  ["sidecar outlet", (v) => sourceMetaSchema.safeParse({ outlet: v })],
  ["sidecar byline", (v) => sourceMetaSchema.safeParse({ byline: v })],
  ["entity name", (v) => entitySchema.safeParse({ name: v, kind: "person", description: "d" })],
  ["entity alias", (v) => entitySchema.safeParse({ name: "n", kind: "person", description: "d", aliases: [v] })],
  ["entity description", (v) => entitySchema.safeParse({ name: "n", kind: "person", description: v })],
  ["entity role", (v) => entitySchema.safeParse({ name: "n", kind: "person", description: "d", role: v })],
  ["topic title", (v) => topicSchema.safeParse({ title: v, summary: "s", order: 1, terms: ["t"] })],
  ["topic summary", (v) => topicSchema.safeParse({ title: "t", summary: v, order: 1, terms: ["t"] })],
  ["topic term", (v) => topicSchema.safeParse({ title: "t", summary: "s", order: 1, terms: [v] })],
  [
    "correction note",
    (v) => correctionsSchema.safeParse({ events: [{ anchor: "s-1a2b3c4d", remove: true, note: v }] }),
  ],
  ["correction speaker text", (v) => correctionsSchema.safeParse({ quotes: [{ anchor: "s-1a2b3c4d", anonymous: v }] })],
];

describe("every text field, for any text", () => {
  it.each(FIELDS)("%s is refused with the character named, or accepted without unsafe characters", (_, parse) => {
    fc.assert(
      fc.property(hostile, (value) => {
        const result = parse(value);
        if (findUnsafeChar(value)) {
          expect(result.success).toBe(false);
          expect(result.error?.issues.map((issue) => issue.message).join(" ")).toMatch(/U\+[0-9A-F]{4}/);
        } else if (result.success) {
          expect(findUnsafeChar(JSON.stringify(result.data))).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it("an accepted title and dek make a well-formed feed", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (title, dek) => {
        const parsed = articleSchema([]).safeParse({ title, dek });
        if (!parsed.success) return;
        const xml = await getRssString({
          title: "Desk",
          description: "d",
          site: "https://example.org/",
          items: feedItems(
            [{ slug: "a", title: parsed.data.title, dek: parsed.data.dek }],
            (slug) => `/articles/${slug}/`,
          ),
        });
        expect(SyntaxValidator.validate(xml)).toBe(true);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
