/**
 * A day and month written without a year that the article has already stated with one: "The roof
 * fell in on 3 June 2019 … 'On June 3 I lost my girl,' she said" (a 2025 article). A reader takes
 * the day the text stated, not the June 3 nearest the publication, which content/relativeDates.ts
 * would give it. Where the article states that day and month with more than one year, or only
 * further on, which one is meant is not fixed: the yearless day is left unresolved.
 */

/** A day the article states with its year: `YYYY-MM-DD`, its sentence's anchor and its place in the text. */
export interface StatedDay {
  readonly iso: string;
  readonly anchor: string;
  /** Position in the article (sentence order): only a day stated before the yearless one is taken. */
  readonly order: number;
}

/**
 * What a yearless day read as `iso` (its year inferred) at position `order` stands for: itself
 * (`keep`) when the article states that day and month in no other year; the stated day (`stated`)
 * when it states it in exactly one other year, before; else nothing (`undefined`, unresolved).
 */
export function restatedDay(
  iso: string,
  order: number,
  stated: readonly StatedDay[],
): { keep: true } | { keep: false; stated: StatedDay } | undefined {
  const same = stated.filter((s) => s.iso.slice(5) === iso.slice(5));
  if (same.every((s) => s.iso === iso)) return { keep: true };
  const years = new Set(same.map((s) => s.iso));
  const [first] = same;
  if (years.size !== 1 || first === undefined || first.order >= order) return undefined;
  return { keep: false, stated: first };
}
