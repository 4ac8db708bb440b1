/**
 * The person-noun vocabulary: nouns a story uses for someone by what they do or who they are to
 * someone, in one place. Three readers build their own views from these groups and add the few
 * words only they need, each said where it is added:
 * - entities.ts `OCCUPATIONS`: the work an appositive gives a person ("a high school coach");
 * - names.ts `PERSON_ROLES`: a title or role right before a name or heading its appositive;
 * - quotes.ts `DESCRIPTION_NOUNS` and `DESCRIBED_PERSON_SUBJECT`: a named person described.
 */
import type { Gender } from "./gender.ts";
import { termTags } from "./termTags.ts";

/** Performers, named by all three readers: "the actress", "singer Adele", "an actor,". */
export const PERFORMER_NOUNS = ["actor", "actress", "singer"] as const;

/** Public figures' work an appositive gives and a story describes a named person by ("the rapper"). */
export const FIGURE_NOUNS = ["rapper", "comedian", "musician", "novelist", "athlete"] as const;

/**
 * The nouns a story gives one named person and then uses alone for them ("actor Tom Vale" … "the
 * actor"): quotes.ts and speakers.ts read a bare "the actor" as that person.
 */
export const NAMED_PERSON_NOUNS: ReadonlySet<string> = new Set<string>([...PERFORMER_NOUNS, ...FIGURE_NOUNS]);

/** Professions all three readers take as a person's role, but never a described speaker alone ("said the lawyer" may be an unnamed source). */
export const PROFESSION_NOUNS = ["writer", "author", "player", "coach", "lawyer"] as const;

/**
 * Family words and the pronoun each takes, as a writer names their own kin ("Mom", "my aunt",
 * writersKin.ts); KIN_NOUNS below are the few of them a story puts before a name or reads as a
 * role.
 */
export const FAMILY: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ..."mom mum mommy mother grandma grandmother granny nana aunt auntie sister daughter wife niece stepmother stepmom"
    .split(" ")
    .map((word) => [word, "female"] as const),
  ..."dad daddy father grandpa grandfather uncle brother son husband nephew stepfather stepdad"
    .split(" ")
    .map((word) => [word, "male"] as const),
]);

/** Who someone is to another: before a name ("wife Jane Doe") or a clause's subject ("the mother said"). */
export const KIN_NOUNS = ["wife", "husband", "son", "daughter", "mother", "father"] as const;

/** A body's people: after a name they make it the body's ("DHS officials", "the Acme staff"). */
export const BODY_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "official",
  "aide",
  "staff",
  "staffer",
  "member",
  "employee",
  "worker",
]);

/**
 * True when `phrase`'s last word is a noun of a person by trade, rank or tie in compromise's
 * lexicon (its `Actor` tag: "economist", "analyst", "chief executive", "boss"), so "Acme’s chief
 * economist" is someone Acme has, left unnamed, and not a thing Acme owns ("the Department’s
 * manual", "the firm’s printer"). The lexicon sorts about a thousand such nouns by meaning; a
 * compound on "-man", "-woman" or "-person" is one by its ending. The speaker readers' own role
 * lists stay first.
 */
export function endsOnPersonNoun(phrase: string): boolean {
  const last =
    phrase
      .trim()
      .split(/\s+/u)
      .at(-1)
      ?.replace(/[.!?,;:]+$/u, "") ?? "";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(last)) return false;
  // Alone ("economist"), or as the phrase's head, which its words before may make a noun ("head coach").
  const person = (tags: ReadonlySet<string> | undefined) => tags !== undefined && tags.has("Actor") && tags.has("Noun");
  const words = phrase.trim().split(/\s+/u).slice(-3).join(" ");
  // A compound on "-man", "-woman", "-person" names one, lexicon or not ("spokeswoman", "chairman").
  if (/(?:man|woman|person)$/u.test(last)) return true;
  return person(termTags(last)[0]) || (/^[\p{Ll}\s-]+$/u.test(words) && person(termTags(words).at(-1)));
}
