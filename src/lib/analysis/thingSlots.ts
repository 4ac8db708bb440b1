/**
 * Where a sentence's grammar makes a capitalised name a thing, not an actor: the object of a verb
 * of using ("using Chromium's NetLog dumping", "not using a Morris Trust structure"). An
 * organisation does things (says, hires, sells, is sued) and a person is someone; a tool, a
 * format or a structure is what gets used. A name whose every mention in an article sits in such
 * a slot is no person's and no body's (the caller drops it); one mention elsewhere keeps it.
 *
 * Not a name that ends on a body's head ("used the W.M. Keck Observatory", "uses the Weather
 * Service's data"): its head says it is a body, which can be used as a facility or a source; nor
 * a name with a possessive after it ("using Steven Covey’s book"), which owns the thing used.
 * A word qualifying a noun after "a" is no such slot: "a NASA astronaut", "a Tumblr post", "an
 * Oliver Sacks kind of way" name a body or a person as often as a thing.
 *
 * A word shaped as a firm's name ("WeWork", "FatalFailure") is a code's term where it qualifies a
 * common noun or glosses a lower-case phrase in brackets (`brandTermUse`); one the article only
 * ever writes so is no firm. Pure.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { BODY_PART_AFTER, BODY_ROLE_AFTER, ORG_HEADS, TITLES } from "./names.ts";
import { termTags } from "./termTags.ts";
import { BODY_PEOPLE_NOUNS } from "./personNouns.ts";

/** A verb of using, then perhaps a determiner or an owner's possessive, right before the name. */
const USED_BEFORE =
  /(?<![\p{L}-])(?:use|uses|used|using|utilize|utilizes|utilized|utilizing|install|installs|installed|installing)\s+(?:(?:a|an|the|its|their|our|his|her|my|your|this|that)\s+|\p{Lu}[\p{L}\p{N}.&-]*['’]s?\s+)?$/iu;
/** A possessive right after the name: it owns what follows. */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}\p{N}])/u;

/** Whether the name at `start`–`end` of `text` (one sentence) is the object of a verb of using, as above. */
export function thingSlot(text: string, start: number, end: number): boolean {
  if (!USED_BEFORE.test(text.slice(0, start)) || POSSESSIVE_AFTER.test(text.slice(end))) return false;
  const head = tokenize(text.slice(start, end)).at(-1);
  return head !== undefined && !ORG_HEADS.has(head.key);
}

/** A common noun right after the name: a lower-case word, or capitals with perhaps a plural "s" ("RPC", "RPCs"). */
const COMMON_NOUN_AFTER = /^ (?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,5}s?)(?![\p{L}\p{N}'’])/u;
/** A lower-case word, then the bracket the name fills: "claiming a task (ClaimTask)". */
const GLOSS_BEFORE = /\p{Ll}[\p{L}-]*\s+\($/u;
const GLOSS_AFTER = /^\)/u;
/**
 * A list's comma or "or"/"and" right before the name, and another after it or the sentence's end:
 * a list item ("one of Done, HardStop or SoftStop"), which says nothing of its kind. A comma after
 * the name alone closes a clause ("the acquisition of WhatsApp, he …").
 */
const LISTED_BEFORE = /(?:,|\b(?:or|and))\s+$/u;
const LISTED_AFTER = /^(?:,|\s+(?:or|and)\b)/u;
const LIST_END_AFTER = /^[.;:!?)]/u;

/** Whether the name fills brackets right after a lower-case phrase. */
const glossed = (before: string, after: string) => GLOSS_BEFORE.test(before) && GLOSS_AFTER.test(after);

/**
 * Whether compromise, reading the name with two words either side, takes the word right after it
 * for a noun, neither a verb nor a person's noun: "a FatalFailure state", "NextWork RPCs", not
 * "WeWork said", "WeWork plans to", "the WeWork founder".
 */
function nounAfter(before: string, name: string, after: string): boolean {
  const prefix = before
    .split(/\s+/u)
    .filter((w) => w !== "")
    .slice(-2);
  const suffix = after
    .split(/\s+/u)
    .filter((w) => w !== "")
    .slice(0, 2);
  const tags = termTags([...prefix, name, ...suffix].join(" "))[prefix.length + 1];
  const word = (suffix[0] ?? "").toLowerCase().replace(/[^\p{L}-]/gu, "");
  return (
    tags !== undefined &&
    tags.has("Noun") &&
    !tags.has("Verb") &&
    !tags.has("Actor") &&
    !BODY_PEOPLE_NOUNS.has(word.replace(/s$/u, "")) &&
    !TITLES.has(word)
  );
}

/** How a brand-shaped word ("FatalFailure") stands in one sentence: as a term, as something else, or in a list. */
export type TermUse = "term" | "other" | "listed";

/**
 * How a one-word name shaped as a firm writes its name ("WeWork", "FatalFailure") is used at
 * `start`–`end` of `text`: as a term where it qualifies a common noun ("a FatalFailure state",
 * "NextWork requests", "a ClaimTask RPC") or glosses a lower-case phrase in brackets ("claiming a
 * task for execution (ClaimTask)"), as a code's types, states and calls are written; "listed" in a
 * list, which says nothing; "other" anywhere else, and where what follows is a body's people,
 * shares or role ("a WeWork spokesperson", "WeWork CEO Adam Neumann"), which says it is a firm.
 * A name every use of which is a term, none other, names no body (the caller decides).
 */
export function brandTermUse(text: string, start: number, end: number): TermUse {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/^['’]/u.test(after) || BODY_PART_AFTER.test(after) || BODY_ROLE_AFTER.test(after)) return "other";
  if ((COMMON_NOUN_AFTER.test(after) && nounAfter(before, text.slice(start, end), after)) || glossed(before, after))
    return "term";
  if (LISTED_BEFORE.test(before) && (LISTED_AFTER.test(after) || LIST_END_AFTER.test(after))) return "listed";
  return "other";
}
