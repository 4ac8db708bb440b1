/**
 * A person's gender as the text states it, so "he" and "she" are never given to someone the
 * text shows to be the other: "Her husband, Samuel Oyelaran, ran the ferry before her" makes
 * Samuel no one "she" can stand for. Read only from words that state it next to the name — a
 * gendered role or kinship noun in apposition ("Her husband, X", "X, a police spokeswoman") or
 * as what the name is ("X is one of the first two Muslim women elected"), or an honorific
 * ("Mr.", "Mrs.") — and, as a weaker cue the text's own words outweigh, from a given name the
 * lexicon gives one gender ("Donald" is no one "she" stands for; givenNameGender). Unknown stays
 * unknown: it rules no one out. Pure.
 */
import { alternation, REPORTING_VERBS, SPEECH_VERBS } from "#lib/text/attribution.ts";
import nlp from "#lib/text/nlp.ts";
import { writtenSurnameFirst } from "./eastAsianNames.ts";

export type Gender = "male" | "female";

const MALE_NOUNS =
  "husband|father|son|brother|grandfather|grandson|uncle|nephew|boyfriend|widower|king|prince|spokesman|chairman|congressman|businessman|councilman|boy|man";
const FEMALE_NOUNS =
  "wife|mother|daughter|sister|grandmother|granddaughter|aunt|niece|girlfriend|widow|queen|princess|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|actress|girl|woman";

/**
 * A gendered noun right before a name: "Her husband, ", "his wife ". Not the second of a pair
 * ("husband and wife Tom and Mary"): it may be the other name's.
 */
const BEFORE = new RegExp(`(?<!\\p{L})(?<!(?:and|or|&)\\s+)(?:(${MALE_NOUNS})|(${FEMALE_NOUNS}))\\s*,?\\s+$`, "iu");
/** The honorifics that state a gender, each a regular-expression source: "Mr" for a man. */
export const MALE_HONORIFICS = "Mr";
/** … and "Mrs", "Ms", "Miss" for a woman. */
export const FEMALE_HONORIFICS = "Mrs|Ms|Miss";
/** An honorific right before a name, capitalised as a title is ("Mrs. ", not "fans will miss "). */
const HONORIFIC = new RegExp(String.raw`(?<!\p{L})(?:(${MALE_HONORIFICS})|(${FEMALE_HONORIFICS}))\.?\s+$`, "u");
/**
 * Words that end an appositive's head before the noun: "a lawyer for his wife" is no wife, and
 * "the woman's lawyer" no woman, so the gendered noun must head the phrase, not follow it.
 */
const NOT_MODIFIER = String.raw`(?:of|for|to|with|and|or|by|at|in|on|from|his|her|their|its|the|an?)`;
/** An appositive headed by a gendered noun right after a name: ", a police spokeswoman", ", her son,". */
const AFTER = new RegExp(
  `^,\\s+(?:an?|the|his|her|their|\\p{Lu}[\\p{L}·-]*['’]s)\\s+(?:(?!${NOT_MODIFIER}\\s)[\\p{L}-]+\\s+){0,3}?(?:(${MALE_NOUNS})|(${FEMALE_NOUNS}))(?![\\p{L}'’-])`,
  "u",
);

/**
 * A gendered noun as what a name is: "Omar is one of the first two Muslim women elected", "X was
 * the first man to …". Its head is the noun, as in AFTER; "one of" takes the plural.
 */
const COPULA = new RegExp(
  `^\\s+(?:is|was)\\s+(?:one\\s+of\\s+)?(?:an?|the|his|her|their)\\s+(?:(?!${NOT_MODIFIER}\\s)[\\p{L}-]+\\s+){0,4}?(?:(${MALE_NOUNS}|men|boys)|(${FEMALE_NOUNS}|women|girls))(?![\\p{L}'’-])`,
  "u",
);

/**
 * What BEFORE and HONORIFIC need at the end of `before`: a gendered noun or an honorific, then
 * only spaces and commas. Tested on the last few characters, so a name late in a long paragraph
 * does not cost a scan of the whole paragraph; where it fails neither can match, so the answer is
 * the same.
 */
