/**
 * Initialisms an article never treats as a body's name. Capitals alone say nothing of what they
 * name: "the FAA said", "a spokesman for NASA", "FBI agents", "at IBM" write a body, and "an HTML
 * page", "a USB cable", "GPS", "HTML, CSS and SVG" a thing. An initialism is read as a body's name
 * only where some sentence of the article treats it as one:
 * - it says or decides something: a speech or deed verb, or a modal, right after it ("the FAA
 *   said", "NASA announced", "the league will fine");
 * - it has people: a noun of a person by trade or rank (`endsOnPersonNoun`) or a body's people
 *   (`BODY_PEOPLE_NOUNS`) right after it or its possessive ("FBI agents", "a JPL scientist", "the
 *   EPA's chief"), but not people who use a thing ("HTML developers", "PSVR players");
 * - it owns what a body owns: its possessive before a capitalised name or a body's belonging
 *   ("NASA's Goddard Space Flight Center", "the ACLU's offices");
 * - someone is at it or deals with it as a body: "at" (or "joined") before it, or a preposition
 *   and "the" before it, where it closes its noun phrase ("works at IBM", "an interview with the
 *   FBI", "a petition to the USPTO"; not "the MEB platform").
 * The caller keeps what it knows otherwise: an initialism compromise's lexicon knows as a body's
 * ("NBA", "BBC", which this leaves alone), the register's and the ones the article defines.
 * English words only: a page in another language shows no initialism as a body. Pure.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { BODY_PEOPLE_NOUNS, endsOnPersonNoun } from "./personNouns.ts";
import { termTags } from "./termTags.ts";
import { ORG_HEADS } from "./names.ts";
import { SPEECH_VERBS } from "#lib/text/attribution.ts";

/** Capitals only, two to six: the initialisms this reads. */
const INITIALISM = /^\p{Lu}{2,6}$/u;
/** An initialism with a plural's lower-case "s": "DVRs", "ETFs". */
const PLURAL_INITIALISM = /^\p{Lu}{2,6}s$/u;

/** Verbs a body is the subject of when it speaks, decides or acts as one, and modals. */
const BODY_VERBS = new Set([
  ...SPEECH_VERBS.filter((verb) => !["states", "notes"].includes(verb)),
  ...`announced announces reported spoke denied denies declined declines decided decides agreed agrees
  claimed estimated estimates predicted ruled approved approves launched hired fired fined sued filed
  issued plans planned wants wanted expects expected acknowledged admitted refused recommended urged
  ordered investigated investigates revealed accused charged arrested will would could should must
  may might`.split(/\s+/u),
]);

/** People who use a thing rather than belong to a body: "HTML developers", "PSVR players". */
const USERS = new Set(["user", "developer", "player", "programmer", "owner", "fan", "customer", "gamer"]);

/** A body's people the lexicon does not know as persons' nouns: "CNBC executive", "the GOP nominee". */
const BODY_ROLES = new Set(["executive", "nominee", "candidate", "correspondent", "anchor", "delegate"]);

/** With "the", prepositions and verbs that take a body as their object ("with the FBI", "to the USPTO"). */
const WITH_THE = /(?:^|[^\p{L}])(?:at|for|from|by|with|of|to|against|told|sued|joined)\s+the\s+$/iu;
/** "at IBM", "joined NASA", "the fight against ISIS": where someone works, what someone fights. */
const AT = /(?:^|[^\p{L}])(?:at|joined|joins|against)\s+(?:the\s+)?$/iu;
/** Spoken to or aired on: "he tells GQ", "explained to the FAA", "airing on the CW", "appeared on CNN". */
const SPOKEN_TO =
  /(?:^|[^\p{L}])(?:(?:told|tells|explained\s+to|explains\s+to|said\s+to|says\s+to)|(?:airs?|aired|airing|broadcast|broadcasts|appeared|appears|appearing)\s+on)\s+(?:the\s+)?$/iu;
