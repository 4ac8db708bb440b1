/**
 * The committed articles as tests see them: slug, frontmatter and the raw source they came
 * from, read straight from content/ so tests follow the data rather than hard-coding slugs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { parseFrontmatter } from "../../src/lib/content/frontmatter.ts";
import type { ArticleData } from "../../src/schemas/article.ts";

export interface TestArticle {
  readonly slug: string;
  readonly data: ArticleData;
  readonly body: string;
}

export function readArticles(): TestArticle[] {
  return readdirSync("content/articles")
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const parsed = parseFrontmatter(readFileSync(`content/articles/${name}`, "utf8"));
      if (!parsed) throw new Error(`content/articles/${name} has no frontmatter`);
      return { slug: name.replace(/\.md$/, ""), data: parsed.data as ArticleData, body: parsed.body };
    });
}

/** The article normalized from the raw file whose name starts with `prefix` (e.g. "001"). */
export function articleFromSource(prefix: string): TestArticle {
  const found = readArticles().find((article) => article.data.source?.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no article in content/articles has a source starting with ${prefix}_`);
  return found;
}