const GENDERED_END = new RegExp(
  `(?:${MALE_NOUNS}|${FEMALE_NOUNS}|${MALE_HONORIFICS}|${FEMALE_HONORIFICS})\\.?[\\s,]*$`,
  "iu",
);
/** The longest noun or honorific, and the spaces and commas after it a tail keeps whole. */
const GENDERED_TAIL = 16;
/**
 * Sticky copies of BEFORE and HONORIFIC, tried only at the positions a match can start from: an
 * end-anchored pattern run with `exec` is tried at every position of the text, so a paragraph
 * with many names (a "Johnson, " passes GENDERED_END) cost its length for each of them. Their
 * look-behinds still see the text before the position, so a match is the one `exec` finds.
 */
const BEFORE_AT = new RegExp(BEFORE.source, "iuy");
const HONORIFIC_AT = new RegExp(HONORIFIC.source, "uy");

/**
 * BEFORE's match in `before`, else HONORIFIC's, as `exec` finds them: both need a noun or an
 * honorific that ends where only spaces and commas follow, so a match starts within the last
 * GENDERED_TAIL characters before them, and the leftmost start that matches is `exec`'s.
 */
function genderBefore(before: string): RegExpExecArray | null {
  let end = before.length;
  while (end > 0 && /[\s,]/u.test(before[end - 1] as string)) end -= 1;
  const from = Math.max(0, end - GENDERED_TAIL);
  if (!GENDERED_END.test(before.slice(from, end))) return null;
  return endAnchoredAt(BEFORE_AT, before, from, end) ?? endAnchoredAt(HONORIFIC_AT, before, from, end);
}

/** The first match of the sticky `pattern` in `text` starting from `from` up to `to`. */
function endAnchoredAt(pattern: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  for (let at = from; at < to; at += 1) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

/** The gender the words around a name state (`before` ends at the name, `after` starts after it), or undefined. */
export function statedGender(before: string, after: string): Gender | undefined {
  const b = genderBefore(before);
  if (b) return b[1] !== undefined ? "male" : "female";
  const a = AFTER.exec(after) ?? COPULA.exec(after);
  if (a) return a[1] !== undefined ? "male" : "female";
  return undefined;
}

/** compromise's lexicon: a word, lower case, to its tag ("michelle" → "FemaleName"). */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Readonly<Record<string, string>> } } }).model.one.lexicon;

/**
 * The gender a person's given name usually has, as compromise's lexicon of given names knows it
 * ("Michelle Ortiz" female, "Donald Reyes" male): only a name of two or more words whose first
 * word is the given name (not a name written surname first, "Kim Yong-hyun", nor one whose last
 * word is a short syllable, "Kim Jong Un"), and only a name the lexicon gives one gender. A weak
 * cue (see Genders.noteGivenName): the text's own words outweigh it.
 */
export function givenNameGender(name: string): Gender | undefined {
  const words = name.trim().split(/\s+/u);
  const first = words[0];
  if (first === undefined || words.length < 2 || (words.at(-1) ?? "").length < 3 || writtenSurnameFirst(name))
    return undefined;
  const tag = Object.hasOwn(LEXICON, first.toLowerCase()) ? LEXICON[first.toLowerCase()] : undefined;
  return tag === "FemaleName" ? "female" : tag === "MaleName" ? "male" : undefined;
}

/** The gender "he" or "she" refers to; undefined for any other word. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  return w === "he" ? "male" : w === "she" ? "female" : undefined;
}

/**
 * The subject of the clause a name reports, right after the name and its speech verb: "Sheinbaum
 * said she would …", "Brandt told reporters he …", "Ruiz, 52, says that she …".
 */
const REPORTED_SUBJECT = new RegExp(
  `^(?:,[^,;“”"]{1,40},)?\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?:${alternation([...SPEECH_VERBS, ...REPORTING_VERBS])})(?:\\s+\\p{Ll}+)?\\s+(?:that\\s+)?(he|she)(?!\\p{L})`,
  "u",
);

