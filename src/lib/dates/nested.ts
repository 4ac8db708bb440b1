/**
 * A relative date told inside what someone said or did at another time: "A year ago, NASA
 * announced that … cargo on the moon as early as next year", "In 2018 she said that the plant
 * would close last month". The inner "next year" counts from when the announcement was made,
 * not from the article's publication, so reading it against the publication dates it wrongly;
 * analysis/timeline.ts leaves it unresolved (an unknown date is honest, a guessed one is not).
 *
 * The outer date must come first, and a reported clause must open between the two (a verb of
 * saying or deciding, then "that", "whether" or "would"). Where the outer date lies in the same
 * year (for a year), month (for a month) or day (for a day) as the publication, counting from
 * either gives one answer, and the inner date stands; a day or month named without its year ("on
 * Dec. 13") takes only its year from the time counted from, so only the year is compared.
 */

interface DatedSpan {
  readonly start: number;
  readonly end: number;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a range's start is enough: its first year is compared). */
  readonly iso: string;
}

/** A reported clause opening: a verb of saying or deciding, then its complement. */
const REPORTED_CLAUSE =
  /\b(?:said|says|announced|told|wrote|reported|stated|declared|predicted|promised|pledged|vowed|warned|forecast|estimated|expected|planned|hoped|claimed|argued|noted|added|explained|insisted|agreed|decided|confirmed|revealed|disclosed|projected|committed|signalled|signaled)\b[^.;!?]*?\b(?:that|whether|would|could|might)\b/iu;

/** How much of an ISO date a relative date of each precision fixes. */
const UNIT_LENGTH = { year: 4, month: 7, day: 10 } as const;

/**
 * True when `relative` (a date counted from the publication, of `precision`) stands in a clause
 * reported from the time of an earlier date in the sentence (`others`, absolute or relative),
 * which lies in another period than `published` at that precision.
 */
export function isCountedFromOtherTime(
  sentence: string,
  relative: { readonly start: number; readonly precision: "day" | "month" | "year"; readonly yearInferred?: true },
  others: readonly DatedSpan[],
  published: string,
): boolean {
  // A day or month named ("on Dec. 13") counts nothing from any time but its year, which it takes from the
  // publication: an outer date of the same year reads it the same ("On Dec. 22, NBC reported that planes
  // spotted on Dec. 13 …").
  const length = relative.yearInferred ? 4 : UNIT_LENGTH[relative.precision];
  return others.some(
    (outer) =>
      outer.end <= relative.start &&
      /^\d{4}/u.test(outer.iso) &&
      // An outer date less precise than the inner one cannot say where it counts from: compare what both fix.
      outer.iso.slice(0, Math.min(length, outer.iso.length)) !==
        published.slice(0, Math.min(length, outer.iso.length)) &&
      REPORTED_CLAUSE.test(sentence.slice(outer.end, relative.start)),
  );
}
