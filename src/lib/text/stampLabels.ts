/**
 * The one list of the words a page prints before its own stamp's date ("Updated 6:02 PM EST",
 * "Published: Feb. 19, 2025", "Posted on …", "Last updated …", "mis à jour le …"). The date after
 * such a label is when the page changed, not a happening the article tells: ingest reads it as
 * the byline's or the date line's stamp (normalize/patterns.ts, normalize/dateLines.ts) and the
 * timeline drops it (dates/furniture.ts). Callers that read a label inside running text match it
 * only as a label is capitalised (`labelCase`), since prose's lower-case "was updated on March 3"
 * is a happening; callers that read a line that is only a label and its date match any case.
 */

/** The English stamp words, each a regular-expression source. */
export const STAMP_WORDS: readonly string[] = ["updated", "published", "posted"];

/** An English update label, "Updated" or "Last updated", as a regular-expression source. */
export const LAST_UPDATED = "(?:last\\s+)?updated";

/** The update label in the corpus's languages ("Last updated", "Modified", "mis à jour", "Actualizado", …). */
export const UPDATE_WORDS: readonly string[] = [
  LAST_UPDATED,
  "modified",
  "mis\\s+à\\s+jour",
  "actualizado",
  "atualizado",
  "aktualisiert",
  "aktualizováno",
];

/**
 * An alternation of `words` as a label sets them, capitalised or in capitals ("Updated",
 * "UPDATED"), never in lower case; for a case-sensitive pattern.
 */
export function labelCase(words: readonly string[]): string {
  return words.flatMap((word) => [`${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()]).join("|");
}
