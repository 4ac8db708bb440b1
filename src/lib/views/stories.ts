/**
 * Story pages: which stories get a page (two or more articles: a single article has nothing
 * to compare), and the order of their articles — oldest first, so the coverage table reads
 * as the story unfolded; undated articles last, since the sources do not say when they ran.
 */
import type { Claim, Story } from "#lib/analysis/index.ts";

export interface StoryArticleMeta {
  readonly slug: string;
  readonly title: string;
  readonly published?: string | undefined;
}

/** Stories with at least two articles, largest first (the analysis' order). */
export function comparableStories<S extends Story>(stories: readonly S[]): S[] {
  return stories.filter((story) => story.slugs.length >= 2);
}

/** Articles named per story card on the stories page, and single articles listed under them. */
export const STORIES_LISTED = 8;

/**
 * The articles no other article here covers the same events as (stories of one), in the order
 * given (the corpus's: newest first): the stories page lists the latest of them.
 */
export function singleArticles<A extends { readonly slug: string }>(
  stories: readonly Story[],
  articles: readonly A[],
): A[] {
  const single = new Set(stories.filter((story) => story.slugs.length < 2).flatMap((story) => story.slugs));
  return articles.filter((article) => single.has(article.slug));
}

/** A story's articles oldest first, undated last, then by title. */
export function storyColumns(
  slugs: readonly string[],
  metaOf: (slug: string) => StoryArticleMeta | undefined,
): string[] {
  const metas = slugs.flatMap((slug) => {
    const meta = metaOf(slug);
    return meta ? [meta] : [];
  });
  return metas
    .sort((a, b) => {
      if (a.published !== b.published) {
        if (a.published === undefined) return 1;
        if (b.published === undefined) return -1;
        return a.published < b.published ? -1 : 1;
      }
      return a.title.localeCompare(b.title, "en");
    })
    .map((meta) => meta.slug);
}

/** A story's name: its earliest article's headline (the site never makes one up). */
export function storyTitle(slugs: readonly string[], metaOf: (slug: string) => StoryArticleMeta | undefined): string {
  const first = storyColumns(slugs, metaOf)[0];
  return (first ? metaOf(first)?.title : undefined) ?? "Untitled story";
}

/**
 * The first `lead` items of a list and the rest: a long claim list shows its strongest few
 * and folds the others behind a summary, so the story page stays light to lay out and read.
 */
export function leadAndRest<T>(list: readonly T[], lead: number): { lead: readonly T[]; rest: readonly T[] } {
  return { lead: list.slice(0, lead), rest: list.slice(lead) };
}

/**
 * The claims section of a story page, in reading order: where the accounts differ, what
 * every article reports, what some (not all) report, and per article what only it reports.
 */
export function claimSections(claims: readonly Claim[], columns: readonly string[]) {
  const articlesOf = (c: Claim) => new Set(c.sentences.map((s) => s.slug));
  const aligned = claims.filter((c) => c.kind === "agree");
  return {
    differ: claims.filter((c) => c.kind === "differ"),
    all: aligned.filter((c) => articlesOf(c).size === columns.length),
    some: aligned.filter((c) => articlesOf(c).size < columns.length),
    onlyIn: columns.map((slug) => ({
      slug,
      claims: claims.filter((c) => c.kind === "single" && c.sentences[0]?.slug === slug),
    })),
  };
}
