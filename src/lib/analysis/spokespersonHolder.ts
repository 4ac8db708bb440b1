/**
 * Who "the spokesperson" is: the one person the article names with that word ("said Nina Vale,
 * the agency spokesperson"; "spokesperson Nina Vale"). News copy names a spokesperson once and
 * then writes the word alone for them, so the bare definite reference is that person, a named
 * source (eval/README.md: "or the one person the text names with those words"). Two people
 * named so, or none, and it is nobody sure: the description stays an unnamed source. Only the
 * definite word alone ("the spokesman"), never "a spokesman" nor "the spokesman for X" (another
 * body's may be meant). Pure.
 */
import type { NameFinder } from "./speakers.ts";

/** A bare definite spokes-noun, the whole description: "the spokesperson" (group 1: the noun). */
const BARE_DEFINITE = /^[Tt]he\s+(spokesperson|spokesman|spokeswoman)$/u;

/**
 * The one person `text` (the article) names with the noun of `description` when that is a bare
 * "the spokesperson"; else undefined. `complete` gives a surname its full name.
 */
export function spokespersonHolder(
  text: string,
  description: string,
  findNames: NameFinder,
  complete: (name: string) => string = (name) => name,
): string | undefined {
  const noun = BARE_DEFINITE.exec(description.trim())?.[1];
  if (noun === undefined) return undefined;
  const holders = new Set<string>();
  // "spokesperson Nina Vale", "agency spokesperson Nina Vale": the name right after the noun.
  for (const match of text.matchAll(new RegExp(`(?<!\\p{L})${noun}\\s+`, "giu"))) {
    const from = match.index + match[0].length;
    if (!/^\p{Lu}/u.test(text.slice(from))) continue;
    const name = findNames(text.slice(from, from + 80)).find((n) => n.start === 0);
    if (name !== undefined) holders.add(complete(name.name));
  }
  // "Nina Vale, the agency spokesperson", "Nina Vale, a spokesperson for the agency": the name, then the noun in apposition.
  const apposed = new RegExp(
    `,\\s+(?:the|a|an|its|their|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}(?!\\p{L})`,
    "gu",
  );
  for (const match of text.matchAll(apposed)) {
    const name = findNames(text.slice(Math.max(0, match.index - 80), match.index)).at(-1);
    if (name !== undefined && name.end === Math.min(80, match.index)) holders.add(complete(name.name));
  }
  const people = [...holders].filter((name) => name.includes(" ") || ![...holders].some((h) => h.endsWith(` ${name}`)));
  return people.length === 1 ? people[0] : undefined;
}
