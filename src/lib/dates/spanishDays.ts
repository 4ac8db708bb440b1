/**
 * Days a Spanish sentence names relative to the article's publication: "ayer" (the day before),
 * "el martes", "este domingo", "el pasado martes", "el martes pasado" (the last such weekday on or
 * before publication; "pasado" one before it). The relative readers (content/relativeDates.ts)
 * know English words only, so a Spanish article's "ayer" and weekdays were never dated.
 *
 * News tells what happened, so a weekday is the last one; a sentence in the future ("será",
 * "viajará", "el próximo lunes", "va a") may mean the next, and is left unresolved, as is "hoy"
 * (as often "nowadays"), a plural weekday ("los lunes": a habit), "desde ayer", "desde el sábado" (a span) and
 * "anteayer". A day inside a quotation counts from when the speaker spoke, which a quotation tagged
 * the day after the race ("“… ayer perdí el respeto”") does not say: left unresolved too. Pure.
 */
import { addDays } from "./calendar.ts";

/** Spanish weekdays, Sunday first (as `Date.getUTCDay` counts). */
const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];

/** "el martes", "este domingo", "el pasado martes", "el martes pasado" (group 1: "pasado" before, 2: the day, 3: "pasado" after). */
const WEEKDAY = new RegExp(
  `(?<!\\p{L})(?<!(?:desde|Desde|hasta|Hasta)\\s+)(?:[Ee]l|[Ee]ste)\\s+(pasado\\s+)?(${WEEKDAYS.join("|")})(?!\\p{L})(\\s+pasado(?!\\p{L}))?`,
  "gu",
);
/**
 * "ayer", not "antes de ayer", "desde ayer" or "hasta ayer" (a span's end or start); capitalised only
 * before a comma ("Ayer, el pleno …"): "Ayer said" is a surname in an English text.
 */
const YESTERDAY = /(?<!\p{L})(?<!(?:antes\s+de|desde|hasta)\s+)(?:ayer|Ayer(?=,))(?!\p{L})/gu;
/** A sentence told in the future, or a weekday called the next one. */
const FUTURE = /(?<!\p{L})(?:próxim[oa]s?|va\s+a|van\s+a|vamos\s+a|\p{L}{2,}(?:rá|rán|remos|ré))(?!\p{L})/u;

/**
 * Whether the words at [start, end) stand inside a quotation: a curly or angled mark opened before
 * them and not closed, an odd number of straight marks before them, or (the quotation opened in an
 * earlier sentence) a closing mark after them before any opening one.
 */
function quoted(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
  if (count(before, /[“«]/gu) > count(before, /[”»]/gu)) return true;
  const straightBefore = count(before, /"/gu);
  if (straightBefore % 2 === 1) return true;
  const firstAfter = /[“«”»]/u.exec(after)?.[0];
  if (firstAfter === "”" || firstAfter === "»") return true;
  return straightBefore === 0 && count(after, /"/gu) % 2 === 1;
}

export interface SpanishDay {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly iso: string;
}

/** The days `sentence` names relative to `published` (`YYYY-MM-DD`), left to right. */
export function spanishDays(sentence: string, published: string): SpanishDay[] {
  if (FUTURE.test(sentence)) return [];
  const found: SpanishDay[] = [];
  const weekday = new Date(`${published}T12:00:00Z`).getUTCDay();
  for (const m of sentence.matchAll(WEEKDAY)) {
    if (quoted(sentence, m.index, m.index + m[0].length)) continue;
    const day = WEEKDAYS.indexOf(m[2] ?? "");
    const before = m[1] !== undefined || m[3] !== undefined;
    // Days back to the last such weekday: 0 is the publication day itself, which "pasado" skips.
    let back = (weekday - day + 7) % 7;
    if (before && back === 0) back = 7;
    found.push({ start: m.index, end: m.index + m[0].length, label: m[0], iso: addDays(published, -back) });
  }
  for (const m of sentence.matchAll(YESTERDAY))
    if (!quoted(sentence, m.index, m.index + m[0].length))
      found.push({ start: m.index, end: m.index + m[0].length, label: m[0], iso: addDays(published, -1) });
  return found.sort((a, b) => a.start - b.start);
}
