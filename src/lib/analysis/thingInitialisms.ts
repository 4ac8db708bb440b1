/**
 * Initialisms an article uses as the name of a thing, not of a body: one it defines by capitalised
 * words that the name reader reads as no person's, body's or place's name ("the Asynchronous Task
 * Framework (ATF)", "the Heartbeat and Status Controller (HSC)", "BPM (Beats Per Minute)"), and
 * one listed among lower-case common nouns ("television, gaming, education, OTT, and business
 * content"), which makes it one more of them. An initialism alone says nothing of what it names;
 * its definition does, and a body's definition ends on a body's head or reads as a body's name
 * ("the Free Software Foundation (FSF)", "Industrial Light & Magic (ILM)"). Lower-case
 * definitions ("high dynamic range (HDR)") are `termInitialisms`'. Keys as tokens are keyed ("atf").
 * Pure.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { findNames } from "./names.ts";

/** Small words a definition's initials leave out. */
const SMALL = new Set(["of", "and", "for", "the", "on", "in", "&"]);
/** Capitals in brackets: the initialism a definition before it spells. */
const BRACKETED = /\(\s*(\p{Lu}{2,6})\s*\)/gu;
/** Capitals, then capitalised words in brackets that spell them: "BPM (Beats Per Minute)". */
const SPELLED_AFTER =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,6})\s+\(((?:\p{Lu}[\p{L}'’-]*|of|and|for|the|on|in|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|on|in|&)){1,7})\)/gu;
/** A capitalised run (small words inside) right before an offset. */
const RUN_BEFORE = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|the|on|in|&)\s+)*)+\p{Lu}[\p{L}'’-]*)\s*$/u;
/** Two lower-case list items, each with its comma, right before an offset: "gaming, education, ". */
const TWO_ITEMS_BEFORE = /(?:^|[\s(])\p{Ll}[\p{L}-]*,\s+\p{Ll}[\p{L}-]*,\s+$/u;
/** The list going on with a lower-case word: ", and business", " or film". */
const ITEM_AFTER = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)\p{Ll}/u;

/** The initials of a definition's words, small words left out ("Heartbeat and Status Controller" → "hsc"). */
const initials = (words: readonly string[]) =>
  words
    .filter((w) => !SMALL.has(w.toLowerCase()))
    .map((w) => (w[0] ?? "").toLowerCase())
    .join("");

/**
 * The shortest tail of the capitalised run ending at `end` whose initials spell `acronym`
 * ("This Asynchronous Task Framework" → "Asynchronous Task Framework"), with its start offset.
 */
function tailSpelling(text: string, end: number, acronym: string): { start: number; end: number } | undefined {
  const run = RUN_BEFORE.exec(text.slice(0, end));
  if (!run) return undefined;
  const words = [...(run[1] ?? "").matchAll(/\S+/gu)];
  for (let n = 1; n <= words.length; n += 1) {
    const tail = words.slice(words.length - n);
    const first = tail[0];
    const last = tail.at(-1);
    if (first === undefined || last === undefined || SMALL.has(first[0].toLowerCase())) continue;
    if (initials(tail.map((w) => w[0])) === acronym)
      return { start: run.index + first.index, end: run.index + last.index + last[0].length };
  }
  return undefined;
}

/** Whether the name reader reads some name over `start`–`end` of `text`. */
function readAsName(text: string, start: number, end: number): boolean {
  return findNames(text).some((n) => n.start < end && start < n.end);
}

/** The initialisms `text` (one sentence) uses as a thing's name, as above. */
export function thingInitialisms(text: string): Set<string> {
  const things = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const acronym = (match[1] ?? "").toLowerCase();
    const definition = tailSpelling(text, match.index, acronym);
    if (definition && !readAsName(text, definition.start, definition.end)) things.add(acronym);
  }
  for (const match of text.matchAll(SPELLED_AFTER)) {
    const acronym = (match[1] ?? "").toLowerCase();
    const spelled = match[2] ?? "";
    const start = match.index + match[0].indexOf("(") + 1;
    if (initials(spelled.split(/\s+/u)) === acronym && !readAsName(text, start, start + spelled.length))
      things.add(acronym);
  }
  for (const token of tokenize(text)) {
    if (!/^\p{Lu}{2,6}$/u.test(token.raw)) continue;
    if (TWO_ITEMS_BEFORE.test(text.slice(0, token.start)) && ITEM_AFTER.test(text.slice(token.end)))
      things.add(token.key);
  }
  return things;
}