/**
 * The gender of the pronoun that is the subject of what a name reports (`after` starts right
 * after the name), or undefined. Not any pronoun later in the sentence: "Trump praised the
 * Mexican president, saying she …" says nothing of Trump.
 */
export function reportedPronoun(after: string): Gender | undefined {
  return pronounGender(REPORTED_SUBJECT.exec(after)?.[1] ?? "");
}

/**
 * A relative clause of place or time right after a name whose subject is a pronoun: "the offices
 * of Ann Cole, where she worked". Most often the pronoun is the person just named, but not
 * always ("the home of John Smith, where she stayed"), so it counts as one pronoun, as a
 * reported subject does.
 */
const WHERE_SUBJECT = /^,\s+(?:where|when)\s+(he|she)(?!\p{L})/u;

/** The gender of the pronoun opening a relative clause right after a name (`after` starts after it), or undefined. */
export function relativePronoun(after: string): Gender | undefined {
  return pronounGender(WHERE_SUBJECT.exec(after)?.[1] ?? "");
}

/** How many times the cues for one gender must outnumber the other's for it to count. */
const MINORITY = 3;

/**
 * Collects each person's gender over the cues the text gives: what it states next to a name,
 * and the pronoun that is the subject of what they report ("Sheinbaum said she would …"). A
 * person is of one gender when the cues for the other are none or a small minority (a pronoun
 * can stand for someone the sentence does not name: "Trump praised the Mexican president,
 * saying she …"); otherwise unknown.
 */
export class Genders {
  readonly #cues = new Map<string, { male: number; female: number }>();

  /** Records one cue for `key`, of `weight` pronouns. */
  add(key: string, gender: Gender | undefined, weight = 1): void {
    if (gender === undefined) return;
    const cues = this.#cues.get(key) ?? { male: 0, female: 0 };
    cues[gender] += weight;
    this.#cues.set(key, cues);
  }

  /** Records what the text around one mention of `key` states: it outweighs a stray pronoun. */
  note(key: string, before: string, after: string): void {
    this.noteStated(key, statedGender(before, after));
  }

  /** Records the gender the text states next to one mention of `key` (`statedGender`), read beforehand. */
  noteStated(key: string, gender: Gender | undefined): void {
    this.add(key, gender, MINORITY + 1);
  }

  readonly #givenNoted = new Set<string>();

  /**
   * Records, once for `key`, the gender its given name usually has (givenNameGender): as much as
   * MINORITY pronouns, so one stated word or one pronoun of the other gender outweighs or cancels
   * it ("Alex Ruiz said she …" leaves Alex Ruiz unknown), while it rules out, alone, a person no
   * other cue tells of ("Donald Reyes" for "she").
   */
  noteGivenName(key: string, name: string): void {
    if (this.#givenNoted.has(key)) return;
    this.#givenNoted.add(key);
    const gender = givenNameGender(name);
    if (gender !== undefined) this.#givenOnly.set(key, gender);
    this.add(key, gender, MINORITY);
  }

  /** The gender each key's given name gave, for `guessedOnly`. */
  readonly #givenOnly = new Map<string, Gender>();

  /**
   * True when the one cue to `key`'s gender is the given name's usual one ("Kim", "Leslie" are
   * given to either): no word of the text and no pronoun tells it, so a pronoun of the other
   * gender that plainly goes on a person's own words may still be them.
   */
  guessedOnly(key: string): boolean {
    const given = this.#givenOnly.get(key);
    const cues = this.#cues.get(key);
    if (given === undefined || !cues) return false;
    const other = given === "male" ? "female" : "male";
    return cues[given] === MINORITY && cues[other] === 0;
  }

  /** The gender the cues for `key` show, or undefined. */
  of(key: string): Gender | undefined {
    const cues = this.#cues.get(key);
    if (!cues) return undefined;
    if (cues.male > MINORITY * cues.female) return "male";
    if (cues.female > MINORITY * cues.male) return "female";
    return undefined;
  }

  /** True unless the text shows `key`'s gender and the pronoun's is the other. */
  fits(key: string, pronoun: Gender | undefined): boolean {
    const known = this.of(key);
    return pronoun === undefined || known === undefined || known === pronoun;
  }
}
