/**
 * Lists that grow with the archive, paged by period instead of by count. A list paged by count
 * moves every page after the point where an entry arrives: in a newest-first list an article
 * added today moves every page, so an incremental build renders them all again, and "page 7"
 * shows something else tomorrow. Here each page holds one period's entries (a month on a busy
 * list, a year on a quieter one, a decade on a sparse one; the undated together), split by count only when a period holds
 * more than a page: an added article changes the pages of its own periods and the list's first
 * page, and /archive/2024-03/ keeps meaning March 2024. A list that fits on one page is one
 * page, as a small desk's are.
 *
 * The list's first page sits at its root URL and shows the first period's first part; every
 * other page is `<root><period>/`, and a period's later parts `<root><period>/<n>/`.
 */
import { formatIsoMonth } from "#lib/content/dates.ts";

/** Which stretch of time a page covers. */
export interface Period {
  /** "2024-03", "2024", "2020s" or "undated": the page's path segment. */
  readonly key: string;
  /** "March 2024", "2024", "2020s", "No date", as a reader sees it. */
  readonly label: string;
}

/** One page of a list paged by period, with what its template and pager show. */
export interface PeriodPage<T> {
  /** The entries on this page, in the list's order. */
  readonly data: readonly T[];
  readonly period: Period;
  /** True for the list's first page (its root URL), which alone may show list-wide figures. */
  readonly head: boolean;
  /**
   * How many entries the whole list holds, on the first page only: shown on every page it
   * would change them all with each entry added.
   */
  readonly listTotal: number | undefined;
  /**
   * Every period with the URL of its first page and its count, on the first page only and when
   * there are several, so a reader can go straight to a period.
   */
  readonly index: readonly PeriodLink[] | undefined;
  /** Whether the list's periods are months, years or decades. */
  readonly grain: Grain;
  /** Index in its period of this page's first entry and of its last, from 0. */
  readonly start: number;
  readonly end: number;
  /** How many entries the period holds. */
  readonly periodTotal: number;
  /** This page's part of its period, from 1, and how many parts the period has. */
  readonly part: number;
  readonly parts: number;
  readonly url: {
    readonly current: string;
    /** The page before and after this one in the list's order, across periods. */
    readonly prev: string | undefined;
    readonly next: string | undefined;
  };
}

/** A period as the first page lists it. */
export interface PeriodLink {
  readonly label: string;
  readonly url: string;
  readonly count: number;
}

/** The segment "undated" and the label of entries without a date. */
export const UNDATED: Period = { key: "undated", label: "No date" };

/** The one period of a list that fits on one page. */
const WHOLE: Period = { key: "all", label: "All" };

/** How long a period is. */
export type Grain = "month" | "year" | "decade";

/**
 * Months when the list's dated years hold more than four pages each on average, decades when
 * they hold less than half a page, years otherwise: a page a month of a quiet list would be a
 * few entries a page (an entity named in 34 articles over seven years would be seven pages of
 * five), a page a year of a busy one dozens of parts that an added entry moves. The grain
 * changes only as the list's density does.
 */
export function grainFor(dates: readonly (string | undefined)[], pageSize: number): Grain {
  const years = new Set<string>();
  let dated = 0;
  for (const date of dates) {
    const key = periodOf(date, "year").key;
    if (key === UNDATED.key) continue;
    years.add(key);
    dated += 1;
  }
  if (years.size === 0) return "year";
  const perYear = dated / years.size;
  return perYear > 4 * pageSize ? "month" : perYear < pageSize / 2 ? "decade" : "year";
}

/**
 * The period of a date written `YYYY-MM-DD…`, `YYYY-MM` or `YYYY` at `grain`; a date stated only
 * to the year is its year's period at month grain, and anything else (or none) is undated, so
 * no entry is ever placed in a month it does not state.
 */
