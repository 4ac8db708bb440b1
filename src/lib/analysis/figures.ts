/**
 * Counted quantities in a sentence ("10,000 National Guard troops", "thousands of troops",
 * "more than two dozen suspected cartel members") as the range of counts the words allow, so
 * two accounts can be compared without mistaking precision for disagreement.
 *
 * Why ranges: "10,000 troops" and "thousands of troops" are the same report at different
 * precision, "more than two dozen" includes 26, "Caro Quintero and 28 other members" is 29.
 * Two figures conflict only when they count the same noun and their ranges cannot both hold.
 * A figure without a number ("additional troops") is no quantity at all and never conflicts.
 * Durations ("up to a year", "18 months", "30 days") are quantities too, all of the noun
 * `duration` and counted in months, so "up to a year" and "18 months" conflict while "about a
 * year" and "12 months" do not.
 *
 * A decimal ("0.21 points", "2.5 million voters") is a rounding: it stands for every value that
 * rounds to it at its last written digit, so "0.206 points" and "0.21 points", or "2.46 million"
 * and "2.5 million", are one figure at different precision, as "10,000" and "thousands" are. A
 * whole number ("26 prisoners", "10K troops") is read as exact.
 */
import { monthNumber, WEEKDAYS } from "#lib/content/dates.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";

export interface Quantity {
  /** The counted noun, lower case and singular ("troop", "member"). */
  readonly noun: string;
  readonly low: number;
  /** `Infinity` when the words set no upper bound ("more than 5,000"). */
  readonly high: number;
  /** The words as written ("more than two dozen suspected cartel members"). */
  readonly label: string;
  /** For an unhedged rounded figure ("2.5 million voters"), the value written; `low`–`high` is what rounds to it. */
  readonly rounded?: number;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}; // prettier-ignore

/** Vague plurals: the smallest and largest count the word is used for. */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 199],
  hundreds: [200, 1999],
  thousands: [2000, 999_999],
  "tens of thousands": [20_000, 999_999],
  several: [3, 9],
};

/** Scale words "several" can count: "several hundred" is 300 to 900. */
const SEVERAL_OF: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Hedges before a number and the range they give around it. */
const HEDGES: readonly { re: RegExp; range: (n: number) => [number, number] }[] = [
  { re: /^(?:more than|over|upwards of)$/u, range: (n) => [n + 1, Infinity] },
  { re: /^at least$/u, range: (n) => [n, Infinity] },
  { re: /^(?:nearly|almost|close to|just under)$/u, range: (n) => [Math.floor(n * 0.85), n] },
  { re: /^(?:about|around|roughly|approximately|some|an estimated)$/u, range: (n) => [n * 0.8, n * 1.2] },
  { re: /^(?:up to|fewer than|less than|under|no more than)$/u, range: (n) => [0, n] },
];

