/**
 * What the site can truthfully say about where its articles come from: how many articles, and
 * how many distinct outlets their frontmatter states. The home and About pages word their
 * promise from this, so "several outlets" is never said of articles whose outlet is unknown.
 */

export interface OutletCoverage {
  readonly articles: number;
  /** Distinct stated outlets, in first-seen order. */
  readonly outlets: readonly string[];
  /** Articles whose outlet is not stated. */
  readonly unknown: number;
}

/** Counts from each article's stated outlet (undefined when the source does not say). */
export function outletCoverage(outlets: readonly (string | undefined)[]): OutletCoverage {
  const known = [...new Set(outlets.filter((o): o is string => o !== undefined && o.trim() !== ""))];
  return { articles: outlets.length, outlets: known, unknown: outlets.filter((o) => !o?.trim()).length };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One phrase for a kicker or a lede: "5 articles, outlets not stated", "4 articles from 3
 * outlets, 1 with its outlet not stated", "2 articles from Reuters".
 */
export function coveragePhrase(coverage: OutletCoverage): string {
  const articles = count(coverage.articles, "article", "articles");
  if (coverage.outlets.length === 0)
    return coverage.articles === 1 ? `${articles}, outlet not stated` : `${articles}, outlets not stated`;
  const from =
    coverage.outlets.length === 1
      ? `${articles} from ${coverage.outlets[0] ?? ""}`
      : `${articles} from ${count(coverage.outlets.length, "outlet", "outlets")}`;
  return coverage.unknown === 0 ? from : `${from}, ${coverage.unknown} with the outlet not stated`;
}

/** True when the articles can be compared across two or more stated outlets. */
export const acrossOutlets = (coverage: OutletCoverage): boolean => coverage.outlets.length >= 2;
