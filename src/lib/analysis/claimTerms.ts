/**
 * The terms a sentence is compared by when claims are aligned: its content words as lemmas
 * (compromise's root form, so "transferred" meets "transfer" and "strikes" meets "strike"),
 * folded into one word where newswire uses several for the same act or thing ("sent",
 * "transferred", "shipped", "expelled" are one `send`), its numbers (`#26`), and one shared term
 * for any length of time it states ("up to a year" and "18 months" are both `~duration`).
 *
 * Why lemmas and a small lexicon rather than a model: every match must be explainable to a
 * reader as "these words are shared", and the lexicon is a short reviewable list of general
 * equivalences, not tuned to any story. Lemmas are read once per article (one compromise pass
 * over its whole text, so each word is tagged in context) and looked up per sentence.
 */
import nlp from "#lib/text/nlp.ts";
import { stripAccents } from "#lib/text/fold.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";
import { findQuantities, SHARE_WORDS, shareOf, type Quantity } from "./figures.ts";
import { MONTH_PATTERN, monthNumber } from "#lib/content/dates.ts";
import { COLON_CLOCK, HALF_OF_DAY } from "#lib/text/clockTime.ts";

/** Words that carry no fact: the shared stop words, and more reporting filler and light verbs. */
const STOP = new Set([
  ...STOP_WORDS,
  ...(
    "say do does did get got make made take took one two three report reports reported tell told state stated " +
    "statement note noted add added mr mrs ms amid always never often ever emphasize emphasise stress highlight " +
    "underscore insist importance important"
  ).split(/\s+/u),
]);

/**
 * Groups of words newswire uses for the same act or thing; each word is compared as the group's
 * first. Kept general (any story about transfers, strikes or deals uses them) and short.
 */
const SAME: readonly (readonly string[])[] = [
  ["send", "transfer", "ship", "expel", "extradite", "deliver", "deport", "handover"],
  ["strengthen", "reinforce", "bolster", "fortify"],
  ["weapon", "firearm", "gun", "arm"],
  ["troop", "soldier"],
  ["pause", "suspend", "delay", "postpone", "halt"],
  ["prisoner", "detainee", "inmate", "jail"],
  ["deal", "agreement", "accord", "pact"],
  ["increase", "intensify", "expand", "escalate", "ramp", "boost"],
  ["begin", "start", "commence", "launch", "initiate", "inaugurate"],
  ["survey", "surveillance", "spy", "monitor", "track", "reconnaissance"],
  ["kill", "slay"],
  // Acting against a foe or a harm: "combat cartels", "fight organized crime", "dismantle cartel networks".
  ["combat", "fight", "dismantle", "tackle", "battle"],
  ["strike", "attack"],
  ["call", "conversation", "phone", "discuss", "talk"],
  // What is known and passed on: "intelligence shared", "information collected", "data shared".
  ["information", "data", "intelligence", "intel"],
  ["radio", "radioed"],
  ["charge", "prosecute", "indict"],
  // Keeping something from happening: "curb illegal migration", "stop the flow", "prevent the flow".
  ["curb", "prevent", "stop", "stem"],
  // People crossing a border and their crossing: six letters keep "migrant", "migration" and "immigrant" apart.
  ["migrant", "immigrant", "migration", "immigration"],
];
const CANON = new Map(SAME.flatMap((group) => group.map((word) => [word, group[0] ?? word] as const)));
/**
 * Verbs that are another act of `SAME` when done to the same thing, though not the same word
 * alone: "deployed 10,000 troops" is "sent 10,000 troops", but a "deployment" is no shipment.
 * They make `act~thing` deeds (`actThingsIn`) and leave a sentence's terms as they are.
 */
const DEED_OF = new Map([
  ["deploy", "send"],
  ["dispatch", "send"],
]);
/** Each group of `SAME` by the term its words are compared as (its first word cut to six letters). */
const CLASS_OF_TERM = new Map(SAME.map((group) => [(group[0] ?? "").slice(0, 6), group] as const));

/**
 * The words of the class table that a term stands for ("inform": information, data, intelligence,
 * intel), so a reader shown a shared term sees which words of each sentence it joined; none for a
 * term that is one word's own.
 */
