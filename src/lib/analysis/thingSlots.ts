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
 * Oliver Sacks kind of way" name a body or a person as often as a thing. Pure.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { ORG_HEADS } from "./names.ts";

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
