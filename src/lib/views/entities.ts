/**
 * What entity pages and the entity index show, shaped from the corpus analysis: per entity,
 * every article and sentence that mentions it, its quotes, and who it appears with most.
 *
 * A companion is a name that shares a sentence with the entity: that sentence is what a reader
 * can check, so each companion keeps its sentences for the page to link. Two names that only
 * share an article are not companions: the article may name them for unrelated reasons, and
 * there is no sentence to show for it.
 */
import type { EntityKind } from "#schemas/entity.ts";
import type { Crumb } from "#lib/paths.ts";
import type { ArticleAnalysis, Quote } from "#lib/analysis/index.ts";
import { statedRoles, type StatedRole } from "#lib/analysis/statedRoles.ts";
import type { SentenceIndex, SentenceRef } from "./sentences.ts";

export interface MentionSentence {
  readonly anchor: string;
  readonly text: string;
  /** Mentions of the entity in this sentence. */
  readonly count: number;
}

export interface EntityArticleMentions {
  readonly slug: string;
  readonly count: number;
  readonly sentences: readonly MentionSentence[];
}

export interface CoMention {
  readonly entityId: string;
  /** Sentences naming both, in corpus order; never empty. */
  readonly sentences: readonly SentenceRef[];
  /** The articles of those sentences, each once, in corpus order. */
  readonly articles: readonly string[];
}

export interface EntityProfile {
  readonly id: string;
  readonly mentions: number;
  /** Articles in corpus order (the order `articles` was given in). */
  readonly articles: readonly EntityArticleMentions[];
  /** Quotes the entity is the named speaker of. */
  readonly quotes: readonly Quote[];
  /** Names sharing a sentence with it, most shared sentences first, then most articles, then id. */
  readonly coMentions: readonly CoMention[];
}

/** Profiles of every entity mentioned at least once; entities never mentioned get none (no empty pages). */
export function entityProfiles(articles: readonly ArticleAnalysis[]): Map<string, EntityProfile> {
  const mentionsOf = new Map<string, EntityArticleMentions[]>();
  const pairSentences = new Map<string, Map<string, SentenceRef[]>>();
  const addPair = (a: string, b: string, value: SentenceRef) => {
    // Appends in place: copying the list on every add would be quadratic at archive scale.
    let row = pairSentences.get(a);
    if (!row) pairSentences.set(a, (row = new Map<string, SentenceRef[]>()));
    const list = row.get(b);
    if (list) list.push(value);
    else row.set(b, [value]);
  };

  for (const article of articles) {
    const text = new Map<string, string>();
    for (const block of article.blocks) for (const s of block.sentences) text.set(s.anchor, s.text);
    const bySentence = new Map<string, Map<string, number>>();
    for (const mention of article.mentions) {
      const counts = bySentence.get(mention.anchor) ?? new Map<string, number>();
      counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
      bySentence.set(mention.anchor, counts);
    }
    const perEntity = new Map<string, MentionSentence[]>();
    for (const [anchor, counts] of bySentence) {
      for (const [id, count] of counts) {
        const sentence = { anchor, text: text.get(anchor) ?? "", count };
        const known = perEntity.get(id);
        if (known) known.push(sentence);
        else perEntity.set(id, [sentence]);
        for (const other of counts.keys()) if (other !== id) addPair(id, other, { slug: article.slug, anchor });
      }
    }
    for (const [id, sentences] of perEntity) {
      const count = sentences.reduce((sum, s) => sum + s.count, 0);
      const entry = { slug: article.slug, count, sentences };
      const known = mentionsOf.get(id);
      if (known) known.push(entry);
      else mentionsOf.set(id, [entry]);
    }
  }

  const quotesOf = new Map<string, Quote[]>();
  for (const article of articles) {
    for (const quote of article.quotes) {
      const id = quote.speaker.kind === "named" ? quote.speaker.entity : undefined;
      if (!id) continue;
      const known = quotesOf.get(id);
      if (known) known.push(quote);
      else quotesOf.set(id, [quote]);
    }
  }

  const profiles = new Map<string, EntityProfile>();
  for (const [id, list] of mentionsOf) {
    const coMentions = [...(pairSentences.get(id) ?? [])]
      .map(([other, sentences]) => ({
        entityId: other,
        sentences,
        articles: [...new Set(sentences.map((ref) => ref.slug))],
      }))
      .sort(
        (a, b) =>
          b.sentences.length - a.sentences.length ||
          b.articles.length - a.articles.length ||
          a.entityId.localeCompare(b.entityId),
      );
    profiles.set(id, {
      id,
      mentions: list.reduce((sum, a) => sum + a.count, 0),
      articles: list,
      quotes: quotesOf.get(id) ?? [],
      coMentions,
    });
  }
  return profiles;
}