export const wordClassOf = (term: string): readonly string[] | undefined => CLASS_OF_TERM.get(term);

/** Folded word → lemma, read from one text in context. */
export type Lemmas = ReadonlyMap<string, string>;

const fold = (word: string) => stripAccents(word).toLowerCase();

type Term = ReturnType<typeof nlp>["docs"][number][number];
type Sentence = Term[];
type Pairs = readonly (readonly [word: string, lemma: string])[];

// compromise's own sentence splitter and tokenizer (the first step of `nlp(text)`); its types omit it.
const tokenize = (nlp.methods() as { one: { tokenize: { fromString: (text: string, world: object) => Sentence[] } } })
  .one.tokenize.fromString;
/** What `nlp(text)` runs after tokenizing, but the chunker: it groups tagged words and sets no tag. */
const TAGGING = nlp.hooks().filter((hook) => hook !== "chunks");

/** Tags tokenized sentences as `nlp(text)` would have, and adds each word's root. */
function tag(sentences: Sentence[]): Sentence[] {
  const doc = nlp("");
  doc.document = sentences;
  doc.compute(TAGGING);
  doc.compute("root");
  return doc.docs;
}

/**
 * Words with a lemma in each sentence compromise tagged, by the sentence's text, kept for the
 * process: compromise tags every sentence on its own, so a sentence reads the same wherever it
 * stands, and text that articles share (wire copy, boilerplate) is tagged once. Bounded so a
 * long run does not keep every sentence it saw.
 */
const sentencePairs = new Map<string, Pairs>();
const MAX_SENTENCES = 100_000;

/** The word → lemma pairs of tagged sentences: compromise's root of each word that has one. */
function pairsOf(terms: readonly { text: string; root?: string }[]): Pairs {
  const pairs: [string, string][] = [];
  for (const term of terms) {
    const word = fold(term.text).replace(/[^\p{L}\p{N}-]/gu, "");
    if (word !== "" && term.root) pairs.push([word, fold(term.root)]);
  }
  return pairs;
}

/**
 * Lemmas of every word of `text` (an article's sentences, joined), by compromise's root form;
 * a word's first lemma in the text wins. The text is split into compromise's sentences and only
 * those not seen before are tagged (together, in one pass); `lemmasOfDirect` is the same
 * without the table, kept to test that both agree.
 */
export function lemmasOf(text: string): Lemmas {
  const sentences = tokenize(text, nlp.world());
  const keys = sentences.map((terms) => terms.map((t) => t.pre + t.text + t.post).join(""));
  const fresh = new Map<string, Sentence>();
  sentences.forEach((terms, i) => {
    const key = keys[i] ?? "";
    if (!sentencePairs.has(key) && !fresh.has(key)) fresh.set(key, terms);
  });
  if (fresh.size > 0) {
    if (sentencePairs.size + fresh.size > MAX_SENTENCES) sentencePairs.clear();
    const freshKeys = [...fresh.keys()];
    tag([...fresh.values()]).forEach((terms, i) => sentencePairs.set(freshKeys[i] ?? "", pairsOf(terms)));
  }
  const out = new Map<string, string>();
  for (const key of keys) {
    for (const [word, lemma] of sentencePairs.get(key) ?? []) if (!out.has(word)) out.set(word, lemma);
  }
  return out;
}

// A variable, not a literal: compromise's types omit `root`, which its root plugin reads.
const WITH_ROOTS = { terms: { root: true, normal: true } };

/** `lemmasOf` by one compromise pass over the whole text, no table: the reference it must equal. */
export function lemmasOfDirect(text: string): Lemmas {
  const doc = nlp(text);
  doc.compute("root");
  const out = new Map<string, string>();
  for (const sentence of doc.json(WITH_ROOTS) as { terms: { text: string; root?: string }[] }[]) {
    for (const [word, lemma] of pairsOf(sentence.terms)) if (!out.has(word)) out.set(word, lemma);
  }
  return out;
}

