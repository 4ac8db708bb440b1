/**
 * Whether a capitalised word read as a body's name is an adjective describing the common noun
 * right after it: "an analyst at Danish investment company Saxo Bank", "veteran Democratic
 * strategist", "senior North American economist". A nationality, a region's or a creed's
 * adjective is written with a capital, so the name reader takes it for a one-word body; before a
 * noun it only says what kind of company, strategist or economist follows, and names no body.
 *
 * Why a separate reading from entities.ts `demonymBeforeNoun`: that one knows only the countries
 * of its own list (for linking the register's bodies); this one reads the word's shape, so any
 * nationality ("Danish", "Swedish", "Kenyan") and a party's adjective ("Democratic") are caught.
 *
 * What counts: the word (perhaps after a compass word, "North American") is one compromise reads
 * as an adjective and no noun, ending as nationalities do (-ish, -ese, -an, -i, -ch), or one of the
 * few creeds' and regions' adjectives in -ic (a firm's or a team's name may end so: "Celtic",
 * "Magic"), or compromise's demonym; the word
 * after it is a lower-case noun, not a verb ("the Democratic said" is no shape; "Danish officials
 * said" keeps "officials" a noun), and not "party" ("the Democratic party" names the party). Pure.
 */
import { termTags } from "./termTags.ts";

/** A compass word that may open a region's adjective: "North American", "South African". */
const COMPASS = /^(?:North|South|East|West|Central|Latin|Southeast|Northeast|Southwest|Northwest)\s+/u;
/** Endings of nationalities: "Danish", "Chinese", "Kenyan", "Iraqi", "Dutch". */
const ADJECTIVE_END = /(?:ish|ese|an|i|ch)$/u;
/** Creeds' and regions' adjectives in -ic, which a firm's or a club's name may also end in. */
const CREEDS = new Set(["democratic", "islamic", "arabic", "nordic", "baltic", "hispanic"]);
/** Nouns after the adjective that make it part of a party's name: "the Democratic party". */
const PARTY_NOUNS = /^(?:party|parties)$/u;

export function adjectiveBeforeNoun(text: string, span: { start: number; end: number }): boolean {
  const written = text.slice(span.start, span.end);
  const word = written.replace(COMPASS, "");
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const key = word.toLowerCase();
  const tags = termTags(key)[0];
  if (tags === undefined) return false;
  const adjective = tags.has("Adjective") && !tags.has("Noun") && (ADJECTIVE_END.test(key) || CREEDS.has(key));
  if (!adjective && !tags.has("Demonym")) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}'’])/u.exec(text.slice(span.end))?.[1];
  if (next === undefined || PARTY_NOUNS.test(next)) return false;
  // The next word read with the adjective before it, as a word alone is often read as a verb ("bank").
  const nextTags = termTags(`${key} ${next}`)[1];
  return nextTags !== undefined && nextTags.has("Noun") && !nextTags.has("Verb");
}