export interface SharedSentence {
  readonly ref: SentenceRef;
  /** The companions (of those given) this sentence names, in the companions' order; never empty. */
  readonly companions: readonly string[];
}

/**
 * The sentences an entity shares with the given companions, each sentence once with every one of
 * them it names: a sentence naming three companions is one sentence to read, not three. Ordered
 * by the first companion that names it (most shared first), then by corpus order; at most
 * `perCompanion` sentences are taken from each companion's own list, so every companion gets
 * some. `more` counts the shared sentences left out.
 */
export function sharedSentences(
  companions: readonly CoMention[],
  perCompanion: number,
): { sentences: SharedSentence[]; more: number } {
  const key = (ref: SentenceRef) => `${ref.slug}#${ref.anchor}`;
  const names = new Map<string, { ref: SentenceRef; companions: string[] }>();
  for (const companion of companions) {
    for (const ref of companion.sentences) {
      const known = names.get(key(ref));
      if (known) known.companions.push(companion.entityId);
      else names.set(key(ref), { ref, companions: [companion.entityId] });
    }
  }
  const taken = new Set<string>();
  const sentences: SharedSentence[] = [];
  for (const companion of companions) {
    for (const ref of companion.sentences.slice(0, perCompanion)) {
      const shared = names.get(key(ref));
      if (taken.has(key(ref)) || !shared) continue;
      taken.add(key(ref));
      sentences.push(shared);
    }
  }
  return { sentences, more: names.size - sentences.length };
}

export interface IndexEntry {
  readonly id: string;
  readonly name: string;
  readonly mentions: number;
  readonly articles: number;
  /** False for a name the analysis found that no editor has reviewed yet. */
  readonly reviewed: boolean;
}

export interface IndexGroup {
  readonly kind: EntityKind;
  readonly heading: string;
  /** Shown entries, most mentioned first. */
  readonly entries: readonly IndexEntry[];
  /** Entities of this kind left off the index to keep it short (they still have pages). */
  readonly omitted: number;
}

const HEADINGS: Record<EntityKind, string> = { person: "People", organisation: "Organisations", place: "Places" };

/** The entity index's title: every kind at once. */
export const ENTITY_INDEX_TITLE = "People, organisations and places";

/**
 * The breadcrumb an entity page sits under: its kind's section of the entity index (whose
 * headings carry the kind as id), so a place reads "Places", not the nav's "People". An
 * entity the register lacks a kind for goes under the whole index.
 */
export function entitySectionCrumb(kind: EntityKind | undefined, indexHref: string): Crumb {
  return kind
    ? { label: HEADINGS[kind], href: `${indexHref}#${kind}` }
    : { label: ENTITY_INDEX_TITLE, href: indexHref };
}

/**
 * The entity index: people, organisations and places, each most mentioned first. At most
 * `limit` entries in all, shared between the kinds in proportion to their size, so the page
 * stays readable however large the register grows; the rest are counted, not listed.
 */
