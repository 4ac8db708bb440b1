/**
 * Publication dates annotated by others, as a held-out check on ingest's `published`: a JSON file
 * mapping each page's URL to `{ "file": "<name>.html", "date": "YYYY-MM-DD" }` (the shape htmldate's
 * evaluation sets ship; a page whose date the annotators could not fix holds `NaN`, which is not JSON
 * and is read as no annotation). Scored per split as right (the same day), wrong (another day), none
 * (ingest gave no date) and refused (ingest found no article). A date is compared as the day only: an
 * annotation holds no time of day.
 */

/** One annotated page: its saved file's name without `.html`, the URL it was saved from, its day. */
export interface DateAnnotation {
  readonly name: string;
  readonly url: string;
  readonly date: string;
}

/** Reads the annotation file's text; a page without a day (`NaN`, `null`, not `YYYY-MM-DD`) is left out. */
export function parseDateAnnotations(text: string): DateAnnotation[] {
  // htmldate writes Python's NaN for an unknown date; JSON has no such token.
  const data = JSON.parse(text.replace(/:\s*NaN\b/gu, ": null")) as Record<string, { file?: unknown; date?: unknown }>;
  return Object.entries(data).flatMap(([url, entry]) =>
    typeof entry.file === "string" && typeof entry.date === "string" && /^\d{4}-\d{2}-\d{2}$/u.test(entry.date)
      ? [{ name: entry.file.replace(/\.html?$/iu, ""), url, date: entry.date }]
      : [],
  );
}

/** What ingest gave for one annotated page. */
export type DateOutcome = { readonly refused: true } | { readonly refused: false; readonly published?: string };

/** The tally of one split. */
export interface DateTally {
  pages: number;
  right: number;
  wrong: number;
  none: number;
  refused: number;
}

export const emptyTally = (): DateTally => ({ pages: 0, right: 0, wrong: 0, none: 0, refused: 0 });

/** How one outcome counts against its annotation: the day of `published` against the annotated day. */
export function judgeDate(annotation: DateAnnotation, outcome: DateOutcome): "right" | "wrong" | "none" | "refused" {
  if (outcome.refused) return "refused";
  if (outcome.published === undefined) return "none";
  return outcome.published.slice(0, 10) === annotation.date ? "right" : "wrong";
}
