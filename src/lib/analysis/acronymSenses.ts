/**
 * Acronyms an article spells out as something else than the register's entity of that acronym:
 * "the Culinary Institute of America (CIA)", "ICE (internal combustion engine)", "Human
 * Resources Watch (HRW)". An acronym names many things; the register's alias "CIA" vouches for
 * the agency only where the text does not say it means another. Once an article defines it,
 * it means that throughout the article, so none of its uses there is linked: linking any would
 * be a guess against the text's own word.
 *
 * The spelled-out form is the run of words right before "(ABC)", or inside the brackets right
 * after "ABC", whose initials (small words such as "of", "and" left out) are the acronym's
 * letters, else a capitalised name of two words or more right before "(ABC)". A spelled-out
 * form that is the register's, perhaps after a qualifier ("U.S. Immigration and Customs
 * Enforcement (ICE)"), keeps the link; where nothing spells it out, the link stands.
 *
 * Nor does an acronym that is also a word of the language vouch for the body where nothing around
 * it is that body's: "ICE" in copy on cocoa and cotton prices is an exchange, not the immigration
 * agency. Where the article writes none of the body's other forms and no word of its field (the
 * distinctive words of its name: "immigration", "customs", "enforcement"), such an acronym is left
 * unlinked (`unsupportedAcronyms`). An acronym that is no word ("CIA", "SEMAR") names its body
 * wherever it stands: asking it for support would only lose links and propose the register's own
 * body as a new name.
 */
import { lexiconWord } from "./termTags.ts";
import { nameKey, tokenize } from "#lib/text/tokens.ts";
import { findNames, ORG_HEADS, TITLES } from "./names.ts";

const SMALL = new Set(["of", "the", "and", "for", "on", "in", "de", "la", "del", "y", "&"]);

/** The words of `words` (in order) whose initials, small words left out, spell `letters`: the shortest such tail or head. */
function spelled(words: readonly string[], letters: string, fromEnd: boolean): string | undefined {
  for (let n = 1; n <= words.length; n += 1) {
    const run = fromEnd ? words.slice(words.length - n) : words.slice(0, n);
    if (SMALL.has((run[0] as string).toLowerCase()) || SMALL.has((run.at(-1) as string).toLowerCase())) continue;
    const initials = run
      .filter((w) => !SMALL.has(w.toLowerCase()))
      .flatMap((w) => w.split(/[-‐]/u))
      .map((w) => w[0] ?? "")
      .join("")
      .toLowerCase();
    if (initials === letters) return run.join(" ");
  }
  return undefined;
}

/**
 * A name of two capitalised words or more right before the brackets, whatever its initials:
 * "the Intercontinental Exchange (ICE)" defines the acronym as that name.
 */
function nameBefore(before: string, keepThe = false): string | undefined {
  const name =
    /(?:^|[^\p{L}’'.-])((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:of|and|for|the|de|la|del)\s+)*)+\p{Lu}[\p{L}’'.-]*)\s*$/u.exec(
      before,
    )?.[1];
  return keepThe ? name : name?.replace(/^The\s+/u, "");
}

/**
 * The acronyms (keys as `nameKey` gives them: "cia") of `known` that a sentence of `sentences`
 * spells out as a name whose key is none of that acronym's `known` forms.
 */
