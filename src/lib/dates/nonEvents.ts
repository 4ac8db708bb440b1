/**
 * Dates in a sentence that are not events though the sentence tells of one: the grammar around
 * the date says what it is.
 *
 * - A birthday in an age phrase ("who turned 58 on Sunday", "celebrated his 60th birthday on
 *   Friday"): a person's age, not a reported happening.
 * - A law or treaty named by its year ("the 1986 Anti-Drug Abuse Act", "the Trade Act of 1974",
 *   "the 1917 Constitution", "the 1944 treaty"): the year is part of a name that stands for the
 *   text in force.
 * - A budget named by its year ("the agency's 2020 budget request", "the 2025 federal budget"): the
 *   year the money is for, not when anything happened.
 * - A bond named by the year it falls due ("WeWork’s 2025 bond", "the 2030 euro bonds"): the year
 *   the debt is to be repaid, part of the security's name, not when anything happened.
 * - The day a picture was taken ("pictured on March 3, 2025", "pictured at the pardon in 2018", "a
 *   photo taken on …"): the picture's
 *   date, which a caption carries, not the story's.
 *
 * - A year something is ranked in ("the best Android phone of 2019", "my favourite gadget of
 *   2019"): the year is a span the ranking covers, not when anything happened.
 * - A number after a count's noun ("a total score of 2072"): a quantity, not a year.
 * - A model year ("The 2020 Sentra gets a new grille", "the 2016 MacBook Pro under heavy load",
 *   "the 2020 Audi e-tron Sportback making its debut", a line's lower-case word within its name):
 *   after a determiner, a year before a product's name that ends its noun phrase names the
 *   product, not when anything happened; a name that ends on a happening ("the 2008 Beijing
 *   Olympics", "the 2020 Bangkok International Motor Show") or runs on into a lower-case noun
 *   ("the 2017 National Football League draft") keeps its year.
 *
 * - A version's year ("the 2018 model", "the mid-2019 refresh", "the 2012 through 2015 model"): after a
 *   determiner, a year before a noun for a product's version tells which version it is.
 *
 * - A year offered as one of two ("in late 2010 or early 2011"): the happening is of one, which the
 *   words do not fix.
 *
 * - The base of a comparison counted back from the telling ("down 10 percent from a year ago", "up
 *   from $38,373 a year ago", "down 5 percent from the year-to-date period last year", "compared with
 *   last year", "compared to a year ago", "12 percent below last year's level", "up 3 percent on last
 *   year", "the same as last year", "double last year's"): the time a figure is measured against, not
 *   when anything happened. A base the text
 *   dates ("up from 6.6 percent in 2017", "from $34,410 in October 2015") states a figure of that
 *   time and stays an event, though the telling does not stand there (`isComparisonBase`, read by
 *   analysis/timeline.ts); a change's start told with its end ("rose from 5 percent in 2015 to 9
 *   percent") is no base.
 *
 * Habits ("every Monday", "on Sundays") are left out where relative dates are read
 * (content/relativeDates.ts).
 */

import nlp from "#lib/text/nlp.ts";

interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a date may stand after when it is a birthday: "turned 58 on", "his 60th birthday on". */
const BIRTHDAY_BEFORE = /\b(?:turn(?:s|ed|ing)?\s+\d{1,3}|birthday)\b[^.;:!?]{0,16}$/iu;
/** The kind of text a law or accord is: "Act", "Law", "Treaty" … in a capitalised name. */
const INSTRUMENT = "(?:Act|Law|Code|Constitution|Treaty|Convention|Accords?|Agreement|Protocol|Charter|Statute|Bill)";
/** After the year: capitalised words ending in an instrument ("1986 Anti-Drug Abuse Act"). */
const INSTRUMENT_AFTER = new RegExp(`^\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,6}${INSTRUMENT}\\b`, "u");
/**
 * Right after the year, in lower case, perhaps after one noun: "the 1944 treaty", "the 1944 water
 * treaty", "a 2018 law" (not "In 2019 the treaty lapsed", where the year dates the clause).
 */
