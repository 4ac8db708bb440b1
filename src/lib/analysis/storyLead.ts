/**
 * The figures an article leads with (its headline and first sentences): "Mexico transfers 26
 * accused cartel members", "extradited 29 drug cartel figures". Two reports of one event lead
 * with the same count; two transfers of prisoners months apart share every name and word but
 * lead with different counts (26, 37). Story grouping uses this to keep such look-alike events
 * apart (`leadsConflict`) and to hold together reports that lead with the same count
 * (`leadsAgree`), such as a Spanish wire copy whose words differ from its English original. Pure.
 */
import { monthNumber } from "#lib/content/dates.ts";

/** Spanish month names and abbreviations ("12 ago", "3 de septiembre"): a day, not a figure. */
const SPANISH_MONTHS = new Set(
  (
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
    "ene feb mar abr may jun jul ago sep sept oct nov dic"
  ).split(" "),
);

const isMonth = (word: string | undefined): boolean =>
  word !== undefined && (monthNumber(word) !== undefined || SPANISH_MONTHS.has(word.toLowerCase().replace(/\.$/u, "")));

/**
 * Units of measure and of time, English and Spanish, singular and plural: a number before one
 * ("600 meters", "within 48 hours", "the 16-inch MacBook", "an 8-year-old girl") measures a
 * thing, it does not count the event's people or things. Two tunnels of 600 metres, two
 * accords that each promise data "within 48 hours" and two laptops of 16 inches are no one event.
 */
const MEASURE =
  /^[\s-]*(?:inch(?:es)?|in\.|f(?:oo|ee)t|ft|yards?|miles?|(?:kilo|centi|milli)?met(?:er|re)s?|metros?|kilómetros?|km|cm|mm|mph|acres?|hectares?|(?:kilo)?grams?|kg|pounds?|lbs?|tons?|tonnes?|toneladas?|lit(?:er|re)s?|gallons?|degrees?|grados?|percent|per\s+cent|por\s+ciento|%|seconds?|segundos?|minutes?|minutos?|hours?|horas?|days?|días?|weeks?|semanas?|months?|meses|mes|years?|años?|[kmgt]b|ghz|mhz|mah)(?![\p{L}\p{N}])/iu;

/**
 * Counts stated in a lead: numbers of 3 and up, not years (1900–2099), not the day of a
 * date ("Aug. 12", "12 ago", "12 de agosto") and not a measure (`MEASURE`). "X and 28 other
 * members" counts 29 as well, since it names one more.
 */
export function leadFigures(lead: string): Set<number> {
  const figures = new Set<number>();
  for (const match of lead.matchAll(/(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{N}]|[.,]\d)/gu)) {
    const value = Number((match[1] ?? "").replace(/,/gu, ""));
    if (value < 3 || (value >= 1900 && value <= 2099)) continue;
    const before = /([\p{L}.]+)\s*$/u.exec(lead.slice(Math.max(0, match.index - 12), match.index))?.[1];
    const after = /^\s*(?:de\s+)?([\p{L}.]+)/u.exec(lead.slice(match.index + match[0].length))?.[1];
    if (value <= 31 && (isMonth(before) || isMonth(after))) continue;
    if (MEASURE.test(lead.slice(match.index + match[0].length, match.index + match[0].length + 16))) continue;
    figures.add(value);
    const rest = lead.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (/\band\s*$/u.test(lead.slice(Math.max(0, match.index - 5), match.index)) && /^\s+others?\b/u.test(rest)) {
      figures.add(value + 1);
    }
  }
  return figures;
}

/**
 * True when both leads state counts and share none: the articles report different events of
 * one kind (two prisoner transfers, two strikes), however alike their words.
 */
export function leadsConflict(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const figure of a) if (b.has(figure)) return false;
  return true;
}

/**
 * True when both leads state a count they share: the count a report leads with is its event's
 * own figure, unlike a figure met in a background clause ("10,000 troops" sent months earlier).
 */
export function leadsAgree(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const figure of a) if (b.has(figure)) return true;
  return false;
}
