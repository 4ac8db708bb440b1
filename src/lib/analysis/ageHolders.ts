/**
 * Who "the 54-year-old" is: news copy gives a person's age once, beside their name ("Ana Ruiz,
 * 54, said …", "54-year-old Ana Ruiz"), then refers back by the age alone ("“…,” the
 * 54-year-old said"). The reference is sure only when the text gives that age to exactly one
 * named person and to no one unnamed ("a 54-year-old man was arrested" may be whom it means).
 * Pure.
 */
import type { NameFinder } from "./speakers.ts";

/** An age written as a noun's modifier: "54-year-old", "54-year old". */
const AGE_WORD = /(?<![\p{L}\d-])(\d{1,3})[-\s]years?[-\s]old(?![\p{L}-])/gu;
/** A definite back-reference by age alone: "the 54-year-old" right before the age word. */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** Up to three lower-case words, then a name: "54-year-old mother Ana Ruiz". */
const WORDS_BEFORE_NAME = /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}/u;
/** An age set off right after a name: "Ana Ruiz, 54,", "Ana Ruiz (54)". */
const AGE_AFTER_NAME = /^(?:,\s*(\d{1,3})(?=\s*[,.;)—–]|\s+(?:and|of|from|who)\s)|\s*\((\d{1,3})\))/u;

/**
 * The one person `text` gives the age `age` to, by name; undefined when it gives it to no one,
 * to several, or to anyone it does not name. `complete` maps a surname to the article's full
 * name ("Ruiz" → "Ana Ruiz").
 */
export function ageHolder(
  text: string,
  age: string,
  findNames: NameFinder,
  complete: (name: string) => string = (name) => name,
): string | undefined {
  const holders = new Set<string>();
  for (const m of text.matchAll(AGE_WORD)) {
    if (m[1] !== age) continue;
    if (DEFINITE_BEFORE.test(text.slice(0, m.index))) continue;
    const end = m.index + m[0].length;
    const gap = WORDS_BEFORE_NAME.exec(text.slice(end))?.[0];
    const name = gap === undefined ? undefined : findNames(text.slice(end + gap.length, end + gap.length + 80))[0];
    // "a 54-year-old man", "the victim, a 54-year-old": someone the age word does not name.
    if (name === undefined || name.start !== 0) return undefined;
    holders.add(complete(name.name));
  }
  for (const span of findNames(text)) {
    const set = AGE_AFTER_NAME.exec(text.slice(span.end));
    if ((set?.[1] ?? set?.[2]) === age) holders.add(complete(span.name));
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}
