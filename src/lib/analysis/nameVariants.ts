/**
 * Whether two written names of people are one person's name, as an article varies it: the same
 * surname, and the same given name or one the short form of the other ("Pat" for "Patrick"),
 * or spelt with one letter more ("Stacy", "Stacey"), with middle initials and a generational suffix left out or added ("Patrick W. Carlineo Jr.",
 * "Patrick Carlineo", "Pat Carlineo"). Two different suffixes ("Jr." and "Sr.") or two given
 * names neither of which shortens the other ("Eric Trump", "Donald Trump") are two people.
 * Keys as `nameKey` gives them (lower case, no periods or accents).
 */
/** Generational suffixes closing a person's name, as keys: "Donald Trump Jr." is another person. The one list of them. */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** Whether a written word is a generational suffix: "Jr.", "III". */
export const isGenerationSuffix = (word: string): boolean =>
  GENERATION_SUFFIXES.has(word.replace(/\.$/u, "").toLowerCase());

interface Parts {
  readonly given: string;
  readonly surname: string;
  readonly suffix: string | undefined;
  /** Full words between the given name and the surname (not initials). */
  readonly middle: readonly string[];
}

function parts(key: string): Parts | undefined {
  const words = key.split(" ").filter((w) => w !== "");
  const suffix = words.length > 0 && GENERATION_SUFFIXES.has(words.at(-1) as string) ? words.pop() : undefined;
  if (words.length < 2) return undefined;
  const given = words[0] as string;
  const surname = words.at(-1) as string;
  return { given, surname, suffix, middle: words.slice(1, -1).filter((w) => w.length > 1) };
}

/** The surname of a person's name key, without a generational suffix ("patrick carlineo jr" → "carlineo"). */
export function surnameKey(key: string): string {
  const words = key.split(" ").filter((w) => w !== "");
  if (words.length > 1 && GENERATION_SUFFIXES.has(words.at(-1) as string)) words.pop();
  return words.at(-1) ?? "";
}

export function samePersonName(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  if (!x || !y || x.surname !== y.surname || x.given.length < 2 || y.given.length < 2) return false;
  if (x.suffix !== undefined && y.suffix !== undefined && x.suffix !== y.suffix) return false;
  if (x.middle.join(" ") !== y.middle.join(" ") && x.middle.length > 0 && y.middle.length > 0) return false;
  const [short, long] = x.given.length <= y.given.length ? [x.given, y.given] : [y.given, x.given];
  return short === long || (short.length >= 3 && long.startsWith(short)) || oneLetterMore(short, long);
}

/**
 * Whether a given name of five letters or more is another spelt with one letter more ("Stacy" and
 * "Stacey", "Mathew" and "Matthew"): an article that misspells a name once varies it so, where two
 * people of one surname have given names that differ more ("Jon" and "Joan" are too short to say).
 */
function oneLetterMore(short: string, long: string): boolean {
  if (short.length < 5 || long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i += 1) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}