/** The cardinal numbers written as words ("two", "twenty", "dozen"), as one alternation. */
export const NUMBER_WORD = Object.keys(WORD_NUMBERS).join("|");
/** A tens word and a unit, written as one number ("twenty-six", "forty two"): read whole, not as its unit. */
export const COMPOUND_NUMBER = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)`;
const HEDGE =
  "more than|over|upwards of|at least|nearly|almost|close to|just under|about|around|roughly|approximately|some|an estimated|up to|fewer than|less than|under|no more than";
/**
 * A counted phrase: hedge, joiner, number, scale, modifiers and the counted noun. A number joined
 * to letters by a hyphen is part of a designation ("MQ-9 Reaper drones", "F-35 jets", "COVID-19
 * cases"), not a count of what follows: it would be a false figures conflict against "three drones".
 */
const QUANTITY = new RegExp(
  String.raw`\b(?:(${HEDGE})\s+)?(?:(and|another)\s+)?(?<!\p{L}[-‑])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:(?:a|two|three|four|five|six)\s+)?dozen|tens of thousands|thousands|hundreds|dozens|several|${COMPOUND_NUMBER}|${NUMBER_WORD})(?:\s+(thousand|million|billion)|(?<=\d)([kK]))?\s+(other\s+)?((?:[\p{L}’'-]+\s+){0,3})([\p{L}’'-]+)\b`,
  "giu",
);

/** Words that end a counted phrase before any noun: the number counts nothing here. */
const STOP = new Set(
  "of in on at to for from by with after before and or but that who which was were is are has have had than percent p.m a.m".split(
    " ",
  ),
);
/** Plural nouns that do not end in -s. */
const IRREGULAR = new Map([
  ["people", "person"],
  ["men", "man"],
  ["women", "woman"],
  ["children", "child"],
  ["personnel", "personnel"],
  ["police", "police"],
]);

function singular(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (lower.length < 4 || !lower.endsWith("s") || lower.endsWith("ss")) return undefined;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  return lower.slice(0, -1);
}

function numberValue(text: string, scale: string | undefined): number | undefined {
  const lower = text.toLowerCase();
  let n: number | undefined;
  const compound = new RegExp(`^(${COMPOUND_NUMBER})$`, "u").exec(lower);
  if (/^[\d,.]+$/u.test(lower)) n = Number(lower.replace(/,/gu, ""));
  else if (compound) {
    const [tens = "", unit = ""] = lower.split(/[- ]/u);
    n = (WORD_NUMBERS[tens] ?? 0) + (WORD_NUMBERS[unit] ?? 0);
  } else {
    const dozen = /^(?:(a|two|three|four|five|six)\s+)?dozen$/u.exec(lower);
    if (dozen) n = 12 * (dozen[1] && dozen[1] !== "a" ? (WORD_NUMBERS[dozen[1]] ?? 1) : 1);
    else n = WORD_NUMBERS[lower];
  }
  if (n === undefined || Number.isNaN(n)) return undefined;
  const per = scale?.toLowerCase();
  if (per === "thousand" || per === "k") n *= 1000;
  if (per === "million") n *= 1_000_000;
  if (per === "billion") n *= 1_000_000_000;
  return n;
}

/**
 * Half a unit of the last digit a decimal is written to, in its scale ("0.21" 0.005, "2.5
 * million" 50,000); 0 for a whole number.
 */
function roundingOf(num: string, scale: string | undefined): number {
  const decimals = /\.(\d+)$/u.exec(num)?.[1]?.length ?? 0;
  return decimals === 0 ? 0 : (numberValue(`0.${"0".repeat(decimals - 1)}1`, scale) ?? 0) / 2;
}

/** Months in one unit of time, as a range: a month is 28 to 31 days. */
const UNIT_MONTHS: Record<string, [number, number]> = {
  day: [1 / 31, 1 / 28],
  week: [7 / 31, 7 / 28],
  month: [1, 1],
  year: [12, 12],
};
/**
 * A length of time: a number or "a"/"an" and a unit ("up to a year", "18 months"). Not the
 * adjective ("a six-month sentence"), an age ("40 years old") or a point in time ("a year ago").
 */
const DURATION = new RegExp(
  String.raw`\b(?:(${HEDGE})\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|an?|${NUMBER_WORD})\s+(day|week|month|year)s?\b(?![’'-])(?!\s+(?:ago|earlier|later|old|after|before|since|from\s+now)\b)`,
  "giu",
);

/** Durations in a sentence, in months (`noun` "duration"), left to right. */
function findDurations(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const [matched, hedge, num = "", unit = ""] = m;
    // "a six-month sentence": the number belongs to a hyphenated adjective.
    if (sentence[m.index - 1] === "-") continue;
    const n = /^an?$/iu.test(num) ? 1 : numberValue(num, undefined);
    const scale = UNIT_MONTHS[unit.toLowerCase()];
    if (n === undefined || !scale) continue;
    const hedged = hedge ? HEDGES.find((h) => h.re.test(hedge.toLowerCase())) : undefined;
    const [low, high] = hedged ? hedged.range(n) : [n, n];
    out.push({ noun: "duration", low: low * scale[0], high: high * scale[1], label: matched });
  }
  return out;
}

/** Shares written as words, as the fraction of a whole they take ("two-thirds of the 300 troops"). */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  third: 1 / 3,
  "two thirds": 2 / 3,
  quarter: 1 / 4,
  "three quarters": 3 / 4,
};
/** A share written in words ("half", "a third", "two-thirds", "three-quarters"); read by `shareOf`. */
export const SHARE_WORDS = String.raw`half|(?:a|one)[- ](?:third|quarter)|two[- ]thirds|three[- ]quarters`;
/** A share written as a number ("25%", "25 percent", "25 per cent"). */
const PERCENT = /^(\d+(?:\.\d+)?)\s?(?:%|percent|per cent)$/u;

