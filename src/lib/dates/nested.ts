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

/**
 * What may open a sentence before the year that frames it: "In", "Back in", "By the end of". Not a
 * quotation mark: a quotation's opening is its speaker's time, not the sentence's.
 */
const FRAME_OPENING =
  /^[\s(]*(?:(?:back|even|then|and|but|later|earlier)\s+)?(?:(?:in|by|during|until|through|throughout|since|from|after|before|as of|(?:at|by|in)\s+the\s+(?:end|start|beginning|middle|close)\s+of|(?:in|during)\s+the\s+(?:spring|summer|fall|autumn|winter|early|late)\s+(?:of\s+)?)\s*)?(?:(?:early|late|mid-?)\s*)?$/iu;

/**
 * Where the clause a date stands in opens: the sentence's start, or right after a reported
 * clause's "that" or a semicolon or colon ("She recalled that in March 2003, …"). The text from
 * there to the date is what `FRAME_OPENING` reads.
 */
const CLAUSE_LEAD = /(?:^|\bthat\s+|[;:]\s+)((?:(?!\bthat\s|[;:]\s).)*)$/su;

/**
 * True when a day counted from the publication (`relative`: "on Friday", "yesterday") stands in a
 * sentence, or a clause reported after "that" or set off by a semicolon, that opens on a time of another year (`others`, the sentence's stated dates and its
 * counted years, "Last year, …"; a counted day or month frames nothing, being counted from the same
 * publication): "In 1998, the
 * plant closed on Friday", "By March 2019, the council had met on Monday", "She recalled that in
 * March 2003 the troops waited on Sunday". The opening sets the
 * whole sentence in that year, so the Friday is one of 1998, which the words do not fix. A year
 * told later in the sentence frames nothing ("The company, founded in 1998, said on Friday").
 */
export function isFramedInOtherYear(
  sentence: string,
  relative: { readonly start: number; readonly iso: string },
  others: readonly DatedSpan[],
): boolean {
  const opensClause = (at: number) => FRAME_OPENING.test(CLAUSE_LEAD.exec(sentence.slice(0, at))?.[1] ?? "");
  const frame = others.find((d) => d.end <= relative.start && opensClause(d.start));
  return frame !== undefined && /^\d{4}/u.test(frame.iso) && frame.iso.slice(0, 4) !== relative.iso.slice(0, 4);
}
