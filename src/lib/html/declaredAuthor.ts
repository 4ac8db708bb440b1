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
import { knownOutlet } from "#lib/normalize/outlets.ts";
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

/** Letters and digits only, lower-cased: "Mail Online" and "MailOnline", "NEWS.am" and "newsam" alike. */
export const lettersOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** The credit of whoever built or hosts the site: "Developed By Jane Roe", "Designed by Harbour Web". */
const BUILDER_CREDIT = /^(?:developed|designed|powered|hosted|maintained)\s+by\b/iu;

/** An editor's label opening the field: "Editor: Jane Roe", "Edited by Jane Roe", "Редактор: …" (the desk editor, not the writer). */
const EDITOR_CREDIT = /^(?:edited\s+by\s|(?:editor|редактор)\s*[:：])/iu;

/** A web address, then " | ", opening the field. */
const LEADING_ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)+)\s+\|\s+(?=\S)/u;

/** A web address closing the field after a space, written with "www." or "http": "… www.harbourpost.com". */
const TRAILING_ADDRESS = /(?<=\S)\s+(?:https?:\/\/|www\.)[^\s]+$/iu;

/** The author's home page or mail address in brackets after the name ("Jane Q. Roe (http://example.org/jroe/)"). */
const BRACKETED_ADDRESS = /\s*[(<[]\s*(?:https?:\/\/|www\.|mailto:|[^\s@()<>[\]]+@)[^()<>[\]]*[)>\]]\s*$/iu;

/**
 * The byline a declared author gives: without a "By"-type label, without an affiliation set
 * after " | ", ", " or ". " (a web address, "for …", a desk role, one of the page's `sites`
 * names, or one capitalized word after a person's name) or an address in brackets after the
 * name; undefined for an account name. Several authors ("Ana Ruiz, Tom Becker") stay.
 */
export function declaredAuthor(value: string, sites: readonly (string | undefined)[]): string | undefined {
  // The site's builder ("Developed By Jane Roe") or the editor who posted it ("Editor: Jane Roe")
  // fills the field, not the piece's writer: nothing is guessed in its place.
  if (BUILDER_CREDIT.test(squash(value)) || EDITOR_CREDIT.test(squash(value))) return undefined;
  let name = squash(value).replace(LABEL, "").replace(BRACKETED_ADDRESS, "");
  // A web address before the name ("www.example.info | Jane Roe") or after it ("Harbour Post www.harbourpost.com").
  name = name.replace(LEADING_ADDRESS, "").replace(TRAILING_ADDRESS, "");
  const names = sites.filter((s): s is string => s !== undefined && s.trim() !== "").map(fold);
  // "Jane Roe For Harbouronline": the writer's name, then "for" and the site the page names itself.
  const forSite = /^(.+?)\s+for\s+(\S.*)$/iu.exec(name);
  if (forSite?.[1] !== undefined && forSite[2] !== undefined && isPersonName(forSite[1])) {
    const site = lettersOf(forSite[2]);
    if (sites.some((s) => s !== undefined && site !== "" && lettersOf(s) === site)) name = forSite[1];
  }
  for (;;) {
    const match = /^(.*\S)\s*(\s\|\s|,\s|\.\s)\s*([^|,]+)$/u.exec(name);
    const [, head, separator, tail] = match ?? [];
    if (head === undefined || tail === undefined) break;
    // A middle initial's full stop ("Jane Q. Roe") is inside the name, no separator.
    if (separator === ". " && /(?:^|\s)\p{Lu}$/u.test(head)) break;
    // One capitalized word after a person's full name is the outlet they write for ("Victor
    // Tangermann, Futurism"): a second author would be a full name too.
    // So is it after several full names ("Ana Ruiz und Tom Vale, Nairobi": the place filed from).
    const outletWord =
      separator === ", " && /^\p{Lu}[\p{L}\d.&-]*$/u.test(tail.trim()) && (isPersonName(head) || isNameList(head));
    // A desk's role after the outlet's name ("Harbour Post Editor-at-large") is the writer's post.
    if (
      !AFFILIATION.test(tail) &&
      !names.includes(fold(tail)) &&
      !outletWord &&
      !isDeskRole(tail.trim()) &&
      !(isPersonName(head) && isDescription(tail))
    )
      break;
    name = head;
  }
  name = withoutFiledFrom(name);
  return name === "" || isAccountName(name) ? undefined : name;
}

/**
 * "Jane Roe in Seoul", "Associated Press in Valencia": the writer or the wire, then the place the
 * story was filed from, as some papers credit it. The place is where, not who: the name before it
 * is kept when it is a person's name or a known outlet's, and the place is one to three
 * capitalised words.
 */
function withoutFiledFrom(name: string): string {
  const filed = /^(.+?)\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(name);
  const [, who] = filed ?? [];
  return who !== undefined && (isPersonName(who) || knownOutlet(who) !== undefined) ? who : name;
}

/** Two full names or more joined by commas or "and" in the page's language ("Ana Ruiz und Tom Vale"). */
function isNameList(text: string): boolean {
  const names = text.split(/\s*,\s*|\s+(?:and|und|y|et|e|&)\s+/u).filter((n) => n !== "");
  return names.length >= 2 && names.every((n) => isPersonName(n));
}

/**
 * A phrase that describes the writer in the page's language ("professor of history at the
 * harbour college", "universiteto … fakulteto profesorius"): four words or more, most of them in
 * lower case and no name's particle. A second author's name is capitalised ("Tom Vale and staff").
 */
function isDescription(tail: string): boolean {
  const words = tail.trim().split(/\s+/u);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w));
  return words.length >= 4 && lower.length * 2 > words.length;
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
