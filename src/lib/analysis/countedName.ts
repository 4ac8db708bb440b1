/**
 * A one-word name written between a count and a lower-case noun: "21 Trump cards", "three Lenin
 * badges". A count belongs to a noun, and a person's name takes none ("21 Trump" is no one): the
 * capitalised word only modifies the counted noun, naming a kind of thing, the way "trump cards"
 * or "Lenin badges" do. A person's name can modify a counted noun too ("two Trump aides"), so the
 * caller keeps the person where the article names them in full (`entities.ts`, `countedNames`).
 *
 * Not a year ("the 2016 Trump voters"), a rank ("No. 2 Smith official") nor a number joined to
 * letters ("MQ-9 Reaper drones").
 */
import { COMPOUND_NUMBER, NUMBER_WORD } from "./figures.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";

/** A count right before a name: digits or a cardinal in words, alone after a space or the sentence's start. */
const COUNT_BEFORE = new RegExp(
  String.raw`(?:^|[\s(—–])(\d{1,3}(?:,\d{3})+|\d+|${COMPOUND_NUMBER}|${NUMBER_WORD})\s+$`,
  "iu",
);
/** A rank, not a count: "No. 2", "#2". */
const RANK_BEFORE = /(?:\bNo\.|#)\s*\d+\s+$/iu;
/** The lower-case word right after the name. */
const NOUN_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}’'])/u;

/** Whether a digit string reads as a year (1000–2099), which dates a noun rather than counting it. */
const yearLike = (count: string) => /^\d{4}$/u.test(count) && Number(count) >= 1000 && Number(count) < 2100;

/**
 * The noun a one-word name at `start`–`end` of `text` modifies after a count ("21 Trump cards":
 * "cards"), or undefined when the words around it are no such phrase.
 */
export function countedNoun(text: string, span: { readonly start: number; readonly end: number }): string | undefined {
  const word = text.slice(span.start, span.end);
  if (!/^\p{Lu}[\p{L}’'-]*$/u.test(word)) return undefined;
  const before = text.slice(0, span.start);
  const count = COUNT_BEFORE.exec(before)?.[1];
  if (count === undefined || yearLike(count) || RANK_BEFORE.test(before)) return undefined;
  const noun = NOUN_AFTER.exec(text.slice(span.end))?.[1];
  return noun === undefined || STOP_WORDS.has(noun) ? undefined : noun;
}

/**
 * Whether the one-word name at `start`–`end` modifies one of `nouns` right after it: the same
 * compound an article wrote after a count ("the Trump cards" after "21 Trump cards").
 */
export function modifiesNoun(
  text: string,
  span: { readonly start: number; readonly end: number },
  nouns: ReadonlySet<string>,
): boolean {
  const noun = NOUN_AFTER.exec(text.slice(span.end))?.[1];
  return noun !== undefined && nouns.has(noun);
}