export function otherSenses(
  sentences: readonly string[],
  known: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const other = new Set<string>();
  for (const text of sentences) {
    for (const match of text.matchAll(/\(([\p{Lu}.]{2,10})\)|\b([\p{Lu}.]{2,10})\s+\(([^()]{3,80})\)/gu)) {
      const acronym = match[1] ?? match[2] ?? "";
      const key = tokenize(acronym)
        .map((t) => t.key)
        .join("");
      const forms = known.get(key);
      if (forms === undefined) continue;
      const words =
        match[1] !== undefined
          ? (text.slice(Math.max(0, match.index - 120), match.index).match(/[\p{L}&][\p{L}&’'.-]*/gu) ?? [])
          : (match[3]?.match(/[\p{L}&][\p{L}&’'.-]*/gu) ?? []);
      const spelledOut =
        spelled(words.slice(match[1] !== undefined ? -10 : 0, 10), key, match[1] !== undefined) ??
        (match[1] !== undefined ? nameBefore(text.slice(0, match.index)) : undefined);
      if (spelledOut === undefined) continue;
      const spelledKey = nameKey(spelledOut);
      // "U.S. Immigration and Customs Enforcement (ICE)": a qualifier before the register's own name.
      if (![...forms].some((form) => spelledKey === form || spelledKey.endsWith(` ${form}`))) other.add(key);
    }
  }
  return other;
}

/** An acronym an article defines by a name right before it: "the New York State Attorney General (NYAG)". */
export interface AcronymDefinition {
  /** The defined name's offsets in the sentence ("New York State Attorney General"). */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** The acronym's key ("nyag"). */
  readonly acronym: string;
}

/**
 * Whether an acronym's letters are, in order, initials of the name's words (an initialism among
 * them gives all its letters: "UN Relief and Works Agency" for "UNRWA"; small words left out,
 * some words perhaps skipped: "New York State Attorney General" for "NYAG"; small words' too when
 * `small`: "DOE" for "Department of Energy"), its first letter the
 * name's. "Security Cabinet and the Navy Ministry" does not spell "SEMAR": the bracket then names
 * the last body only, or something else.
 */
function initialsFit(name: string, acronym: string, small = false): boolean {
  const initials = name
    .split(/[\s\-‐]+/u)
    .filter((w) => w !== "" && (small || !SMALL.has(w.toLowerCase())))
    // "UN Relief and Works Agency" for "UNRWA": a shorter initialism inside the name gives all its letters
    // (not the acronym itself: "DNC Chairman Tim Kaine" spells no "DNC").
    .flatMap((w) =>
      /^\p{Lu}{2,4}$/u.test(w) && w.length < acronym.length
        ? w.toLowerCase().split(/(?=\p{L})/u)
        : [(w[0] ?? "").toLowerCase()],
    );
  if (initials[0] !== acronym[0]) return false;
  let at = 0;
  for (const letter of initials) if (letter === acronym[at]) at += 1;
  return at === acronym.length;
}

/**
 * Whether an acronym's letters stand, in order, in the name's own letters, most of them opening
 * one of its words and the first opening its first: "UGA" for "University of Georgia", as a body
 * shortens its name by a word's later letter too; not across an "and", which may join two names.
 * Less strict than `initialsFit`, so it is asked only where the brackets follow the name at once,
 * which says the two are one name.
 */
function lettersFit(name: string, acronym: string): boolean {
  // Two names joined ("the Water Board and the Harbour Commission") spell no one's letters.
  if (/&|\band\b/iu.test(name)) return false;
  const letters = name.toLowerCase();
  const opens = (i: number) => i === 0 || /[\s\-‐]/u.test(letters[i - 1] ?? "");
  let at = 0;
  let initials = 0;
  // The acronym is a token key: ASCII letters and digits, one code unit each.
  for (let n = 0; n < acronym.length; n += 1) {
    const letter = acronym.charAt(n);
    // A word it opens first ("v" of "Vermont", not of "University"), else any later letter.
    let i = letters.indexOf(letter, at);
    while (i >= 0 && !opens(i)) i = letters.indexOf(letter, i + 1);
    if (i < 0) i = letters.indexOf(letter, at);
    if (i < 0 || (n === 0 && i !== 0)) return false;
    if (opens(i)) initials += 1;
    at = i + 1;
  }
  return initials * 2 > acronym.length;
}

/**
 * The acronyms a sentence defines as "Name (ABC)": a capitalised name of two words or more right
 * before the brackets (`nameBefore`) whose initials spell the acronym (`initialsFit`, small words'
 * initials counted when the others alone do not: "Department of Energy (DOE)"). The text
 * says the two are one name, so each later "ABC" names what "Name" does. The other way round too,
 * "ABC (Name)" ("the backbone of DOE (Department of Energy)"): the brackets hold only the
 * capitalised name (`CAPITALISED_RUN`, two words or more) whose initials spell the capitals before them.
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  // Both shapes need an opening bracket after a space; most sentences have none, and scanning them
  // for the capitals-then-bracket shape was a percent of the analysis.
  if (!text.includes("(")) return [];
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(/\s\(([\p{Lu}.]{2,10})\)/gu)) {
    const acronym = tokenize(match[1] ?? "")
      .map((t) => t.key)
      .join("");
    const before = text.slice(0, match.index);
    const fits = (name: string) =>
      initialsFit(name, acronym) || initialsFit(name, acronym, true) || lettersFit(name, acronym);
    // "The Energy and Resources Institute (TERI)": a name whose own "The" the acronym spells keeps it.
    const bare = nameBefore(before);
    const withThe = nameBefore(before, true);
    const name = bare !== undefined && !fits(bare) && withThe !== bare && withThe !== undefined ? withThe : bare;
    if (name === undefined || acronym.length < 2) continue;
    if (!fits(name)) continue;
    const start = before.length - name.length;
    if (before.slice(start) !== name) continue;
    definitions.push({ start, end: match.index, name, acronym });
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{2,10})\s\(([^()]+)\)/gu)) {
    const acronym = (match[1] ?? "").toLowerCase();
    const name = match[2] ?? "";
    const whole = name.match(CAPITALISED_RUN);
    if (whole?.[0] !== name || !/\s/u.test(name) || !(initialsFit(name, acronym) || initialsFit(name, acronym, true)))
      continue;
    const start = match.index + match[0].length - 1 - name.length;
    definitions.push({ start, end: start + name.length, name, acronym });
  }
  return definitions;
}

/**
 * The people a sentence gives an initialism, as "Richard M. Stallman (RMS)": a name the sentence
 * reads as a person's, whose initials spell the bracketed capitals right after it. A later "RMS"
 * is that person, never a body of its own.
 */
export function definedPeople(text: string): AcronymDefinition[] {
  const definitions = acronymDefinitions(text);
  if (definitions.length === 0) return [];
  const people = findNames(text).filter((n) => n.kind === "person");
  return definitions.filter((d) => people.some((n) => n.start === d.start && n.end === d.end));
}

/** A capitalised run of words, small words allowed inside ("New York State Attorney General", "Bank of Japan"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|for|on|the|de|la|del)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * Bodies an article names in full and, in other sentences, by their initials without defining
 * them ("the New York State Attorney General" … "the NYAG's questions"): for each acronym of
 * `acronyms` (keys: "nyag"), the capitalised runs ending on a body's head or a title whose
 * initials spell it (`initialsFit`), when exactly one such name fits it in the whole article.
 * Offsets are per sentence, by its index in `sentences`.
 */
export function spelledBodies(
  sentences: readonly string[],
  acronyms: ReadonlySet<string>,
): { byAcronym: Map<string, string>; at: Map<number, AcronymDefinition[]> } {
  const fits = new Map<string, { name: string; sentence: number; start: number; end: number }[]>();
  sentences.forEach((text, sentence) => {
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = [...match[0].matchAll(/[^\s’']+/gu)].map((w) => ({
        word: w[0].replace(/[.,]+$/u, ""),
        start: match.index + w.index,
      }));
      words.forEach(({ word, start: headStart }, j) => {
        if (j === 0 || !(ORG_HEADS.has(word.toLowerCase()) || TITLES.has(word.toLowerCase()))) return;
        // "the Allen Institute for AI": "of" or "for" after the head goes on with the body's name, so the run's
        // first words are no name of their own for an initialism ("AI") to spell. ("… General on Monday" ends it.)
        if (/^(?:of|for)$/u.test(words[j + 1]?.word ?? "")) return;
        const end = headStart + word.length;
        for (const acronym of acronyms) {
          // Only the whole run, or the run after its "The": "Traffic Safety Administration" inside "National Highway
          // Traffic Safety Administration" is no name the acronym ("TSA") could spell.
          for (const { start } of words.slice(0, Math.min(j, words[0]?.word === "The" ? 2 : 1))) {
            const name = text.slice(start, end);
            // Written out, not spelled sparsely: at most one word more than letters, the last letter the last word's.
            const significant = name.split(/[\s\-‐]+/u).filter((w) => w !== "" && !SMALL.has(w.toLowerCase()));
            // A word skipped only in a long acronym ("NYAG"); no possessive inside ("South Dakota’s Department").
            const most = acronym.length >= 4 ? acronym.length + 1 : acronym.length;
            if (
              !/^\p{Lu}/u.test(name) ||
              /^the\s/iu.test(name) ||
              /['’]/u.test(text.slice(start - 1, end)) ||
              significant.length > most
            )
              continue;
            if (word[0]?.toLowerCase() !== acronym.at(-1) || !initialsFit(name, acronym)) continue;
            const list = fits.get(acronym) ?? [];
            list.push({ name, sentence, start, end });
            fits.set(acronym, list);
            break;
          }
        }
      });
    }
  });
  const byAcronym = new Map<string, string>();
  const at = new Map<number, AcronymDefinition[]>();
  for (const [acronym, list] of fits) {
    const names = new Set(list.map((f) => nameKey(f.name)));
    if (names.size !== 1) continue;
    byAcronym.set(acronym, (list[0] as { name: string }).name);
    for (const f of list)
      at.set(f.sentence, [...(at.get(f.sentence) ?? []), { start: f.start, end: f.end, name: f.name, acronym }]);
  }
  return { byAcronym, at };
}

/**
 * Whether an acronym's letters, lower-cased, are a common word in compromise's lexicon ("ice",
 * "aim", "act", "now"), not a name it knows ("cia", "fbi", "nato" are bodies there).
 */
export function acronymIsWord(key: string): boolean {
  return lexiconWord(key);
}

/** What an article must hold for a register acronym to name its body: one of the body's other forms, or a word of its field. */
export interface AcronymDomain {
  /** Name keys of the body's forms other than the acronym ("immigration and customs enforcement"). */
  readonly forms: ReadonlySet<string>;
  /** Token keys of the distinctive words of those forms ("immigration", "customs", "enforcement"). */
  readonly words: ReadonlySet<string>;
}

/**
 * Whether an article's word is a form of a name's word: the word itself or its plural, or, for a
 * long word, a word sharing its first three fifths ("immigrants" for "immigration", "enforced"
 * for "enforcement"). A short word must match whole: "customers" is no form of "customs".
 */
export function sameStem(word: string, nameWord: string): boolean {
  if (word === nameWord || word === `${nameWord}s` || nameWord === `${word}s`) return true;
  if (nameWord.length < 8) return false;
  const stem = nameWord.slice(0, Math.max(6, Math.ceil(nameWord.length * 0.6)));
  return word.startsWith(stem);
}

/**
 * The acronyms of `domains` (keys as `nameKey` gives them, without spaces: "ice") whose body the
 * article `sentences` gives no support: none of its other forms, no word of its field.
 */
export function unsupportedAcronyms(
  sentences: readonly string[],
  domains: ReadonlyMap<string, AcronymDomain>,
): Set<string> {
  const unsupported = new Set<string>();
  if (domains.size === 0) return unsupported;
  const words = new Set(sentences.flatMap((text) => tokenize(text).map((t) => t.key)));
  const used = [...domains].filter(([acronym]) => words.has(acronym));
  if (used.length === 0) return unsupported;
  const keys = sentences.map((text) => ` ${nameKey(text)} `);
  const vocabulary = [...words];
  for (const [acronym, domain] of used) {
    const named = [...domain.forms].some((form) => keys.some((key) => key.includes(` ${form} `)));
    const field = [...domain.words].some((nameWord) => vocabulary.some((word) => sameStem(word, nameWord)));
    if (!named && !field) unsupported.add(acronym);
  }
  return unsupported;
}
