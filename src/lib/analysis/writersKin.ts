/**
 * The writer's own family, whom a personal essay or a list of remarks names by a family word
 * alone: capitalised as a name ("Mom called", "From: Grandma", "Mother in Law:") or after "my" or
 * "our" ("my aunt", "our grandfather"). Each is one person the text does not name, and the
 * pronoun each takes is the word's own ("Grandma" is "she"). A family word after someone else's
 * possessive ("Ruiz's mother", "her brother") is not the writer's, and one before a name ("Mother
 * Teresa", "Brother Anthony") is a title: neither is read here.
 */
import type { Gender } from "./gender.ts";
import { FAMILY } from "./personNouns.ts";

const WORDS = [...FAMILY.keys()].join("|");

/** A family word capitalised as a name, or after "my"/"our"; "in law" may follow ("Mother in Law", "my sister-in-law"). */
const KIN = new RegExp(
  `(?<![\\p{L}’'])(?:(?<owner>[Mm]y|[Oo]ur)\\s+(?<word>${WORDS})|(?<name>${WORDS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}${c.toUpperCase()}`)}))(?<law>[-\\s]in[-\\s][Ll]aw)?(?![\\p{L}’'-])(?![ \\t\\u00a0]+\\p{Lu})`,
  "gu",
);

interface Kin {
  /** As written: "Grandma", "my aunt", "Mother in Law". */
  readonly name: string;
  readonly gender: Gender;
}

/** The writer's kin `text` names, in order. */
export function writersKin(text: string): Kin[] {
  const found: Kin[] = [];
  for (const match of text.matchAll(KIN)) {
    const word = (match.groups?.["word"] ?? match.groups?.["name"] ?? "").toLowerCase();
    const gender = FAMILY.get(word);
    if (gender !== undefined) found.push({ name: match[0].replace(/\s+/gu, " "), gender });
  }
  return found;
}
