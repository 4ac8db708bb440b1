/**
 * Cues around a name no lexicon knows ("Lipolelo Potobere", "Nokukhanya Jele") that say it is a
 * person's: the sentence speaks of it as of someone. A speech verb after it is none ("Vorra
 * Machine said" may be a company's statement). names.ts asks these only for a run shaped as
 * a person's name that compromise reads as no person, place or body (`unmetName`), so a cue never
 * turns a known place or company into a person; it only keeps a name that would otherwise be
 * dropped for want of a kind.
 *
 * - an appositive of a person follows: ", a military veteran who organised …", ", President Cyril
 *   Ramaphosa’s special adviser on …", ", his opponent in …" (an owner's possessive may stand for
 *   the article);
 * - a predicate of a person follows: " is a mother of two";
 * - a person's noun right before it: "AP photojournalist Dar Yasin";
 * - a role set off before it, the name set off after: "Another villager, Lipolelo Potobere, said",
 *   "Minister of Natural Resources, Mohlomi Moleko, would not …".
 *
 * A role is a person's noun in compromise's lexicon (`endsOnPersonNoun` on a word the lexicon
 * holds, not one it guesses by its ending, as it does German "späterer") or one of the few nouns of
 * standing the lexicon leaves out (`OTHER_PERSON_NOUNS`).
 */
import { endsOnPersonNoun, FAMILY } from "./personNouns.ts";
import { lexiconWord } from "./termTags.ts";

/**
 * Nouns only a person is, that compromise's lexicon does not tag as one ("adviser", "villager",
 * "student"), besides the family words (personNouns' `FAMILY`). No noun a company can be
 * ("vendor", "owner", "partner", "member").
 */
const OTHER_PERSON_NOUNS = new Set(
  `adviser advisor villager student nurse alumnus alumna billionaire millionaire pensioner volunteer
  spokesperson spokesman spokeswoman photojournalist resident widow widower cousin`
    .split(/\s+/u)
    .filter((w) => w !== ""),
);

/** Offices held "of" a body or a field, before it is named: "Minister of Natural Resources". */
const OFFICES_OF =
  "minister|secretary|director|head|chairman|chairwoman|chairperson|president|governor|commissioner|mayor|ambassador|chief";

/**
 * ", a …", ", the …", ", former …", ", his …", ", President Cyril Ramaphosa’s …": an appositive's
 * opening ("Ana Ruiz, his opponent in the final," names someone's opponent, a person).
 */
const APPOSITIVE_OPENING =
  /^,\s*(?:(?:a|an|the|former|another|his|her|their)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*['’]s?\s+)/u;
/** " is a …", " was an …": a predicate noun phrase's opening. */
const PREDICATE_OPENING = /^\s+(?:is|was)\s+(?:a|an|the)\s+/u;
/** Where a noun phrase of a role ends: a preposition, a relative, a clause's punctuation. */
const PHRASE_END =
  /\s(?:of|at|in|for|from|on|with|who|whose|which|that|to|and|since|based|until|after|before|during|under)\s|[,.;:!?)(—–"“”]/u;
/** One to three lower-case words right before a name, no comma between: "AP photojournalist ", "the think tank ". */
export const NOUN_BEFORE = /(?<![\p{L}-])((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s$/u;
/** The set-off close after a name: a comma, a clause's end, or the sentence's end. */
const SET_OFF_AFTER = /^(?:\s*,|[.;!?]|\s*$)/u;
/** A role phrase, then a comma, right before the name: "Another villager, ". */
const ROLE_COMMA_BEFORE = /(?:^|[,;:(—–]\s*|\s)((?:\p{L}[\p{L}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+$/u;
/** An office of a named body or field, then a comma, right before the name: "Minister of Natural Resources, ". */
const OFFICE_OF_BEFORE = new RegExp(
  `(?:^|[\\s(*_])(?:${OFFICES_OF})\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}'’-]*){0,5},\\s+$`,
  "iu",
);

/** Whether a noun phrase of a role ends on a person's noun ("a military veteran", "special adviser"). */
export function personRole(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  const last = (words.at(-1) ?? "").toLowerCase();
  if (last === "" || !/^\p{Ll}[\p{Ll}-]*$/u.test(words.at(-1) ?? "")) return false;
  // A word compromise only guesses to be someone's by its ending ("späterer", a German adjective) is not.
  return (
    OTHER_PERSON_NOUNS.has(last) ||
    FAMILY.has(last) ||
    (lexiconWord(last) && endsOnPersonNoun(words.slice(-3).join(" ")))
  );
}

/**
 * The noun phrase an opening matched in `after` heads, up to where `phraseEnd` says it ends;
 * undefined when there is no opening or the run is too long to be a noun phrase.
 */
export function phraseAfter(after: string, opening: RegExp, phraseEnd: RegExp = PHRASE_END): string | undefined {
  const open = opening.exec(after);
  if (open === null) return undefined;
  const rest = after.slice(open[0].length);
  const end = phraseEnd.exec(rest);
  const phrase = (end === null ? rest : rest.slice(0, end.index)).trim();
  // A role is a few words; a longer run is a clause, not a noun phrase.
  return phrase.split(/\s+/u).length <= 4 ? phrase : undefined;
}

/**
 * Whether the text around a name no lexicon knows shows it to be a person's (see above).
 * `before` is the sentence up to the name, `after` the sentence from its end.
 */
export function unmetPersonCue(before: string, after: string): boolean {
  // "AP photojournalist Dar Yasin", "the farmer Tau Ramela": a person's noun right before the name.
  const noun = NOUN_BEFORE.exec(before)?.[1];
  if (noun !== undefined && personRole(noun)) return true;
  const appositive = phraseAfter(after, APPOSITIVE_OPENING);
  if (appositive !== undefined && personRole(appositive)) return true;
  const predicate = phraseAfter(after, PREDICATE_OPENING);
  if (predicate !== undefined && personRole(predicate)) return true;
  if (!SET_OFF_AFTER.test(after)) return false;
  if (OFFICE_OF_BEFORE.test(before)) return true;
  const role = ROLE_COMMA_BEFORE.exec(before)?.[1];
  return role !== undefined && personRole(role);
}