/** The fraction a share takes (`SHARE_WORDS`, or a percentage): "two-thirds" 2/3, "25%" 1/4. */
export function shareOf(words: string): number | undefined {
  const lower = words.toLowerCase();
  const percent = PERCENT.exec(lower);
  if (percent) return Number(percent[1]) / 100;
  return FRACTIONS[lower.replace(/^(?:a|one)[- ](?=third|quarter)/u, "").replace("-", " ")];
}

/**
 * A part taken of a counted whole, right before its number ("half of the", "25% of the", "two
 * of the", "most of those"): the number counts the whole, and the part is another count of the
 * same noun.
 */
const PARTITIVE = new RegExp(
  String.raw`\b(${SHARE_WORDS}|\d+(?:\.\d+)?\s?(?:%|percent|per cent)|\d+|${NUMBER_WORD}|most|some|many|several|few|none|all but|each|all)\s+of\s+(?:the|those|these|its|their|his|her|our)\s+$`,
  "iu",
);

/**
 * The count of a part of a whole ("half of the 26 prisoners": 13, "two of the 26 prisoners": 2),
 * or for a part a word leaves open ("most of the 26"), anything up to the whole.
 */
function partOf(
  before: string,
  whole: readonly [number, number],
): { range: [number, number]; words: string } | undefined {
  const m = PARTITIVE.exec(before);
  if (!m) return undefined;
  const word = (m[1] ?? "").toLowerCase();
  const share = shareOf(word);
  const n = share === undefined ? numberValue(word, undefined) : undefined;
  const range: [number, number] =
    share !== undefined
      ? [Math.floor(whole[0] * share), Math.ceil(whole[1] * share)]
      : n !== undefined
        ? [n, n]
        : word === "all"
          ? [whole[0], whole[1]]
          : word === "none"
            ? [0, 0]
            : [0, whole[1]];
  return { range, words: m[0] };
}

/** A capitalised word right before a number, past a sentence's first word: "Title 42", "Xbox 360". */
const NAME_BEFORE = /\S\s+(\p{Lu}[\p{L}\p{N}]*)\s+$/u;

/**
 * True when the text before a number ends in a name the number belongs to ("Title 42
 * expulsions", "Section 230 protections", "Xbox 360 games"): counted, it would be a false
 * figures conflict against any count of the noun. A month or a weekday ("in March 26
 * prisoners", "on Tuesday 37 members"), a possessive ("Mexico's 26 prisoners") and a stop word
 * ("These four sites") leave the count as it is, as does a capital that opens the sentence.
 */
function namedNumber(before: string): boolean {
  const word = NAME_BEFORE.exec(before)?.[1];
  return (
    word !== undefined &&
    monthNumber(word) === undefined &&
    !WEEKDAYS.includes(word) &&
    !STOP_WORDS.has(word.toLowerCase())
  );
}

/**
 * Quantities in a sentence: its durations, then its counts, each left to right. Years ("in 2021")
 * and percentages are not counts. A part of a counted whole ("half of the 26 prisoners") is a
 * second count of the noun, so `conflictingFigures` compares neither: "13 prisoners" elsewhere
 * is the same half, not a different figure.
 */
