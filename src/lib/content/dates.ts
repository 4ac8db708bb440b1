/**
 * Display helpers for `YYYY-MM-DD` dates. Dates are formatted in UTC from their parts so
 * the page says the day the source says, whatever the build machine's time zone.
 */

/** English month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2025-02-21" → "21 February 2025"; anything else is returned unchanged. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** Newest first; undated articles last, then by title so the order is stable. */
export function compareNewestFirst(
  a: { published?: string | undefined; title: string },
  b: { published?: string | undefined; title: string },
): number {
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title, "en");
}
