/**
 * A person described by an office before or after the text names them: "A California transit
 * chief says …" over "Interim BART Police Chief Ed Alvarez told reporters …"; "Austria's interior
 * minister said …" over "Interior Minister Wolfgang Peschorn". News copy opens with the office and
 * names its holder later, so the description speaks for that one person. This module reads the
 * offices written before names and the descriptions by office; sourcing.ts decides, with the
 * article's people, who holds one. Offices whose word is also an unnamed source's noun
 * ("spokesman", "official", "lawyer") are left to the anonymous count. Pure.
 */
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import type { NameFinder } from "./speakers.ts";

/** Office words a described speaker and a titled name can share (lower case). */
export const OFFICES =
  "president|minister|secretary|governor|mayor|senator|ambassador|chancellor|premier|judge|sheriff|commissioner|prosecutor|chairman|chairwoman|general|admiral|commander|director|chief";

/**
 * `OFFICES` and the heads of a body that are no title before a name but still one person's post
 * ("the Fed's chair", "Acme's chief executive", "the party's leader"): who speaks as one of them
 * is that one holder, whom a description alone does not name.
 */
export const POSTS = `${OFFICES}|chair|chairperson|head|executive|founder|leader|owner`;

/** The words written before a name that give its office: "Interim BART Police Chief ", "ambassador to Britain ". */
const TITLE_RUN = /(?:(?:\p{Lu}[\p{L}’'-]*\.?|of)\s+){1,5}$/u;
const ROLE_TO_PLACE = new RegExp(`(?<!\\p{L})(${OFFICES})(?:\\s+(?:to|of|for)\\s+\\p{Lu}[\\p{L}’'-]*)?\\s+$`, "u");
const OFFICE_WORD = new RegExp(`^(?:${OFFICES})$`, "u");

/** Whether one lower-case word is an office word (`OFFICES`): "minister", "director". */
export const isOfficeWord = (word: string): boolean => OFFICE_WORD.test(word);

/** The offices `before` (the text up to a name) gives the name: the office words of its title, lower case. */
export function officesBefore(before: string): string[] {
  const lower = ROLE_TO_PLACE.exec(before)?.[1];
  if (lower !== undefined) return [lower];
  const run = TITLE_RUN.exec(before)?.[0] ?? "";
  return run
    .split(/\s+/u)
    .map((word) => word.toLowerCase())
    .filter(isOfficeWord);
}

/**
 * A description by office with no name in apposition: a determiner or a possessive, up to three
 * words, the office word, and its place ("A California transit chief", "Austria's interior
 * minister", "China’s ambassador to Britain"). Not "Chief Ed Alvarez" (the name follows) nor
 * "the president" (roleHolders and the title pass read a definite office back to its holder).
 */
const DESCRIPTION = new RegExp(
  `(?<![\\p{L}’'])(?:[Aa]n?|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(${OFFICES})(?:\\s+(?:to|of|for)\\s+\\p{Lu}[\\p{L}’'-]*)?(?!\\p{L})(?!,?\\s+\\p{Lu})`,
  "gu",
);

/** Each description by office in `sentence`, with its office word and offsets. */
export function officeDescriptions(sentence: string): { start: number; end: number; office: string }[] {
  return [...sentence.matchAll(DESCRIPTION)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    office: m[1] ?? "",
  }));
}

/** A description's owner or determiner ("China’s ", "a "), before the words a holder's title repeats. */
const OWNER = /^(?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}.-]*['’]s)\s+/u;

/**
 * The one person `text` (the article) names with the office words of `description`, before or
 * after the description: "China’s ambassador to Britain" is Liu Xiaming where the text has
 * "China’s ambassador to Britain Liu Xiaming" or "Liu Xiaming, China's ambassador to Britain,".
 * The holder's title must repeat the description's words from the office's qualifiers to its
 * place ("ambassador to Britain", "interior minister"), so another ambassador is no holder; two
 * people named so, or none, and it is undefined. `complete` gives a surname its full name.
 */
export function describedHolder(
  text: string,
  description: string,
  findNames: NameFinder,
  complete: (name: string) => string = (name) => name,
): string | undefined {
  const described = officeDescriptions(description)[0];
  const words =
    described === undefined ? "" : description.slice(described.start, described.end).replace(OWNER, "").trim();
  // One office word alone ("minister") fits every minister the text names: the qualifier or the place pins it.
  if (!/\s/u.test(words)) return ownedHolder(text, description, findNames, complete);
  const pattern = escapeRegExp(words).replace(/\s+/gu, "\\s+");
  const holders = new Set<string>();
  // "ambassador to Britain Liu Xiaming": the name right after the words.
  for (const match of text.matchAll(new RegExp(`(?<!\\p{L})${pattern}\\s+`, "giu"))) {
    const from = match.index + match[0].length;
    if (!/^\p{Lu}/u.test(text.slice(from))) continue;
    const name = findNames(text.slice(from, from + 80)).find((n) => n.start === 0);
    if (name !== undefined) holders.add(complete(name.name));
  }
  // "Liu Xiaming, China’s ambassador to Britain,": the name, then the words in apposition.
  const apposed = new RegExp(`,\\s+(?:[Tt]he\\s+|\\p{Lu}[\\p{L}.-]*['’]s\\s+)${pattern}(?!\\p{L})`, "gu");
  for (const match of text.matchAll(apposed)) {
    const name = findNames(text.slice(Math.max(0, match.index - 80), match.index)).at(-1);
    if (name !== undefined && name.end === Math.min(80, match.index)) holders.add(complete(name.name));
  }
  const people = [...holders].filter((name) => name.includes(" ") || ![...holders].some((h) => h.endsWith(` ${name}`)));
  return people.length === 1 ? people[0] : undefined;
}

/** "Acme’s chief economist": a name's possessive (group 1) and the lower-case words it owns (group 2). */
const OWNED_DESCRIPTION =
  /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})['’]s\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})[.!?]?$/u;

/**
 * The one person the text names with a description a name owns, owner and words alike: "Acme’s
 * chief economist" is Jane Doe where the text has "Jane Doe, Acme’s chief economist," or "Acme
 * chief economist Jane Doe"; another firm's economist is no holder. Two people, or none: undefined.
 */
function ownedHolder(
  text: string,
  description: string,
  findNames: NameFinder,
  complete: (name: string) => string,
): string | undefined {
  const owned = OWNED_DESCRIPTION.exec(description.trim());
  if (owned?.[1] === undefined || owned[2] === undefined) return undefined;
  const owner = escapeRegExp(owned[1]).replace(/\s+/gu, "\\s+");
  const words = escapeRegExp(owned[2]).replace(/\s+/gu, "\\s+");
  const holders = new Set<string>();
  // "Acme chief economist Jane Doe", "Acme’s chief economist, Jane Doe,": the name right after.
  // An apposition after a comma closes with one: "Acme’s chief economist, Fed policy …" names no one.
  for (const match of text.matchAll(new RegExp(`(?<!\\p{L})${owner}(?:['’]s)?\\s+${words}(,?)\\s+`, "gu"))) {
    const from = match.index + match[0].length;
    const name = findNames(text.slice(from, from + 80)).find((n) => n.start === 0);
    const closed = match[1] === "" || text.slice(from + (name?.end ?? 0)).startsWith(",");
    if (name !== undefined && closed && name.name.includes(" ")) holders.add(complete(name.name));
  }
  // "Jane Doe, Acme’s chief economist,": the name, then the description in apposition.
  const apposed = new RegExp(`,\\s+(?:[Tt]he\\s+)?${owner}['’]s\\s+${words}(?!\\p{L})`, "gu");
  for (const match of text.matchAll(apposed)) {
    const name = findNames(text.slice(Math.max(0, match.index - 80), match.index)).at(-1);
    if (name !== undefined && name.end === Math.min(80, match.index)) holders.add(complete(name.name));
  }
  const people = [...holders].filter((name) => name.includes(" ") || ![...holders].some((h) => h.endsWith(` ${name}`)));
  return people.length === 1 ? people[0] : undefined;
}

/** Words that end an object noun phrase: a clause's or a phrase's first word. */
const PHRASE_END = String.raw`(?:that|which|who|to|and|or|in|on|at|for|with|by|of|from|about|into|over|against|after|before|when|while|since)`;
const DEED = new RegExp(
  String.raw`^\s+who\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(\p{Ll}+ed)\s+((?:an?\s+|the\s+)?(?!${PHRASE_END}\s)[\p{Ll}\d-]+(?:\s+(?!${PHRASE_END}(?!\p{L}))[\p{Ll}\d-]+){0,3})(?=\s*$|[,.;:]|\s+${PHRASE_END}(?!\p{L}))`,
  "u",
);

/**
 * What an indefinite description says its person did, in its relative clause: "a computer
 * programmer who has released proof-of-concept code that …" gives the verb "released" and the
 * object's last noun "code". News copy opens on such a description and names the person a line
 * later by the same deed ("Askar has released proof-of-concept attack code"), so the deed is
 * what ties the two. Undefined when `rest` (the sentence after the description) opens no such
 * clause: a past participle or past tense verb and an object of up to four words.
 */
export function describedDeed(rest: string): { verb: string; object: string } | undefined {
  const match = DEED.exec(rest);
  const [verb, object] = [match?.[1], match?.[2]?.split(/\s+/u).at(-1)];
  return verb === undefined || object === undefined || object.length < 3 ? undefined : { verb, object };
}

/**
 * True when `after` (the text right after a person's name) says they did `deed`: the same verb,
 * after at most an auxiliary and an adverb, and the same object noun within four words of one
 * noun phrase ("has released proof-of-concept attack code"; not "released a statement about the code").
 */
export function doesDeed(after: string, deed: { verb: string; object: string }): boolean {
  const pattern = new RegExp(
    `^\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?${escapeRegExp(deed.verb)}\\s+(?:(?!${PHRASE_END}\\s)[\\p{L}\\d-]+\\s+){0,4}?${escapeRegExp(deed.object)}(?!\\p{L})`,
    "u",
  );
  return pattern.test(after);
}
