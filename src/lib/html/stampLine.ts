/**
 * A page's publication stamp set as a line of its own, in any of the languages news pages print
 * it in: "Stand: 17.06.2025 18:24 Uhr", "Publiziert heute um 12:19 Uhr", "Uppdaterad 15.59 |
 * Publicerad 14.14", "Publié le 06/01/2026 - 14:16 UTC+1", "Last updated 1 hour ago • 4 minute
 * read", "Lesedauer: 5 Minuten". It says when the article was published or how long it takes
 * to read, never what it reports: it is chrome, not body. A line is one when, with its stamp
 * labels, dates, clock times, reading times and separators taken out, no word is left; a
 * label or a reading time must be there, so a bare date (a live blog's day heading) is not
 * judged here.
 */
import { findDates } from "#lib/content/parseDate.ts";
import { squash } from "#lib/text/squash.ts";

/** Words that label a stamp: published, updated, as of, online since, in the languages pages print. */
const LABEL =
  /(?<!\p{L})(?:zuletzt\s+)?(?:stand|aktualisiert|veröffentlicht|publiziert|erschienen|online\s+seit|(?:last\s+)?(?:updated|modified)|published|posted|first\s+published|publié|mis\s+à\s+jour|actualizado|publicado|actualización|pubblicato|aggiornato|uppdaterad|publicerad|oppdatert|publisert|opdateret|udgivet|gepubliceerd|bijgewerkt|güncelleme|yayınlanma)(?!\p{L})/giu;

/** A reading time: "Lesedauer: 5 Minuten", "4 minute read", "Lesezeit 3 Min.", "5 min de lectura". */
const READING_TIME =
  /(?<!\p{L})(?:(?:lesedauer|lesezeit|reading\s+time|read\s+time|temps\s+de\s+lecture|tiempo\s+de\s+lectura|lästid|lesetid)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minuten|minutes?|min\.?|minuti|minutos|minuter|minutter)|\d+\s*(?:-\s*)?(?:minutes?|min\.?|minuten|minutos|minuter)\s+(?:read|lesen|de\s+lectura|de\s+lecture|läsning|lesing))(?!\p{L})/giu;

/** Clock times, numeric dates, relative times and the small words between them. */
const FILLERS = [
  // 17.06.2025, 06. 01. 2026, 06/01/2026, 2026-01-06, 28.4.
  /\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*(?:\d{2,4})?/gu,
  // 18:24, 7.57, 15.59 (a clock time), with "Uhr", "h", "am"/"pm", a zone
  /\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|[ap]\.?m\.?))?/giu,
  /(?<!\p{L})(?:utc|gmt|mez|mesz|cet|cest|et|pt|bst)\s*(?:[+-]\s*\d{1,2})?(?!\p{L})/giu,
  // "1 hour ago", "vor 2 Stunden"
  /(?<!\p{L})(?:vor\s+)?\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|minuten|stunden?|tagen?)(?:\s+ago)?(?!\p{L})/giu,
  /(?<!\p{L})(?:ago|heute|gestern|today|yesterday|hoy|ayer|aujourd'hui|hier|idag|igår|i\s+dag|i\s+går|oggi|ieri|um|am|at|on|le|el|a\s+las|à|kl\.?|uhr|h|seit)(?!\p{L})/giu,
];

/** True when `text` is a publication stamp or reading time and nothing more (see above). */
export function isStampLine(text: string): boolean {
  let rest = squash(text);
  if (!/\d/u.test(rest)) return false;
  const labelled = new RegExp(LABEL.source, "iu").test(rest) || new RegExp(READING_TIME.source, "iu").test(rest);
  if (!labelled) return false;
  rest = rest.replace(READING_TIME, " ").replace(LABEL, " ");
  for (const d of findDates(rest)) rest = rest.replace(d.text, " ");
  for (const filler of FILLERS) rest = rest.replace(filler, " ");
  // Separators and punctuation may stay; a word of two letters or more may not.
  return !/\p{L}{2}/u.test(rest) && !/\d/u.test(rest);
}