export function findQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = findDurations(sentence);
  const re = new RegExp(QUANTITY.source, QUANTITY.flags);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const [matched, hedge, joiner, num = "", written, thousands, other, modifiers = "", head = ""] = m;
    // "10K troops": the letter is the thousand written short.
    const scale = written ?? thousands;
    // Resume right after the number, so words read past a non-noun are matched again.
    re.lastIndex = m.index + matched.indexOf(num) + num.length;
    if (/^\d{4}$/u.test(num) && Number(num) >= 1800 && Number(num) <= 2100) continue;
    if (!hedge && !joiner && namedNumber(sentence.slice(0, m.index))) continue;
    const words = [...modifiers.trim().split(/\s+/u).filter(Boolean), head];
    // "thousands of troops": the "of" belongs to the vague count, not to a following phrase.
    if (VAGUE[num.toLowerCase()] && words[0]?.toLowerCase() === "of") words.shift();
    const stopAt = words.findIndex((w) => STOP.has(w.toLowerCase()));
    const nounWords = stopAt === -1 ? words : words.slice(0, stopAt);
    // The counted noun is the first plural among the next words ("National Guard troops").
    const nounAt = nounWords.findIndex((w) => singular(w) !== undefined);
    const nounWord = nounWords[nounAt];
    const noun = nounWord === undefined ? undefined : singular(nounWord);
    // Units of time are durations, read above.
    if (noun === undefined || nounWord === undefined || UNIT_MONTHS[noun]) continue;
    // "several hundred immigrants": several of the scale word after it, not several immigrants.
    const of = num.toLowerCase() === "several" ? SEVERAL_OF[(scale ?? words[0] ?? "").toLowerCase()] : undefined;
    const vague = of === undefined ? VAGUE[num.toLowerCase()] : ([3 * of, 9 * of] as [number, number]);
    let range: [number, number];
    let rounded: number | undefined;
    if (vague) range = [...vague];
    else {
      const n = numberValue(num, scale);
      if (n === undefined) continue;
      const hedged = hedge ? HEDGES.find((h) => h.re.test(hedge.toLowerCase())) : undefined;
      const half = roundingOf(num, scale);
      // A value halfway between rounds up, so "2.4 million" ends just short of "2.5 million"'s lowest.
      const top = n + half - half / 1000;
      range = hedged ? [hedged.range(n - half)[0], hedged.range(top)[1]] : [n - half, top];
      if (half > 0 && !hedged) rounded = n;
    }
    // "Caro Quintero and 28 other members": the named one is counted too.
    const named = joiner?.toLowerCase() === "and" && other ? 1 : 0;
    range = [range[0] + named, range[1] + named];
    const nounEnd = matched.indexOf(nounWord, matched.indexOf(num) + num.length) + nounWord.length;
    const part = partOf(sentence.slice(0, m.index), range);
    if (part) {
      out.push({ noun, low: part.range[0], high: part.range[1], label: `${part.words}${matched.slice(0, nounEnd)}` });
    }
    out.push({
      noun,
      low: range[0],
      high: range[1],
      label: matched.slice(0, nounEnd).replace(/^(?:and|another)\s+/iu, ""),
      ...(rounded === undefined ? {} : { rounded: rounded + named }),
    });
  }
  return out;
}

/** True when both figures can describe the same count (their ranges overlap). */
export function compatible(a: Quantity, b: Quantity): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Pairs of figures that count the same noun and cannot both hold. Only a noun that each
 * sentence counts once is compared: two counts of "members" in one sentence may be two groups.
 */
export function conflictingFigures(a: readonly Quantity[], b: readonly Quantity[]): [Quantity, Quantity][] {
  const once = (list: readonly Quantity[]) => {
    const byNoun = new Map<string, Quantity[]>();
    for (const q of list) byNoun.set(q.noun, [...(byNoun.get(q.noun) ?? []), q]);
    return new Map([...byNoun].flatMap(([noun, qs]) => (qs.length === 1 && qs[0] ? [[noun, qs[0]] as const] : [])));
  };
  const left = once(a);
  const right = once(b);
  const out: [Quantity, Quantity][] = [];
  for (const [noun, qa] of left) {
    const qb = right.get(noun);
    if (qb && !compatible(qa, qb)) out.push([qa, qb]);
  }
  return out;
}
