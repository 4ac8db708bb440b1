/**
 * The quotes pages' data: every quotation in reading order, and the static filters (by named
 * speaker, registered or not; by topic) that replace client-side filtering — reading pages ship no JavaScript,
 * so each filter is its own page and the filter bar is a list of links.
 */
import type { Quote, Speaker } from "#lib/analysis/index.ts";
import { slugify } from "#lib/normalize/slug.ts";

/** Every quote of every article, articles in the given order, quotes in document order. */
export function allQuotes(articles: readonly { quotes: readonly Quote[] }[]): Quote[] {
  return articles.flatMap((article) => article.quotes);
}

export interface QuoteSpeaker {
  /** URL key of the speaker's filter page: the register id, else the name as a slug. */
  readonly key: string;
  readonly name: string;
  /** Register id, when the speaker is in the register. */
  readonly entity?: string;
  readonly count: number;
}

/** The filter key of a named speaker: their register id, or their name as a slug when unregistered. */
export function speakerKey(speaker: Speaker): string | undefined {
  if (speaker.kind !== "named") return undefined;
  return speaker.entity ?? (slugify(speaker.name) || undefined);
}

/** Named speakers, registered or not, most quoted first: the person filter (name and id as their latest quote gives them). */
export function quoteSpeakers(quotes: readonly Quote[]): QuoteSpeaker[] {
  return [...quotesBySpeakerKey(quotes)]
    .map(([key, list]): QuoteSpeaker => {
      const { name, entity } = (list.at(-1) as Quote).speaker;
      return { key, name, ...(entity ? { entity } : {}), count: list.length };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}

/**
 * Every named speaker's quotes by speaker key, in the order of `quotes`, in one pass (filtering
 * every quote once per speaker grew with the square of the corpus).
 */
export function quotesBySpeakerKey(quotes: readonly Quote[]): ReadonlyMap<string, readonly Quote[]> {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const key = speakerKey(quote.speaker);
    if (!key) continue;
    const list = bySpeaker.get(key);
    if (list) list.push(quote);
    else bySpeaker.set(key, [quote]);
  }
  return bySpeaker;
}

/** Quotes from articles filed under the topic. */
export function quotesInTopic(
  quotes: readonly Quote[],
  topicsOf: (slug: string) => readonly string[],
  topicId: string,
): Quote[] {
  return quotes.filter((quote) => topicsOf(quote.articleSlug).includes(topicId));
}

/**
 * How a speaker reads on the page: a registered name (linked by the component), a name the
 * register lacks (marked so, since no editor has reviewed it), a description marked anonymous,
 * or "unattributed".
 */
export function speakerText(quote: Quote): { label: string; note?: string } {
  switch (quote.speaker.kind) {
    case "named":
      return quote.speaker.entity
        ? { label: quote.speaker.name }
        : { label: quote.speaker.name, note: "not in the register" };
    case "anonymous":
      return { label: quote.speaker.name, note: "anonymous" };
    default:
      return { label: "unattributed" };
  }
}

/**
 * How a quotation reached the article through an outlet, in the sentence's own terms: "in an
 * interview with Fox News" is not "as reported by Fox News". A quotation whose wording is not
 * known says only "through".
 */
export function viaPhrase(via: string, wording: Quote["viaWording"]): string {
  switch (wording) {
    case "interview":
      return `in an interview with ${via}`;
    case "told":
      return `as told to ${via}`;
    case "according":
      return `according to ${via}`;
    case "quoted":
      return `as quoted by ${via}`;
    default:
      return `through ${via}`;
  }
}