export function entityIndexGroups(
  profiles: ReadonlyMap<string, EntityProfile>,
  entityOf: (id: string) => { name: string; kind: EntityKind; reviewed?: boolean } | undefined,
  limit = 200,
): IndexGroup[] {
  const byKind = new Map<EntityKind, IndexEntry[]>();
  for (const profile of profiles.values()) {
    const entity = entityOf(profile.id);
    if (!entity) continue;
    const list = byKind.get(entity.kind) ?? [];
    list.push({
      id: profile.id,
      name: entity.name,
      mentions: profile.mentions,
      articles: profile.articles.length,
      reviewed: isReviewed(entity),
    });
    byKind.set(entity.kind, list);
  }
  const total = [...byKind.values()].reduce((sum, list) => sum + list.length, 0);
  return (["person", "organisation", "place"] as const)
    .filter((kind) => (byKind.get(kind)?.length ?? 0) > 0)
    .map((kind) => {
      const list = (byKind.get(kind) ?? []).sort(
        (a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, "en"),
      );
      const share = total <= limit ? list.length : Math.max(1, Math.floor((limit * list.length) / total));
      return {
        kind,
        heading: HEADINGS[kind],
        entries: list.slice(0, share),
        omitted: Math.max(0, list.length - share),
      };
    });
}

export interface Ranked {
  readonly id: string;
  readonly count: number;
  /** Articles (of the given ones) that mention the entity. */
  readonly articles: number;
}

/** Entities of the given kinds mentioned most across the given articles (a topic's), most first. */
export function mentionRanking(
  articles: readonly ArticleAnalysis[],
  kindOf: (id: string) => EntityKind | undefined,
  kinds: readonly EntityKind[],
  limit = 10,
): Ranked[] {
  const totals = new Map<string, { count: number; articles: number }>();
  for (const article of articles) {
    for (const { entityId, count } of article.entities) {
      const kind = kindOf(entityId);
      if (!kind || !kinds.includes(kind)) continue;
      const entry = totals.get(entityId) ?? { count: 0, articles: 0 };
      totals.set(entityId, { count: entry.count + count, articles: entry.articles + 1 });
    }
  }
  return [...totals.entries()]
    .map(([id, t]) => ({ id, ...t }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * Whether an entity is the editors' (the register's) rather than a name only the analysis found:
 * found names carry `reviewed: false`, register entities no such field.
 */
export const isReviewed = (entity: object): boolean => !("reviewed" in entity && entity.reviewed === false);

/**
 * An article's named entities split into the editors' register and the names only the analysis
 * found, each in the order given, so a page can show the second apart as not yet reviewed
 * rather than beside the register's as if they were the same kind of fact.
 */
export function splitByReview<T extends { readonly entityId: string }>(
  mentions: readonly T[],
  entityOf: (id: string) => object | undefined,
): { reviewed: T[]; unreviewed: T[] } {
  const reviewed: T[] = [];
  const unreviewed: T[] = [];
  for (const mention of mentions) {
    const entity = entityOf(mention.entityId);
    (entity === undefined || isReviewed(entity) ? reviewed : unreviewed).push(mention);
  }
  return { reviewed, unreviewed };
}

/**
 * The editors' note on an entity page: the register's description, then its role unless the
 * description already says it ("President of Mexico." with the role "President of Mexico"
 * reads once, not twice).
 */
export function editorsNoteText(description: string | undefined, role: string | undefined): string {
  const text = (description ?? "").trim();
  const stated = role?.trim() ?? "";
  if (stated === "" || text.toLowerCase().includes(stated.toLowerCase())) return text;
  return text === "" ? `Role: ${stated}.` : `${text} Role: ${stated}.`;
}

/**
 * What the articles that mention an entity state it is (`statedRoles`), read from those articles
 * only, in corpus order as its profile lists them: going through every article for every entity
 * page grew with the square of the corpus.
 */
export function profileRoles(
  profile: EntityProfile,
  kind: EntityKind | undefined,
  byArticle: ReadonlyMap<string, ArticleAnalysis>,
  sentences: SentenceIndex,
): StatedRole[] {
  return statedRoles(
    { id: profile.id, kind },
    profile.articles.map(({ slug }) => ({
      slug,
      mentions: byArticle.get(slug)?.mentions ?? [],
      sentenceText: (anchor: string) => sentences.text(slug, anchor),
    })),
  );
}
