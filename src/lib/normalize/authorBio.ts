/**
 * An author's bio set after the article ("Jane Doe is a reporter covering the border."): a
 * paragraph that opens with the name of one of the article's own authors (the byline) and says
 * what that person does in a newsroom, or when they joined it, or what they are ("… is a video
 * game historian"), or where they are online ("… is on Twitter at …"). Only the byline's names count, so a body sentence that
 * says who someone else is ("Ana Solís is a former federal judge") stays.
 */
import { JOINED_NEWSROOM } from "#lib/dates/furniture.ts";
import { SOCIAL } from "./chrome.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { wordCount } from "./lines.ts";
import { isPersonName } from "./personName.ts";
import { REPORTED } from "./uiText.ts";

/** A newsroom role, said of the author: "is a reporter", "was a correspondent". */
const ROLE_CLAUSE =
  /^\s+(?:is|was|has\s+been|serves\s+as)\s+(?:a|an|the|our)\b[^.!?]{0,80}?\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|photographer|photojournalist|bureau\s+chief|curator|critic)s?\b/iu;
/**
 * A newsroom title written as a title, capitalised and with no article, at a named outlet: "is
 * Opinion Editor of the Harbour Wire", "is Senior Correspondent at Harbour Wire". Case-sensitive,
 * so "is editor of a local newsletter" (a fact the story tells) is none.
 */
const TITLE_ROLE =
  /^\s+(?:is|was|serves\s+as)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Reporter|Correspondent|Writer|Editor|Journalist|Columnist|Contributor|Producer|Photographer|Critic)s?\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}/u;
/**
 * The outlet named by its possessive where the role's article stands: "is Harbour Wire's deals
 * curator" reads as "is the deals curator". Capitalised words only, so "is his …" stays out.
 */
const OUTLET_POSSESSIVE =
  /^(\s+(?:is|was|has\s+been|serves\s+as)\s+)\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]s(?=\s)/u;
/**
 * The author's own book announced under the article: "Jane Doe's book about the border, "Title"
 * (Publisher, 2024), is out now." The possessive is the byline's name and the announcement ends
 * the sentence, so a story about someone else's book, or one that goes on, is never one.
 */
