/**
 * Absolute dates written in Spanish: "24 de mayo de 2025", "el 3 de enero del 2024" (day), "en
 * marzo de 2023", "mayo de 2025" (month). The day and month readers (absoluteDates.ts) know English
 * month names only, so a Spanish article's dated events were never read. Only a date that writes
 * its year is read here: "el 18 de junio" or "el pasado martes" need the year or the day the article
 * was published, which the English relative readers resolve, and are left for them. Portuguese
 * writes "21 de abril de 2025" the same way and its "abril" and "agosto" are read too. Pure.
 */
import { isRealDay } from "#lib/content/dates.ts";
import type { EventDate } from "./absoluteDates.ts";

/** Spanish month names, January first ("setiembre" is the Southern Cone's spelling). */
const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre|setiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** The month's number (1–12) of a Spanish month name, any case. */
export function spanishMonth(name: string): number | undefined {
  const key = name.toLowerCase();
  const index = MONTHS.findIndex((m) => m.split("|").includes(key));
  return index < 0 ? undefined : index + 1;
}

const MONTH = `(${MONTHS.join("|")})`;
const YEAR = "((?:19|20)\\d{2})";
const pad = (n: number) => String(n).padStart(2, "0");

/** A Spanish date with its year, as absoluteDates.ts reads its patterns. */
export const SPANISH_DATE_PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => EventDate | undefined }[] = [
  {
    // "24 de mayo de 2025", "1 de enero del 2024", "1º de julio de 2023"; not a day's count ("124 de mayo").
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})º?\\s+de\\s+${MONTH}\\s+(?:de|del)\\s+${YEAR}(?!\\d)`, "giu"),
    make: (m) => {
      const [day, month, year] = [Number(m[1]), spanishMonth(m[2] ?? "") ?? 0, Number(m[3])];
      return isRealDay(year, month, day)
        ? { iso: `${year}-${pad(month)}-${pad(day)}`, precision: "day", label: m[0] }
        : undefined;
    },
  },
  {
    // "en marzo de 2023", "desde mayo de 2025": a month, "de" and its year, after a word that takes a time;
    // not a day's "de" ("31 de junio de 2024" is no real day, and no month either).
    re: new RegExp(
      `(?<!\\p{L})(?<!\\d\\s*)(?:en|En|desde|Desde|hasta|Hasta|para|Para|de|De|a\\s+partir\\s+de|finales\\s+de|principios\\s+de|mediados\\s+de)\\s+${MONTH}\\s+(?:de|del)\\s+${YEAR}(?!\\d)`,
      "gu",
    ),
    make: (m) => {
      const month = spanishMonth(m[1] ?? "") ?? 0;
      const label = m[0].slice(m[0].search(new RegExp(MONTH, "iu")));
      return { iso: `${m[2]}-${pad(month)}`, precision: "month", label };
    },
  },
];
