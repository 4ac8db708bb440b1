/**
 * News outlets an article reports from, found by how the text cites them rather than by a
 * list of registered outlets: "according to The Wall Street Journal", "reports NBC News",
 * "told Fox News", "in an interview with CBS", "Reuters reported", and the wire credit of a
 * dateline, "MEXICO CITY (AP) —", "Aug. 12 (UPI) --". A name counts as an outlet when it is
 * shaped like one: it ends in a word outlets are named with (News, Times, Post, Journal,
 * Press, …), is a broadcaster's call sign (WSAV, KTLA), or is one of the wire services and
 * networks known by a bare brand (Reuters, CNN, Bloomberg, …; the outlet table's `brands`,
 * src/lib/normalize/outlets.ts). So "according to U.S. officials", "told the FBI" and
 * "Sheinbaum said" are not outlets. Pure.
 */
import { knownOutlet, OUTLET_BRANDS } from "#lib/normalize/outlets.ts";
import { findNames } from "./names.ts";
import { OUTLET_WORDS } from "./outletWords.ts";
import { LruCache } from "#lib/lruCache.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

export interface OutletCitation {
  /** The outlet as written, without a leading "the" ("The Wall Street Journal" keeps its "The"). */
  readonly label: string;
  /** Offsets of the name in the sentence: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** The outlet words as a regex alternation. */
const HEAD = Object.keys(OUTLET_WORDS).join("|");
/** The words that alone after "the" name a paper again, lower case. */
const PAPER_WORDS = new Set(
  Object.entries(OUTLET_WORDS)
    .filter(([, use]) => use === "paper")
    .map(([word]) => word.toLowerCase()),
);

/**
 * The outlet word a name is made of alone ("the Journal", "The Times", "Post"), lower case; else
 * undefined. Alone it is how an article names again an outlet it named in full ("The Wall Street
 * Journal … the Journal"), never an outlet of its own.
 */
export function bareOutletHead(name: string): string | undefined {
  const word = /^(?:the\s+)?(\p{Lu}\p{Ll}+)$/iu.exec(name.trim())?.[1]?.toLowerCase();
  return word !== undefined && PAPER_WORDS.has(word) ? word : undefined;
}

/** The newspaper word a longer name ends in ("The New York Times" → "times"), lower case; else undefined. */
export function outletHeadOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1)?.toLowerCase();
  return words.length > 1 && last !== undefined && PAPER_WORDS.has(last) ? last : undefined;
}

/** Outlets known by a bare brand, which no name shape gives away: the outlet table's brands. */
const BRAND = OUTLET_BRANDS.map(escapeRegExp).join("|");
const CAPITAL = "\\p{Lu}[\\p{L}’'.&-]*";
const WORD = `(?:${CAPITAL}|of|the|de|del|la|el|and|&)`;
/**
 * A capitalised name ending in an outlet word, a call sign, or a brand. Its first word is
 * capitalised: a connector opens no name ("…, and the Journal said" names the Journal).
 */
const NAME = `(?:(?:The\\s+)?(?:${CAPITAL}\\s+(?:${WORD}\\s+){0,3})?(?:${HEAD})\\b|\\b[KW][A-Z]{2,3}(?:-TV)?\\b|\\b(?:${BRAND})\\b(?:\\s+(?:${HEAD}))?)`;

/**
 * What every NAME holds whole: an outlet word, a call sign or a brand, as NAME's own alternatives
 * end on them. The cues built on NAME are run only in a sentence that has one, since each is
 * otherwise tried, with its run of capitalised words, at every position of the sentence.
 */
const NAME_WORD = new RegExp(`(?:${HEAD})\\b|\\b[KW][A-Z]{2,3}(?:-TV)?\\b|\\b(?:${BRAND})\\b`, "u");

/** A capitalised name of one to four words ("Reforma", "La Jornada", "El Financiero"). */
const PROPER = "(?:El\\s+|La\\s+)?\\p{Lu}[\\p{L}’'.&-]*(?:\\s+\\p{Lu}[\\p{L}’'.&-]*){0,3}";

/** The cues built on NAME (`NAME_WORD`). */
const NAME_CUES: readonly RegExp[] = [
  // according to / reported by / told / in an interview with / cited by <outlet>
  new RegExp(
    `\\b(?:[Aa]ccording to|reported by|as reported by|told|in an interview with|speaking to|quoted by|cited by|reports|wrote in|writing in)\\s+(?:the\\s+)?(${NAME})`,
    "gu",
  ),
  // <outlet> reported / reports / said / first reported / has reported / writes ("…,” Al Jazeera writes.)
  new RegExp(
    `(${NAME})\\s+(?:first\\s+|has\\s+|had\\s+|also\\s+)?(?:reported|reports|said|wrote|writes|revealed|found)\\b`,
    "gu",
  ),
  // the wire credit of a dateline: "(Reuters) —", "(AP) —", "(UPI) --"
  new RegExp(`\\((${NAME})\\)\\s*(?:[—–]|--?)`, "gu"),
];

