/**
 * Test support only (uses fs): loads the five real articles and the entity register.
 *
 * Articles come from `content/articles/*.md`, matched to their raw file by the `source`
 * frontmatter field. Scratch placeholders (slug starting `zz-` or title starting "Scratch")
 * are ignored. Until the normalizer has written an article, a stand-in is derived from the raw
 * text (one paragraph per non-empty line, "- "/"•" lines as list items), so tests still run
 * on the real wording.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { entitySchema, type Entity } from "../../../schemas/entity.ts";

export const ROOT = join(import.meta.dirname, "../../../..");
const SOURCES = join(ROOT, "content/sources");
const ARTICLES = join(ROOT, "content/articles");
const ENTITIES = join(ROOT, "content/entities");

export interface CorpusArticle {
  slug: string;
  source: string;
  title: string;
  published?: string;
  outlet?: string;
  citedSources?: string[];
  body: string;
  /** True when the body is the stand-in derived from the raw file. */
  derived: boolean;
}

/** Raw source file names, sorted: 000_… to 004_…. */
export const SOURCE_FILES = readdirSync(SOURCES)
  .filter((name) => name.endsWith(".txt"))
  .sort();

function splitFrontmatter(file: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(file);
  if (!match) return { data: {}, body: file };
  return { data: (parseYaml(match[1] ?? "") ?? {}) as Record<string, unknown>, body: file.slice(match[0].length) };
}

function deriveFromRaw(source: string): CorpusArticle {
  const lines = readFileSync(join(SOURCES, source), "utf8")
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const title = lines[0] ?? source;
  const body = lines
    .slice(1)
    .map((line) => (/^[-•]\s+/u.test(line) ? `- ${line.replace(/^[-•]\s+/u, "")}` : line))
    .join("\n\n");
  return { slug: `raw-${source.slice(0, 3)}`, source, title, body, derived: true };
}

function loadNormalized(): Map<string, CorpusArticle> {
  const bySource = new Map<string, CorpusArticle>();
  let names: string[];
  try {
    names = readdirSync(ARTICLES).filter((name) => name.endsWith(".md"));
  } catch {
    return bySource;
  }
  for (const name of names.sort()) {
    const slug = name.slice(0, -3);
    if (slug.startsWith("zz-")) continue;
    const { data, body } = splitFrontmatter(readFileSync(join(ARTICLES, name), "utf8"));
    const title = typeof data["title"] === "string" ? data["title"] : slug;
    const source = data["source"];
    if (typeof source !== "string" || /^scratch/iu.test(title)) continue;
    const article: CorpusArticle = { slug, source, title, body, derived: false };
    const published = data["published"];
    if (typeof published === "string") article.published = published;
    else if (published instanceof Date) article.published = published.toISOString().slice(0, 10);
    if (typeof data["outlet"] === "string") article.outlet = data["outlet"];
    if (Array.isArray(data["citedSources"])) article.citedSources = data["citedSources"].map(String);
    bySource.set(source, article);
  }
  return bySource;
}

/** The five articles, in source order. */
export function loadCorpus(): CorpusArticle[] {
  const normalized = loadNormalized();
  return SOURCE_FILES.map((source) => normalized.get(source) ?? deriveFromRaw(source));
}

/** The article normalized from the raw file whose name starts with `prefix` ("000" … "004"). */
export function articleFor(corpus: readonly CorpusArticle[], prefix: string): CorpusArticle {
  const found = corpus.find((article) => article.source.startsWith(prefix));
  if (!found) throw new Error(`no article for source ${prefix}`);
  return found;
}

/** The entity register, validated with the collection's schema. */
export function loadRegister(): Entity[] {
  return readdirSync(ENTITIES)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const data = entitySchema.parse(parseYaml(readFileSync(join(ENTITIES, name), "utf8")));
      return { ...data, id: name.slice(0, -".yaml".length) };
    });
}
