/**
 * The per-article analysis kept between builds, so an unchanged article's sentences, mentions,
 * quotes, dates and sourcing are read, not computed again (`analyseCorpus`'s `perArticle`
 * hook). One JSON file per article, named by the digest of everything that part depends on:
 * the article's own fields and text, its corrections, the whole entity register, the
 * not-entities list, and the code version (codeVersion.ts) — so an edit to any of them, or to
 * any code, misses the cache and recomputes. A file that cannot be read, does not parse, or
 * names another key is ignored and written again; files are written atomically; each build
 * prunes the files it did not use, so the folder holds one build's worth.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { ArticleMemo, ArticleParts } from "#lib/analysis/index.ts";
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
  /** Writes the parts computed this build and prunes unused files; returns the counts. */
  save(): Promise<{ reused: number; computed: number; pruned: number }>;
}

interface Entry {
  readonly key: string;
  readonly parts: ArticleParts;
}

const LISTS = ["blocks", "found", "mentions", "quotes", "events", "problems"] as const;

/** The stored parts for `key`, or undefined when the file is missing, broken or not this key's. */
function read(file: string, key: string): ArticleParts | undefined {
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(readFileSync(file, "utf8")) as Partial<Entry>;
  } catch {
    return undefined;
  }
  const parts = entry.parts as unknown;
  if (entry.key !== key || typeof parts !== "object" || parts === null) return undefined;
  const fields = parts as Partial<Record<keyof ArticleParts, unknown>>;
  if (!LISTS.every((list) => Array.isArray(fields[list])) || typeof fields.sourcing !== "object") return undefined;
  return parts as ArticleParts;
}

export function analysisCache(dir: string, context: AnalysisContext): AnalysisCache {
  const shared = stableDigest({
    version: context.version,
    register: context.register,
    notEntities: [...context.notEntities].sort(),
  });
  const used = new Set<string>();
  const fresh: Entry[] = [];
  let reused = 0;
  return {
    memo(article, analyse) {
      const key = stableDigest({ shared, article, corrections: context.corrections.get(article.slug) ?? null });
      used.add(`${key}.json`);
      const kept = read(join(dir, `${key}.json`), key);
      if (kept) {
        reused += 1;
        return kept;
      }
      const parts = analyse();
      fresh.push({ key, parts });
      return parts;
    },
    async save() {
      mkdirSync(dir, { recursive: true });
      for (const entry of fresh) await writeAtomic(join(dir, `${entry.key}.json`), JSON.stringify(entry));
      await removeStaleTemporaryFiles(dir);
      const stale = readdirSync(dir).filter((name) => name.endsWith(".json") && !used.has(name));
      await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
      return { reused, computed: fresh.length, pruned: stale.length };
    },
  };
}
