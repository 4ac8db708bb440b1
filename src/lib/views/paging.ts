/**
 * Page sizes for every list that grows with the archive. Lists paginate (or show their top
 * few with a link onward) so no page grows without bound as articles are added: a reader's
 * page stays small and the build's work per page stays constant.
 */
export const PAGE_SIZE = {
  /** Articles on /archive/, the list of every article. */
  archiveArticles: 25,
  /** Articles on a topic page. */
  topicArticles: 25,
  /** Articles (with their mentioning sentences) on an entity page. */
  entityArticles: 30,
  /** Quotations on /quotes/ and its filter pages. */
  quotes: 50,
  /** Events on a timeline page. */
  events: 100,
  /** Stories on /stories/. */
  stories: 30,
} as const;

/**
 * How many items a section shows before the rest go behind a "more": an entity's quotes, the
 * sentences it shares with other names, the sentences stating one of its roles, a topic's quotes,
 * and the names an article's "Who is involved" box lists.
 */
export const PREVIEW = {
  quotes: 8,
  sharedSentences: 5,
  roleSentences: 5,
  topicQuotes: 6,
  involvedNames: 12,
} as const;

/** What a pager says of a page of a list paged by count: "Page 2 of 7 · 31–60 of 200 stories". */
export function countPosition(
  page: { currentPage: number; lastPage: number; start: number; end: number; total: number },
  label: string,
): string {
  return `Page ${page.currentPage} of ${page.lastPage} · ${page.start + 1}–${page.end + 1} of ${page.total} ${label}`;
}

/** A paginated list's page title: page 1 keeps the plain title, later pages say which page. */
export function pagedTitle(title: string, currentPage: number): string {
  return currentPage > 1 ? `${title} (page ${currentPage})` : title;
}
