/**
 * The quotes pages' data: every quotation in reading order, and the static filters (by named
 * speaker, by topic) that replace client-side filtering — reading pages ship no JavaScript,
 * so each filter is its own page and the filter bar is a list of links.
 */
import type { Quote } from "../analysis/index.ts";

/** Every quote of every article, articles in the given order, quotes in document order. */
export function allQuotes(articles: readonly { quotes: readonly Quote[] }[]): Quote[] {
  return articles.flatMap((article) => article.quotes);
}

export interface QuoteSpeaker {
  readonly entityId: string;
  readonly label: string;
  readonly count: number;
}

/** Named speakers in the register, most quoted first: the person filter. */
export function quoteSpeakers(quotes: readonly Quote[]): QuoteSpeaker[] {
  const bySpeaker = new Map<string, QuoteSpeaker>();
  for (const quote of quotes) {
    const { kind, entityId, label } = quote.speaker;
    if (kind !== "named" || !entityId) continue;
    const entry = bySpeaker.get(entityId);
    bySpeaker.set(entityId, { entityId, label, count: (entry?.count ?? 0) + 1 });
  }
  return [...bySpeaker.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "en"));
}

export function quotesBySpeaker(quotes: readonly Quote[], entityId: string): Quote[] {
  return quotes.filter((quote) => quote.speaker.kind === "named" && quote.speaker.entityId === entityId);
}

/** Quotes from articles filed under the topic. */
export function quotesInTopic(
  quotes: readonly Quote[],
  topicsOf: (slug: string) => readonly string[],
  topicId: string,
): Quote[] {
  return quotes.filter((quote) => topicsOf(quote.articleSlug).includes(topicId));
}

/** How a speaker reads on the page: the name, the description marked anonymous, or "unattributed". */
export function speakerText(quote: Quote): { label: string; note?: string } {
  switch (quote.speaker.kind) {
    case "named":
      return { label: quote.speaker.label };
    case "anonymous":
      return { label: quote.speaker.label, note: "anonymous" };
    default:
      return { label: "unattributed" };
  }
}
