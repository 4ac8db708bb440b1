/**
 * The entities figure of `npm run eval`: how the entities the analysis finds in an article
 * compare with the people, organisations and places its gold answer lists. Pure: the caller
 * runs the analysis and reads the gold file.
 *
 * - recall: the gold's people and organisations that some found entity names;
 * - precision: found people and organisations that name something the gold lists (as a
 *   person, organisation or place: a kind mix-up is a smaller error than an invented name);
 * - wrong links: register entities linked in the article that name nothing the gold lists,
 *   such as "Cuba’s coast guard" linked to the U.S. Coast Guard. A register entity's one-word
 *   form vouches for a link only by equal key or initials, never as the tail of a longer gold
 *   name whose other words are capitalised: "Congress" is not "Colombia’s Congress", "Trump" is not "Eric Trump", "Mexico" is
 *   not "New Mexico", and the "Congress of Mexico" is not "Mexico" (`sameRegisterName`).
 *
 * - a gold name marked with its register link (`MarkedName`) is named only by an entity with
 *   that link: a namesake the register claims ("Sen. Ron Johnson" linked to the ambassador) is a
 *   wrong link, not a recognised name.
 *
 * Two names agree when their keys (`nameKey`: case, accents, periods, "the" and a possessive
 * ignored) are equal, when one is the other's tail ("Caro Quintero", "Rafael Caro Quintero";
 * "Justice Department", "U.S. Justice Department"), or when one is the other's initials
 * ("FBI", "Federal Bureau of Investigation"), each after a company's legal form is taken off
 * ("U.S. Games Systems, Inc.", "U.S. Games Systems").
 */
import { companyStem } from "#lib/text/companyStem.ts";
import { nameKey } from "#lib/text/tokens.ts";

/**
 * A gold name that says which register entity it is: `register` is the id it must link to, or
 * null when it must link to none (a namesake: "Sen. Ron Johnson" is not the register's
 * ambassador). Matching by name alone would count such a wrong link as right.
 */
export interface MarkedName {
  readonly name: string;
  readonly register: string | null;
}

/** A gold name: a plain name, or one marked with its register link. */
export type GoldName = string | MarkedName;

export interface EntityGold {
  readonly people: readonly GoldName[];
  readonly organisations: readonly GoldName[];
  readonly places: readonly GoldName[];
}

/** One entity the analysis found in the article. */
export interface DetectedEntity {
  readonly kind: "person" | "organisation" | "place";
  /** The names it goes by: the text of its mentions, and its register name and aliases. */
  readonly forms: readonly string[];
  /** Set when the entity is a register entity (a link an editor vouches for). */
  readonly registerId?: string;
}

export interface EntityScore {
  /** Gold people and organisations. */
  readonly gold: number;
  readonly recognised: number;
  /** Found people and organisations. */
  readonly found: number;
  readonly correct: number;
  readonly wrongLinks: number;
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
  readonly wrong: readonly string[];
}

const INITIALS_STOP = new Set(["of", "the", "and", "for", "de", "la", "del"]);

/** Whether two names name the same thing, by the rules above. */
export function sameName(a: string, b: string): boolean {
  return sameKey(companyStem(nameKey(a)) ?? nameKey(a), companyStem(nameKey(b)) ?? nameKey(b));
}

/**
 * The rules above on two name keys as given. A register form is compared without taking off a
 * legal form, so that a person's one-word name ("Trump") never passes for a firm's ("Trump Group").
 */
function sameKey(ka: string, kb: string): boolean {
  if (ka === "" || kb === "") return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (long.endsWith(` ${short}`)) return true;
  const initials = long
    .split(" ")
    .filter((w) => !INITIALS_STOP.has(w))
    .map((w) => w[0])
    .join("");
  return !short.includes(" ") && short.length >= 2 && initials === short;
}

/** A preposition closing the words before a name's tail: "congress of ", "russian embassy in ". */
const OWNER_BEFORE = /\b(?:of|in|at|for|de|del)\s$/u;

/**
 * `sameName` for a register entity's form: a one-word form ("Congress", "Trump") that is only
 * the tail of a longer gold name names something else, since the longer name's first words
 * say which body or person it is.
 */
export function sameRegisterName(form: string, gold: string): boolean {
  const kf = nameKey(form);
  const kg = nameKey(gold);
  if (!sameKey(kf, kg)) return false;
  // "Congress of Mexico" does not name "Mexico", nor the "Russian Embassy in Mexico City" the city:
  // a gold name that is a register form's tail after a preposition is that body's place or owner.
  if (kf.endsWith(` ${kg}`) && OWNER_BEFORE.test(kf.slice(0, -kg.length))) return false;
  if (kf.includes(" ") || kf === kg || !kg.endsWith(` ${kf}`)) return true;
  // A lower-case modifier ("eastern Pacific") narrows the same thing; a capitalised word is part of another name.
  const lead = gold.trim().split(/\s+/u).slice(0, -kf.split(" ").length);
  return !lead.some((word) => /^\p{Lu}/u.test(word));
}

const nameOf = (gold: GoldName): string => (typeof gold === "string" ? gold : gold.name);

/** Whether a found entity names a gold one: by name, and by register link where the gold marks it. */
const names = (entity: DetectedEntity, gold: GoldName) => {
  if (typeof gold !== "string" && (entity.registerId ?? null) !== gold.register) return false;
  const name = nameOf(gold);
  return entity.forms.some((form) =>
    entity.registerId === undefined ? sameName(form, name) : sameRegisterName(form, name),
  );
};

export function scoreEntities(gold: EntityGold, detected: readonly DetectedEntity[]): EntityScore {
  const wanted = [...gold.people, ...gold.organisations];
  const all = [...wanted, ...gold.places];
  const missed = wanted.filter((g) => !detected.some((entity) => names(entity, g))).map(nameOf);
  const counted = detected.filter((entity) => entity.kind !== "place");
  const spurious = counted.filter((entity) => !all.some((g) => names(entity, g)));
  const wrong = detected.filter((entity) => entity.registerId !== undefined && !all.some((g) => names(entity, g)));
  const label = (entity: DetectedEntity) => entity.registerId ?? entity.forms[0] ?? "";
  return {
    gold: wanted.length,
    recognised: wanted.length - missed.length,
    found: counted.length,
    correct: counted.length - spurious.length,
    wrongLinks: wrong.length,
    missed,
    spurious: spurious.map(label),
    wrong: wrong.map(label),
  };
}

/** The sum of several articles' scores (lists concatenated). */
export function sumEntityScores(scores: readonly EntityScore[]): EntityScore {
  const sum = (pick: (s: EntityScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  return {
    gold: sum((s) => s.gold),
    recognised: sum((s) => s.recognised),
    found: sum((s) => s.found),
    correct: sum((s) => s.correct),
    wrongLinks: sum((s) => s.wrongLinks),
    missed: scores.flatMap((s) => s.missed),
    spurious: scores.flatMap((s) => s.spurious),
    wrong: scores.flatMap((s) => s.wrong),
  };
}
