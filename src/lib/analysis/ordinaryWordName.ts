/**
 * A one-word "name" that is an ordinary word capitalised by its place, not a name: the word that
 * opens a sentence ("Like calling her “…”"), or a word of a work's title ("her book For Keeps: 30
 * Years at the Movies"). Such a word is never a speaker. It is one when the part-of-speech reader
 * takes it for an ordinary word (a verb, an adjective, a plural noun; not a given name), the
 * article never writes it as part of a fuller name ("Brown said" still stands for the article's
 * "Gordon Brown") and its words never show it to be a person's (a nickname such as "Tite" after a
 * speech verb, `ArticlePeople.persons`). The caller asks it only of a name
 * shaped as a person's: a body's name ("Reuters") may read as a plural noun and still speaks.
 */
import { opensAsOrdinaryWord } from "./names.ts";
import type { ArticlePeople } from "./speakers.ts";

export function ordinaryWordAlone(
  people: Pick<ArticlePeople, "byLast" | "byFirst" | "persons">,
  name: string,
): boolean {
  const word = name.trim();
  if (word === "" || /\s/u.test(word)) return false;
  if (people.byLast.has(word) || people.byFirst.has(word) || people.persons.has(word)) return false;
  return opensAsOrdinaryWord(word);
}
