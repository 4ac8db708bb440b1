/**
 * URL slugs from titles: lower-case ASCII words joined by hyphens, accents folded ("López" →
 * "lopez"), apostrophes and abbreviation dots dropped ("Mexico’s" → "mexicos", "U.S." → "us"),
 * cut at a word boundary. Exported for the site, which must build the same URLs.
 */
import { stripAccents } from "#lib/text/fold.ts";

/** Letters NFKD does not decompose into ASCII + accent. */
const FOLD: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

export const MAX_SLUG_LENGTH = 80;

/** Slug for `title`, or "" when the title has no ASCII-foldable letters or digits. */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const ascii = stripAccents(title)
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    // Apostrophes join a word ("mexico’s"); dots between letters belong to an abbreviation.
    .replace(/['’‘ʼ]/g, "")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, "");
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      // A single over-long first word is cut hard rather than giving an empty slug.
      if (slug === "") slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}
