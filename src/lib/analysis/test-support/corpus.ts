/**
 * Test support only (reads the disk): the five real articles and the entity register, from the
 * content model (src/lib/content/desk.ts, read once per test file), validated exactly as the
 * build validates them.
 * Each article is matched to its raw file by the `source` frontmatter field.
 */
import { join } from "node:path";
import { sharedDesk } from "#lib/content/desk.ts";
import type { Entity } from "#schemas/entity.ts";

export const ROOT = join(import.meta.dirname, "../../../..");

export interface CorpusArticle {
  slug: string;
  source: string;
  title: string;
  published?: string;
  outlet?: string;
  citedSources?: string[];
  body: string;
}

/** Raw source file names, sorted: 000_… to 004_…. */
export const SOURCE_FILES = [...sharedDesk(ROOT).files.sourceFiles].filter((name) => name.endsWith(".txt")).sort();

/** The five articles, in source order. */
export function loadCorpus(): CorpusArticle[] {
  const articles = sharedDesk(ROOT).articles;
  return SOURCE_FILES.map((source) => {
    const found = articles.find((article) => article.data.source === source);
    if (!found) throw new Error(`no article in content/articles has source: ${source}; run npm run ingest`);
    const { title, published, outlet, citedSources } = found.data;
    return {
      slug: found.slug,
      source,
      title,
      body: found.body,
      ...(published ? { published } : {}),
      ...(outlet ? { outlet } : {}),
      ...(citedSources ? { citedSources: [...citedSources] } : {}),
    };
  });
}

/** The article normalized from the raw file whose name starts with `prefix` ("000" … "004"). */
export function articleFor(corpus: readonly CorpusArticle[], prefix: string): CorpusArticle {
  const found = corpus.find((article) => article.source.startsWith(prefix));
  if (!found) throw new Error(`no article for source ${prefix}`);
  return found;
}

/** The entity register, validated with the collection's schema. */
export function loadRegister(): Entity[] {
  return [...sharedDesk(ROOT).entities];
}