export function periodOf(date: string | undefined, grain: Grain = "month"): Period {
  const match = /^(\d{4})(?:-(\d{2})(?:-|T|$)|$)/.exec(date ?? "");
  if (!match?.[1]) return UNDATED;
  const [, year, month] = match;
  if (grain === "decade") {
    const decade = `${year.slice(0, 3)}0s`;
    return { key: decade, label: decade };
  }
  if (grain === "year" || month === undefined) return { key: year, label: year };
  return { key: `${year}-${month}`, label: formatIsoMonth(`${year}-${month}`) };
}

/**
 * `items` in runs of one period each, in order; an empty list is one empty run. A period met
 * again after another is a caller's sorting mistake, and throws rather than publish two pages
 * under one URL.
 */
function groupByPeriod<T>(items: readonly T[], periodAt: (index: number) => Period): { period: Period; items: T[] }[] {
  const groups: { period: Period; items: T[] }[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const period = periodAt(index);
    const last = groups.at(-1);
    if (last?.period.key === period.key) last.items.push(item);
    else if (seen.has(period.key)) throw new Error(`periodPages: the list's entries of ${period.key} are not together`);
    else {
      seen.add(period.key);
      groups.push({ period, items: [item] });
    }
  }
  // An empty list still has its first page, which says so.
  if (groups.length === 0) groups.push({ period: UNDATED, items: [] });
  return groups;
}

/**
 * The pages of `items` (already in the list's order) by the period `dateOf` gives each (at the
 * grain `grainFor` picks), at most `pageSize` to a page; `root` is the list's URL with its
 * trailing slash. Entries of one period must stand together (`groupByPeriod`).
 */
export function periodPages<T>(
  items: readonly T[],
  dateOf: (item: T) => string | undefined,
  pageSize: number,
  root: string,
): { segment: string | undefined; page: PeriodPage<T> }[] {
  const dates = items.map(dateOf);
  const grain = grainFor(dates, pageSize);
  const groups = groupByPeriod(items, (index) => (items.length <= pageSize ? WHOLE : periodOf(dates[index], grain)));
  const pages = groups.flatMap(({ period, items: inPeriod }, index) => {
    const parts = Math.max(1, Math.ceil(inPeriod.length / pageSize));
    return Array.from({ length: parts }, (_, part) => {
      const head = index === 0 && part === 0;
      const segment = head ? undefined : part === 0 ? period.key : `${period.key}/${part + 1}`;
      const start = part * pageSize;
      const data = inPeriod.slice(start, start + pageSize);
      const total = inPeriod.length;
      return { segment, period, head, start, end: start + data.length - 1, data, total, part: part + 1, parts };
    });
  });
  const urlOf = (segment: string | undefined) => (segment === undefined ? root : `${root}${segment}/`);
  const periodIndex =
    groups.length > 1
      ? groups.map(({ period, items: inPeriod }, order) => ({
          label: period.label,
          url: urlOf(order === 0 ? undefined : period.key),
          count: inPeriod.length,
        }))
      : undefined;
  return pages.map(({ segment, period, head, start, end, data, total, part, parts }, index) => ({
    segment,
    page: {
      data,
      period,
      head,
      listTotal: head ? items.length : undefined,
      index: head ? periodIndex : undefined,
      grain,
      start,
      end,
      periodTotal: total,
      part,
      parts,
      url: {
        current: urlOf(segment),
        prev: index > 0 ? urlOf(pages[index - 1]?.segment) : undefined,
        next: index < pages.length - 1 ? urlOf(pages[index + 1]?.segment) : undefined,
      },
    },
  }));
}

/** A paged list's page title: the first page keeps the plain title, others say their period and part. */
export function periodTitle(title: string, page: PeriodPage<unknown>): string {
  if (page.head) return title;
  return `${title}: ${page.period.label}${page.part > 1 ? ` (part ${page.part})` : ""}`;
}

/** What a pager says of where a page stands: "March 2024 · 26–50 of 60 articles". */
export function periodPosition(page: PeriodPage<unknown>, label: string): string {
  return `${page.period.label} · ${page.start + 1}–${page.end + 1} of ${page.periodTotal} ${label}`;
}