/** A plural's singular by spelling, for a word compromise gave no root ("10,000 troops" is read as a value). */
const singular = (word: string): string =>
  word.length > 4 && word.endsWith("ies")
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && /[^su]s$/u.test(word)
      ? word.slice(0, -1)
      : word;

/**
 * British spellings whose first six letters differ from the American ("defence" / "defense",
 * "labour" / "labor", "centre" / "center"), as the American: outlets on either side of the
 * Atlantic report one fact. The rest ("organisation", "neighbour", "programme") meet in six letters.
 */
const AMERICAN = new Map(
  (
    "defence:defense offence:offense licence:license pretence:pretense centre:center metre:meter theatre:theater " +
    "litre:liter fibre:fiber labour:labor favour:favor honour:honor colour:color harbour:harbor rumour:rumor " +
    "vigour:vigor armour:armor valour:valor endeavour:endeavor saviour:savior grey:gray"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/**
 * Words made on "counter" ("counterterrorism", "counternarcotics", "counterintelligence",
 * "counterpart") fill their six letters with the prefix, so cut to six they were one term, which
 * a story about one of them used in every sentence about any: the term keeps six letters of the
 * stem after the prefix ("counterterror"), as "counter-terrorism" written with a hyphen does
 * (`wordParts`). "Counter" alone, "counters", "countered" stay `counte`.
 */
const COUNTER_PREFIX = "counter";
const COUNTER = new RegExp(`^${COUNTER_PREFIX}(?=\\p{L}{4})`, "u");

/** The parts of a word that are terms of their own: split at hyphens, but for a "counter-" prefix (`COUNTER`). */
const wordParts = (word: string): string[] => word.replace(/^(counter)-(?=\p{L})/iu, "$1").split("-");

/** `gerundRoot`'s answers: a story asks the same few words again and again. */
const gerunds = new Map<string, string | undefined>();

/**
 * The verb an -ing word is the gerund of, as compromise reads the word alone ("briefing": brief),
 * none when it reads a noun ("morning") or another word ("during"). In a sentence the tagger reads
 * "a closed-door briefing" as the verb's gerund (brief) and "closed-door briefings" as a plural
 * noun (briefing), and six letters of each ("brief", "briefi") never meet: an -ing word is
 * compared as its verb wherever it stands, so "briefing", "briefings" and "briefed" are one
 * term, as "killing", "killings" and "killed" are.
 */
function gerundRoot(word: string): string | undefined {
  if (gerunds.has(word)) return gerunds.get(word);
  const doc = nlp(word);
  doc.compute("root");
  const [term] = (doc.json(WITH_ROOTS) as { terms: { root?: string; tags: string[] }[] }[])[0]?.terms ?? [];
  const root = term?.tags.includes("Gerund") && term.root ? fold(term.root) : undefined;
  gerunds.set(word, root);
  return root;
}

/**
 * The term a word is compared by: its lemma (an -ing word's verb, `gerundRoot`), folded into its
 * group, cut to six letters.
 */
export function termOf(word: string, lemmas: Lemmas): string | undefined {
  const folded = fold(word).replace(/[’']s$/u, "");
  if (folded.length < 3 || STOP.has(folded) || /^\d/u.test(folded)) return undefined;
  const read = lemmas.get(folded) ?? singular(folded);
  const root = /ing$/u.test(read) ? (gerundRoot(read) ?? read) : read;
  const lemma = AMERICAN.get(root) ?? root;
  if (STOP.has(lemma)) return undefined;
  const canon = CANON.get(lemma) ?? CANON.get(folded) ?? lemma;
  // A "counter-" word is told by its stem: six letters alone would be the prefix, one term for all of them.
  if (COUNTER.test(canon)) return `counter${canon.slice(COUNTER_PREFIX.length, COUNTER_PREFIX.length + 6)}`;
  // Six letters keep "designate" and "designation" together without joining unrelated words.
  return canon.slice(0, 6);
}

/**
 * A sentence's text as its words are read: markup a normalizer left in it is not words the
 * article says, and an acronym written with dots is the same name as without ("C.I.A.": CIA),
 * where its letters alone would be too short to be terms.
 */
const plainText = (sentence: string): string =>
  sentence.replace(/<[^>]*>/gu, " ").replace(/\b(?:\p{Lu}\.){2,}/gu, (acronym) => acronym.replaceAll(".", ""));

/** A word: letters and digits, with inner apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

/**
 * A day of a month however it is written ("Sept. 2", "September 2", "2 September", "Nov. 28th"),
 * with or without its year: month, then day; or day, then month.
 */
const MONTH_DAY = new RegExp(
  `\\b${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}`,
  "gu",
);
/** The prefix of a day's term (`~day:9-2`): a date, never a count (`#2`). */
const DAY_TERM = "~day:";

/** The days of a month a sentence names, as written ("Sept. 2") and as their term (`~day:9-2`). */
export function daysIn(sentence: string): { text: string; term: string }[] {
  return [...sentence.matchAll(MONTH_DAY)].map((m) => {
    const [month = "", day = ""] = m[1] === undefined ? [m[4], m[3]] : [m[1], m[2]];
    return { text: m[0], term: `${DAY_TERM}${monthNumber(month) ?? month}-${Number(day)}` };
  });
}

/**
 * A clock time ("3 p.m.", "10:30 a.m.", "noon") is a part of the day, the word another article
 * may use for it ("later in the afternoon"): morning from 5 a.m. to noon, afternoon from noon to
 * 6 p.m., evening to 10 p.m., night otherwise; the hour's digit is no count.
 */
const CLOCK = new RegExp(
  String.raw`\b(?=(\d{1,2}))(?:${COLON_CLOCK}|\d{1,2})\s*(?=([AaPp]))${HALF_OF_DAY}(?!\p{L})|\b(noon|midday|midnight)\b`,
  "giu",
);

/** The part of the day a clock time falls in, as the word for it. */
function partOfDay(hour: number, meridiem: string): string {
  const h = (hour % 12) + (/p/iu.test(meridiem) ? 12 : 0);
  return h >= 5 && h < 12 ? "morning" : h >= 12 && h < 18 ? "afternoon" : h >= 18 && h < 22 ? "evening" : "night";
}

/** The term every stated length of time shares ("up to a year", "18 months"): one kind of quantity in any unit. */
const DURATION_TERM = "~duration";

/**
 * The smallest count that is a term however it is written: "ten thousand troops", "10K troops"
 * and "10,000 troops" are one figure (`#10000`), but a small count in words ("two officials",
 * "three countries") is common in any story and would join sentences on how many, not on what.
 */
const MIN_WRITTEN_COUNT = 100;

/** The exact or rounded counts of a sentence's quantities from `MIN_WRITTEN_COUNT` up, by value (lengths of time aside). */
const writtenCounts = (quantities: readonly Quantity[]): number[] =>
  quantities
    .flatMap((q) => (q.noun === "duration" ? [] : [q.rounded ?? (q.low === q.high ? q.low : undefined)]))
    .filter((n): n is number => n !== undefined && n >= MIN_WRITTEN_COUNT);

/** A scale written short after an amount ("$1.5bn", "$300m"), as its word. */
const SCALE: Readonly<Record<string, string>> = {
  k: "thousand",
  m: "million",
  mn: "million",
  bn: "billion",
  tn: "trillion",
};

/** A share in words before "of" ("two-thirds of the troops"; not the ordinal in "a third transfer"). */
const SHARE_OF = new RegExp(String.raw`\b(?:${SHARE_WORDS})(?=\s+of\b)`, "giu");

/**
 * A dollar amount ("$1.5 billion", "US$1.5bn") and a share ("25%", "25 per cent") written the way
 * a figure is written in words ("1.5 billion dollars", "25 percent"), so each form of one figure
 * gives the same terms and counts.
 */
const spelledFigures = (text: string): string =>
  text
    .replace(
      /(?:\b(?:US|C|A|NZ|HK))?\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(bn|mn|tn|[mk]\b)|\s+(thousand|million|billion|trillion)\b)?/gu,
      (_, n: string, short?: string, long?: string) =>
        ` ${n} ${long ?? (short ? (SCALE[short] ?? "") : "")} dollars`.replace(/ {2,}/gu, " "),
    )
    .replace(/(?<=\d)\s?%|\bper cent\b/gu, " percent");

/** A share in words written as its percentage ("two-thirds of" is "67 percent of"). */
const spelledShares = (text: string): string =>
  text.replace(SHARE_OF, (share: string) => `${Math.round((shareOf(share) ?? 0) * 100)} percent`);

/** Content terms and numbers of a sentence, and `DURATION_TERM` when it states a length of time. */
export function claimTerms(sentence: string, lemmas: Lemmas = new Map()): Set<string> {
  // Counts are read before a share is rounded to a percentage: "two-thirds of the 300" is 200, not 201.
  const figures = spelledFigures(plainText(sentence));
  const text = spelledShares(figures);
  const terms = new Set<string>();
  // A day of a month is one term however it is written, and its words and digits are no others (the day is no count).
  for (const day of daysIn(text)) terms.add(day.term);
  // A clock time is the part of the day it falls in ("3 p.m.": afternoon), its hour no count.
  const undated = text
    .replace(MONTH_DAY, " ")
    .replace(CLOCK, (time: string, hour?: string, meridiem?: string, word?: string) =>
      // "3 am I …": a bare lowercase "am" after a space is the verb as often as the time.
      /^\d+\s+am$/u.test(time)
        ? time
        : ` ${word ? partOfDay(12, /night/iu.test(word) ? "a" : "p") : partOfDay(Number(hour), meridiem ?? "")} `,
    );
  for (const m of undated.matchAll(WORD)) {
    for (const part of wordParts(m[0])) {
      const term = termOf(part, lemmas);
      if (term) terms.add(term);
    }
  }
  for (const n of undated.matchAll(/\b\d[\d,.]*\d\b|\b\d\b/gu)) terms.add(`#${n[0].replace(/,/gu, "")}`);
  const quantities = findQuantities(figures);
  if (quantities.some((q) => q.noun === "duration")) terms.add(DURATION_TERM);
  for (const count of writtenCounts(quantities)) terms.add(`#${count}`);
  return terms;
}

/** The words of a sentence, markup a normalizer left in it aside. */
const wordsOf = (sentence: string): string[] => [...plainText(sentence).matchAll(WORD)].map((m) => m[0]);

/**
 * Words an article writes capitalised past the start of a sentence ("Sheinbaum", "President"):
 * its names, so a sentence that starts with one ("President Claudia Sheinbaum emphasized…")
 * has it as a name too, while a sentence-initial "The" is not read as one.
 */
export function capitalisedWords(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    for (const word of wordsOf(sentence).slice(1)) if (/^\p{Lu}/u.test(word)) out.add(fold(word));
  }
  return out;
}

/**
 * The terms of a sentence that are names: capitalised words past its first, and its first when
 * the article capitalises that word elsewhere too (`capitalised`). A pair of sentences sharing
 * only names ("President Claudia Sheinbaum") shares who, not what.
 */
export function nameTerms(
  sentence: string,
  lemmas: Lemmas = new Map(),
  capitalised: ReadonlySet<string> = new Set(),
): Set<string> {
  const names = new Set<string>();
  wordsOf(sentence).forEach((word, index) => {
    if (!/^\p{Lu}/u.test(word) || (index === 0 && !capitalised.has(fold(word)))) return;
    for (const part of wordParts(word)) {
      const term = termOf(part, lemmas);
      if (term) names.add(term);
    }
  });
  return names;
}

/** Words that open a clause of contrast or circumstance set before the sentence's own report. */
const FRAME_OPENERS = /^(?:despite|while|although|though|whereas|amid|even though)\b/iu;

/**
 * Terms of a sentence's opening clause of contrast or circumstance ("Despite the temporary
 * pause on tariffs, levies on Canadian imports remain in effect"), up to its first comma, that
 * the rest of the sentence does not use: the setting the sentence reports against, not what it
 * reports. Empty when the sentence does not open with such a clause.
 */
export function frameTerms(sentence: string, lemmas: Lemmas = new Map()): Set<string> {
  const text = sentence.trim();
  const opener = FRAME_OPENERS.exec(text);
  const comma = text.indexOf(",");
  if (!opener || comma < 0) return new Set();
  const rest = claimTerms(text.slice(comma + 1), lemmas);
  return new Set([...claimTerms(text.slice(opener[0].length, comma), lemmas)].filter((t) => !rest.has(t)));
}

/**
 * Verbs of speech: "Sheinbaum announced…" and "Sheinbaum wrote…" say who spoke, not what she
 * did, so they make no actor–act pair (the reporting verbs in `STOP` make none either).
 */
const SPEECH = new Set(
  "announce write describe explain claim declare warn argue insist suggest reiterate respond answer ask comment acknowledge deny confirm".split(
    " ",
  ),
);

/** Words between a subject and its verb that are not the verb ("has significantly increased"). */
const BETWEEN =
  /^(?:has|have|had|was|were|is|are|been|also|already|reportedly|apparently|allegedly|then|later|\p{L}+ly)$/iu;

/**
 * A sentence's clauses, for `actorActsIn` and `actThingsIn`: a comma or dash puts an apposition or
 * another clause between a name and a verb. Each clause's words, and their terms as asked for
 * (`termAt`, kept), so both passes split the sentence and read a word's term once.
 */
interface Clause {
  readonly words: readonly string[];
  readonly termAt: (index: number) => string | undefined;
}

function clausesOf(sentence: string, lemmas: Lemmas): Clause[] {
  // A thousands separator ("10,000 troops") is no clause break: the act would lose its object.
  const text = plainText(sentence).replace(/(?<=\d),(?=\d{3}\b)/gu, "");
  return text.split(/[,;:—–()“”"]+/u).map((clause) => {
    const words = [...clause.matchAll(WORD)].map((m) => m[0]);
    // null: read, no term; undefined: not read yet.
    const terms: (string | null | undefined)[] = Array.from({ length: words.length });
    const termAt = (index: number): string | undefined => {
      if (index < 0 || index >= words.length) return undefined;
      const term = terms[index] ?? (terms[index] = termOf(words[index] ?? "", lemmas) ?? null);
      return term ?? undefined;
    };
    return { words, termAt };
  });
}

/** Verbs that put their act in the noun after them: "gave the final order" is "ordered", "launched an attack" "attacked". */
const LIGHT_VERBS = new Set(["give", "issue", "make", "launch"]);
/** An apposition's first word: "Bradley, the head of Special Operations Command, gave …". */
const APPOSITION = /^(?:the|a|an)$/iu;

/**
 * The act of the verb phrase that starts at `start` of a clause, after a subject: its verb's term
 * ("has significantly increased"), or the noun's after a light verb and a determiner ("gave the
 * final order": order). None when the verb is passive, a speech verb, or not read as a verb.
 */
function actFrom({ words, termAt }: Clause, start: number, lemmas: Lemmas): string | undefined {
  let at = start;
  while (at < words.length && BETWEEN.test(words[at] ?? "")) at++;
  // "Tariffs on Mexico have been suspended": a passive verb's subject did not do it.
  if (words.slice(start, at).some((w) => PASSIVE.test(w))) return undefined;
  const verb = fold(words[at] ?? "");
  const lemma = lemmas.get(verb) ?? verb;
  if (LIGHT_VERBS.has(lemma) && DETERMINER.test(words[at + 1] ?? "")) {
    // The noun is the last of at most two common words with a term ("the final order for …").
    let noun: number | undefined;
    for (let k = at + 2; k < Math.min(words.length, at + 4); k++) {
      if (!/^\p{Ll}/u.test(words[k] ?? "") || termAt(k) === undefined) break;
      noun = k;
    }
    const nounLemma = noun === undefined ? undefined : (lemmas.get(fold(words[noun] ?? "")) ?? fold(words[noun] ?? ""));
    return noun === undefined || SPEECH.has(nounLemma ?? "") ? undefined : termAt(noun);
  }
  const act = termOf(verb, lemmas);
  const inflected = /(?:ed|en|un)$/u.test(verb) && lemma !== verb;
  return act && !SPEECH.has(lemma) && (inflected || CANON.has(lemma)) ? act : undefined;
}

/**
 * Who did what: `actor>act` for each name written just before a verb of its own ("Bradley
 * ordered", "The United States has significantly increased"), the actor being the name's last
 * term and the act the verb's term (so "increased" and "intensified" are one act through the
 * class table). A verb is a word whose lemma differs from it in the past tense ("ordered",
 * "begun") or a word of the class table; speech verbs say who spoke, not what was done, and
 * are left out. A light verb's act is its noun's ("gave the order": order), and a name that is
 * a whole clause reaches past an apposition to its verb ("Adm. Frank Bradley, the head of …,
 * gave the final order"). Two sentences with the same actor doing the same act report one deed,
 * even when the words around it are ones their articles keep repeating.
 */
function actorActsIn(clauses: readonly Clause[], lemmas: Lemmas, capitalised: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  clauses.forEach((clause, clauseIndex) => {
    const { words, termAt } = clause;
    words.forEach((word, index) => {
      // A sentence's first word is a name only when the article capitalises it elsewhere too.
      const first = clauseIndex === 0 && index === 0;
      const isName = /^\p{Lu}/u.test(word) && (!first || capitalised.has(fold(word)));
      const next = words[index + 1];
      if (!isName || (next !== undefined && /^\p{Lu}/u.test(next))) return;
      // The name's last word with a term ("United States": "States" is a stop word).
      let actor: string | undefined;
      for (let back = index; back >= 0 && !actor && /^\p{Lu}/u.test(words[back] ?? ""); back--) {
        actor = termAt(back);
      }
      if (!actor) return;
      if (next !== undefined) {
        const act = actFrom(clause, index + 1, lemmas);
        if (act) out.add(`${actor}>${act}`);
        return;
      }
      // A clause that is only the name ("In Mexico" is not one), then an apposition: the verb opens the clause after it.
      const apposition = clauses[clauseIndex + 1];
      const after = clauses[clauseIndex + 2];
      const onlyName = words.every((w) => /^\p{Lu}/u.test(w)) && !STOP.has(fold(words[0] ?? ""));
      if (!onlyName || !APPOSITION.test(apposition?.words[0] ?? "") || !after) return;
      const act = actFrom(after, 0, lemmas);
      if (act) out.add(`${actor}>${act}`);
    });
  });
  return out;
}

/** Words before a verb that make it passive: its subject is what it was done to. */
const PASSIVE = /^(?:been|was|were|being)$/iu;
/** Words between a verb and the noun it acts on. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|some|all|both|any|another)$/iu;
/** Prepositions with a term of their own: a verb followed by one has no object there. */
const PREPOSITION =
  /^(?:despite|against|toward|towards|across|through|during|without|within|between|among|around|along|near|beyond|since|until|via|upon|behind|below|above|inside|outside|like)$/iu;
/** Words before a bare verb that make it one ("agreed to pause", "will send"). */
const BEFORE_VERB = /^(?:to|will|would|could|can|may|might|must|should)$/iu;

/**
 * The person or party an act is done with ("a scheduled call with Canadian Prime Minister Justin
 * Trudeau", "discuss the matter with Prime Minister Justin Trudeau"): the last word with a term of
 * the name right after "with", at most three words after the act; none when "with" is not
 * followed by a name.
 */
function partnerAfter(
  words: readonly string[],
  index: number,
  termAt: (index: number) => string | undefined,
): string | undefined {
  const at = words.findIndex((w, k) => k > index && k <= index + 4 && /^with$/iu.test(w));
  if (at < 0) return undefined;
  let partner: string | undefined;
  for (let k = at + 1; k < words.length && /^\p{Lu}/u.test(words[k] ?? ""); k++) partner = termAt(k) ?? partner;
  return partner;
}

/**
 * What was done to what: `act~thing` for each verb of the class table (`SAME`) in a clause and
 * the first common noun it acts on, its object ("paused tariffs") or, in the passive, its
 * subject ("tariffs on Mexico have been temporarily suspended"), names and function words
 * between them aside. Only the class table's verbs make one: they are the reviewed acts of news
 * (send, pause, strengthen, increase, begin, strike…), so a shared pair is one act on one thing.
 * A word of the table, noun or verb, also pairs with the name it is done with (`partnerAfter`:
 * "a call with … Trudeau" and "discuss the matter with … Trudeau" are both `call~trudea`).
 */
function actThingsIn(clauses: readonly Clause[], lemmas: Lemmas): Set<string> {
  const out = new Set<string>();
  for (const { words, termAt } of clauses) {
    /** The common noun's term at `index`, when the word is one (not a name, a stop word or a number). */
    const thingAt = (index: number) => {
      const word = words[index] ?? "";
      return /^\p{Lu}/u.test(word) ? undefined : termAt(index);
    };
    const skippable = (index: number) => {
      const word = words[index] ?? "";
      return /^\p{Lu}/u.test(word) || termAt(index) === undefined || BETWEEN.test(word);
    };
    words.forEach((word, index) => {
      const folded = fold(word);
      const lemma = lemmas.get(folded) ?? folded;
      const act = CANON.get(lemma) ?? DEED_OF.get(lemma);
      if (act === undefined || /^\p{Lu}/u.test(word)) return;
      // "a call with Trudeau", "discuss the matter with Trudeau": the act and whom it is with, noun or verb.
      const partner = partnerAfter(words, index, termAt);
      if (partner !== undefined) out.add(`${act.slice(0, 6)}~${partner}`);
      // Any form the tagger reads back to another root but a plural or third person: "shipped", "sent", "struck".
      const inflected = lemma !== folded && !/s$/u.test(folded);
      if (!inflected && !BEFORE_VERB.test(words[index - 1] ?? "")) return;
      let back = index - 1;
      while (back >= 0 && BETWEEN.test(words[back] ?? "") && !PASSIVE.test(words[back] ?? "")) back--;
      const passive = PASSIVE.test(words[back] ?? "");
      let at = passive ? back : index + 1;
      const step = passive ? -1 : 1;
      // An object follows its verb past determiners, names and numbers only ("paused the tariffs"),
      // not past a conjunction or preposition ("increased as patrols thinned" has none).
      const passes = passive
        ? skippable
        : (i: number) =>
            (skippable(i) && !/^\p{Ll}/u.test(words[i] ?? "")) ||
            DETERMINER.test(words[i] ?? "") ||
            BETWEEN.test(words[i] ?? "");
      while (at >= 0 && at < words.length && passes(at)) at += step;
      if (PREPOSITION.test(words[at] ?? "") || thingAt(at) === undefined) return;
      // An object's head is the last noun of its run ("paused harbour fees": fees).
      // It stops before a preposition: "combat cartels within Mexico" is done to cartels.
      while (!passive && at + 1 < words.length && !skippable(at + 1) && !PREPOSITION.test(words[at + 1] ?? "")) at++;
      const thing = thingAt(at);
      if (thing !== undefined) out.add(`${act.slice(0, 6)}~${thing}`);
      // "pause the implementation of tariffs": the act reaches the thing after "of" too.
      if (!passive && thing !== undefined && fold(words[at + 1] ?? "") === "of") {
        let after = at + 2;
        while (after < words.length && skippable(after)) after++;
        while (after + 1 < words.length && !skippable(after + 1)) after++;
        const inner = thingAt(after);
        if (inner !== undefined) out.add(`${act.slice(0, 6)}~${inner}`);
      }
    });
  }
  return out;
}

/**
 * Who did what and what was done to what in one sentence (`actorActsIn`, `actThingsIn`),
 * its clauses and words' terms read once for both: they run on every sentence of a story.
 */
export function deedsOf(
  sentence: string,
  lemmas: Lemmas = new Map(),
  capitalised: ReadonlySet<string> = new Set(),
): { acts: Set<string>; things: Set<string> } {
  const clauses = clausesOf(sentence, lemmas);
  return { acts: actorActsIn(clauses, lemmas, capitalised), things: actThingsIn(clauses, lemmas) };
}