/**
 * Words before "Leader" that make it an office, not a paper: "the Majority Leader", "the
 * Opposition Leader", "the Supreme Leader", "the Labour Leader".
 */
const LEADER_OFFICES = `Majority|Minority|Opposition|Floor|House|Senate|Party|Supreme|Deputy|Assistant|Parliamentary|Republican|Democratic|Democrat|Conservative|Labour|Labor|Liberal|Green|Greens|National|Nationals|Tory|Team|Group|Squadron|Scout|Youth|World|Council|Assembly|Spiritual`;

/** The cues that take a name of any capitalised shape. */
const PROPER_CUES: readonly RegExp[] = [
  // a paper named "… Leader" where a paper is cited: "according to the Sioux Falls Argus Leader", "told the
  // Argus Leader", "a report in the Argus Leader"; not an office ("told the Majority Leader", `LEADER_OFFICES`)
  new RegExp(
    `\\b(?:[Aa]ccording to|told|reported by|report in|interview with|wrote in)\\s+the\\s+((?:\\p{Lu}[\\p{L}’'.&-]*\\s+){0,2}(?!(?:${LEADER_OFFICES})\\s)\\p{Lu}[\\p{L}’'.&-]*\\s+Leader)\\b`,
    "gu",
  ),
  // a name the text calls a paper or a broadcaster: "the newspaper Reforma said", "the newspaper La Jornada"
  new RegExp(`\\b(?:newspaper|magazine|tabloid|broadcaster|news site|news outlet|news agency)\\s+(${PROPER})`, "gu"),
  // a Spanish-language paper, named with its article, as the subject of reporting: "El Universal reported";
  // not the particle inside a person's name ("Jason La Canfora has reported"), after a capitalised word
  // that is no possessive ("Mexico's La Jornada reported" is the paper)
  new RegExp(
    `\\b(?=(?:El|La)\\s)(?<!\\p{Lu}[\\p{L}.-]*\\s+)((?:El|La)\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)\\s+(?:first\\s+|has\\s+|had\\s+|also\\s+)?(?:reported|reports|published|revealed)\\b`,
    "gu",
  ),
];

/**
 * Formulas of reporting that say a name of any shape is the outlet itself: what a source tells
 * "by email" or "in a statement", whose "request for comment" goes unanswered, and where a paper
 * is "published in". A person or a place the name reads as is none (`findNames`).
 */
const PROSE_CUES: readonly RegExp[] = [
  // "told Gizmodo by email", "told The Hill in a statement"
  new RegExp(
    `\\btold\\s+(?:the\\s+)?(${PROPER})\\s+(?:in an? (?:statement|e-?mail|interview|phone (?:call|interview))|by (?:e-?mail|phone|telephone|text message))\\b`,
    "gu",
  ),
  // "did not respond to The Hill's request for comment"
  new RegExp(`(${PROPER})['’]s\\s+requests?\\s+for\\s+comment`, "gu"),
  // "published in BMJ Case Reports", "in the journal Nature Astronomy"
  new RegExp(`\\b(?:published (?:online )?in|in the (?:medical |scientific )?journal)\\s+(${PROPER})`, "gu"),
];

/**
 * A word each cue of PROPER_CUES and PROSE_CUES needs, in its case: a sentence without it is not
 * run through the cue, which otherwise tries its run of capitalised words at every capital.
 */
const CUE_WORDS = new Map<RegExp, RegExp>(
  [
    /Leader/u,
    /newspaper|magazine|tabloid|broadcaster|news (?:site|outlet|agency)/u,
    /(?:El|La)\s/u,
    /told/u,
    /request/u,
    /published|journal/u,
  ].map((word, i, words) => {
    // In the cues' order, one each: a cue added without its word must not take another's.
    const cues = [...PROPER_CUES, ...PROSE_CUES];
    if (words.length !== cues.length) throw new Error("CUE_WORDS: one word per cue");
    return [cues[i] as RegExp, word];
  }),
);

/** Outlets cited in one sentence, left to right, each name once. Do not modify what it returns. */
export function findOutletCitations(sentence: string): readonly OutletCitation[] {
  return citationsBySentence.getOrMake(sentence, readOutletCitations);
}