/** Common nouns of a body, which an initialism beside them names: "the intelligence agency, the ISI", "affiliate KFSM". */
const BODY_NOUN =
  "(?:agency|company|firm|group|organi[sz]ation|bank|network|league|union|party|university|college|ministry|department|regulator|government|broadcaster|station|affiliate|newspaper|magazine|channel|publisher|insurer|airline|carrier|council|committee|commission|institute|foundation|association|charity|club|hospital|court|authority|nonprofit|startup|automaker|manufacturer|retailer|outlet|watchdog)";
/** Such a noun right before it, perhaps set off by a comma: "CNN affiliate WUSA", "the spy agency, the ISI". */
const NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])${BODY_NOUN},?\\s+(?:the\\s+)?$`, "u");
/** Such a noun heading the appositive after it: "ISI, the Pakistani intelligence agency". */
const NOUN_AFTER = new RegExp(`^,\\s+(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}${BODY_NOUN}(?![\\p{L}])`, "u");
/** An initialism's possessive ending. */
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;
/** Tags of a word after a name that leave the name closing its noun phrase ("with the FBI in …"). */
const CLOSING_TAGS = ["Preposition", "Conjunction", "Adverb", "Verb", "Determiner", "Pronoun"];

/** Whether a word names people a body has: a person's noun, not a thing's users. */
function bodyPeople(word: string): boolean {
  const one = word.replace(/s$/u, "");
  if (USERS.has(one)) return false;
  return BODY_PEOPLE_NOUNS.has(one) || BODY_ROLES.has(one) || endsOnPersonNoun(word);
}

/** Whether one or two lower-case words open `rest` and end on a body's people ("planetary scientist"). */
function peopleAfter(rest: string): boolean {
  const words = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/u.exec(rest);
  if (words === null) return false;
  const first = words[1] as string;
  if (bodyPeople(first)) return true;
  const second = words[2];
  return second !== undefined && !termTags(first).some((t) => t.has("Verb")) && bodyPeople(second);
}

/** Whether a person's noun and "of", "at" or "for" come right before ("president of CNBC", "head of the FAA"). */
function personOfBefore(before: string): boolean {
  const noun = /(\p{Ll}+)\s+(?:of|at|for)\s+(?:the\s+)?$/u.exec(before)?.[1];
  return noun !== undefined && bodyPeople(noun);
}

/** A capitalised name (two to four words, "&" inside) at the end or the start of a text. */
const NAME_BEFORE =
  /((?:\p{Lu}[\p{L}'’.-]*\s+(?:&\s+)?){0,3}\p{Lu}[\p{L}'’.-]*)(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/u;
const NAME_AFTER =
  /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.-]*){0,3})/u;

/**
 * Whether a list item beside it is a body's name: one compromise's lexicon knows as a body's, or
 * ending on a body's head ("SBI and ICICI Bank", "awards from Frost & Sullivan, CTIA and Ernst &
 * Young", "Google, IBM"); an initialism beside it says nothing ("HTML, CSS").
 */
function listedWithBody(before: string, after: string): boolean {
  const names = [NAME_BEFORE.exec(before)?.[1], NAME_AFTER.exec(after)?.[1]];
  return names.some((name) => {
    if (name === undefined || /^\p{Lu}{2,6}$/u.test(name)) return false;
    const words = name.split(/\s+/u);
    return (
      termTags(name).some((tags) => tags.has("Organization")) ||
      (words.length > 1 && ORG_HEADS.has((words.at(-1) ?? "").toLowerCase()))
    );
  });
}

/** Whether the initialism at `start`–`end` of `text` (one sentence) is treated there as a body, as above. */
export function shownAsBody(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  // "NASA's Goddard", "NIU's title hopes": a thing is seldom written owning.
  if (POSSESSIVE.test(after)) return true;
  const next = /^\s+(\p{Ll}+)(?![\p{L}'’-])/u.exec(after)?.[1];
  if (next !== undefined && BODY_VERBS.has(next)) return true;
  if (peopleAfter(after) || personOfBefore(before) || SPOKEN_TO.test(before)) return true;
  if (NOUN_BEFORE.test(before) || NOUN_AFTER.test(after) || listedWithBody(before, after)) return true;
  // Closing its noun phrase: nothing, a mark, or a word that is no noun follows ("with the FBI, …").
  const closes =
    !/^\s+\p{Ll}/u.test(after) ||
    (next !== undefined &&
      (termTags(next)[0] ?? new Set<string>()).size > 0 &&
      CLOSING_TAGS.some((tag) => (termTags(next)[0] as ReadonlySet<string>).has(tag)) &&
      !(termTags(next)[0] as ReadonlySet<string>).has("Noun"));
  return closes && (AT.test(before) || WITH_THE.test(before));
}

/** Nouns of what a format, a code or a signal makes or travels on, right after the initialism. */
const FORMAT_NOUN_AFTER =
  /^\s+(?:files?|formats?|code|templates?|markup|stylesheets?|syntax|protocols?|frequency|frequencies|band|bands|queues?|output|input|ports?|cables?|connectors?|adapters?|traffic|packets?)(?![\p{L}])/u;
/** "kind of", "sort of", "type of" right before: a kind of thing. */
const KIND_OF_BEFORE = /(?:^|[^\p{L}])(?:kind|sort|type|form)\s+of\s+$/iu;

/**
 * Whether the initialism at `start`–`end` of `text` is written there as a thing: before a number
 * ("ISBN 978-1-4", "an RTX 2060"), before a noun of what a format or a signal makes or travels on
 * ("CSS files", "the ISM band"), as a kind of thing ("what kind of XYZ is that?"), as a counted
 * noun closing its phrase ("an IDE", "a GUI.", "one per DVR"), before a connector's or a signal's
 * noun ("VGA output", "a USB port"), or in a list beside another initialism ("HTML,
 * CSS and SVG").
 */
export function shownAsThing(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/^[\s-]*\d/u.test(after)) return true;
  // "CSS files", "the ISM band", "a CMS template": what a format, a code or a signal is made into or carried on.
  if (FORMAT_NOUN_AFTER.test(after)) return true;
  // "What kind of XYZ is that?": a kind of thing, closing its phrase.
  const next = /^\s+(\p{Ll}+)(?![\p{L}'’-])/u.exec(after)?.[1];
  if (KIND_OF_BEFORE.test(before) && (next === undefined || !(termTags(next)[0] ?? new Set()).has("Noun"))) return true;
  // "an IDE.", "one per DVR", "each GPU": counted, closing its phrase.
  if (
    /(?:^|[^\p{L}])(?:an?|per|each|every)\s+$/iu.test(before) &&
    !/^\s+\p{Ll}/u.test(after) &&
    !POSSESSIVE.test(after)
  )
    return true;
  return (
    /(?:^|[^\p{L}])\p{Lu}{2,6}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.test(before) ||
    /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\p{Lu}{2,6}(?![\p{L}'’])/u.test(after)
  );
}

/**
 * The keys of the initialisms `sentences` (one article's) write as a thing somewhere
 * (`shownAsThing`, or in the plural: "two DVRs") and nowhere treat as a body's (`shownAsBody`), which compromise's lexicon knows
 * as no body's: the article names them as things, whatever they stand for. An initialism written
 * only beside common nouns ("the EPA test") says neither, and stays as the name reader read it.
 */
export function bodilessInitialisms(sentences: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const bodies = new Set<string>();
  const things = new Set<string>();
  for (const text of sentences)
    for (const token of tokenize(text)) {
      // "two DVRs", "hiring MBAs": a plural counts things (or people) of a kind, as no body's name is written.
      if (PLURAL_INITIALISM.test(token.raw)) things.add(token.key.slice(0, -1));
      if (!INITIALISM.test(token.raw)) continue;
      seen.add(token.key);
      if (!bodies.has(token.key) && shownAsBody(text, token.start, token.end)) bodies.add(token.key);
      if (!things.has(token.key) && shownAsThing(text, token.start, token.end)) things.add(token.key);
    }
  return new Set(
    [...seen].filter(
      (key) =>
        things.has(key) && !bodies.has(key) && !termTags(key.toUpperCase()).some((tags) => tags.has("Organization")),
    ),
  );
}
