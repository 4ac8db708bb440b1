/**
 * Assigns articles to topics from each topic's terms.
 *
 * A topic applies when its terms occur often enough, both in absolute count and relative to
 * the article's length, so a passing mention ("sovereignty concerns" once in a piece about
 * spies) does not file an article under a topic it is not about. The matched terms are kept:
 * the article page shows readers why it sits in each topic.
 */

import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

export interface TopicTerms {
  readonly id: string;
  readonly terms: readonly string[];
}

export interface TermMatch {
  /** The term as the topic lists it (lower case: "sheinbaum", "u.s. troops"). */
  readonly term: string;
  readonly count: number;
  /**
   * The term as the text writes it, its most frequent form ("Sheinbaum", "U.S. troops"): what
   * readers are shown, since the topic's lower-case spelling would misspell a proper noun.
   */
  readonly written: string;
}

export interface TopicMatch {
  readonly id: string;
  /** Total occurrences of all the topic's terms. */
  readonly hits: number;
  /** Occurrences per 1,000 words. */
  readonly density: number;
  readonly terms: readonly TermMatch[];
}

export interface AssignOptions {
  /** Fewest term occurrences for a topic to apply. */
  readonly minHits: number;
  /** Fewest occurrences per 1,000 words for a topic to apply. */
  readonly minDensity: number;
}

export const DEFAULT_ASSIGN_OPTIONS: AssignOptions = { minHits: 3, minDensity: 6 };

/** Lower-cases and folds typographic apostrophes and hyphen variants so terms match as typed. */
export function foldForMatching(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2013]/g, "-");
}

/** Counts whole-word occurrences of `term` in already folded `text`. */
function countTerm(text: string, term: string): number {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldForMatching(term))}(?![\\p{L}\\p{N}])`, "gu");
  return text.match(pattern)?.length ?? 0;
}

/**
 * The term's most frequent form as `text` (not folded) writes it, the first of equally frequent
 * ones; the term itself when no form is found (a fold that changes a word's length).
 */
function writtenForm(text: string, term: string): string {
  // Every apostrophe and hyphen `foldForMatching` folds matches again as written.
  const body = escapeRegExp(foldForMatching(term))
    .replace(/'/gu, "['\u2018\u2019\u02bc]")
    .replace(/-/gu, "[-\u2010-\u2013]");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
  const forms = new Map<string, number>();
  for (const [form] of text.normalize("NFC").matchAll(pattern)) forms.set(form, (forms.get(form) ?? 0) + 1);
  let best: [string, number] = [term, 0];
  for (const entry of forms) if (entry[1] > best[1]) best = entry;
  return best[0];
}

/** Every topic's matches in `text`, whether or not it passes the thresholds, in the topics' order. */
export function matchTopics(text: string, topics: readonly TopicTerms[]): TopicMatch[] {
  const folded = foldForMatching(text);
  const words = Math.max(1, folded.split(/\s+/u).filter(Boolean).length);
  return topics.map((topic) => {
    const terms = topic.terms
      .map((term) => ({ term, count: countTerm(folded, term) }))
      .filter((match) => match.count > 0)
      .map((match) => ({ ...match, written: writtenForm(text, match.term) }));
    const hits = terms.reduce((sum, match) => sum + match.count, 0);
    return { id: topic.id, hits, density: (hits * 1000) / words, terms };
  });
}

/** The topics `text` is about: those whose matches clear both thresholds. */
export function assignTopics(
  text: string,
  topics: readonly TopicTerms[],
  options: AssignOptions = DEFAULT_ASSIGN_OPTIONS,
): TopicMatch[] {
  return matchTopics(text, topics).filter(
    (match) => match.hits >= options.minHits && match.density >= options.minDensity,
  );
}

/**
 * An article's topics and why: the editor's `topics` field when set, otherwise the topics
 * whose terms the article's text clears. The one rule the corpus, search and social cards
 * all follow.
 */
export function articleTopics(
  chosen: readonly string[] | undefined,
  text: string,
  topics: readonly TopicTerms[],
  options: AssignOptions = DEFAULT_ASSIGN_OPTIONS,
): Map<string, TopicMatch | "editor"> {
  const reasons = new Map<string, TopicMatch | "editor">();
  if (chosen !== undefined) for (const id of chosen) reasons.set(id, "editor");
  else for (const match of assignTopics(text, topics, options)) reasons.set(match.id, match);
  return reasons;
}