/** The last sentences' citations: an article's entities and then its sourcing ask of the same sentences. */
const citationsBySentence = new LruCache<string, readonly OutletCitation[]>(2_000);

function readOutletCitations(sentence: string): readonly OutletCitation[] {
  const found: OutletCitation[] = [];
  const cues = NAME_WORD.test(sentence) ? [...NAME_CUES, ...PROPER_CUES] : PROPER_CUES;
  for (const cue of [...cues, ...PROSE_CUES]) {
    if (CUE_WORDS.get(cue)?.test(sentence) === false) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(sentence); m; m = cue.exec(sentence)) {
      const raw = m[1] ?? "";
      // A sentence's full stop after a name is not its abbreviation's ("… journal Nature Astronomy.", "Broadhead Co.").
      const label = raw
        .replace(/^the\s+/u, "")
        .trim()
        .replace(/(\p{L}{4,})\.$/u, "$1");
      const start = m.index + m[0].indexOf(raw) + (raw.length - raw.replace(/^the\s+/u, "").length);
      const end = start + label.length;
      if (label.length < 2 || found.some((f) => start < f.end && end > f.start)) continue;
      // "El Paso reported": a town named with its article is no paper.
      if (/^(?:El|La)\s/u.test(label) && findNames(label).some((n) => n.kind === "place")) continue;
      if (PROSE_CUES.includes(cue) && findNames(label).some((n) => n.kind !== "organisation")) continue;
      found.push({ label, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Before an italic run, words that make it a publication one tells, reads or writes for ("told _Mashable_", "an issue of _Maxim_"). */
const ITALIC_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:told|[Aa]ccording to|in an interview with|speaking to|reported by|wrote for|writes for|writing for|issues? of)\s+(?:the\s+)?$/u;
/** After it, a publication's own acts: "_The Verge_ covered", "_Mashable_ later confirmed", "the _Guardian_ was already publishing". */
const ITALIC_CUE_AFTER =
  /^\s+(?:(?:first|later|also|already|then|has|had|have|was|were|is)\s+){0,2}(?:reported|reports|reporting|confirmed|confirms|covered|covers|published|publishes|publishing|revealed|obtained)\b/u;
/** A publication's name as pages italicise it: one to four capitalised words, perhaps after "The". */
const ITALIC_NAME = /^(?:The\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,3}$/u;

/**
 * Publications a sentence sets in italics, as pages write a paper's, a magazine's or a site's name,
 * where the words around say the run is one that is told, read or written for, or that reports,
 * covers or publishes ("told _Mashable_", "the latest issue of _Maxim_", "When _The Verge_ covered"):
 * a film's or a book's title does none of these. `italics` are the italic runs' offsets in `sentence`.
 * A leading "the" outside the run is left out; "The Verge" keeps its own.
 */
export function italicOutlets(sentence: string, italics: readonly (readonly [number, number])[]): OutletCitation[] {
  // "_The_ _Hollywood Reporter_": runs one space apart are one name set in two pieces.
  const runs: [number, number][] = [];
  for (const [start, end] of italics) {
    const previous = runs.at(-1);
    if (previous !== undefined && /^\s$/u.test(sentence.slice(previous[1], start))) previous[1] = end;
    else runs.push([start, end]);
  }
  return runs.flatMap(([start, end]) => {
    const label = sentence.slice(start, end).trim();
    if (!ITALIC_NAME.test(label) || /^(?:The|A|An)$/u.test(label)) return [];
    const cued = ITALIC_CUE_BEFORE.test(sentence.slice(0, start)) || ITALIC_CUE_AFTER.test(sentence.slice(end));
    const from = start + sentence.slice(start, end).indexOf(label);
    return cued ? [{ label, start: from, end: from + label.length }] : [];
  });
}

/**
 * Whether an article's entity is a news outlet: the register marks it one, it is a well-known
 * outlet by name or alias ("Reuters", "AP"), or the article cites it as one (its sourcing's outlet
 * attributions: "told Reuters", "according to The Wall Street Journal"). An outlet is how an
 * article learnt of an event, not one of its actors: two reports citing the same wire share no
 * story by it (stories.ts).
 */
export function isOutletEntity(
  id: string,
  entity: { readonly name: string; readonly outlet?: boolean | undefined } | undefined,
  sourcing: { readonly attributions: readonly { readonly kind: string; readonly entityId?: string }[] },
): boolean {
  if (entity?.outlet === true || (entity !== undefined && knownOutlet(entity.name) !== undefined)) return true;
  return sourcing.attributions.some((a) => a.kind === "outlet" && a.entityId === id);
}
