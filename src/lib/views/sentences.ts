/**
 * Sentence look-up for analysis pages: every analytic item links to (and often quotes) the
 * sentence it came from, so pages need the sentence text behind a `(slug, anchor)` pair.
 * Built once from the analysis blocks, which are the very sentences the article page anchors.
 */
import type { Block } from "#lib/analysis/index.ts";

export interface SentenceRef {
  readonly slug: string;
  readonly anchor: string;
}

export interface SentenceIndex {
  /** The sentence text, or undefined when the article has no such anchor. */
  text(slug: string, anchor: string): string | undefined;
}

/** Indexes every sentence of every article by slug and anchor. */
export function sentenceIndex(articles: readonly { slug: string; blocks: readonly Block[] }[]): SentenceIndex {
  const bySlug = new Map<string, Map<string, string>>();
  for (const article of articles) {
    const anchors = new Map<string, string>();
    for (const block of article.blocks)
      for (const sentence of block.sentences) anchors.set(sentence.anchor, sentence.text);
    bySlug.set(article.slug, anchors);
  }
  return { text: (slug, anchor) => bySlug.get(slug)?.get(anchor) };
}
