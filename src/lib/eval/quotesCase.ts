/**
 * The quotes figure's inputs for one evaluation case: the gold quotations (the `quotes` list of
 * gold.yaml, checked here since the ingest scorer passes it through untouched) and the
 * quotations the site's analysis finds in the normalized article — standfirst, key points and
 * body, exactly as the article page would list them before editors' corrections.
 */
import { z } from "astro/zod";
import { articleQuotes } from "#lib/analysis/index.ts";
import { findMentions, type EntityMatcher } from "#lib/analysis/entities.ts";
import type { NormalizeResult } from "#lib/normalize/index.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { scoreQuotes, type QuoteScore, type ScoredQuote } from "./quotes.ts";

const goldQuotesSchema = z.array(
  z.object({
    text: z.string().min(1),
    speaker: z.object({
      name: z.string().nullable(),
      kind: z.enum(["named", "anonymous", "unattributed"]),
    }),
  }),
);

/** The case's gold quotations, or undefined when its gold.yaml has no `quotes` list (not annotated). */
export function goldQuotes(gold: Readonly<Record<string, unknown>>, file: string): ScoredQuote[] | undefined {
  if (!("quotes" in gold) || gold["quotes"] === undefined) return undefined;
  const parsed = goldQuotesSchema.safeParse(gold["quotes"] ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: quotes.${issue?.path.map(String).join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** The quotations the analysis finds in a normalized article; none when ingest refused it. */
export function analysedQuotes(result: NormalizeResult | undefined, matcher: EntityMatcher): ScoredQuote[] {
  if (!result?.ok) return [];
  const body = result.markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, "");
  const blocks = articleSentences(body);
  const { dek, keyPoints } = result.frontmatter;
  const quotes = articleQuotes(
    { slug: result.slug, ...(dek ? { dek } : {}), ...(keyPoints ? { keyPoints } : {}) },
    blocks,
    findMentions(blocks, matcher),
    matcher,
  );
  return quotes.map(({ text, speaker }) => ({ text, speaker: { name: speaker.name, kind: speaker.kind } }));
}

/** The case's quotes score, or undefined when the case has no gold quotations. */
export function quotesOfCase(
  gold: Readonly<Record<string, unknown>>,
  file: string,
  result: NormalizeResult | undefined,
  matcher: EntityMatcher,
): QuoteScore | undefined {
  const expected = goldQuotes(gold, file);
  return expected === undefined ? undefined : scoreQuotes(expected, analysedQuotes(result, matcher));
}