const BOOK_CLAUSE =
  /^['’]s\s+(?:new\s+|latest\s+|first\s+|debut\s+)?(?:book|novel)\b[^!?]{0,200}?\b(?:is|are)\s+(?:out\s+now|available\s+now|out\s+in\s+(?:bookstores|paperback|hardcover))[.!]/iu;
/**
 * The author's books named after the name: "is the author of The Midcentury Kitchen", "is
 * the co-author of two books on water law". A title in capitals or a count of books, so "is the
 * author of the complaint" (a deed the story reports) stays.
 */
const AUTHOR_OF_CLAUSE =
  /^\s+(?:is|was)\s+(?:the\s+|an?\s+)?(?:co-?)?author\s+of\s+(?:["“‘]?\p{Lu}|(?:a|an|the|two|three|four|five|several|many|\d+)\s+(?:[\p{L}-]+\s+){0,2}(?:books?|novels?|memoirs?|biograph(?:y|ies)|collections?)\b)/u;
/**
 * What the author is, told in the present with an indefinite article: "is a video game
 * historian living in …", "is an architect who writes on …". Asked only of the byline's own name
 * opening a paragraph at the article's edge (the callers ask where), where a writer is never
 * the story's subject told in the third person; "is a bit late", "is a lot like" describe no one.
 */
const DESCRIBED_CLAUSE = /^\s+is\s+an?\s+(?!(?:lot|bit|little|few|couple|means|way|part)\b)\p{L}/iu;

/** Where the author is found online: "is on Twitter at janeroe", "is on Bluesky". */
const ACCOUNT_CLAUSE = new RegExp(`^\\s+is\\s+on\\s+${SOCIAL}\\b`, "iu");

/** The author's account set in parentheses after the name: "Jane Doe (@janedoe) is …". */
const HANDLE_AFTER_NAME = /^\s*\(@\w{1,30}\)/u;
/** What the author covers: "covers security for …", "writes about …". */
const BEAT_CLAUSE = /^\s+(?:covers|reports\s+on|writes\s+about)\s/iu;
/** When the author joined the newsroom: "joined the paper in 2019 and covers …". */
const JOINED_CLAUSE = new RegExp(`^\\s+${JOINED_NEWSROOM.source}`, "iu");

/** What stands between two authors in a byline: a comma, "&", "|", or "and" in the page's language. */
export const AUTHOR_SEPARATOR = /\s*(?:,|;|&|\||\b(?:and|und|y|et)\b)\s*/u;

/**
 * The people a byline names ("Jane Doe and John Roe", "By Ana Ruiz, Luis Paz", "Jane Doe | John
 * Roe"): for ingest's bio here and the timeline's (dates/blockContext.ts).
 */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/^By\s+/iu, "")
    .split(AUTHOR_SEPARATOR)
    .map((name) => name.trim())
    .filter(isPersonName);
}

/** True when `text` is a short bio of one of the people `byline` names. */
export function isBylineBio(text: string, byline: string | undefined): boolean {
  if (byline === undefined || wordCount(text) > 80) return false;
  return bylineNames(byline).some((name) => {
    if (!text.startsWith(name)) return false;
    const rest = text.slice(name.length).replace(HANDLE_AFTER_NAME, "").replace(OUTLET_POSSESSIVE, "$1the");
    return (
      ROLE_CLAUSE.test(rest) ||
      TITLE_ROLE.test(rest) ||
      (DESCRIBED_CLAUSE.test(rest) && !REPORTED.test(text)) ||
      ACCOUNT_CLAUSE.test(rest) ||
      BEAT_CLAUSE.test(rest) ||
      JOINED_CLAUSE.test(rest) ||
      BOOK_CLAUSE.test(rest) ||
      AUTHOR_OF_CLAUSE.test(rest)
    );
  });
}

/** A name that opens a paragraph, before its account handle or its verb ("Jane Doe (@jd) is …", "Jane Doe covers …"). */
const OPENING_NAME =
  /^(\p{Lu}[^\s(]*(?:\s+\p{Lu}[^\s(]*){1,3})(?=\s*\(@\w{1,30}\)|\s+(?:is|serves\s+as|covers|writes\s+about|reports\s+on)\s)/u;
/**
 * The outlet after the role, a few lower-case words on: "at WIRED", "and host for the Harbour
 * Wire", "covering energy for Space.com". Case-sensitive, so the outlet is a name.
 */
const AT_OUTLET = /^(?:\s+[\p{Ll}-]+){0,4}?\s+(?:at|for|with)\s+(?:the\s+)?[\p{Lu}\p{N}]/u;

/**
 * A staff bio after the article when the byline is not known or names no one
 * ("Jane Doe (@janedoe) is a contributing writer for Harbour Wire and the host of …", "Jane Doe
 * covers schools for the Harbour Wire."): a person's name opening the paragraph, then in the
 * present tense a newsroom role, a title or a beat at or for a named outlet. A person the article tells of is named in its text before (`earlier`, asked
 * only of a paragraph of that shape), so a
 * closing line on a reporter the story is about ("… is a correspondent for …" after the story
 * of their arrest) stays; so does a paragraph that reports what someone said.
 */
export function isOutletBio(text: string, earlier: () => string): boolean {
  const name = OPENING_NAME.exec(text)?.[1];
  if (name === undefined || !isPersonName(name) || wordCount(text) > 80 || REPORTED.test(text)) return false;
  const rest = text.slice(name.length).replace(HANDLE_AFTER_NAME, "");
  // A role ("is a reporter"), a title ("is Opinion Editor of …") or a beat ("covers schools"), at a named outlet.
  const present = /^\s+(?:is|serves\s+as)\s/u.test(rest);
  const role = present ? ROLE_CLAUSE.exec(rest) : BEAT_CLAUSE.exec(rest);
  if (!(present && TITLE_ROLE.test(rest)) && (role === null || !AT_OUTLET.test(rest.slice(role[0].trimEnd().length))))
    return false;
  const surname = name.split(/\s+/u).at(-1) ?? name;
  return !new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, "u").test(earlier());
}

/**
 * The person a staff bio after the article is about ("Jane Doe is a staff writer at Harbour Wire,
 * covering …" → "Jane Doe"), in the shape `isOutletBio` reads; undefined for any other paragraph.
 */
export function outletBioName(text: string): string | undefined {
  const name = OPENING_NAME.exec(text)?.[1];
  return name !== undefined && isOutletBio(text, () => "") ? name : undefined;
}

/** An author box's label, in the languages of the corpus: "About Jane Doe", "Sobre Ana Ruiz", "Über Tom Becker". */
const ABOUT_LABEL = /^(?:about|sobre|über|à\s+propos\s+de|acerca\s+de|tentang)\s+(.+?)\s*:?$/iu;

/**
 * The person an author box is about, when `label` is its label and `bio` the paragraph under
 * it that tells of that person by name ("About Jane Doe" over "Jane Doe is a reporter …", "Über
 * Tom Becker" over "Als Redakteur bildet Tom Becker …"). A subheading that names a place or a
 * thing over text that never repeats its name is no author box; read after the article only.
 */
export function authorBoxName(label: string, bio: string): string | undefined {
  if (isNamedBio(label, bio)) return label;
  const name = ABOUT_LABEL.exec(label)?.[1];
  if (name === undefined || !isPersonName(name) || wordCount(bio) < 8 || wordCount(bio) > 120) return undefined;
  const surname = name.split(/\s+/u).at(-1) ?? name;
  return new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, "u").test(bio) ? name : undefined;
}

/** What a bio says the person does, anywhere in it: "He covers …", "She writes about …", "reports on". */
const BEAT_ANYWHERE = /\b(?:covers|writes\s+about|reports\s+on)\s/iu;

/**
 * An author box with the author's name alone over the bio ("Jane Doe" over "Jane Doe joined
 * Harbour Wire from a local paper. She covers …"): the bio opens with the very name the line
 * above is, and says what the person covers or their newsroom role. A subheading naming someone
 * over a paragraph that reports on them says no beat of theirs.
 */
function isNamedBio(label: string, bio: string): boolean {
  if (!isPersonName(label) || wordCount(label) < 2 || wordCount(bio) < 8 || wordCount(bio) > 120) return false;
  if (!bio.startsWith(`${label} `)) return false;
  const rest = bio.slice(label.length);
  return ROLE_CLAUSE.test(rest) || BEAT_CLAUSE.test(rest) || JOINED_CLAUSE.test(rest) || BEAT_ANYWHERE.test(rest);
}

/**
 * An author box of the byline's author, the full name over a bio that calls the author by the
 * first name ("Jane Doe" over "Jane is a freelance port engineer who has written for …"): the
 * label is one of the byline's names, and the bio opens with that name's first word and says
 * what the author is, does or covers. Asked only of the byline's own name, so a feature's
 * profile of someone else under their name ("Ana Ruiz" over "Ana is a teacher …") stays.
 */
export function bylineBoxName(label: string, bio: string, byline: string | undefined): string | undefined {
  if (byline === undefined || !bylineNames(byline).includes(label)) return undefined;
  if (wordCount(label) < 2 || wordCount(bio) < 8 || wordCount(bio) > 120 || REPORTED.test(bio)) return undefined;
  const first = label.split(/\s+/u)[0] ?? "";
  if (!bio.startsWith(`${first} `)) return undefined;
  const rest = bio.slice(first.length);
  return ROLE_CLAUSE.test(rest) ||
    BEAT_CLAUSE.test(rest) ||
    JOINED_CLAUSE.test(rest) ||
    DESCRIBED_CLAUSE.test(rest) ||
    BEAT_ANYWHERE.test(rest)
    ? label
    : undefined;
}

/** An author box's label that names no one: "About the author", "ABOUT THE AUTHOR", "About the writers:". */
const AUTHOR_BOX_LABEL = /^about\s+the\s+(?:author|writer|reporter|contributor)s?\s*:?$/iu;
/** Most words of a line in the box between its label and the bio: the author's name, their title. */
const MAX_BOX_LINE_WORDS = 5;

/**
 * How many units an author box holds from its label at `idx`: "About the author" over, at most,
 * the author's name and title on lines of their own, then the bio, which opens with a person's
 * name and tells their newsroom role, title or beat at a named outlet ("Jane Doe is the senior
 * business writer for Harbour Wire. Prior to …"). 0 when `idx` holds no such box: the label over
 * anything but such a bio (a book review's section on its author) stays.
 */
export function aboutAuthorBoxLength(units: readonly { text: string }[], idx: number): number {
  if (!AUTHOR_BOX_LABEL.test(units[idx]?.text ?? "")) return 0;
  for (let k = idx + 1; k <= idx + 3 && k < units.length; k++) {
    const text = units[k]?.text ?? "";
    if (isOutletBio(text, () => "")) return k - idx + 1;
    if (wordCount(text) > MAX_BOX_LINE_WORDS || /[.!?]$/u.test(text)) return 0;
  }
  return 0;
}
