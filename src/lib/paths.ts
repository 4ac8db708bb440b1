/**
 * Public URLs of the site's pages. Every internal link goes through here, so the paths are
 * defined once and a deployment under a subpath (BASE_PATH) only changes `base`.
 */

/** Joins a base such as "/" or "/mexico-security/" with a root-relative path such as "/topics/x/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith("/") ? path : `/${path}`}`;
}

export const routes = {
  home: () => "/",
  topic: (id: string) => `/topics/${id}/`,
  article: (slug: string) => `/articles/${slug}/`,
  articleSource: (slug: string) => `/articles/${slug}/source/`,
  rawSource: (fileName: string) => `/sources/${fileName}`,
  search: () => "/search/",
} as const;
