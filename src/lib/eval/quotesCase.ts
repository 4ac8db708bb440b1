/**
 * The quotes figure's inputs for one evaluation case: the gold quotations (the `quotes` list of
 * gold.yaml, checked here since the ingest scorer passes it through untouched) and the
 * quotations the site's analysis finds in the normalized article — standfirst, key points and
 * body, exactly as the article page would list them before editors' corrections.
 */
import { z } from "astro/zod";
import { articleQuotes } from "#lib/analysis/index.ts";
import { quoteRoute, type Quote } from "#lib/analysis/quotes.ts";
import { findMentions, type EntityMatcher } from "#lib/analysis/entities.ts";
import type { NormalizeResult } from "#lib/normalize/index.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { foundStandings, scoreQuotes, type QuoteScore, type ScoredQuote } from "./quotes.ts";

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
export function foundQuotes(result: NormalizeResult | undefined, matcher: EntityMatcher): Quote[] {
  if (!result?.ok) return [];
  const body = result.markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, "");
  const blocks = articleSentences(body);
  const { dek, keyPoints } = result.frontmatter;
  return articleQuotes(
    { slug: result.slug, ...(dek ? { dek } : {}), ...(keyPoints ? { keyPoints } : {}) },
    blocks,
    findMentions(blocks, matcher),
    matcher,
  );
}

/** The found quotations as the scorer takes them: words and speaker. */
export function analysedQuotes(quotes: readonly Quote[]): ScoredQuote[] {
  return quotes.map(({ text, speaker }) => ({ text, speaker: { name: speaker.name, kind: speaker.kind } }));
}

const speakerField = (s: ScoredQuote["speaker"] | undefined) =>
  s === undefined ? "-" : `${s.kind}${s.name ? ` ${s.name}` : ""}`;

/**
 * EVAL_QUOTE_ROUTES's lines: per found quotation, tab-separated, the case, the route its speaker
 * came by (analysis/quotes.ts `quoteRoute`), its standing against the gold, the found speaker,
 * the gold speaker ("-" when it renders no gold quotation) and the quotation's opening words.
 */
export function quoteRouteLines(id: string, expected: readonly ScoredQuote[], quotes: readonly Quote[]): string[] {
  const found = analysedQuotes(quotes);
  return foundStandings(expected, found).map(({ standing, gold }, i) =>
    [
      "quote-route",
      id,
      (quotes[i] && quoteRoute(quotes[i])) ?? "?",
      standing,
      speakerField(found[i]?.speaker),
      speakerField(gold?.speaker),
      (found[i]?.text ?? "").slice(0, 80),
    ].join("\t"),
  );
}

/**
 * The case's quotes score, or undefined when the case has no gold quotations; `log`, when given,
 * takes the case's route lines (`quoteRouteLines`).
 */
export function quotesOfCase(
  gold: Readonly<Record<string, unknown>>,
  file: string,
  result: NormalizeResult | undefined,
  matcher: EntityMatcher,
  log?: { id: string; write: (line: string) => void },
): QuoteScore | undefined {
  const expected = goldQuotes(gold, file);
  if (expected === undefined) return undefined;
  const quotes = foundQuotes(result, matcher);
  if (log) for (const line of quoteRouteLines(log.id, expected, quotes)) log.write(`${line}\n`);
  return scoreQuotes(expected, analysedQuotes(quotes));
}
