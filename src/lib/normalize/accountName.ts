/**
 * A CMS account in a byline's place: the role or login a page's software prints when nobody
 * signed the piece ("admin", "Administrator", "jdadmin", "webmaster"). It names no one, so it
 * is no byline; unknown is the honest answer, as for a login written as a code ("KWCHCIK").
 * A handle that spells a person's name ("bellecarter") still names its author and stays; one
 * that runs letters and digits together in one word ("CC7567", "@jroe42") is a user account's
 * handle, no name in any language's form, and is never published as an author's name. A
 * placeholder the CMS fills the field with when nobody is set ("No Author", "Unknown", "N/A")
 * says in words that the piece names no one.
 */

/** Account and role names a CMS prints for its users. */
const ACCOUNT = /^(?:admin|administrator|webmaster|editor|user|guest|root|author)\d*$/iu;

/** What a CMS writes in an empty author field: "No Author", "No byline", "Unknown author", "None", "N/A". */
const PLACEHOLDER = /^(?:(?:no|unknown)(?:\s+(?:author|byline|name))?|(?:author|byline)\s+unknown|none|n\/a)$/iu;

/** A login in small letters built on a role name ("jdadmin", "siteadmin2"). */
const ROLE_LOGIN = /^[\p{Ll}\d._-]*(?:admin|administrator|webmaster)\d*$/u;

/**
 * A login written as one word of capitals with five consonants in a row ("KWCHCIK", a station's
 * call sign run into a desk's initials): a code no language spells, so no person's name. An
 * agency's name in capitals ("REUTERS", "XINHUA", "BERNAMA") is spelled as words are and stays.
 */
const CODE_LOGIN = /^(?=[\p{Lu}\d]{5,}$)[\p{Lu}\d]*[BCDFGHJKLMNPQRSTVWXZ]{5}/u;

/** One word (an "@" before it or not) that holds both letters and digits: a user account's handle. */
const HANDLE = /^@?(?=[\p{L}\d._-]*\p{L})(?=[\p{L}\d._-]*\d)[\p{L}\d._-]+$/u;

/** True for an account name: one of the CMS's role names, a login built on one, a code, a handle or a placeholder. */
export function isAccountName(text: string): boolean {
  const name = text.trim();
  return (
    PLACEHOLDER.test(name) || ACCOUNT.test(name) || ROLE_LOGIN.test(name) || CODE_LOGIN.test(name) || HANDLE.test(name)
  );
}
