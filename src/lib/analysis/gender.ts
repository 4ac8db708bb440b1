/**
 * A person's gender as the text states it, so "he" and "she" are never given to someone the
 * text shows to be the other: "Her husband, Samuel Oyelaran, ran the ferry before her" makes
 * Samuel no one "she" can stand for. Read only from words that state it next to the name — a
 * gendered role or kinship noun in apposition ("Her husband, X", "X, a police spokeswoman"), or
 * an honorific ("Mr.", "Mrs.") — never guessed from a first name. Unknown stays unknown: it
 * rules no one out. Pure.
 */

export type Gender = "male" | "female";

const MALE_NOUNS =
  "husband|father|son|brother|grandfather|grandson|uncle|nephew|boyfriend|widower|king|prince|spokesman|chairman|congressman|businessman|councilman|boy|man";
const FEMALE_NOUNS =
  "wife|mother|daughter|sister|grandmother|granddaughter|aunt|niece|girlfriend|widow|queen|princess|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|actress|girl|woman";

/** A gendered noun or honorific right before a name: "Her husband, ", "his wife ", "Mrs. ". */
const BEFORE = new RegExp(
  `(?:(?<!\\p{L})(?:(${MALE_NOUNS})|(${FEMALE_NOUNS}))\\s*,?\\s+|(?<!\\p{L})(?:(Mr\\.?)|(Mrs\\.?|Ms\\.?|Miss))\\s+)$`,
  "iu",
);
/** An appositive headed by a gendered noun right after a name: ", a police spokeswoman", ", her son,". */
const AFTER = new RegExp(
  `^,\\s+(?:an?|the|his|her|their|\\p{Lu}[\\p{L}·-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(${MALE_NOUNS})|(${FEMALE_NOUNS}))(?!\\p{L})`,
  "u",
);

/** The gender the words around a name state (`before` ends at the name, `after` starts after it), or undefined. */
export function statedGender(before: string, after: string): Gender | undefined {
  const b = BEFORE.exec(before);
  if (b) return b[1] !== undefined || b[3] !== undefined ? "male" : "female";
  const a = AFTER.exec(after);
  if (a) return a[1] !== undefined ? "male" : "female";
  return undefined;
}

/** The gender "he" or "she" refers to; undefined for any other word. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === "he" ? "male" : w === "she" ? "female" : undefined;
}

/**
 * Collects each person's stated gender over their mentions; a person stated both ways (or a
 * key two people share) is unknown.
 */
export class Genders {
  readonly #known = new Map<string, Gender | null>();

  /** Records what the text around one mention of `key` states. */
  note(key: string, before: string, after: string): void {
    const stated = statedGender(before, after);
    if (stated === undefined) return;
    const was = this.#known.get(key);
    this.#known.set(key, was === undefined || was === stated ? stated : null);
  }

  /** True unless the text states `key`'s gender and the pronoun's is the other. */
  fits(key: string, pronoun: Gender | undefined): boolean {
    const known = this.#known.get(key);
    return pronoun === undefined || known === undefined || known === null || known === pronoun;
  }
}
