/**
 * The per-article analysis kept between builds, so an unchanged article's sentences, mentions,
 * quotes, dates and sourcing are read, not computed again (`analyseCorpus`'s `perArticle`
 * hook). One JSON file per article, named by the digest of everything that part depends on:
 * the article's own fields and text, its corrections, the whole entity register, the
 * not-entities list, and the code version (codeVersion.ts) — so an edit to any of them, or to
 * any code, misses the cache and recomputes. A story's comparison (shared entities, coverage,
 * claims: the `perStory` hook) is kept the same way, one file per story (`story-<key>.json`),
 * keyed by its members' article keys in story order: it is derived from those parts and the
 * register alone, so it is recomputed exactly when a member, the membership or the code
 * changes. An article's story terms (the `storyTerms` hook) are kept beside its parts
 * (`terms-<key>.json`, the article's key): they follow from its text, days, lead and entities,
 * all of which the article's key covers except which of its entities are places, and that can
 * follow from another article (a name the register lacks takes the kind the first article to
 * find it gave it), so the file also holds the entity list the terms were made from and is used
 * only when it matches. A file that cannot be read, does not parse, or names another key is ignored and
 * written again; files are written atomically; each build prunes the files it did not use, so
 * the folder holds one build's worth.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type {
  ArticleMemo,
  CorpusArticleInput,
  ArticleParts,
  StoryInput,
  StoryMemo,
  StoryParts,
  StoryTermsMemo,
} from "#lib/analysis/index.ts";
import type { Corrections } from "#schemas/corrections.ts";
import { removeStaleTemporaryFiles, writeAtomic } from "#lib/writeAtomic.ts";
import { stableDigest } from "./cacheKeys.ts";

/** What every article's parts depend on besides the article itself. */
export interface AnalysisContext {
  readonly version: string;
  readonly register: unknown;
  readonly notEntities: readonly string[];
  readonly corrections: ReadonlyMap<string, Corrections>;
}

export interface AnalysisCache {
  readonly memo: ArticleMemo;
  /**
   * Whether a file is kept for this article's parts (not yet whether it reads back): a build
   * computes the others ahead, off the main thread (analysisPool.ts), and hands them to `memo`.
   */
  has(article: CorpusArticleInput): boolean;
  readonly story: StoryMemo;
  /** Whether a file is kept for the story of these members (story order), as `has` is for an article. */
  hasStory(slugs: readonly string[]): boolean;
  readonly terms: StoryTermsMemo;
  /**
   * This build's article keys by slug (each known once `memo` has seen the article): the digest
   * of everything an article's parts follow from, so a page key can carry it instead of the parts.
   */
  readonly articleKeys: ReadonlyMap<string, string>;
  /** Writes the parts computed this build and prunes unused files; returns the counts (articles and stories). */
  save(): Promise<{ reused: number; computed: number; pruned: number }>;
}

interface Entry {
  readonly key: string;
  readonly parts: unknown;
}

const LISTS = ["blocks", "found", "mentions", "quotes", "events", "problems"] as const;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** Kept story terms, in the map's order (weights are summed in it), with the entities they were made from. */
interface TermsParts {
  readonly entities: readonly string[] | null;
  readonly terms: readonly (readonly [string, number])[];
}

const sameList = (a: unknown, b: readonly string[] | undefined) =>
  b === undefined ? a === null : Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/** Kept terms are used only when they were made from this input's entities. */
const termsShapedFor = (input: StoryInput) => (parts: Record<string, unknown>) =>
  sameList(parts["entities"], input.entities) && Array.isArray(parts["terms"]);

const isArticleParts = (parts: Record<string, unknown>) =>
  LISTS.every((list) => Array.isArray(parts[list])) && isObject(parts["sourcing"]);

const isStoryParts = (parts: Record<string, unknown>) =>
  isObject(parts["common"]) && isObject(parts["coverage"]) && Array.isArray(parts["claims"]);

/** The stored parts for `key`, or undefined when the file is missing, broken, not this key's or not of this shape. */
function read(file: string, key: string, shaped: (parts: Record<string, unknown>) => boolean): unknown {
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(readFileSync(file, "utf8")) as Partial<Entry>;
  } catch {
    return undefined;
  }
  return entry.key === key && isObject(entry.parts) && shaped(entry.parts) ? entry.parts : undefined;
}

export function analysisCache(dir: string, context: AnalysisContext): AnalysisCache {
  const shared = stableDigest({
    version: context.version,
    register: context.register,
    notEntities: [...context.notEntities].sort(),
  });
  const used = new Set<string>();
  const fresh: (Entry & { readonly file: string })[] = [];
  /** This build's article keys by slug, for the story keys. */
  const articleKeys = new Map<string, string>();
  let reused = 0;
  /** Each article's key, by the input object (`has` and `memo` both need it). */
  const keys = new WeakMap<CorpusArticleInput, string>();
  const keyOf = (article: CorpusArticleInput) => {
    let key = keys.get(article);
    if (key === undefined) {
      key = stableDigest({ shared, article, corrections: context.corrections.get(article.slug) ?? null });
      keys.set(article, key);
    }
    return key;
  };
  /** The kept parts in `file` for `key`, or those `compute` gives (kept for save()). */
  function cached<T>(file: string, key: string, shaped: (parts: Record<string, unknown>) => boolean, compute: () => T) {
    used.add(file);
    const kept = read(join(dir, file), key, shaped);
    if (kept !== undefined) {
      reused += 1;
      return kept as T;
    }
    const parts = compute();
    fresh.push({ file, key, parts });
    return parts;
  }
  /** A story's key: its members' article keys in story order; none while a member has none. */
  const storyKey = (slugs: readonly string[]) => {
    const members = slugs.map((slug) => articleKeys.get(slug));
    return members.some((key) => key === undefined) ? undefined : stableDigest({ story: members });
  };
  return {
    articleKeys,
    has(article) {
      return existsSync(join(dir, `${keyOf(article)}.json`));
    },
    memo(article, analyse) {
      const key = keyOf(article);
      articleKeys.set(article.slug, key);
      return cached<ArticleParts>(`${key}.json`, key, isArticleParts, analyse);
    },
    hasStory(slugs) {
      const key = storyKey(slugs);
      return key !== undefined && existsSync(join(dir, `story-${key}.json`));
    },
    story(slugs, compare) {
      const key = storyKey(slugs);
      // A member this cache never saw has no key to vouch for it: compute, keep nothing.
      if (key === undefined) return compare();
      return cached<StoryParts>(`story-${key}.json`, key, isStoryParts, compare);
    },
    terms(input, compute) {
      const key = articleKeys.get(input.slug);
      if (key === undefined) return compute();
      const kept = cached<TermsParts>(`terms-${key}.json`, key, termsShapedFor(input), () => ({
        entities: input.entities ?? null,
        terms: [...compute()],
      }));
      return new Map(kept.terms);
    },
    async save() {
      mkdirSync(dir, { recursive: true });
      for (const { file, key, parts } of fresh) await writeAtomic(join(dir, file), JSON.stringify({ key, parts }));
      await removeStaleTemporaryFiles(dir);
      const stale = readdirSync(dir).filter((name) => name.endsWith(".json") && !used.has(name));
      await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
      return { reused, computed: fresh.length, pruned: stale.length };
    },
  };
}