const INSTRUMENT_NOUN = new RegExp(
  `^\\s+(?:(?!(?:the|a|an|this|that|its|their|his|her|our|when|as|and|or)\\s)\\p{Ll}+\\s+)?${INSTRUMENT}\\b`,
  "iu",
);
/** Before the year: "the Trade Act of", "Mexico's Constitution of". */
const INSTRUMENT_BEFORE = new RegExp(`\\b${INSTRUMENT}\\s+of\\s+$`, "u");
/** After the year: the budget it names ("2020 budget request", "2025 fiscal budget"). */
const BUDGET_AFTER = /^\s+(?:(?:fiscal|federal|state|annual|defen[cs]e|military)\s+)?budgets?\b/iu;
/** After the year: the bond it names by its maturity ("2025 bond", "2030 dollar bonds"; not "notes", which may be letters). */
const BOND_AFTER =
  /^\s+(?:(?:senior|junior|secured|unsecured|convertible|dollar|euro|sovereign|government|corporate|benchmark|green)\s+)?(?:bonds?|debentures?|eurobonds?|gilts?|securities)\b/iu;
/** Before a year: a superlative and its noun, then "of" ("the best tech gadgets of"). */
const RANKED_IN =
  /\b(?:best|worst|biggest|largest|greatest|top|favou?rite|most\s+\p{L}+)(?:\s+[\p{L}'’-]+){0,4}\s+of\s+$/iu;
/** Before a number: a count's noun and "of" ("a total score of"). */
const COUNT_OF = /\b(?:score|total|tally|sum|average|maximum|minimum|rating|count|value|index)\s+of\s+$/iu;
/** A determiner right before a year: only then can the year name a product ("the 2020 Sentra") or a thing (dates/attributiveYear.ts); "In 2019 Mexico …" dates the clause. */
export const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|this|these|that|those)|\p{L}['’]s)\s+$/iu;
/** A word of a product's name: in capitals, with digits, or a brand's lower-case start before a capital ("iPhone"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\d.'’&+-]*|\d+\p{L}[\p{L}\d]*|\d+(?:\.\d+)?-\p{L}+|\p{Ll}\d[\p{L}\d]*|\p{Ll}+\p{Lu}[\p{L}\d]*)`;
/** Where a word of the name ends: a space, or punctuation and the end. */
const NAME_END = String.raw`(?:\s+|(?=[,.;:)]|$))`;
/**
 * After a model year: the product's name in capitals or with digits, one to four words ("MacBook
 * Pro", "RAV4 Prime", "15-inch i9 MacBook Pro", "iPhone SE"); after its first word, a lower-case
 * word with a hyphen is a line's name too ("Audi e-tron Sportback", "VW e-Golf"), never first
 * ("the 2019 pre-season" is no product).
 */
const PRODUCT_NAME = new RegExp(
  String.raw`^\s+(${NAME_WORD}${NAME_END}(?:(?:${NAME_WORD}|\p{Ll}+-\p{L}[\p{L}\d]*)${NAME_END}){0,3})`,
  "u",
);
/** What a name of a happening ends on: a contest, a show, a meeting, a vote, a disaster, a war. */
const HAPPENING =
  /^(?:Olympics|Olympiad|Paralympics|Games|Cup|Championships?|Open|Classic|Bowl|Series|Tour|Race|Marathon|Prix|Show|Expo|Fair|Festival|Awards?|Prizes?|Summit|Conference|Convention|Congress|Assembly|Forum|Session|Election|Elections|Primary|Primaries|Caucus(?:es)?|Debates?|Referendum|Census|Draft|Season|Week|Day|Crisis|War|Revolution|Uprising|Protests?|Attacks?|Massacre|Earthquake|Hurricane|Tsunami|Flood|Fire|Strike|Campaign|Report|Review|Survey|Study|Accord)$/u;

/** After a model year: the rest of a run of them ("through 2019", "to 2015") or a comparison ("or older", "or later"). */
const MODEL_YEARS_AFTER = /^(?:\s*(?:through|to|[-–])\s*(?:19|20)\d{2}|\s+or\s+(?:older|newer|earlier|later))(?=\s)/u;
/** A preposition opening what follows a product's name: its phrase has ended. */
const PREPOSITION_NEXT =
  /^(?:under|over|with|without|from|in|on|at|for|by|against|during|after|before|than|into|like|versus|vs\.)\s/u;

/**
 * After "the" and a year, the year is the thing itself, nothing after it but a mark, the sentence's end or a
 * verb of being: "more key travel than the 2016, but less than the 2012", "what the 2016 was". A thing called
 * by its year (a model, a vintage) is no date; a list of years ("the 2016, 2017 and 2018 seasons") runs on.
 */
const YEAR_AS_NOUN_AFTER = /^(?:\s*(?:[,;:)]|\.(?!\d)|$)(?!\s*(?:19|20)\d{2})|\s+(?:was|is|has|had|were|are)\b)/u;

/**
 * True when the year at `span` is a model year: a determiner before it, a product's name after it
 * that ends its noun phrase (a verb, a preposition, a determiner or punctuation follows) and that
 * is no happening's name.
 */
function isModelYear(sentence: string, span: Span, before: string): boolean {
  if (!DETERMINER_BEFORE.test(before)) return false;
  // "the 2016 through 2019 MacBook Pro", "a 2015 or older MacBook Pro": a run of model years, or one and those before or after it.
  const versions = MODEL_YEARS_AFTER.exec(sentence.slice(span.end))?.[0].length ?? 0;
  const name = PRODUCT_NAME.exec(sentence.slice(span.end + versions));
  if (!name) return false;
  const words = (name[1] ?? "").trim().split(/\s+/u);
  if (HAPPENING.test((words.at(-1) ?? "").replace(/[.'’]+$/u, ""))) return false;
  const rest = sentence.slice(span.end + versions + name[0].length).trimStart();
  if (rest === "" || /^[,.;:)—–-]/u.test(rest)) return true;
  // A preposition ends the name's phrase, whatever the tagger makes of it ("the 2016 MacBook Pro under heavy load").
  if (PREPOSITION_NEXT.test(rest)) return true;
  // The next word ends the name's phrase unless it is a noun or an adjective the name modifies; tagged
  // after the name, so "draft" in "National Football League draft" reads as the noun it is.
  const termsOf = (text: string) =>
    (nlp(text).terms().json() as { terms: { tags: string[] }[] }[]).flatMap((t) => t.terms);
  const terms = termsOf(`${words.join(" ")} ${rest.split(/\s+/u).slice(0, 3).join(" ")}`);
  // The tagger may split a word of the name ("15-inch" is two terms): count the name's terms as it reads them.
  const next = terms[termsOf(words.join(" ")).length];
  return next !== undefined && !next.tags.some((tag) => tag === "Noun" || tag === "Adjective");
}

/**
 * After a model year (a determiner before it): a noun for a product's version ("the 2018 model",
 * "the mid-2019 refresh", "the 2012 through 2015 model", "its 2015 predecessor"). The year tells
 * which version, not when anything happened; an event's edition ("the 2019 edition of the
 * festival") and a redesign (something done that year) are not in the list.
 */
const VERSION_AFTER =
  /^(?:\s*(?:through|to|[-–])\s*(?:19|20)\d{2})?\s+(?:[\p{L}\d-]+\s+)?(?:models?|versions?|designs?|styles?|refresh|predecessors?|iterations?)\b(?!\s+of\b)/u;

/** Before a date: a picture's own verb ("pictured on", "a photo taken on"). */
const PICTURE_BEFORE =
  /\b(?:pictured|photographed|filmed)\s+(?:here\s+)?(?:on|in)\s+$|\b(?:pictured|photographed)\s+(?:at|in|during|outside|inside)\s[^,.;:!?]{0,60}?\s(?:on|in)\s+$|\b(?:photo|photograph|picture|image)s?,?\s+(?:which\s+)?(?:was\s+|were\s+)?(?:taken|shot)\s+(?:on|in)\s+$/iu;

/**
 * A year a happening is told in, offered as one of two ("In late 2010 or early 2011, she wrote …", "in 2019
 * or 2020"): the happening is of one of them, and the words do not say which, so neither dates it. A horizon
 * ("ready by 2022 or 2023") sets each year as a target, and is left to be read.
 */
const IN_YEAR_BEFORE = /\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[-\s]+)?$/u;
const ALTERNATIVE_YEAR_AFTER = /^\s*,?\s+or\s+(?:(?:in|early|late|mid)[-\s]+)?(?:19|20)\d{2}\b/u;
const ALTERNATIVE_YEAR_BEFORE =
  /\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid)[-\s]+)?(?:19|20)\d{2}\s*,?\s+or\s+(?:(?:in|early|late|mid)[-\s]+)?$/u;

/** A word of change or comparison: what a base ("from a year ago", "than in 2015") is compared with. */
const CHANGE_WORD = String.raw`(?:up|down|higher|lower|better|worse|increase[sd]?|decrease[sd]?|increasing|decreasing|rose|fell|dropped|declined|jumped|climbed|slipped|grew|gained|compared|compares|comparison)`;
/** A figure measured at the base ("$34,410", "13.2 percent", "2.5 million"), or the period it is ("the same period"). */
const BASE_FIGURE = String.raw`(?:(?:about|around|roughly|nearly|almost|just|only|some)\s+)?(?:[$€£¥]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion|thousand))?|\d[\d,.]*(?:\s*(?:%|percent|per\s+cent|points?|million|billion|trillion|thousand))?)`;
const BASE_PERIOD = String.raw`the\s+(?:same|year-to-date|comparable|corresponding|year-earlier|previous|prior)\s+(?:period|month|quarter|week|time|season)`;
/**
 * Before a comparison's base: a word of change in the clause, then "from", "than", "over", "with"
 * or "versus" ("down 10 percent from ", "up from $34,410 in ", "compared with ", "than in "), then
 * the base's figure or period and its preposition, or "the" of a month or year that names the base
 * ("down from the March high").
 */
const COMPARISON_BASE_BEFORE = new RegExp(
  String.raw`\b${CHANGE_WORD}\b[^.;:!?()]{0,50}?\b(?:from|than|over|with|versus|vs\.)\s+(?:(?:${BASE_FIGURE}|${BASE_PERIOD})\s+)?(?:(?:in|during|for|of|at|on)\s+)?(?:the\s+)?$`,
  "iu",
);
/** After a change's start: its end ("from 5 percent in 2015 to 9 percent"), which makes the start a span's. */
const SPAN_END_AFTER =
  /^[^.;:!?]{0,20}?\s(?:to|until|through)\s+(?:(?:about|around|roughly|nearly|almost)\s+)?[$€£¥]?\d/u;

/**
 * Other shapes of a base's lead-in: "compared to", "relative to"; a figure above or below it ("12 percent
 * below last year's level", "4 percent above a year earlier"); a change "against" it ("exports fell against
 * last year"); "the same as" it ("3.6 percent, the same as last year").
 */
const COMPARISON_BASE_OTHER = new RegExp(
  String.raw`(?:\b(?:compared|comparison|comparable|relative)\s+to|\b${BASE_FIGURE}\s+(?:above|below)|\b${CHANGE_WORD}\b[^.;:!?()]{0,50}?\b(?:against|above|below)|\bthe\s+same\s+as)\s+(?:(?:${BASE_FIGURE}|${BASE_PERIOD})\s+)?(?:(?:in|during|for|at)\s+)?(?:the\s+)?$`,
  "iu",
);
/** A change by a figure "on" its base, as British reports write it ("up 3 percent on last year", "down 2% on a year ago"). */
const CHANGE_ON_BEFORE = new RegExp(String.raw`\b${CHANGE_WORD}\s+${BASE_FIGURE}\s+on\s+$`, "iu");
/** A multiple of a base that names its thing by a possessive ("double last year's", "twice a year ago's"). */
const MULTIPLE_BEFORE = /\b(?:double|triple|twice|thrice|half)\s+$/iu;

/**
 * True when the date at `span` is the base a figure is compared with ("up from 6.6 percent in 2017",
 * "down 10 percent from a year ago", "higher than in 2015", "compared to last year", "12 percent below
 * last year's level"): the time the telling measures against, not where it stands. "On" leads a base only
 * before a year ("up 3 percent on last year"; "down 3 percent on Tuesday" is the day's change), and a
 * multiple only before a possessive ("double last year's"; "won twice last year" tells the wins).
 */
export function isComparisonBase(sentence: string, span: Span): boolean {
  const preposition = /^(?:on|in|at)\s+/iu.exec(sentence.slice(span.start))?.[0] ?? "";
  const before = sentence.slice(Math.max(0, span.start - 60), span.start) + preposition;
  const after = sentence.slice(span.end, span.end + 40);
  const words = sentence.slice(span.start, span.end);
  const based =
    COMPARISON_BASE_BEFORE.test(before) ||
    COMPARISON_BASE_OTHER.test(before) ||
    (/\byear\b/iu.test(words) && CHANGE_ON_BEFORE.test(before)) ||
    (MULTIPLE_BEFORE.test(before) && /^['’]s\b/u.test(after));
  return based && !SPAN_END_AFTER.test(after);
}

/**
 * Before a date: "since", alone or with words that place the date ("ever since", "since at least", "since
 * as early as", "since the end of", "since mid-"). The date opens a span that runs up to the time the clause
 * stands at.
 */
const SINCE_BEFORE =
  /\bsince\s+(?:(?:at\s+least|as\s+(?:early|far\s+back)\s+as|the\s+(?:end|start|beginning|middle)\s+of|early|late|mid-?)\s+)?$/iu;

/**
 * True when the date at `span` opens a span up to the telling's own time ("the cheapest since October
 * 2009", "for the first time since May 2009", "has risen since 2011"): told, but the telling stands at the
 * span's end, not there (read by analysis/timeline.ts). Not in a clause told in the past perfect ("had
 * risen since 2011"), whose own time is a past one the date may be near.
 */
export function isSpanStart(sentence: string, span: Span): boolean {
  const before = sentence.slice(0, span.start);
  return SINCE_BEFORE.test(before) && !/\bhad\b/iu.test(before.split(/[;:.!?]/u).at(-1) ?? "");
}

/** Words that count a time back from the telling: "a year ago", "last year", "a year earlier", "the previous year". */
const COUNTED_BACK = /\b(?:ago|last|earlier|previous|prior)\b/iu;

/**
 * True when the date at [start, end) of the sentence is not an event. `year` says the date is a
 * bare year (only a year can name a law).
 */
export function isNonEventDate(sentence: string, span: Span, year: boolean): boolean {
  // A relative date's span may open on its preposition ("on Sunday"): read it as part of what precedes.
  const preposition = /^(?:on|in|at)\s+/iu.exec(sentence.slice(span.start))?.[0] ?? "";
  const before = sentence.slice(Math.max(0, span.start - 60), span.start) + preposition;
  const after = sentence.slice(span.end);
  if (BIRTHDAY_BEFORE.test(before.replace(/\b(?:on|in|at)\s+$/iu, "")) || PICTURE_BEFORE.test(before)) return true;
  // A base counted back ("down 10 percent from a year ago") measures; one the text dates states its figure's time.
  if (COUNTED_BACK.test(sentence.slice(span.start, span.end)) && isComparisonBase(sentence, span)) return true;
  return (
    year &&
    (RANKED_IN.test(before) ||
      ALTERNATIVE_YEAR_BEFORE.test(before) ||
      (IN_YEAR_BEFORE.test(before) && ALTERNATIVE_YEAR_AFTER.test(after)) ||
      isModelYear(sentence, span, before) ||
      (DETERMINER_BEFORE.test(before) && VERSION_AFTER.test(after)) ||
      (/\bthe\s+$/iu.test(before) &&
        /^(?:19|20)\d{2}$/u.test(sentence.slice(span.start, span.end)) &&
        YEAR_AS_NOUN_AFTER.test(after)) ||
      COUNT_OF.test(before) ||
      INSTRUMENT_AFTER.test(after) ||
      BUDGET_AFTER.test(after) ||
      // "In 2019 government bonds fell": after a preposition the year dates the clause.
      (BOND_AFTER.test(after) && !/\b(?:in|since|during|by|until|from)\s+$/iu.test(before)) ||
      INSTRUMENT_NOUN.test(after) ||
      INSTRUMENT_BEFORE.test(before))
  );
}

/**
 * True when a sentence is a question ("Who will make the Rock Hall in 2020?", "Did the army know
 * on Tuesday?"): it asks, and states no dated happening, whoever asks it (a teaser's headline, the
 * writer, a quoted speaker).
 */
export function isQuestion(sentence: string): boolean {
  return /\?["”’]*\s*$/u.test(sentence);
}
