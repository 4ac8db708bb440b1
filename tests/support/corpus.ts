/**
 * The committed articles as tests see them: slug, validated frontmatter and body, from the
 * content model (src/lib/content/desk.ts), so tests follow the data rather than hard-coding slugs.
 */
import { loadDesk, type DeskArticle } from "#lib/content/desk.ts";

export type TestArticle = Pick<DeskArticle, "slug" | "data" | "body">;

export function readArticles(): TestArticle[] {
  return [...loadDesk(process.cwd()).articles];
}

/** The article normalized from the raw file whose name starts with `prefix` (e.g. "001"). */
export function articleFromSource(prefix: string): TestArticle {
  const found = readArticles().find((article) => article.data.source?.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no article in content/articles has a source starting with ${prefix}_`);
  return found;
}
