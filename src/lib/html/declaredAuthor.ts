/**
 * A declared author (JSON-LD `author`, `<meta name="author">`) as a byline: CMSs write more than
 * the name into that field — the printed "By", the writer's affiliation ("Troy L. Smith,
 * Cleveland.com", "Amy Kuperinsky | NJ Advance Media for NJ.com", "Finian Cunningham. Sputnik
 * International"), a label ("Text: …") — or an account that names no one ("admin"). The name
 * is kept, the rest is not a byline; nothing is guessed in its place.
 */
import { isAccountName } from "#lib/normalize/accountName.ts";
import { isDeskRole } from "#lib/normalize/patterns.ts";
import { isPersonName } from "#lib/normalize/personName.ts";
import { squash } from "#lib/text/squash.ts";

/**
 * A byline's label before the name: "By", or with a colon "Von:", "Text:", "Текст:", "Autor:"
 * ("Von Miller" is a name); also "By" after the piece's genre, one word ("Analysis by", "Opinion
 * by"), which a CMS writes into the author field as the page prints it over the story.
 */
const LABEL = /^(?:(?:\p{L}+\s+)?by\s+|(?:von|par|por|text|texto|texte|текст|autor|author)\s*[:：]\s*)/iu;

/** An affiliation: a web address, or "for X" / "AP Auto Writer"-like desk roles after the name. */
const AFFILIATION = /\.(?:com|net|org|co|info|news|[a-z]{2})\b|\bfor\s+\S|\b(?:writer|correspondent|reporter|staff)$/iu;

const fold = (s: string) => squash(s).toLowerCase();

/** The author's home page or mail address in brackets after the name ("Jane Q. Roe (http://example.org/jroe/)"). */
const BRACKETED_ADDRESS = /\s*[(<[]\s*(?:https?:\/\/|www\.|mailto:|[^\s@()<>[\]]+@)[^()<>[\]]*[)>\]]\s*$/iu;

/**
 * The byline a declared author gives: without a "By"-type label, without an affiliation set
 * after " | ", ", " or ". " (a web address, "for …", a desk role, one of the page's `sites`
 * names, or one capitalized word after a person's name) or an address in brackets after the
 * name; undefined for an account name. Several authors ("Ana Ruiz, Tom Becker") stay.
 */
export function declaredAuthor(value: string, sites: readonly (string | undefined)[]): string | undefined {
  let name = squash(value).replace(LABEL, "").replace(BRACKETED_ADDRESS, "");
  const names = sites.filter((s): s is string => s !== undefined && s.trim() !== "").map(fold);
  for (;;) {
    const match = /^(.*\S)\s*(\s\|\s|,\s|\.\s)\s*([^|,]+)$/u.exec(name);
    const [, head, separator, tail] = match ?? [];
    if (head === undefined || tail === undefined) break;
    // A middle initial's full stop ("Jane Q. Roe") is inside the name, no separator.
    if (separator === ". " && /(?:^|\s)\p{Lu}$/u.test(head)) break;
    // One capitalized word after a person's full name is the outlet they write for ("Victor
    // Tangermann, Futurism"): a second author would be a full name too.
    const outletWord = separator === ", " && /^\p{Lu}[\p{L}\d.&-]*$/u.test(tail.trim()) && isPersonName(head);
    // A desk's role after the outlet's name ("Harbour Post Editor-at-large") is the writer's post.
    if (!AFFILIATION.test(tail) && !names.includes(fold(tail)) && !outletWord && !isDeskRole(tail.trim())) break;
    name = head;
  }
  return name === "" || isAccountName(name) ? undefined : name;
}

/** Small words a name holds in lower case ("Ana de la Cruz", "Ruiz and Becker"); any other lower-case word is a phrase's. */
const NAME_PARTICLE = /^(?:and|und|y|et|e|&|de|del|della|di|da|dos|das|van|von|der|den|la|le|du|bin|al|el)$/u;

/**
 * Every word of `text` is a name's: capitalised, a number, or a particle. What Readability
 * guesses from a page's markup may be a fact check's claimant ("The Russian and Syrian defense
 * ministries"), a phrase that is nobody's byline.
 */
export const readsAsNames = (text: string): boolean =>
  text.split(/[\s,]+/u).every((word) => word === "" || /^[\p{Lu}\d]/u.test(word) || NAME_PARTICLE.test(word));
