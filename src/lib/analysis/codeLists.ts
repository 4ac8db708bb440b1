/**
 * Square brackets holding only codes: "[MP3 SP / M2 SP / MF]", "[M1 / MP]", "[MP 3 SP]". A
 * writer's key to sources (which game, book or issue each paragraph draws on), written as short
 * runs of capitals and digits split by slashes or commas; no code in it names a body or a person,
 * though a lone "SP" or "MF" reads like an initialism. A bracket of one code ("the agency [CIA]"),
 * or one that holds an ordinary word ("[the CIA]", "[sic]"), is no such key.
 */

/** A code: one to four capitals and digits, opening on a capital. */
const CODE = String.raw`\p{Lu}[\p{Lu}\d]{0,3}`;
/** Codes after one another, with spaces ("MP 3 SP"): a digit alone may follow a code. */
const CODE_RUN = String.raw`${CODE}(?:\s+(?:${CODE}|\d{1,2}))*`;
/** A bracket of code runs split by slashes or commas; one left open at the end of its paragraph ("[MP2 / MP2 SP") too. */
const CODE_LIST = new RegExp(String.raw`\[\s*${CODE_RUN}(?:\s*[/,]\s*${CODE_RUN})*\s*(?:\]|$)`, "gu");

/** The spans of `text` that are bracketed code lists (two codes or more). */
export function codeLists(text: string): { start: number; end: number }[] {
  if (!text.includes("[")) return [];
  return [...text.matchAll(CODE_LIST)]
    .filter((m) => (m[0].match(new RegExp(CODE, "gu")) ?? []).length >= 2)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
