/**
 * Who a quotation's attribution names: a subject phrase the attribution grammar cut out of the
 * text ("Defense Secretary Pete Hegseth", "two unnamed Pentagon officials", "he") becomes a
 * speaker — named (by the register's name when the register has them, else by the name the
 * text gives), anonymous (the description as written) — or nothing.
 *
 * Names the register lacks come from a `NameFinder`. The default reads capitalised runs and
 * strips titles and roles before a name ("Mexican President", "Rep."); a names-finder from an
 * NLP library can be plugged in instead. A lone surname takes the article's fuller form of it
 * when exactly one exists ("Sheinbaum" → "Claudia Sheinbaum"). A pronoun resolves only when
 * exactly one person fits in the nearest sentence that names any; otherwise nothing, and the
 * quotation stays unattributed.
 */
import { isGenerationSuffix } from "./nameVariants.ts";
import { aliasAfterName } from "./aliasNames.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { JOINT_VERB, PEOPLE_OF_NAME } from "./attributionGrammar.ts";
import {
  alternation,
  anonymousSource,
  ANONYMOUS_SOURCE_NOUNS,
  ANONYMOUS_SOURCE_PLURALS,
  DEMONYM_PERSON,
  LY_NOUNS,
  MEMBER_INITIALS,
  PARTY_MEMBER_NOUNS,
  SPEECH_VERBS,
} from "#lib/text/attribution.ts";
import type { EntityMatcher } from "./entities.ts";
import { personAfterTitle } from "./titledPerson.ts";
import { Genders, relativePronoun, reportedPronoun, statedGender, type Gender } from "./gender.ts";
import { findNames, opensAsWord } from "./names.ts";
import { definedPeople } from "./acronymSenses.ts";
import { LruCache } from "#lib/lruCache.ts";
import { withoutQuotations } from "./quoteSpans.ts";
import { placedRole } from "./placedRole.ts";
import { HELD_ROLES } from "./roleHolders.ts";
import { ordinaryWordAlone } from "./ordinaryWordName.ts";
import { isOfficeWord, OFFICES, POSTS } from "./describedHolders.ts";
import { termTags } from "./termTags.ts";
import { endsOnPersonNoun, KIN_NOUNS, NAMED_PERSON_NOUNS, PROFESSION_NOUNS } from "./personNouns.ts";
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from "#lib/content/dates.ts";

export type SpeakerKind = "named" | "anonymous" | "unattributed";

export interface Speaker {
  /** The register's name, the name as the text gives it, the anonymous description, or "unattributed". */
  readonly name: string;
  readonly kind: SpeakerKind;
  /** Register id, when the name is an entity of the register. */
  readonly entity?: string;
  /**
   * Set when the grammar that found the speaker reads it as a body, not a person ("it said", or
   * "they said" after "Big Machine have denied …"): sourcing counts a body as an institution.
   */
  readonly body?: true;
}

export const UNATTRIBUTED: Speaker = { name: "unattributed", kind: "unattributed" };

/** A name found in a piece of text, offsets in that text. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** Finds names of people and organisations in a piece of text (the seam for an NLP names-finder). */
export type NameFinder = (text: string) => NameSpan[];

/** Capitalised words that open a sentence or a clause rather than a name. */
const FUNCTION_WORDS = new Set(
  (
    "A An The This That These Those It Its He She They We I You If When While After Before Unless Although Though " +
    "As At In On Of For With From By To Into But And Or Nor So Yet Still Then There Here Also Later Earlier Meanwhile " +
    "However Despite Since Because Even Only Just Now Once Both Either Neither Each Every Some Many Most Such What " +
    "Who Whom Whose Which Why How Where According Asked Speaking Last Next Our Their His Her My Your Mr Mrs Ms " +
    "Today Tomorrow Yesterday Tonight " +
    "Whether Whatever Whoever Whenever Wherever Until Upon Without Within Throughout During Among Amid Against " +
    "Between Unlike Perhaps Maybe Indeed Instead Thus Hence Therefore Nevertheless Nonetheless Otherwise Besides " +
    "Sometimes Often Never Not Did Does Was Were Is Are Has Had Have Let " +
    // Indefinite pronouns, capitalised where they open a sentence: "Someone once told me, “…”" names no one.
    "Someone Somebody Anyone Anybody Everyone Everybody Nobody Noone " +
    "El La Los Las Un Una Según En Por Para Con Del Al Pero Que Este Esta Ese Esa Sin Tras Ante"
  ).split(" "),
);

/**
 * Capitalised words that order a text's points or comment on a clause ("First, …", "Finally, …",
 * "Ultimately …"): standing alone, they are adverbs and name no one. Compromise reads some as
 * ordinals or adjectives, which the opening-word test does not take for clause words.
 */
const SEQUENCE_WORDS = new Set(
  (
    "First Second Third Fourth Fifth Firstly Secondly Thirdly Finally Lastly Again Afterwards Afterward Overall " +
    "Ultimately Eventually Initially Originally Similarly Likewise Additionally Moreover Furthermore Anyway " +
    "Regardless Fortunately Unfortunately Sadly Clearly Obviously Frankly Honestly Basically Actually Apparently " +
    "Notably Importantly Interestingly Ironically Surprisingly Luckily Hopefully Personally Together"
  ).split(" "),
);

/** Days and months are capitalised but never speakers. */
const CALENDAR = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS].join("|")}|(?:${MONTH_ABBREVIATIONS.join("|")})\\.)$`, "u");

/**
 * Titles, ranks and roles that come before a name and are not part of it; abbreviated ones in the
 * plural too, before the first of several names ("Democratic Reps. Ana Ruiz and Tom Vale").
 */
export const TITLES = new Set(
  (
    "Reps. Sens. Govs. Drs. " +
    "President Vice Prime Minister Secretary Deputy Under Assistant Attorney General Gen. Adm. Col. Lt. Maj. Capt. " +
    "Sgt. Cmdr. Rep. Sen. Gov. Dr. Mr. Mrs. Ms. Sir Lord Judge Justice Senator Representative Governor Mayor " +
    "Ambassador Director Chief Commander Admiral Colonel Captain Spokesperson Spokesman Spokeswoman Press " +
    "Defense Defence State Foreign Interior Homeland Security Treasury Commerce Justice War Navy Army Air Force " +
    "Former Acting Senior Special Envoy Chairman Chairwoman Chair Ranking Speaker Leader Whip Minority Majority CEO " +
    "Pope King Queen Prince Princess Premier Chancellor Officer Agent Professor Prof. Pres. Gral. Presidenta " +
    "Presidente Presiden Secretario Secretaria Canciller Ministro Ministra Fiscal Councillor Councilor Councilman " +
    "Councilwoman Commissioner Alderman Sheriff Inspector Detective Trooper Constable Magistrate Bishop Cardinal Rabbi Imam"
  ).split(" "),
);

/**
 * True when `word` is one of the titles, or an abbreviated one written without its full stop, as
 * British style writes it ("Dr Priya Nandakumar", "Prof Li"): the same title, not part of the name.
 */
function isTitle(word: string): boolean {
  return TITLES.has(word) || (/^\p{Lu}\p{Ll}{1,3}$/u.test(word) && TITLES.has(`${word}.`));
}

/** The titles as a pattern alternation, each escaped ("Gen." matches a dot, not any character). */
const TITLE_ALTERNATION = [...TITLES].map(escapeRegExp).join("|");

/** Nationality and place adjectives before a title ("Mexican President", "U.S. Defense Secretary"). */
export const DEMONYM =
  /^(?:U\.S\.|US|American|Mexican|Mexico['’]s|Russian|Chinese|Cuban|Venezuelan|Canadian|British|Ukrainian|Israeli|Colombian|Guatemalan|Salvadoran|Honduran)$/u;

/** Heads of organisation names ("Department", "Times"): a run with one is not a person. */
const ORGANISATION_WORDS =
  /\b(?:Department|Ministry|Committee|Court|University|College|Council|Agency|Force|Army|Navy|Guard|Times|Journal|News|Post|Press|Party|Cartel|Administration|Congress|House|Senate|States|Republic|Union|Nations|Command|Office|Center|Centre|Institute|Bank|Company|Group|Corporation|Inc\.?|Foundation|Commission|Service|Police|Embassy|Network|Reuters|Watch|Agency|Organization|Organisation|Secretariat|Government|Pentagon|Kremlin|Fiscalía|Secretaría|Association|Federation|Society|League|Alliance|Coalition|Movement|Front|Brotherhood|Museum|Club|Trust|Fund|Board|Authority|Bureau|Guild|Academy|Assembly|Parliament|Chamber)\b/u;

/**
 * Nouns a text refers back to a body by, named before with the same head ("the Transport
 * Ministry … “…,” the ministry added"): heads of ORGANISATION_WORDS that stand alone for their
 * body in lower case, and "firm" for a company. Not "union", "police", "press" or "government":
 * alone they as often mean one the text never named.
 */
const BODY_BACK_NOUNS: ReadonlySet<string> = new Set(
  (
    "ministry department agency bank university college commission committee council court company firm " +
    "corporation group party institute foundation association office board authority bureau embassy " +
    "federation society league alliance coalition academy parliament assembly trust fund"
  ).split(" "),
);

/** What makes a name a company's besides "Company": "Inc.", "Corp.", "Ltd", "LLC", "plc", "Holdings". */
const COMPANY_NAME =
  /(?<!\p{L})(?:Company|Co\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|[Pp][Ll][Cc]|Holdings|Group)(?!\p{L})/u;

/** True when a body's name is of the kind `noun` names: its head ("Transport Ministry" for "ministry"). */
function ofKind(name: string, noun: string): boolean {
  if ((noun === "company" || noun === "firm") && COMPANY_NAME.test(name)) return true;
  const head = noun.charAt(0).toUpperCase() + noun.slice(1);
  return new RegExp(`(?<!\\p{L})${head}(?!\\p{L})`, "u").test(name);
}

/**
 * The one body of the kind `noun` names ("the ministry", "the company") that `texts` name — the
 * text in reach of a quotation's clause: the paragraph before and its own up to the clause, each
 * with its block and offset. Nobody when they name none or two of that kind ("Harbor Lines Inc.
 * bought Delta Corp."), or speak of one unnamed ("a ministry in Lisbon", "another company"): the
 * noun may then be either.
 */
export function oneBodyOfKind(
  ctx: ArticleNames,
  noun: string,
  texts: readonly { blockIndex: number; text: string; offset: number }[],
): Speaker | undefined {
  const unnamed = new RegExp(
    `(?<!\\p{L})(?:an?|another|other|one|each|every|any|some)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${noun}(?!\\p{L})`,
    "iu",
  );
  const found = new Map<string, Speaker>();
  // A name that says no kind ("Boeing"), a clause's subject, may be "the company" as well as
  // "Lockheed Corp." beside it; a ministry or an agency is written as one: only a company or a firm goes unsaid.
  let unsaid = false;
  for (const { blockIndex, text, offset } of texts) {
    const outside = withoutQuotations(text);
    if (unnamed.test(outside)) return undefined;
    for (const c of bodiesIn(ctx, blockIndex, outside, offset))
      if (ofKind(c.speaker.name, noun)) found.set(c.key, { ...c.speaker, body: true });
    // A company the organisation heads miss ("Delta Shipping Corp.") is one of the kind all the same.
    for (const n of ctx.findNames(outside)) {
      if (ofKind(n.name, noun)) {
        if (![...found.values()].some((b) => b.name === n.name))
          found.set(n.name, { name: n.name, kind: "named", body: true });
      }
      // "Boeing is in only the early stages …": a name no one is, a clause's subject, may be it too.
      else if (
        (noun === "company" || noun === "firm") &&
        mayBeCompany(n.name) &&
        !ctx.people.persons.has(n.name) &&
        !ctx.people.byLast.has(n.name) &&
        !ctx.people.byFirst.has(n.name) &&
        SUBJECT_BEFORE.test(outside.slice(0, n.start)) &&
        VERB_AFTER.test(outside.slice(n.end))
      )
        unsaid = true;
    }
  }
  if (unsaid) return undefined;
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * A body's name that could be a company's though it does not say so: no head of another kind
 * (a ministry, a party, a court, a newspaper…) and not all capitals of an acronym-like agency.
 */
/** Where a clause's subject starts: the sentence's start, or a comma or "and" before it. */
const SUBJECT_BEFORE = /(?:^|[.!?]\s+|,\s+|(?<!\p{L})and\s+)$/u;
/** A finite verb right after a subject: "is", "said", "were planning". */
const VERB_AFTER =
  /^\s+(?:(?:and|or)\s+[^,.;:!?]{1,40}?\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|said|says|\p{Ll}+ed)(?!\p{L})/u;

function mayBeCompany(name: string): boolean {
  return !NOT_COMPANY_HEAD.test(name);
}
const NOT_COMPANY_HEAD =
  /(?<!\p{L})(?:Ministry|Department|Agency|Office|Party|Court|Council|Commission|Committee|Assembly|Parliament|Congress|Senate|House|Government|Administration|Army|Navy|Force|Police|University|College|School|Institute|Foundation|Association|Union|Federation|League|Church|Times|Post|News|Journal|Reuters|Press|Bureau|Service|Board|Authority|Nations|Bank|Fund|Reserve|Court|Center|Centre)(?!\p{L})/u;

/** Heads of names of documents, events and places: never a person. */
const PLACE_OR_THING_WORDS =
  /\b(?:Charter|Constitution|Act|Law|Treaty|Accord|Area|Strategy|Plan|Program|Programme|Operation|Initiative|Summit|Conference|Street|Avenue|Square|Palace|River|Sea|Ocean|Gulf|Bay|Islands?|Mountains?|Coast|Border|Province|State|County|City|Valley|Hotel|Airport|Base|Station|Prison|Hospital|School|Church|America|Americas|Europe|Asia|Africa|East|West|North|South)\b/u;

/**
 * People described by their role or their kin: "Whitlock’s deputy", "Nandakumar's son" name
 * nobody, and the owner is not who speaks.
 */
const ROLE_NOUN = new RegExp(
  String.raw`\b(?:deputy|envoys?|spokes(?:man|woman|person)|aides?|advisers?|advisors?|officials?|officers?|lawyers?|attorneys?|sources?|representatives?|assistants?|staff(?:er)?s?|colleagues?|friends?|relatives?|(?:${KIN_NOUNS.join("|")})s?|wives)$`,
  "u",
);

/** What a name owns, in lower case, to the end of the subject or its sentence: "’s deputy", "'s son.". */
const OWNED_WORDS = /^['’]s(?:\s+\p{Ll}[\p{L}-]*){1,4}(?=\s*[.!?]?\s*$)/u;

/** A lower-case role after an organisation's name ("CNN meteorologist", "Pentagon officials"): an unnamed person. */
const ROLE_OR_SOURCE =
  /(?:ist|er|or|ian|ent|ant|man|woman|person|official|officials|officer|officers|source|sources|aide|aides|staff|analysts?)$/u;

/**
 * A description whose lower-case head comes before an "of" phrase, the name inside the phrase:
 * "The father of the", "a cousin of" (not "the CNN", the name opening the description, nor "The
 * President of", a title's capitals).
 */
const OF_PHRASE_BEFORE = /(?<!\p{L})\p{Ll}[\p{L}-]*\s+of\s+(?:the\s+|an?\s+|one\s+)?$/u;

/** A relative clause or a place after a role: "who patrols the area", "at the border". */
const ROLE_TAIL = /\s+(?:who|whom|that|at|in|on|for|with|from|near|along)\s[^,]*$/u;

/**
 * Lower-case heads that turn a name into an institution: "the Trump administration", "the Xinhua
 * news agency", "the Hurriyet newspaper" (the institution speaks, as written).
 */
const INSTITUTION_HEADS =
  "administration|government|campaign|ministry|embassy|cartel|team|military|army|navy|(?:news\\s+)?agency|newspaper|broadcaster";
const INSTITUTION_HEAD = new RegExp(`^\\s+(${INSTITUTION_HEADS})\\b`, "u");

/**
 * One or two lower-case words that say which of a name's institutions ("defense", "foreign",
 * "re-election"): any word but a function word or a verb of the clause, which ends the subject.
 */
const INSTITUTION_MODIFIER = String.raw`(?!(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|who|which|that|said|says|told|has|have|had|was|were|is|are|also)(?!\p{L}))\p{Ll}[\p{L}-]*`;

/**
 * The same heads after such words, ending the subject: "the Dutch transport ministry", "the
 * Russian defense ministry" (the institution speaks, as written, with its words).
 */
const MODIFIED_INSTITUTION_HEAD = new RegExp(
  `^\\s+((?:${INSTITUTION_MODIFIER}\\s+){1,2}(?:${INSTITUTION_HEADS}))[.!?]?\\s*$`,
  "u",
);

/** The heads in the plural, for two names' institutions spoken of together ("defense ministries"). */
const INSTITUTION_PLURALS =
  "administrations|governments|campaigns|ministries|embassies|militaries|armies|navies|(?:news\\s+)?agencies|newspapers|broadcasters";

/**
 * Two one-word names' institutions as one subject: "the Russian and Syrian defense ministries",
 * "The U.S. and British governments" (group 1: as written, without "the"). Both speak, jointly,
 * as the text names them; "Ellis and Lopez said" (people, no institution) stays nobody's.
 */
const JOINT_INSTITUTIONS = new RegExp(
  `^(?:(?:the|The)\\s+)?(\\p{Lu}[\\p{L}.]*\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}.]*(?:\\s+${INSTITUTION_MODIFIER}){0,2}\\s+(?:${INSTITUTION_PLURALS}))\\s*$`,
  "u",
);

/** An office and the place it is held toward, before a capitalised run: "ambassador to ", "minister of ". */
const OFFICE_TO_END = new RegExp(`(?<!\\p{L})(?:${OFFICES}|envoy|consul|representative)\\s+(?:to|of|for)\\s+$`, "u");

/** The same, owned by a name: "China’s ambassador to " (the owner's office, which the article may name a holder of). */
const OWNED_OFFICE_TO_END = new RegExp(
  `\\p{Lu}[\\p{L}.-]*['’]s\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${OFFICES}|envoy|consul|representative)\\s+(?:to|of|for)\\s+$`,
  "u",
);

/** True when the entity finder reads the words, on their own, as one place ("South Korea"). */
function readsAsPlace(text: string): boolean {
  const spans = findNames(text);
  return spans.length === 1 && spans[0]?.kind === "place" && spans[0].text === text;
}

/** One of ORGANISATION_WORDS as a whole word: a head that "of" may follow inside the name ("Bank of England"). */
const ORGANISATION_HEAD = new RegExp(`^${ORGANISATION_WORDS.source}$`, "u");

/**
 * True when the words after an organisation's "of" end in a person's name, as the entity finder
 * reads one ("America CEO Brian Moynihan", "England Andrew Bailey"): the organisation's name
 * ended before "of".
 */
function personAfterOf(words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k += 1) if (readsAsPerson(words.slice(k).join(" "))) return true;
  return false;
}

/** Connectors inside a name ("Juan Ramón de la Fuente", "Omar al-Bashir"). */
const CONNECTOR = /^(?:de|del|la|las|los|van|von|der|da|di|du|bin|ibn|al|y)$/u;

/**
 * True when `name` is written as a name: every word capitalised, or a connector ("Juan Ramón de
 * la Fuente"). "Nigeria's foreign ministry", a subject the grammar gave as written, is not.
 */
export function writtenAsName(name: string): boolean {
  return name
    .trim()
    .split(/\s+/u)
    .every((word) => /^\p{Lu}/u.test(word) || CONNECTOR.test(word));
}

/**
 * A word as the names-finder reads it. One that opens in lower case runs on through capitals
 * ("iPad", "eBay", "iOS"): a capital inside a word opens no name ("Pad" is no one "he" can be).
 */
const WORD = /\p{Lu}[\p{L}\p{M}.’'-]*|\p{Ll}[\p{Ll}\p{Lu}\p{M}]*/gu;

/**
 * True when a run opens with "He" and a name word right after it, no comma between ("He
 * Jianxiong"): the Chinese surname, not the pronoun, which a verb in lower case follows.
 */
function surnameHe(run: readonly { raw: string }[]): boolean {
  const next = run[1]?.raw ?? "";
  return run[0]?.raw === "He" && /^\p{Lu}\p{Ll}+$/u.test(next) && !FUNCTION_WORDS.has(next) && !TITLES.has(next);
}

/**
 * A plural noun's possessive in capitals ("People's", "Women's", "Workers'") owns nothing a person
 * owns: it is a word of an institution's name ("People's Daily", "Children's Hospital"), and the run
 * goes on; a name's possessive ("Trump's") ends it.
 */
const GROUP_OWNER =
  /^(?:(?:People|Children|Women|Men)['’]s|(?:Workers|Veterans|Teachers|Farmers|Nurses|Citizens)['’])$/u;

/** Titles that also name a body's field, never only a person's office ("State", "Army", "Justice"). */
const FIELD_TITLES: ReadonlySet<string> = new Set(
  "Defense Defence State Foreign Interior Homeland Security Treasury Commerce Justice War Navy Army Air Force Press".split(
    " ",
  ),
);

/**
 * True when `words`, a run naming a body, has a person's title at `title` ("Leader", "Chairman")
 * followed by two or more capitalised words with no body's head among them: "House Minority Leader
 * John Boehner" is the office's holder, not a body ("Justice Department", "Air Force Academy" stay bodies).
 */
function personAfterOffice(words: readonly string[], title: number): boolean {
  const word = words[title];
  if (word === undefined || !isTitle(word) || FIELD_TITLES.has(word)) return false;
  const rest = words.slice(title + 1);
  return (
    rest.length >= 2 &&
    rest.length <= 4 &&
    !ORGANISATION_WORDS.test(rest.join(" ")) &&
    rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w) || /^(?:Jr|Sr)\.$/u.test(w)) &&
    !rest.some((w) => isTitle(w) || FUNCTION_WORDS.has(w))
  );
}

/**
 * True when a run of capitalised words ends on a title or a rank's letters and the entity finder
 * does not read it as a person's name: "Chief Financial Officer", "Finance Minister", "the
 * Conservative MP" name an office, whose holder the text may name after it ("… Officer of Acme
 * Dana Holt") or elsewhere; the office is no one's name. "Wayne King", "Amy Judge" end on a title
 * word that is the surname (names.ts `titleSurname`) and stay names.
 */
function officeAlone(text: string, run: readonly { start: number; end: number; raw: string }[]): boolean {
  const last = (run.at(-1) as { raw: string }).raw.replace(/[.,]$/u, "");
  const rank = RANK_ABBREVIATIONS.has(last);
  // A lone title word is left as it was: "said King." may be the surname of someone named in full.
  if (!rank && (run.length < 2 || (!isTitle(last) && !isTitle(`${last}.`)))) return false;
  // "Ana Ruiz MP": a rank's letters after a person's name are no office alone.
  const named = rank ? run.slice(0, -1) : run;
  if (named.length === 0) return true;
  const words = text
    .slice((named[0] as { start: number }).start, (named.at(-1) as { end: number }).end)
    .replace(/[.,]$/u, "");
  return !findNames(words).some((span) => span.kind === "person" && span.text === words);
}

/**
 * Default names-finder: runs of capitalised words (with name connectors), without leading
 * function words, demonyms and titles, and without a trailing possessive.
 */
/**
 * A capitalised word joined by a hyphen to a participle or a word that makes modifiers: a compound
 * modifier ("Ohio-based lawyer", "Texas-born", "Democratic-led", "Paris-style"), never a name or part
 * of one. Not any word in lower case: romanised given names join theirs so ("Lee Jae-myung").
 */
const COMPOUND_MODIFIER =
  /^\p{Lu}[\p{L}’']*-(?:\p{Ll}+ed|born|bound|made|style|wide|era|like|free|only|friendly|speaking)$/u;

/**
 * The last word of a law's or a treaty's name ("… Act", "… Treaty", "Second Amendment"). Not
 * dates/nonEvents.ts's `INSTRUMENT`, which also holds words that end people's names ("Jude Law",
 * "Bill", "Ann Charter"): a speaker's run may be one.
 */
const LAW_HEAD = /^(?:Act|Treaty|Amendment|Statute|Ordinance)$/u;

/**
 * Whether a word at `start` of `text` opens a sentence or a quotation: after a full stop, a colon,
 * a dash or a quotation mark, or the text's start. Not after a quotation closed on a comma ("…,”
 * Al Jazeera writes"): the sentence goes on there.
 */
function opensSentenceAt(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return /(?:^|[.!?:;“”"—–]\s*)$/u.test(before.trimEnd()) && !/,\s*[”"’]\s+$/u.test(before);
}

/**
 * Spanish "Al" ("to the") opens Spanish sentences, capitalised only there; inside a sentence it opens
 * a name ("Al Jazeera", "Al Gore").
 */
const NAME_OPENER = /^Al$/u;

export const capitalisedNames: NameFinder = (text) => {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
  const names: NameSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !/^\p{Lu}/u.test(first.raw) || COMPOUND_MODIFIER.test(first.raw)) {
      i += 1;
      continue;
    }
    // Extend the run across single spaces (a line break inside a paragraph counts as one).
    let j = i;
    // Where the run went on through an organisation's "of", or -1.
    let ofAt = -1;
    for (;;) {
      const here = words[j] as { end: number; raw: string };
      const next = words[j + 1];
      const afterNext = words[j + 2];
      // "Johnson & Johnson": an ampersand joins a firm's name, not two people.
      if (next && / & $/u.test(text.slice(here.end, next.start)) && /^\p{Lu}/u.test(next.raw)) {
        j += 1;
        continue;
      }
      if (!next || !/^[ \n]$/u.test(text.slice(here.end, next.start))) break;
      if (/['’]s$|s['’]$/u.test(here.raw) && !GROUP_OWNER.test(here.raw)) break;
      // A word with a full stop ends its sentence ("… to Hongkongers. Tsai says"); an initial or a title does not.
      if (/\p{Ll}{2}\.$/u.test(here.raw) && !TITLES.has(here.raw) && !/^(?:Jr|Sr|St)\.$/u.test(here.raw)) break;
      // So does an initial before a word that opens sentences ("… said I. What …", "… Plan B. The …").
      if (/^\p{Lu}\.$/u.test(here.raw) && FUNCTION_WORDS.has(next.raw)) break;
      if (/^\p{Lu}/u.test(next.raw) && !COMPOUND_MODIFIER.test(next.raw)) {
        j += 1;
        continue;
      }
      if (CONNECTOR.test(next.raw) && afterNext && /^\p{Lu}/u.test(afterNext.raw)) {
        j += 1;
        continue;
      }
      if (
        CONNECTOR.test(next.raw) &&
        afterNext &&
        CONNECTOR.test(afterNext.raw) &&
        /^\p{Lu}/u.test(words[j + 3]?.raw ?? "")
      ) {
        j += 2;
        continue;
      }
      // "Ministry of Foreign Affairs", "Bank of England", "Office of the Director": an organisation's
      // head goes on through "of" (and "the") into the rest of its name, once per run.
      if (ofAt < 0 && next.raw === "of" && ORGANISATION_HEAD.test(here.raw)) {
        const the = afterNext?.raw === "the" ? 1 : 0;
        if (/^\p{Lu}/u.test(words[j + 2 + the]?.raw ?? "")) {
          ofAt = j + 1;
          j += 1 + the;
          continue;
        }
      }
      break;
    }
    // "Bank of England Governor Andrew Bailey": a person named after the organisation is no part of
    // its name; the run ends before "of", and what follows it is read again as runs of its own.
    if (ofAt >= 0 && personAfterOf(words.slice(ofAt + 1, j + 1).map((w) => w.raw))) {
      j = ofAt - 1;
    }
    let run = words.slice(i, j + 1);
    i = ofAt >= 0 && j === ofAt - 1 ? ofAt + 1 : j + 1;
    // "ambassador to Britain Liu Xiaming": the office's place, then its holder's name.
    if (run.length >= 3 && OFFICE_TO_END.test(text.slice(0, (run[0] as { start: number }).start))) {
      const two =
        run.length >= 4 &&
        readsAsPlace(text.slice((run[0] as { start: number }).start, (run[1] as { end: number }).end));
      run = run.slice(two ? 2 : 1);
    }
    // Strip what comes before a name: everything up to its last title ("Transport Minister Lena
    // Sorvik"), unless what is left is an organisation ("Justice Department"); then openers, demonyms, titles.
    let organisation = ORGANISATION_WORDS.test(run.map((w) => w.raw).join(" "));
    // A party's member is no part of the name either: "Virginia Democrat Jane Doe".
    const lastTitle = run.findLastIndex(
      (w) => isTitle(w.raw) || DEMONYM.test(w.raw) || PARTY_MEMBER_NOUNS.includes(w.raw),
    );
    // "Senate Majority Leader Ana Ruiz", "Water Board Chairman Ivo Brandt": the body is the office's,
    // and the title of a person, then two or more words with no body's head, is whom it names.
    if (
      organisation &&
      personAfterOffice(
        run.map((w) => w.raw),
        lastTitle,
      )
    )
      organisation = false;
    // "Martin Luther King III": a title's word after a name and before only a generational
    // suffix is the surname the suffix follows, not a title; what is left after it names no one.
    const surnameTitle =
      lastTitle > 0 && run.slice(lastTitle + 1).every((w) => isGenerationSuffix(w.raw)) && !isTitle(run[0]?.raw ?? "");
    if (!organisation && !surnameTitle && lastTitle >= 0 && lastTitle < run.length - 1) run = run.slice(lastTitle + 1);
    while (run.length > 0) {
      const head = run[0] as { raw: string; start: number };
      const bare = head.raw.replace(/['’]s$/u, "");
      // An organisation keeps its qualifiers ("U.S. Embassy", "State Department"); a person loses titles.
      // A day or a month opens no name, nor does its possessive ("Wednesday’s rate increase").
      const title = !organisation && (isTitle(head.raw) || DEMONYM.test(head.raw));
      if (
        (FUNCTION_WORDS.has(bare) &&
          !surnameHe(run) &&
          !(NAME_OPENER.test(bare) && !opensSentenceAt(text, head.start))) ||
        title ||
        CALENDAR.test(bare.replace(/(?<=\p{Ll})\.$/u, ""))
      ) {
        run = run.slice(1);
      } else break;
    }
    while (run.length > 0 && CONNECTOR.test((run.at(-1) as { raw: string }).raw)) run = run.slice(0, -1);
    // "Instead, …", "Consider X": a clause's first word capitalised by grammar, read as an adverb or a verb, is no name.
    const opening = run[0] !== undefined && opensSentenceAt(text, run[0].start);
    // "Hosting Cook at Dreamforce …": a participle opening the sentence, which in the run may read as a noun.
    const participle = run.length > 1 && /\p{Ll}ing$/u.test(run[0]?.raw ?? "") && opensAsWord(run[0]?.raw ?? "");
    if (
      opening &&
      (participle ||
        opensAsWord(
          text.slice((run[0] as { start: number }).start, (run.at(-1) as { end: number }).end),
          run.length > 1,
        ))
    )
      run = run.slice(1);
    if (run.length === 0) continue;
    if (!organisation && officeAlone(text, run)) continue;
    // "the Consumer Safety Act of 1996, noting that …": a law's name is a document, which speaks for no one.
    if (LAW_HEAD.test((run.at(-1) as { raw: string }).raw)) continue;
    // The first person ending its sentence ("“…,” said I.") is no initial of a name.
    if (run.length === 1 && run[0]?.raw === "I.") continue;
    // "One said …", "Another called it …": a numeral or pronoun standing for one of a group is no name.
    if (run.length === 1 && /^(?:One|Another)$/u.test(run[0]?.raw ?? "")) continue;
    // "First, saying “thank you” matters": a word that orders or comments on the clause, alone
    // before it, is an adverb; never a name (not "First Republic", a run of two).
    if (run.length === 1 && SEQUENCE_WORDS.has(run[0]?.raw ?? "")) continue;
    if (run.every((w) => CALENDAR.test(w.raw.replace(/(?<=\p{Ll})\.$/u, "")) || FUNCTION_WORDS.has(w.raw))) continue;
    const start = (run[0] as { start: number }).start;
    let end = (run.at(-1) as { end: number }).end;
    let name = text
      .slice(start, end)
      .replace(/['’]s$/u, "")
      .replace(/\s+/gu, " ");
    if (/['’]s$/u.test(text.slice(start, end))) end -= 2;
    name = name.replace(/[.,]$/u, (dot) => (/\b\p{Lu}\.$/u.test(name) || /(?:Jr|Sr|Inc)\.$/u.test(name) ? dot : ""));
    names.push({ start, end, name });
  }
  return names;
};

/** What comes before a sentence's first word: a full stop or a line break (the text's start reads as one), an opening mark. */
const OPENS_SENTENCE = /(?:[.!?]["”’)]?\s+|\n)\s*["“‘(]?$/u;

/**
 * A finite verb right after a name ("… issued", "… runs", "… spoke"), perhaps past an adverb
 * ("… also filed", "… quietly left"): the name is its sentence's subject.
 */
const SUBJECT_VERB = new RegExp(`^\\s+(?:(?:also|\\p{Ll}+ly)\\s+)?(?:\\p{Ll}+(?:ed|s)\\b|${JOINT_VERB})`, "u");

/** A possessive right after a name: "Acme’s director of IT". */
const OWNER_AFTER = /^['’]s\s/u;
/** A title right before a name: "Ms. ", "Gov. " (a person's, possessive or not: "Ms. Ruiz’s husband"). */
const TITLE_BEFORE = new RegExp(`(?:^|\\s)(?:${TITLE_ALTERNATION})\\s+$`, "u");

/** A plural of people ("Tunisian Islamists", "Many Americans", "Christians"): a group, never one person. */
const GROUP_PLURAL = /(?:ists|ians|icans|eans|ites)$/u;

/**
 * True when the entity finder reads the name, on its own, as an organisation or a place
 * ("Amazon", "Seattle", "Whole Foods Market"): such a name is nobody "he" or "she" can stand for.
 */
function readsAsBodyOrPlace(name: string): boolean {
  const spans = findNames(name);
  return spans.length === 1 && spans[0]?.kind !== "person" && spans[0]?.text === name;
}

/** True when the entity finder reads the name, on its own, as a person's ("Mark Ellis", not "Science Mission Directorate"). */
export function readsAsPerson(name: string): boolean {
  const spans = findNames(name);
  return spans.length === 1 && spans[0]?.kind === "person";
}

/**
 * `personLike`'s answers, by name: an article asks of each name it finds several times (its
 * index, its gender, its evidence, then each attribution), and the entity finder's reading of
 * the name on its own is costly.
 */
const personLikeNames = new LruCache<string, boolean>(20_000);

/** True when a name reads as a person's rather than an organisation's or a place's. */
export function personLike(name: string): boolean {
  return personLikeNames.getOrMake(name, shapedAsPerson);
}

/**
 * True when the article's words show a name the register lacks to be a person's ("Scooter Braun
 * has worked with …"), as `personsIn` reads one: someone "he" or "she" may stand for.
 */
export function mayBePerson(people: ArticlePeople, name: string): boolean {
  return personLike(name) && !people.bodies.has(name) && people.persons.has(name);
}

/** `personLike`, read afresh. */
function shapedAsPerson(name: string): boolean {
  return (
    !ORGANISATION_WORDS.test(name) &&
    !PLACE_OR_THING_WORDS.test(name) &&
    !GROUP_PLURAL.test(name) &&
    !readsAsBodyOrPlace(name) &&
    // Every word capitalised then lower-case, an initial, or a connector: "UN Charter" is not a person.
    name.split(" ").every((word) => /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}\.$/u.test(word) || CONNECTOR.test(word))
  );
}

/** What the speaker grammar knows about one article. */
export interface ArticleNames {
  readonly matcher: EntityMatcher;
  readonly findNames: NameFinder;
  /** Register mentions per block, offsets in block coordinates, in text order. */
  readonly mentionsByBlock: ReadonlyMap<number, readonly { entityId: string; start: number; end: number }[]>;
  /** The people the article names (`peopleOf`). */
  readonly people: ArticlePeople;
  /** The one person the article names with the office words of a description ("China’s ambassador to Britain"; describedHolders.ts). */
  readonly describedHolder?: (description: string) => string | undefined;
  /** Whether the article gives `name` the role with these place words ("Ohio Governor Ana Reed"; placedRole.ts). */
  readonly describedWith?: (words: string, role: string, name: string) => boolean;
  /** The one person the article gives an age ("54") to, by name (ageHolders.ts): who "the 54-year-old" is. */
  readonly ageHolder?: (age: string) => string | undefined;
  /** The one holder of a role ("president") the article named before `offset` of block `blockIndex` (roleHolders.ts). */
  readonly holderOf?: (role: string, blockIndex: number, offset: number) => string | null | undefined;
  /**
   * The one body of the kind a noun names ("the ministry") that the text in reach of `offset` of
   * block `blockIndex` names (`oneBodyOfKind`), for "“…,” the ministry added".
   */
  readonly bodyOf?: (noun: string, blockIndex: number, offset: number) => Speaker | undefined;
  /**
   * Whether the text before `offset` of block `blockIndex` introduced exactly one unnamed person as
   * "a"/"one" and these words, and gave them to no one named (unnamedBackReference.ts): who "the
   * former adviser" is.
   */
  readonly unnamedAs?: (words: string, blockIndex: number, offset: number) => boolean;
  /**
   * Publications the article cites by name ("told _New Scientist_", "according to The Wall Street
   * Journal"; outlets.ts): whom a person told, never a person "he" or "she" may stand for.
   */
  readonly outlets?: ReadonlySet<string>;
}

export interface ArticlePeople {
  /** Full names (two words or more) the article gives, by their last word and by their first. */
  readonly byLast: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byFirst: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Names the text shows to be people's: after a title or a role ("Rep.", "meteorologist"),
   * before an age or an appositive ("Eloise Parry, 21,"), or next to a speech verb. Only these
   * (and register persons) can be what "he" or "she" refers to: "the Great Lakes" cannot.
   */
  readonly persons: ReadonlySet<string>;
  /** Things a name owns, by their head noun: "manual" → "Defense Department's law-of-war manual". */
  readonly owned: ReadonlyMap<string, ReadonlySet<string>>;
  /** The gender the text states for a name ("Her husband, Samuel Oyelaran"), for "he" and "she". */
  readonly genders: Genders;
  /**
   * Names the text shows to be a body's, not a person's, by a description in apposition ("The
   * group that owns her music, Big Machine, says") or a part only a body has ("Universal’s music
   * division"). Never what "he" or "she" is.
   */
  readonly bodies: ReadonlySet<string>;
}

/** Nouns for a body that a name may stand beside: "the label", "her former label". */
const BODY_NOUNS =
  "company|group|firm|label|band|agency|organi[sz]ation|charity|network|publisher|studio|startup|brand|chain|retailer|bank|club|broadcaster|channel";

/**
 * A body named in apposition to a description of it: "The group that owns most of her music, ",
 * or right after the description's noun: "her former label Big Machine".
 */
const BODY_BEFORE = new RegExp(
  String.raw`(?:(?:^|[.!?]\s+|,\s+)[Tt]he\s+(?:\p{Ll}+\s+)?(?:${BODY_NOUNS})\b[^,.;:!?“”"]{0,80},\s*|(?:^|\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}+\s+)?(?:${BODY_NOUNS}),?\s+)$`,
  "u",
);

/**
 * A part only a body has, owned by the name right before: "Universal’s music division", "Acme’s
 * parent company". Narrower than names.ts's BODY_PART_AFTER, which reads a firm's name: a person
 * has a spokesman, shares and stock too, so those say nothing here.
 */
const BODY_ONLY_PART =
  /^['’]s\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:divisions?|subsidiar(?:y|ies)|parent\s+company|board\s+of\s+directors|shareholders|stockholders)(?!\p{L})/u;

const OWNED = /(\p{Lu}[\p{L}.-]*(?:[ \n]\p{Lu}[\p{L}.-]*)*)['’]s((?:[ \n]\p{Ll}[\p{L}-]*){1,3})/gu;

/**
 * A subject that said something in a document, opening its clause: "the US military said in a
 * statement", "Kennedy said Tuesday in a letter" — a name, or "the" and up to four words of a
 * body ("the coast guard"), no preposition among them ("the head of the agency" is a person described).
 */
const SAID_IN =
  /(?:^|[,.;:!?]\s+|\band\s+)((?:[Tt]he\s+(?:(?!(?:of|for|at|in|on|to|with|from|by|and)\s)\p{L}[\p{L}.’'-]*\s+){0,3}\p{Ll}[\p{L}-]*)|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(?:said|says|wrote|announced)\s+(?:\p{Lu}\p{L}+day\s+)?in\s+an?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(statement|release|letter|post|email|tweet)\b/gu;

const SPEECH = alternation(SPEECH_VERBS);
/**
 * Words that end like a role ("-er", "-or") but are not one: "for Amazon", "after Easter". A
 * title counts only right before the name: "the integration of Prime, Amazon’s …" is no title.
 */
const NOT_ROLES =
  "for|or|nor|after|over|under|other|former|whether|either|neither|earlier|later|per|never|ever|however|together|rather|whatever|better|further|sooner|longer|whoever|another|their|our|your|her|manner|matter|order";
/** A word after a name that ends like a role but is an adverb or a function word ("Noem later"). */
const NOT_A_ROLE = new RegExp(`(?<!\\p{L})(?:${NOT_ROLES})$`, "u");
// A word on "-er" or "-or" after "to" is an infinitive ("allowed Ailes to monitor Fox offices"), no role.
const PERSON_BEFORE = new RegExp(
  `(?:(?:^|\\s)(?:${TITLE_ALTERNATION})\\s+$)|(?:(?<!\\p{L})(?<!(?<!\\p{L})to\\s+)(?!(?:${NOT_ROLES})(?!\\p{L}))\\p{Ll}+(?:ist|er|or|ian|man|woman|person)|(?<!\\p{L})(?:captain|chief|executive|minister|secretary|president|general|commander|spokes\\p{L}+|attorney|judge|expert|pilot|master|deputy|head|ceo|wife|husband|son|daughter|brother|sister|friend|colleague|resident|student|activist|candidate|envoy|aide|official|agent|detective|sheriff|rep\\.|sen\\.)|(?<!\\p{L})(?:${SPEECH}))(?:\\s+|,\\s+)$`,
  "u",
);
/** Roles a person holds for someone, in apposition: "Sonya Zoghlin, Carlineo’s attorney,". */
const ROLE_FOR = String.raw`(?:attorney|lawyer|spokes\p{L}+|wife|husband|son|daughter|mother|father|brother|sister|aide|adviser|advisor|deputy|friend|colleague|partner|doctor|physician)`;
const PERSON_AFTER = new RegExp(
  `^(?:,\\s*(?:\\d{1,3}\\b|(?:a|an|the|who|whose|former|now)\\s)|,?\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH})(?!\\p{L})` +
    // "X, Carlineo’s attorney,": a role the name holds for someone; "X, <aside>, told": the subject of speech.
    `|,\\s*\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*)*['’]s\\s+(?:\\p{Ll}+\\s+){0,2}${ROLE_FOR}(?!\\p{L})` +
    `|,[^,;“”"]{1,80},\\s+(?:\\p{Ll}+ly\\s+)?(?:${SPEECH})(?!\\p{L}))`,
  "u",
);

/** The posts a person holds in a body, before "of", "at" or "for" it: "head of research", "director of IT". */
const POST_IN_BODY =
  "head|director|chief|manager|editor|economist|strategist|analyst|founder|co-founder|partner|chair(?:man|woman)?|ceo|professor|fellow|researcher";

/** A person's post in apposition, in any case: "Pankaj Pandey, Head of Research at ICICI Securities,". */
const ROLE_APPOSED = new RegExp(String.raw`^,\s*(?:[\p{L}-]+\s+){0,2}(?:${POST_IN_BODY})\s+(?:of|at|for)\s`, "iu");

/**
 * The same post set off before the name: "Acme’s director of IT, Dana Holt,", "the head of
 * engineering at the plant, Ivo Brandt": the name after the comma is the one who holds it, a person.
 */
const ROLE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${POST_IN_BODY})\s+(?:of|at|for)\s+(?:[\p{L}&.’'-]+\s+){0,4}?[\p{L}&.’'-]+,\s+$`,
  "iu",
);

/** A description set off by commas right after a name ("Ortiz, the mayor,", "Okafor, a lawyer,"): one person's. */
const DESCRIPTION_APPOSED = /^,\s*(?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3},/u;

function index(map: Map<string, Set<string>>, key: string, name: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(name);
  map.set(key, set);
}

/** What the words of one text say of each name it holds, read from that text alone (`textFacts`). */
interface NameFacts {
  readonly span: NameSpan;
  /** Whether the name reads as a person's (`personLike`). */
  readonly personLike: boolean;
  /** The gender the words next to it state, and that of a pronoun it reports or a relative clause opens. */
  readonly stated: Gender | undefined;
  readonly pronoun: Gender | undefined;
  /** Whether the words beside it show a body: a description in apposition before it (BODY_BEFORE), a part only a body has after it (BODY_ONLY_PART). */
  readonly shownBody: boolean;
  /** Whether the words around it show a person (a title, a role, an age, a speech verb). */
  readonly evidence: boolean;
  /** Whether it stands inside a quotation: the speaker's words, where a name may be addressed. */
  readonly quoted: boolean;
  /**
   * Whether it opens a sentence (OPENS_SENTENCE), where every word is capitalised, with no role
   * set beside it ("Ortiz, the mayor,") to show it a name.
   */
  readonly opensSentence: boolean;
}

/** What `peopleOf` reads from one text on its own: its names, and the things its names own. */
interface TextFacts {
  readonly names: readonly NameFacts[];
  /** [head noun, phrase] in text order: "manual" → "Defense Department's law-of-war manual". */
  readonly owned: readonly (readonly [string, string])[];
}

/** A number or an ordinal right before a name, a space between: "21st ", "3 ". */
const NUMBER_BEFORE = /(?<![\p{L}\d])\d+(?:st|nd|rd|th)?\s+$/u;

/**
 * The default finder's facts of a text, kept for the last texts read: an article's body is read
 * twice, for its own quotations and, with its standfirst and key points, for theirs; all that
 * differs between the two is how the texts' facts combine.
 */
const factsByText = new LruCache<string, TextFacts>(2_000);

function textFacts(text: string, findNames: NameFinder): TextFacts {
  return findNames === capitalisedNames
    ? factsByText.getOrMake(text, (key) => readTextFacts(key, capitalisedNames))
    : readTextFacts(text, findNames);
}

function readTextFacts(text: string, findNames: NameFinder): TextFacts {
  const owned: [string, string][] = [];
  for (const match of text.matchAll(OWNED)) {
    const phrase = match[0].replace(/\s+/gu, " ").replace(/^(?:The|A|An|In|On|At|But|And|According to) /u, "");
    owned.push([phrase.split(" ").at(-1) as string, phrase]);
  }
  // "the US military said in a statement": the statement is the military's, so "the statement said" is too.
  for (const match of text.matchAll(SAID_IN)) {
    const subject = (match[1] ?? "").replace(/^[Tt]he\s+/u, "").replace(/\s+/gu, " ");
    if (subject !== "" && !FUNCTION_WORDS.has(subject.split(" ")[0] ?? "")) owned.push([match[2] ?? "", subject]);
  }
  // Blanked line by line: a quotation left open runs to the end of its paragraph, not of the text.
  const narration = text.split("\n").map(withoutQuotations).join("\n");
  const names = findNames(text).map((span): NameFacts => {
    const after = text.slice(span.end);
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    // "21st Century Fox", "3 Doors Down": capitals right after a number are a title's or a
    // company's, never a person's given name and surname.
    const person = personLike(span.name) && !NUMBER_BEFORE.test(before);
    const near = text.slice(span.end, span.end + 60);
    // A full name opening a sentence and doing something ("Fiona Parry issued a plea") is a person too;
    // so is one opening the clause after a phrase set off before it ("In March, Fiona Parry took over").
    const subject =
      span.name.includes(" ") && /(?:^|[.!?]\s+|[\p{Ll}\d],\s+)$/u.test(before) && SUBJECT_VERB.test(near);
    return {
      span,
      personLike: person,
      stated: person ? statedGender(text.slice(0, span.start), after) : undefined,
      // A pronoun that refers back to the name counts once: "Ann Cole, where she worked", "Cole said she".
      pronoun: person ? (relativePronoun(after) ?? reportedPronoun(after)) : undefined,
      shownBody: BODY_BEFORE.test(text.slice(0, span.start)) || BODY_ONLY_PART.test(after),
      // "a former Acme producer": the role is the person's, and the name before it only says whose.
      // Not an owner after a verb of speech or a role ("asked Acme’s director of IT, Dana Holt"): the
      // words before govern the whole possessive phrase, whose head is the person, not the owner. A
      // title is the owner's own ("Ms. Ruiz’s husband").
      // The lexicon's reading of the words after the name (`attributiveToPerson`, a tagging of its
      // own) is asked last, only of a name the cheap patterns give some evidence for.
      evidence:
        person &&
        (((PERSON_BEFORE.test(before) || ROLE_BEFORE.test(before)) &&
          (!OWNER_AFTER.test(after) || TITLE_BEFORE.test(before))) ||
          PERSON_AFTER.test(near) ||
          ROLE_APPOSED.test(near) ||
          subject) &&
        !attributiveToPerson(after),
      quoted: narration.slice(span.start, span.end).trim() === "",
      opensSentence:
        OPENS_SENTENCE.test(`${span.start <= 12 ? "\n" : ""}${text.slice(Math.max(0, span.start - 12), span.start)}`) &&
        !ROLE_APPOSED.test(near) &&
        !DESCRIPTION_APPOSED.test(near),
    };
  });
  return { names, owned };
}

/** Indexes the people an article names, for "Sheinbaum" → "Claudia Sheinbaum" and for pronouns. */
export function peopleOf(texts: readonly string[], findNames: NameFinder): ArticlePeople {
  const byLast = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  const found = texts.map((text) => textFacts(text, findNames));
  for (const { names } of found) {
    for (const { span, personLike: person, quoted } of names) {
      const words = span.name.split(" ");
      // A name inside a quotation completes no surname: "“Wahai Aslam, …”" ("O Aslam") addresses
      // Aslam, and a word before an addressed name is no first name.
      if (words.length < 2 || !person || quoted) continue;
      index(byLast, words.at(-1) as string, span.name);
      // "Gerhard Müller" is "Mueller" and "Muller" too, as English copy writes his name.
      for (const spelling of plainSpellings(words.at(-1) as string)) index(byLast, spelling, span.name);
      // "Patrick W. Carlineo Jr." is "Carlineo" too: a generational suffix is no surname.
      if (words.length > 2 && /^(?:Jr|Sr)\.?$|^I{2,3}$/u.test(words.at(-1) as string))
        index(byLast, words.at(-2) as string, span.name);
      index(byFirst, words[0] as string, span.name);
    }
  }
  // "Richard M. Stallman (RMS)": the initialism, as written in its brackets, is that person's name too.
  for (const text of texts)
    for (const definition of definedPeople(text)) {
      const written = /^\s\(([^()]+)\)/u.exec(text.slice(definition.end))?.[1];
      if (written !== undefined) index(byLast, written, definition.name);
    }
  // "C. K. Walker aka “Lindsey”": the alias alone is that person too (aliasNames.ts).
  found.forEach(({ names }, i) => {
    for (const { span, personLike: person, quoted } of names) {
      // (A full name the entity finder reads as a person's counts though its shape is not plain: "C.K. Walker".)
      if (quoted || !span.name.includes(" ")) continue;
      const alias = aliasAfterName((texts[i] as string).slice(span.end));
      if (alias !== undefined && (person || readsAsPerson(span.name))) index(byLast, alias, span.name);
    }
  });
  const owned = new Map<string, Set<string>>();
  for (const facts of found) for (const [head, phrase] of facts.owned) index(owned, head, phrase);
  const genders = new Genders();
  for (const { names } of found)
    for (const { span, personLike: person, stated, pronoun } of names)
      if (person) {
        genders.noteStated(span.name, stated);
        genders.add(span.name, pronoun);
        genders.noteGivenName(span.name, span.name);
      }
  // "Mr. Trump" in an article whose one full name ending "Trump" is Ivanka Trump's: the title says
  // the surname alone is someone else of the family, so it completes to no one (left as written).
  for (const [surname, fulls] of byLast) {
    const full = fulls.size === 1 ? [...fulls][0] : undefined;
    const gender = full === undefined ? undefined : genders.of(full);
    if (gender === undefined) continue;
    const other = gender === "female" ? MALE_TITLE : FEMALE_TITLE;
    const titled = new RegExp(`(?<!\\p{L})(?:${other})\\s+${escapeRegExp(surname)}(?!\\p{L})`, "u");
    if (texts.some((text) => titled.test(text))) fulls.add(surname);
  }
  // "Page" where the article names "Larry Page" and "Lawrence Page", both men: a surname alone that
  // completes to full names of one gender only, each shown so, is that gender too ("Sullivan told
  // Page so. “…,” she said" then has one woman in reach). Not a surname a title gives to someone
  // else of the family ("Mrs. Page", added to its full names above); a word of the text stating the
  // other gender next to the surname cancels it.
  for (const [surname, fulls] of byLast) {
    const shown = new Set([...fulls].map((full) => genders.of(full)));
    const [gender] = shown;
    if (shown.size === 1 && gender !== undefined && !fulls.has(surname)) genders.noteStated(surname, gender);
  }
  const bodies = new Set<string>();
  for (const { names } of found)
    for (const { span, shownBody } of names)
      // Not a name the entity finder reads as a person's, nor a surname of one the article names in full.
      if (shownBody && !readsAsPerson(span.name) && !byLast.has(span.name)) bodies.add(span.name);
  const people = { byLast, byFirst, persons: new Set<string>(), owned, genders, bodies };
  const byPosition = onlyOpeningSentences(found.map((facts) => facts.names));
  for (const { names } of found)
    for (const { span, evidence } of names)
      if (evidence && !bodies.has(span.name) && !byPosition.has(span.name))
        people.persons.add(completeName(people, span.name));
  return people;
}

/**
 * The one-word names written only where a sentence opens and never inside a fuller name:
 * capitalised by their place, not shown to be names ("Tenants said the rents were too high"
 * reads the plural noun as a name). The words after them ("said") then show no person.
 */
function onlyOpeningSentences(texts: readonly (readonly NameFacts[])[]): Set<string> {
  const opening = new Set<string>();
  const elsewhere = new Set<string>();
  for (const names of texts)
    for (const { span, opensSentence } of names) {
      if (span.name.includes(" ")) for (const word of span.name.split(" ")) elsewhere.add(word);
      else (opensSentence ? opening : elsewhere).add(span.name);
    }
  for (const name of elsewhere) opening.delete(name);
  return opening;
}

/**
 * A surname's spellings without its accents, as copy in English writes it: an umlaut as "e" after
 * the vowel and as the bare vowel ("Müller": "Mueller", "Muller"), another accent dropped ("López":
 * "Lopez"). None for a name written without accents.
 */
export function plainSpellings(surname: string): string[] {
  const bare = surname.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  if (bare === surname) return [];
  const umlauts = surname.replace(/[äöüÄÖÜ]/gu, (c) => `${c.normalize("NFD").charAt(0)}e`);
  const spelled = umlauts.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
  return spelled === bare ? [bare] : [spelled, bare];
}

/** Titles of address before a surname, by gender. */
const MALE_TITLE = "Mr\\.?|Sir";
const FEMALE_TITLE = "Mrs\\.?|Ms\\.?|Miss|Dame";

/** A lone surname (or first name) as the article's one fuller name that ends (or starts) with it. */
export function completeName(people: Pick<ArticlePeople, "byLast" | "byFirst">, name: string): string {
  if (name.includes(" ")) return name;
  const byLast = people.byLast.get(name);
  if (byLast) return byLast.size === 1 ? ([...byLast][0] as string) : name;
  const byFirst = people.byFirst.get(name);
  return byFirst?.size === 1 ? ([...byFirst][0] as string) : name;
}

/**
 * Register mentions of one kind within [from, to) of a block. A block's mentions are in text
 * order, so the first is found by binary search: a long paragraph must not cost a scan per phrase.
 */
function mentionsIn(ctx: ArticleNames, blockIndex: number, from: number, to: number, kind?: string) {
  const all = ctx.mentionsByBlock.get(blockIndex) ?? [];
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((all[middle] as { start: number }).start < from) low = middle + 1;
    else high = middle;
  }
  const out: { entityId: string; start: number; end: number }[] = [];
  for (let i = low; i < all.length; i += 1) {
    const m = all[i] as { entityId: string; start: number; end: number };
    if (m.start >= to) break;
    if (m.end <= to && (kind === undefined || ctx.matcher.entities.get(m.entityId)?.kind === kind)) out.push(m);
  }
  return out;
}

function registered(ctx: ArticleNames, entityId: string): Speaker {
  return { name: ctx.matcher.entities.get(entityId)?.name ?? entityId, kind: "named", entity: entityId };
}

/** A person's name as the text gives it: the register's entity when the whole name is one of its persons'. */
export function byName(ctx: ArticleNames, name: string): Speaker {
  const hit = ctx.matcher
    .find(name, new Set())
    .find((h) => h.start === 0 && h.end === name.length && ctx.matcher.entities.get(h.entityId)?.kind === "person");
  return hit ? registered(ctx, hit.entityId) : named(ctx, name);
}

/** A name as the text gives it, a lone surname completed from the article when that is unambiguous. */
function named(ctx: ArticleNames, name: string): Speaker {
  // "Critics", "Lawmakers" open a sentence capitalised, but name a group nobody is named in.
  if (GROUPS.test(name)) return { name, kind: "anonymous" };
  return { name: completeName(ctx.people, name), kind: "named" };
}

/** Abbreviated ranks a lexicon does not know as nouns of persons: "VP Ana Ruiz", "CEO Tom Vale". */
const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(["VP", "SVP", "EVP", "CEO", "CFO", "COO", "CTO", "MP", "MEP"]);

/**
 * A speaker's name without the capitalised role it was written after, when a full name (two words
 * or more) remains: "Sociologist Ana Ruiz", "Health Policy Consultant Tom Vale", "VP Lena Ortiz"
 * are Ana Ruiz, Tom Vale and Lena Ortiz. The role is a word the lexicon calls a person's trade or
 * rank (`endsOnPersonNoun`), or a rank's letters; a name of two words keeps both ("Bishop Tutu").
 */
export function withoutLeadingRole(name: string): string {
  const words = name.split(/\s+/u);
  let cut = -1;
  for (let index = 0; index <= words.length - 3; index += 1) {
    const word = words[index] as string;
    if (!/^\p{Lu}/u.test(word)) break;
    if (RANK_ABBREVIATIONS.has(word) || endsOnPersonNoun(word.toLowerCase())) cut = index;
  }
  if (cut < 0) return name;
  const rest = words.slice(cut + 1);
  return rest.every((word) => /^\p{Lu}\p{Ll}/u.test(word) || /^\p{Lu}\.$/u.test(word)) ? rest.join(" ") : name;
}

const GROUPS =
  /^(?:Critics|Officials|Experts|Analysts|Sources|Insiders|Residents|Lawmakers|Legislators|Democrats|Republicans|Authorities|Prosecutors|Witnesses|Protesters|Activists|Observers|Investigators|Diplomats|Researchers|Scientists|Doctors|Neighbo(?:u)?rs|Locals|Officers|Agents|Families|Relatives|Survivors|Supporters|Opponents|Voters|Economists|Investors|Traders|Farmers|Workers|Students|Parents)$/u;

/**
 * Someone a sentence names, and whether only as an owner ("Bradley's defense") or as the object
 * of a word's preposition ("reply to Trump"); `speaker` is UNATTRIBUTED for an owner the article
 * does not show to be a person ("Sheinbaum’s reply").
 */
interface Candidate {
  readonly key: string;
  readonly speaker: Speaker;
  readonly possessive: boolean;
  readonly object: boolean;
  /** Named right after "with" ("has worked with Kanye West"): a partner in what the subject did. */
  readonly companion: boolean;
}

/** A one-word name ending on "s" and the mark that makes it an owner ("Jobs'"), ending `before`. */
function ownerInSpan(before: string): boolean {
  const match = /(\S+\s+)?\p{Lu}\p{Ll}+s['’]$/u.exec(before);
  return match !== null && (match[1] === undefined || !/^\p{Lu}/u.test(match[1]));
}

/**
 * The register entities of `kind` a sentence names, then the names the register lacks that
 * `accept` turns into speakers (it sees the text before the name too).
 */
function candidatesIn(
  ctx: ArticleNames,
  where: { blockIndex: number; text: string; offset: number },
  kind: "person" | "organisation",
  accept: (span: NameSpan, before: string, owns: boolean) => Speaker | undefined,
): Candidate[] {
  const { blockIndex, text, offset } = where;
  const out: Candidate[] = [];
  const taken: [number, number][] = [];
  // "Ruiz's", and a name ending on "s" with the mark alone ("Jobs' vision", "Reyes’ plan"), the
  // mark right after the name's span, or inside a one-word span ("Colleges Employers’ Association" is a body's name).
  const owner = (end: number) =>
    /^['’]s\b/u.test(text.slice(end)) ||
    ownerInSpan(text.slice(0, end)) ||
    (/s$/u.test(text.slice(0, end)) && /^['’](?!\p{L})/u.test(text.slice(end)));
  // "according to Ana Ruiz" names the source of what the sentence says, not a deed's object.
  const object = (start: number, end: number) => {
    if (PRONOUN_VERB_BEFORE.test(text.slice(0, start))) return true;
    // Only a name that ends its clause renames the object: in "By the end of his book, Vale has
    // made …" the name opens the main clause, its subject.
    if (OBJECT_APPOSED.test(text.slice(0, start)) && /^\s*(?:[,.;:!?)]|$)/u.test(text.slice(end))) return true;
    const word = OBJECT_OF_WORD.exec(text.slice(0, start));
    return word !== null && !/^[Aa]ccording\s/u.test(word[0]);
  };
  const companion = (start: number) => COMPANION_OF.test(text.slice(Math.max(0, start - 80), start));
  for (const m of mentionsIn(ctx, blockIndex, offset, offset + text.length)) {
    // A name the register lacks is read again below, as the text gives it: its mention is no register entity's.
    if (!ctx.matcher.entities.has(m.entityId)) continue;
    // A name the caller blanked (inside a quotation: "“… Trump makes …,” he said") is words, not a candidate.
    if (text.slice(m.start - offset, m.end - offset).trim() === "") continue;
    taken.push([m.start - offset, m.end - offset]);
    if (ctx.matcher.entities.get(m.entityId)?.kind !== kind) continue;
    // "few Trump supporters", "anti-Trump protests": a registered person's name that only modifies
    // a noun, or is part of a hyphened word, names whose they are, as `personsIn` reads a name the
    // register lacks; no one "he" or "she" can stand for.
    if (kind === "person" && attributiveName(text.slice(0, m.start - offset), text.slice(m.end - offset))) continue;
    out.push({
      key: m.entityId,
      speaker: registered(ctx, m.entityId),
      possessive: owner(m.end - offset),
      object: object(m.start - offset, m.end - offset),
      companion: companion(m.start - offset),
    });
  }
  for (const span of ctx.findNames(text)) {
    if (taken.some(([s, e]) => span.start < e && span.end > s)) continue;
    const speaker = accept(span, text.slice(0, span.start), owner(span.end));
    // An owner the article does not show to be a person still stands between a pronoun and anyone else.
    if (speaker)
      out.push({
        key: speaker === UNATTRIBUTED ? span.name : speaker.name,
        speaker,
        possessive: owner(span.end),
        object: object(span.start, span.end),
        companion: companion(span.start),
      });
  }
  return out;
}

/**
 * True when a lone name is the surname (or first name) of people the article shows to be people,
 * but of more than one full name ("Carlineo" for "Pat Carlineo" and "Patrick W. Carlineo"): which
 * form is unsure, that it is a person is not, so "he" must not pass over it.
 */
function surnameOfPerson(people: ArticlePeople, name: string): boolean {
  if (name.includes(" ")) return false;
  const fuller = people.byLast.get(name) ?? people.byFirst.get(name);
  return fuller !== undefined && [...fuller].some((full) => people.persons.has(full));
}

/** Lexicon tags of a word that cannot modify the noun after it: a finite verb, a function word. */
const NOT_A_MODIFIER: ReadonlySet<string> = new Set([
  "PastTense",
  "Copula",
  "Modal",
  "Auxiliary",
  "Conjunction",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Adverb",
]);

/** The one and two words in lower case right after a name. */
const WORDS_AFTER_NAME = /^ (\p{Ll}[\p{Ll}-]*)(?: (\p{Ll}[\p{Ll}-]*))?/u;

/**
 * True when a name stands right before a noun of a person by trade, in lower case: "a former Acme
 * makeup artist", "the Globex producer said". The name says whom the person works for or where; it
 * is an attributive noun, no one "he" or "she" can stand for, and no sign that it is a person's.
 * Not a verb and its object ("Ruiz told reporters"), nor a verb the lexicon might read as a
 * noun ("Ruiz guards"): the first of two words is no finite verb, and the lexicon tags the head.
 */
function attributiveToPerson(after: string): boolean {
  const words = WORDS_AFTER_NAME.exec(after);
  if (!words?.[1]) return false;
  if (endsOnPersonNoun(words[1])) return true;
  // Two words only as one noun phrase: not a verb and its object ("Ruiz told reporters", "Pike has
  // run"), nor a joint or a preposition and a noun ("Pike and inspector Ruth Adeyemi").
  const tags = [...(termTags(words[1])[0] ?? [])];
  const clause = /s$/u.test(words[1]) || tags.some((tag) => NOT_A_MODIFIER.has(tag));
  return words[2] !== undefined && !clause && endsOnPersonNoun(`${words[1]} ${words[2]}`);
}

/**
 * True when a name, between `before` and `after`, modifies what follows it ("Trump supporters",
 * "the Trump campaign's donors" aside) or is part of a hyphened word ("anti-Trump", "Trump-supporting").
 */
function attributiveName(before: string, after: string): boolean {
  return (
    /\p{L}[-‐]$/u.test(before) || /^[-‐]\p{L}/u.test(after) || PEOPLE_OF_NAME.test(after) || attributiveToPerson(after)
  );
}

/** People a sentence names: register persons, and names the article shows to be people's. */
export function personsIn(ctx: ArticleNames, blockIndex: number, text: string, offset: number): Candidate[] {
  return candidatesIn(ctx, { blockIndex, text, offset }, "person", (span, before, owns) => {
    // "the Great Lakes", "to San Diego": after an article or a preposition of place, a name is no person.
    // Nor before a plural of people ("young Fox employees", "Acme engineers"): it says whose they are.
    if (
      ctx.people.bodies.has(span.name) ||
      ctx.outlets?.has(span.name) === true ||
      /\b(?:the|in|at|from|into|across|near|outside|inside|toward|towards|over)\s+$/iu.test(before) ||
      PEOPLE_OF_NAME.test(text.slice(span.end)) ||
      attributiveToPerson(text.slice(span.end))
    )
      return undefined;
    // "Kanye West": a word of places in a full name the entity finder reads as a person's makes it
    // no speaker, but that person may still be whom "he" stands for, so nobody else is sure to be.
    if (!personLike(span.name)) return span.name.includes(" ") && readsAsPerson(span.name) ? UNATTRIBUTED : undefined;
    const speaker = named(ctx, span.name);
    if (ctx.people.persons.has(speaker.name) || surnameOfPerson(ctx.people, speaker.name)) return speaker;
    // "Sheinbaum’s reply to Trump, which she called": the owner may be who "she" is, so nobody is.
    // So may a full name written as a person's that the text gives no sign of ("Paul Harrow and
    // Mark Ellis arrived. “…,” he said"): unproven is not ruled out, and a wrong speaker is worse than none.
    return owns || (speaker.name.includes(" ") && readsAsPerson(span.name)) ? UNATTRIBUTED : undefined;
  });
}

/** Bodies a sentence names: register organisations, and names with an organisation's head ("Food Standards Agency"). */
export function bodiesIn(ctx: ArticleNames, blockIndex: number, text: string, offset: number): Candidate[] {
  return candidatesIn(ctx, { blockIndex, text, offset }, "organisation", (span) =>
    ORGANISATION_WORDS.test(span.name) || ctx.people.bodies.has(span.name)
      ? { name: span.name, kind: "named", body: true }
      : undefined,
  );
}

/**
 * The one person `candidates` name, or nobody. An owner or a preposition's object gives way to
 * someone named plainly ("Himes was not impressed by Bradley's defense. … he told"), but an owner
 * not to an object: in "Sheinbaum's reply to Trump, which she called …" either could be "she", and
 * an unattributed quotation is honest where a wrong speaker is not. Nor does whom the subject did
 * something with ("has worked with Carl Brenner"): they may be "he" as plainly.
 */
export function onlyPerson(candidates: readonly Candidate[]) {
  const plain = candidates.filter((c) => !c.possessive && (!c.object || c.companion));
  const pool = plain.length > 0 ? plain : candidates;
  const keys = new Set(pool.map((c) => c.key));
  const only = keys.size === 1 ? pool[0]?.speaker : undefined;
  return only === UNATTRIBUTED ? undefined : only;
}

/** A description by role in a body: "the leader of Ennahda", "a spokesperson for the union". */
const ROLE_OF =
  /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:leader|head|chief|spokes(?:man|woman|person)|director|member|president|founder|secretary|minister|commander|representative|adviser|advisor|aide|lawyer|attorney|ambassador|chair(?:man|woman)?|editor|professor|fellow|manager|deputy|coordinator|governor|mayor)\s+(?:of|for|at|with)\s/u;

const PRONOUN = /^(?:he|she|it|they)$/iu;
/** A person described by kin or trade, ending the words before an "and" that joins a second subject: "her lawyer". */
const PERSON_BEFORE_AND = new RegExp(
  `(?:^|\\s)(?:his|her|their|its|the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${[...KIN_NOUNS, ...PROFESSION_NOUNS, ...NAMED_PERSON_NOUNS].join("|")})$`,
  "iu",
);
/**
 * One person described by what they are, not by a title an article gives a named person ("the
 * president" stays open): "the man", "a patient", "the victim's mother".
 */
const DESCRIBED_PERSON =
  /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+['’]s\s+)?(?:\p{Ll}+\s+)?(?:man|woman|boy|girl|patient|victim|witness|passenger|driver|teenager|mother|father|wife|husband|son|daughter|brother|sister|neighbou?r|customer|employee|owner|user)$/u;
/**
 * A group of unnamed people with no determiner, as a verb's subject: "officers announced", "police
 * said", "some local traders shouted", "Former royal PR aides called" (its head in lower case:
 * "United Auto Workers" is a name).
 */
const BARE_GROUP = new RegExp(
  `^(?:(?!(?:and|or|of|with|for)\\s)[\\p{L}.’'-]+\\s+){0,3}(?:${alternation([...ANONYMOUS_SOURCE_PLURALS, "officers", "police"])})$`,
  "u",
);
/** A relative pronoun opening a part set off after a subject: "who resigned …", "whose office …". */
const RELATIVE_OPENING = /^(?:who|whom|whose|which)(?!\p{L})/u;
/** Words before a subject that do not change who it is ("But he also", "and then she"). */
const LEADING = /^(?:(?:but|and|yet|so|then|also|later|still|however|meanwhile|now|instead|again|later)\b[\s,]*)+/iu;
const ADVERB = /^(?:\p{L}+ly|also|then|again|later|once|still|later|too)$/iu;

/**
 * A group of unnamed people described by what they belong to, as a whole subject: "The authors of
 * the study", "the researchers behind the survey" (group 1: the group, as written).
 */
const GROUP_OF = new RegExp(
  `^\\s*((?:[Tt]he)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${alternation(ANONYMOUS_SOURCE_PLURALS)}))\\s+(?:of|behind|from|at)\\s[^,;:“”"«»„]{1,120}$`,
  "u",
);

/** Parentheses are asides ("Rep. Jim Himes (D–Conn.)"): blanked, so offsets still hold. */
const blankAsides = (text: string) => text.replace(/\([^()]*\)/gu, (m) => " ".repeat(m.length));

/**
 * A lone title word with no determiner as the whole subject, that is the surname of the one person
 * the article names in full with it: "King said", "said King," after "Gayle King" is she; "the King
 * said" is a title, and a surname two people share is no one sure (left to the rules after).
 */
function titleAsSurname(ctx: ArticleNames, text: string): Speaker | undefined {
  const word = /^(\p{Lu}\p{Ll}+)[.!?]?$/u.exec(text.trim())?.[1];
  if (word === undefined || !isTitle(word)) return undefined;
  const full = ctx.people.byLast.get(word);
  const name = full?.size === 1 ? [...full][0] : undefined;
  return name !== undefined && name !== word ? byName(ctx, name) : undefined;
}

/**
 * The speaker a subject phrase names. `pronoun` resolves "he", "she" or "it", given the word (see the module comment).
 * Segments separated by commas are tried in order: "Michael Schmitt, a professor …" names
 * Schmitt; "In deciding …, two unnamed officials" finds the officials in the second.
 */
/**
 * "the Ohio governor": the one holder of the role named before `start`, when the text gave them
 * the same place words ("Ohio Governor Ana Reed", "Reed, the Ohio governor"; placedRole.ts).
 */
function placedHolder(ctx: ArticleNames, blockIndex: number, start: number, description: string): Speaker | undefined {
  const placed = placedRole(description);
  const office = placed?.role.toLowerCase();
  if (placed === undefined || office === undefined || !HELD_ROLES.has(office)) return undefined;
  const holder = ctx.holderOf?.(office, blockIndex, start);
  return typeof holder === "string" && ctx.describedWith?.(placed.words, placed.role, holder)
    ? byName(ctx, holder)
    : undefined;
}

export function speakerFromSubject(
  ctx: ArticleNames,
  blockIndex: number,
  phrase: { text: string; start: number },
  pronoun: (word: string) => Speaker | undefined,
): Speaker | undefined {
  const text = blankAsides(phrase.text);
  let offset = 0;
  for (const segment of text.split(",")) {
    const start = phrase.start + offset;
    offset += segment.length + 1;
    const lead = LEADING.exec(segment.trimStart())?.[0] ?? "";
    const body = segment.trimStart().slice(lead.length);
    const words = body.split(/\s+/u).filter(Boolean);
    if (words.length === 0) continue;
    // "said Vale, who left Brandt's office": a relative clause set off after the subject tells of
    // it; a name inside it (whose office, whom they met) is never who speaks.
    if (start > phrase.start && RELATIVE_OPENING.test(body)) break;
    const surname = titleAsSurname(ctx, body);
    if (surname) return surname;
    if (PRONOUN.test(words[0] ?? "") && words.slice(1).every((w) => ADVERB.test(w))) return pronoun(words[0] ?? "");
    // "“Too safe,” said another.": someone speaks, one of a group the text may not have named as
    // speaking; "one" alone names no source (sourcing's `oneOf`), so the words are a quotation, unattributed.
    if (/^(?:one|another)[.!?]?$/u.test(body.trim())) return UNATTRIBUTED;
    // "said the man who sued Tom Vale": the name is the relative clause's object, not who speaks.
    const relative = start === phrase.start ? describedByRelative(body) : undefined;
    if (relative) return relative;
    // "the man", "The victim's mother": one person described, not named, as written.
    if (DESCRIBED_PERSON.test(body.trim())) return { name: body.trim().replace(/\s+/gu, " "), kind: "anonymous" };
    // "“…,” said researchers.": a group of unnamed people, the whole subject after the verb, as
    // "researchers said" reads (speakerBeforeVerb); not one part of several ("said researchers, and …"),
    // nor a word a body's name may end on ("said the team" may be a club, "the members" a body's).
    const group = body.trim().replace(/[.!?]+$/u, "");
    if (!text.includes(",") && BARE_GROUP.test(group) && !/(?<!\p{L})(?:team|staff|agencies|members)$/u.test(group))
      return { name: group.replace(/\s+/gu, " "), kind: "anonymous" };
    // "the manual": the one thing the article said a name owns with that head ("the Department's manual").
    const definite = /^(?:the|The)\s+(\p{Ll}[\p{L}-]*)\s*$/u.exec(body);
    const owner = definite?.[1] ? ctx.people.owned.get(definite[1]) : undefined;
    if (owner?.size === 1) return { name: [...owner][0] as string, kind: "named" };
    // "the president": the one holder of the role the article named before (roleHolders.ts); none
    // sure when it gave the role to several or used the word otherwise. An article that names no
    // holder leaves "the president" unattributed: a reader knows who holds the office, so the
    // description would read as a source kept unnamed (stop 67 tried it: two wrong speakers on
    // held-out pages). "the spokesman" of an article that names none is an unnamed source, as written.
    if (definite?.[1] !== undefined && HELD_ROLES.has(definite[1])) {
      const holder = ctx.holderOf?.(definite[1], blockIndex, start);
      if (typeof holder === "string") return byName(ctx, holder);
      if (holder === null || !anonymousSource(body)) return UNATTRIBUTED;
    }
    const placed = placedHolder(ctx, blockIndex, start, body);
    if (placed) return placed;
    // "the 54-year-old": the one person the article gave that age to, by name (ageHolders.ts); else nobody sure.
    const age = /^(?:the|The)\s+(\d{1,3})[-\s]years?[-\s]old[.!?]?\s*$/u.exec(body)?.[1];
    if (age !== undefined) {
      const holder = ctx.ageHolder?.(age);
      return holder !== undefined && personLike(holder) ? byName(ctx, holder) : UNATTRIBUTED;
    }
    // "the ministry", "said the company.": the one body of that kind named in reach, or nobody sure.
    const bodyNoun = /^(?:the|The)\s+(\p{Ll}+)[.!?]?\s*$/u.exec(body)?.[1];
    if (bodyNoun !== undefined && BODY_BACK_NOUNS.has(bodyNoun)) {
      const named = ctx.bodyOf?.(bodyNoun, blockIndex, start);
      if (named) return named;
    }
    // "the actor": likewise the one person the article gave that noun to ("actor Tom Vale"); a
    // noun it gave no one or several is left to the rules below, as before.
    if (definite?.[1] !== undefined && NAMED_PERSON_NOUNS.has(definite[1])) {
      const holder = ctx.holderOf?.(definite[1], blockIndex, start);
      if (typeof holder === "string" && personLike(holder)) return byName(ctx, completeName(ctx.people, holder));
    }
    // "The leader of Ennahda, Rachid Ghannouchi,": a role in a body, then the name of who holds it.
    const role = ROLE_OF.exec(body);
    const rest = text.slice(offset);
    if (role && rest !== "" && ctx.findNames(rest.split(",")[0] ?? "").some((n) => personLike(n.name))) continue;
    // A name set off after this part ("a Pentagon spokesman, Dana Whitcomb,") is who it describes.
    const nextPart = (rest.split(",")[0] ?? "").trim().replace(/[.;:!?”"]+$/u, "");
    const nameApposed =
      nextPart !== "" && ctx.findNames(nextPart).some((n) => n.name === nextPart && personLike(n.name));
    // "a longtime Tillman ally", "one Pentagon official familiar with …", "the California
    // Republican": a determiner's phrase headed by a common noun; a name inside it only modifies
    // that head (whom they stand with, where they are from) and never speaks (modifiedHead).
    const modified = modifiedHead(body.trim());
    if (modified !== undefined && nameApposed) continue;
    if (modified !== undefined) return modified;
    // "predicts one host", "a longtime producer said": one person by trade, unnamed, the whole
    // subject (the lexicon's nouns of persons, personNouns.ts), as written; not with their name
    // in apposition after it ("a spokeswoman, Dana Whitcomb", read below as named).
    const byTrade = nameApposed ? undefined : ONE_BY_TRADE.exec(body.trim())?.[1];
    if (byTrade !== undefined && endsOnPersonNoun(byTrade))
      return { name: byTrade.replace(/\s+/gu, " "), kind: "anonymous" };
    // "the former adviser said" after "one former adviser said …": the same unnamed person, as written.
    const backWords = nameApposed ? undefined : BACK_REFERENCE.exec(body.trim())?.[1];
    if (backWords !== undefined && ctx.unnamedAs?.(backWords, blockIndex, start) === true)
      return { name: `the ${backWords.replace(/\s+/gu, " ")}`, kind: "anonymous" };
    const anonymous = anonymousSource(segment);
    const names = ctx.findNames(segment);
    const people = mentionsIn(ctx, blockIndex, start, start + segment.length, "person");
    // "a spokeswoman, Tammy Bruce": the role, then the name of who holds it, in apposition — named.
    const apposed = (rest.split(",")[0] ?? "").trim().replace(/[.;:!?”"]+$/u, "");
    if (anonymous && apposed !== "" && ctx.findNames(apposed).some((n) => n.name === apposed && personLike(n.name)))
      continue;
    if (anonymous && !people.some((m) => m.start - start < anonymous.index)) {
      return { name: anonymous.text.replace(/\s+/gu, " ").trim(), kind: "anonymous" };
    }
    const person = people[0];
    if (person) {
      // "the Trump administration" is a body, not the person it is named after.
      const body = INSTITUTION_HEAD.exec(segment.slice(person.end - start));
      if (body?.[1])
        return { name: `${segment.slice(person.start - start, person.end - start)} ${body[1]}`, kind: "named" };
      // "Trump's envoy": a person the name owns by role speaks, left unnamed.
      const owned = OWNED_WORDS.exec(segment.slice(person.end - start));
      const name = `${segment.slice(person.start - start, person.end - start)}${owned?.[0].trimEnd() ?? ""}`;
      // "Reyes’ father, Walter,": the name set off after the relation is who speaks (read on to it).
      if (owned && ROLE_NOUN.test(name) && nameApposed) continue;
      if (owned && ROLE_NOUN.test(name)) return { name: name.replace(/\s+/gu, " "), kind: "anonymous" };
      return registered(ctx, person.entityId);
    }
    const chosen = chooseName(segment, names);
    // Not a name inside a phrase after "of" ("The father of the Orlando nightclub gunman", "the
    // mother of Ana Ruiz"): the description's head is before it, someone the name only tells of,
    // left unnamed here; neither the name nor whom it modifies.
    if (chosen && OF_PHRASE_BEFORE.test(segment.slice(0, chosen.start))) return UNATTRIBUTED;
    if (chosen) {
      // "the Defense Department's law-of-war manual": the possessed thing speaks, as written.
      const owned = /^['’]s(?:\s+[\p{Ll}][\p{L}-]*){1,4}\s*$/u.exec(segment.slice(chosen.end));
      if (owned) {
        const name = `${chosen.name}${owned[0].trimEnd()}`.replace(/\s+/gu, " ");
        // "Whitlock’s deputy" is a person left unnamed; "the Department’s manual" is a named document.
        if (ROLE_NOUN.test(name)) return { name, kind: "anonymous" };
        // "Acme’s chief economist": a person by trade, the one holder the article names with
        // those words (describedHolders.ts) or else unnamed as written; never Acme, nor a name.
        // "the Fed's chair", "Acme's chief executive": a post one person holds, unnamed here.
        if (endsOnPersonNoun(name) || OFFICE_HEAD.test(name))
          return ownedPersonSpeaker(ctx, name, segment.slice(chosen.start));
        return { name, kind: "named" };
      }
      // "…,” said Whitlock’s deputy.": the same unnamed person, at the end of its sentence.
      const ownedRole = OWNED_WORDS.exec(segment.slice(chosen.end));
      const roleName = `${chosen.name}${ownedRole?.[0].trimEnd() ?? ""}`.replace(/\s+/gu, " ");
      if (ownedRole && (ROLE_NOUN.test(roleName) || endsOnPersonNoun(roleName)) && nameApposed) continue;
      if (ownedRole && ROLE_NOUN.test(roleName)) return { name: roleName, kind: "anonymous" };
      if (ownedRole && endsOnPersonNoun(roleName))
        return ownedPersonSpeaker(ctx, roleName, segment.slice(chosen.start));
      // "China’s ambassador to Britain": someone the name owns speaks, not the name (a country is
      // never the speaker because it is the nearest name); who holds the role the text may say
      // elsewhere, so the description alone names no one.
      // The article's one holder of that office, named with the same words, is who speaks.
      if (/^['’]s\s+\p{Ll}/u.test(segment.slice(chosen.end))) {
        const holder = ctx.describedHolder?.(segment.slice(chosen.start).trim());
        return holder !== undefined && personLike(holder) ? byName(ctx, holder) : UNATTRIBUTED;
      }
      const institution =
        INSTITUTION_HEAD.exec(segment.slice(chosen.end)) ?? MODIFIED_INSTITUTION_HEAD.exec(segment.slice(chosen.end));
      if (institution?.[1]) return { name: `${chosen.name} ${institution[1]}`, kind: "named" };
      // "CNN meteorologist" with no name after it: a person described, not named; so is "a CBP
      // agent who patrols the area" ("agent at the border"): what follows the role describes them.
      // The sentence's own full stop may close it: "…,” said CNN meteorologist.".
      const role = /^((?:\s+\p{Ll}[\p{L}-]*){1,3})\s*[.!?]?\s*$/u.exec(
        segment.slice(chosen.end).replace(ROLE_TAIL, ""),
      );
      const roleWords = role?.[1]?.trim().replace(/\s+/gu, " ") ?? "";
      // "Noem later": an adverb that ends like a role ("-er") is no role, and the name speaks.
      if (role && ROLE_OR_SOURCE.test(roleWords) && !NOT_A_ROLE.test(roleWords)) {
        // "Reyes’ father, Walter,": the name set off after the relation is who speaks; read on to it.
        if (nameApposed) continue;
        return { name: `${chosen.name} ${roleWords}`, kind: "anonymous" };
      }
      const entity = mentionsIn(ctx, blockIndex, start + chosen.start, start + chosen.end)[0];
      const kind = entity ? ctx.matcher.entities.get(entity.entityId)?.kind : undefined;
      // A name the register lacks is given as the text gives it (the register's id is for register entities).
      if (entity && kind !== undefined && kind !== "place") return registered(ctx, entity.entityId);
      // "Like calling her …", "her book For Keeps: 30 Years at the Movies": a common word capitalised by
      // its place names no one (a body's name, "Reuters", may read as a plural noun and still speaks).
      if (personLike(chosen.name) && ordinaryWordAlone(ctx.people, chosen.name)) continue;
      return named(ctx, chosen.name);
    }
    const organisation = mentionsIn(ctx, blockIndex, start, start + segment.length, "organisation")[0];
    if (organisation) return registered(ctx, organisation.entityId);
  }
  return undefined;
}

/**
 * A party's member by a definite description and nothing else: "the California Republican", "the
 * Texas Democrat" (a place's capitals before the noun are no name: `PARTY_MEMBER_NOUNS`).
 */
const PARTY_MEMBER_BACK = new RegExp(
  `^(?:the|The)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}(?:${alternation(PARTY_MEMBER_NOUNS)})[.!?]?$`,
  "u",
);

/** A definite description in lower case and nothing else: "the former adviser" (group 1: its words after "the"). */
const BACK_REFERENCE = /^(?:the|The)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)[.!?]?$/u;

/** An indefinite description in lower case and nothing else: "one host", "a veteran producer." (group 1). */
const ONE_BY_TRADE = /^((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)[.!?]?$/u;

/** A common noun of a person written in capitals: a party's member, a lawmaker's letters, a demonym ("Cumbrian"). */
const PERSON_BY_CAPITALS = `(?:${alternation([...PARTY_MEMBER_NOUNS, ...MEMBER_INITIALS])}|${DEMONYM_PERSON})(?![\\p{L}’'])`;
/** Words that end a noun phrase after its head: a relative, a preposition, a conjunction. */
const PHRASE_END = "(?:who|whom|whose|that|which|in|from|at|of|for|with|on|to|and|or|close|familiar|based)";
/**
 * A noun phrase opened by a determiner, to its end or to what follows its head (a relative, a
 * preposition, "close to", "familiar with"): the determiner, the words that modify the head, and
 * the head, its last word, a common noun (a party's member is one though capitalised: "an Arizona
 * Republican").
 */
const DETERMINER_PHRASE = new RegExp(
  `^(?<det>[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]he)\\s+(?<mods>(?:(?!${PHRASE_END}\\s)[\\p{L}\\d][\\p{L}\\d.’'&-]*\\s+){0,4}?)(?<head>\\p{Ll}[\\p{L}-]*|${PERSON_BY_CAPITALS})(?=[.!?]?\\s*$|\\s+${PHRASE_END}(?!\\p{L}))`,
  "u",
);

/** The nouns of unnamed sources, one or several ("official", "allies"): a person as a phrase's head. */
const SOURCE_HEAD = new RegExp(`^(?:${alternation([...ANONYMOUS_SOURCE_NOUNS, ...ANONYMOUS_SOURCE_PLURALS])})$`, "u");

/** Whether a noun phrase's head is a person: a capitalised noun of one, a role, a trade, a source, an ally. */
function personHead(head: string): boolean {
  // "ally" is a person as "allies" is (the list holds plurals of groups).
  const plural = head.replace(/y$/u, "ies");
  return (
    /^\p{Lu}/u.test(head) ||
    ROLE_NOUN.test(head) ||
    ROLE_OR_SOURCE.test(head) ||
    endsOnPersonNoun(head) ||
    SOURCE_HEAD.test(head) ||
    SOURCE_HEAD.test(plural)
  );
}

/**
 * A person described by a lower-case head and a restrictive relative clause ("who": a person's;
 * "the profiles that Acme builds" are things): "the man who sued Tom Vale", "the lawyer who
 * represents Ruiz". The names inside the clause are its objects, never
 * the subject that speaks (`describedByRelative`).
 */
const HEAD_THEN_RELATIVE = /^(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:who|whom)\s/u;

/**
 * People described by a lower-case head and where they stand to someone: "the people around
 * Ruiz", "the aides near Tom Vale", "a team behind Acme's launch". The name is the preposition's
 * object, never the subject that speaks (`describedByRelative`). Not "of", "for", "at" or "from",
 * whose object may be the body a role belongs to ("the mayor of Springfield" is its named mayor).
 */
const HEAD_THEN_PLACE =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s+(?:around|near|behind|beside|alongside|among|close\s+to)\s/u;

/**
 * Who speaks when the subject is a lower-case head and a restrictive relative clause or a phrase
 * of where they stand naming someone ("the man who sued Tom Vale", "the aides around Ruiz"): the
 * name is the clause's or the preposition's, never the speaker. An unnamed source opening it
 * ("a woman who worked for Ruiz", "the aides") speaks, as written; any other head names no one.
 */
function describedByRelative(phrase: string): Speaker | undefined {
  const trimmed = phrase.trim();
  if (!HEAD_THEN_RELATIVE.test(trimmed) && !HEAD_THEN_PLACE.test(trimmed)) return undefined;
  const source = anonymousSource(trimmed);
  return source?.index === 0 ? { name: source.text.replace(/\s+/gu, " ").trim(), kind: "anonymous" } : UNATTRIBUTED;
}

/**
 * Who speaks when a name is no head of its noun phrase: after a determiner, capitalised words
 * before a common noun only modify it ("a longtime Tillman ally", "one Pentagon official", "an
 * Arizona Republican", "the Texas Democrat"); the person is the noun's, never the name's. An
 * indefinite phrase is one person described, as written (anonymous); a definite one of a person
 * ("the Tillman ally", "the California Republican") is someone the text may have named before, or
 * several it named may be: no one sure. A definite phrase of a thing ("the Trump administration",
 * "the Swedish foreign ministry") is no person: undefined, read as a body. So is a phrase whose
 * head is a name ("a Democrat Ana Ruiz", "said Defense Minister Ana Ruiz") or has no capitals.
 */
export function modifiedHead(phrase: string): Speaker | undefined {
  const m = DETERMINER_PHRASE.exec(phrase);
  const { det = "", mods = "", head = "" } = m?.groups ?? {};
  // A phrase with no capitals is read by the rules of descriptions (ONE_BY_TRADE, BACK_REFERENCE).
  if (!m || !/(?:^|\s)\p{Lu}/u.test(`${mods}${head}`)) return undefined;
  if (!/^the$/iu.test(det)) return { name: m[0].replace(/\s+/gu, " "), kind: "anonymous" };
  return personHead(head) ? UNATTRIBUTED : undefined;
}

/**
 * "Acme’s chief economist": a person by trade a name owns (personNouns.ts `endsOnPersonNoun`) is
 * the one holder the article names with those words (describedHolders.ts), or else someone
 * unnamed, as written, unless an office is the head; never the owner, nor a name.
 */
function ownedPersonSpeaker(ctx: ArticleNames, name: string, description: string): Speaker {
  const holder = ctx.describedHolder?.(description.trim());
  if (holder !== undefined && personLike(holder)) return byName(ctx, holder);
  // "Mexico’s president": an office one person holds, whom the text may name in other words: no one sure.
  return OFFICE_HEAD.test(name) ? UNATTRIBUTED : { name, kind: "anonymous" };
}

/**
 * A description that ends on a post one person holds (describedHolders.ts `POSTS`), or on one
 * with its field: "Acme’s director", "the Fed's chair", "Acme's head of research".
 */
const OFFICE_HEAD = new RegExp(
  `(?<!\\p{L})(?:${POSTS})(?:\\s+of\\s+\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*)?)?$`,
  "u",
);

/**
 * The name that heads a segment: the first one, unless only lower-case role words separate it
 * from the next ("Air Force lawyer Michael Schmitt" is Schmitt).
 */
function chooseName(segment: string, names: readonly NameSpan[]): NameSpan | undefined {
  let index = 0;
  while (index + 1 < names.length) {
    const here = names[index] as NameSpan;
    const next = names[index + 1] as NameSpan;
    const gap = segment.slice(here.end, next.start);
    if (
      /^(?:\s+\p{Ll}[\p{L}-]*){1,2}\s+$/u.test(gap) &&
      // "said Reyes as Lund lifted the crate": a conjunction or a relative opens a clause of its own,
      // whose names are not the subject's.
      !/\b(?:and|or|of|in|at|for|with|to|by|on|from|the|a|an|said|says|told|as|while|when|whereas|because|after|before|until|since|though|although|if|who|whom|whose|which|where)\b/u.test(
        gap,
      )
    ) {
      index += 1;
    } else break;
  }
  return names[index];
}

/**
 * Adverbs, times and auxiliaries between a subject and its verb ("he also", "who on Sunday", "Hegseth has", "has since").
 * An adverb is in lower case and a day is a weekday: "China Daily", "Halliday" end a name, not a time;
 * nor is a noun that ends as an adverb does ("a Tillman ally": LY_NOUNS).
 */
const TRAILING = new RegExp(
  String.raw`(?:[\s,]+(?:(?!(?:${alternation(LY_NOUNS)})(?!\p{L}))\p{Ll}+ly|also|even|then|again|later|once|still|too|earlier|previously|since|further|long|often|repeatedly|never|always|first|has|have|had|would|will|could|may|might|on\s+\p{Lu}\p{L}+|${WEEKDAYS.join("|")}|last\s+\p{L}+|this\s+\p{L}+))+\s*$`,
  "u",
);
/**
 * An appositive or relative clause after a name: "a professor …", "who on Sunday", "Mexico’s
 * foreign minister", or a role without an article ("deputy associate administrator for
 * exploration in NASA’s Science Mission Directorate"): a lower-case word that is not a
 * conjunction or a preposition opening a clause of its own ("and Jones", "in a statement").
 */
/**
 * A description, then a full name that ends the phrase: "the critic Ana Ruiz", "a former aide Tom
 * Vale" (group 1: the name); not a role in a body ("a spokesperson for Inherent Resolve").
 */
const DESCRIBED_NAME =
  /^(?:the|a|an)\s+(?:(?!(?:for|of|at|in|with|from|to|by|on|and|or|who|whose|which)\s)\p{Ll}[\p{L}-]*\s+){1,4}(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})$/u;
/**
 * What a part set off after a subject's name opens with when it only describes them: a determiner
 * or a relative, an owner and a noun, or a role in lower case and its preposition, perhaps after
 * a degree's letters ("PhD student in archaeology at …", "MBA candidate at …").
 */
const APPOSITIVE =
  /^(?:(?:a|an|the|former|who|whom|whose|which)\b|(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*['’]s\s+\p{Ll}|(?:(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu})\s+)?(?!(?:and|or|but|nor|then|so|while|as|if|when|because|after|before|in|on|at|with|from|for|to|by|of|via|through|during|according|speaking|said|says|told|added)\b)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:for|of|at|in|with)\s)/u;
/**
 * A clause that opens with a participle, set off after a subject: "asked about the post", "speaking
 * to reporters"; or the participle alone, once its time is trimmed ("speaking on Monday").
 */
const PARTICIPLE_CLAUSE = /^(?:asked|pressed|questioned|\p{Ll}+ing)(?:\s|$)/u;
/** A relative clause whose own subject follows the pronoun: "whom Trump", "which the minister". */
const OBJECT_RELATIVE = /^(?:whom|which)\s+\S/u;
/**
 * A lower-case word and its preposition, right before a name: "responding to", "letter from Trump
 * to", also with the object's role or kind before its name: "owned by talent manager Scooter
 * Braun", "published in the journal JAMA Psychiatry", "the death of his respected and influential
 * father Gerhard" (two adjectives joined by "and"); Romance "of" too: "la abogada del Estado".
 */
const OBJECT_OF_WORD = new RegExp(
  String.raw`\p{Ll}[\p{L}-]*\s+(?:to|from|with|for|of|at|by|about|on|against|toward|towards|into|over|in|through|via|under|among|between|than|de|del|da|di|du|des|della|dos|das)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:what|who|whom|which|that|where|when|whose)\s)\p{Ll}[\p{L}-]*\s+(?:and\s+(?=\p{Ll}))?){0,3}` +
    // The object's titles, capitalised: "call with Ukrainian President Volodymyr Zelensky".
    String.raw`(?:(?:${TITLE_ALTERNATION}|U\.S\.|\p{Lu}\p{Ll}+(?:an|ese|ish))\s+){0,3}$`,
  "u",
);
/**
 * "he" or "she" opening a clause and its past verb, right before a name: "On July 27, he emailed
 * Brenner about …". The name is that verb's object; the pronoun is the clause's subject.
 */
const PRONOUN_VERB_BEFORE =
  /(?:^|[,;:—–]\s*|(?<!\p{L})(?:and|but|then)\s+)(?:[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|met|told|rang|sent|gave|paid|brought|taught)\s+$/u;
/**
 * A name set off after a preposition's object that it renames: "an email address for the writer's
 * sister, Lena Ortiz", "a letter to his lawyer, Tom Vale". The name is that object too.
 */
const OBJECT_APPOSED =
  /\p{Ll}[\p{L}-]*\s+(?:to|from|with|for|of|at|by|about|on|against|toward|towards|into|over|in|through|via|under|among|between)\s+(?:(?:the|a|an|his|her|their|its)\s+|\p{Lu}[\p{L}-]*['’]s\s+)(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}-]*,\s*$/u;
/**
 * A name's text before it ends on a verb's "with" and at most its titles: "has worked with", "met
 * with President". Whoever did something with the subject may be the "he" who speaks next as
 * plainly as the subject ("Ana Ruiz has worked with Carl Brenner. “…,” he said"), so that object
 * still counts. A noun's "with" ("Trump's call with Zelensky") names no one who did anything.
 */
const COMPANION_OF = new RegExp(
  String.raw`(?<!\p{L})(?:\p{Ll}+ed|met|spoke|fought|sat|stood|dealt|split|broke|went|ran)\s+with\s+(?:(?:${TITLE_ALTERNATION}|U\.S\.|\p{Lu}\p{Ll}+(?:an|ese|ish))\s+){0,3}$`,
  "u",
);
/** What may follow the subject's head: a possessed thing ("’s law-of-war manual"), an institution. */
const HEAD_SUFFIX = new RegExp(
  String.raw`^(?:['’]s(?:\s+\p{Ll}[\p{L}-]*){1,4}|\s+(?:${INSTITUTION_MODIFIER}\s+){0,2}(?:${INSTITUTION_HEADS})|\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-?authors))?\s*$`,
  "u",
);

/** True when `text` is one name and nothing else, titles aside ("Prince Andrew", "Charles"; not "In Tunis"). */
function nameOnly(ctx: ArticleNames, text: string): boolean {
  const names = ctx.findNames(text);
  const name = names[0];
  if (names.length !== 1 || name?.end !== text.length) return false;
  return text
    .slice(0, name.start)
    .split(/\s+/u)
    .every((word) => word === "" || isTitle(word));
}

/**
 * Whether `part`, set off after `before`, is a role run into a body's name ("President Harbor
 * North America") after a person's name alone: the body is no person's name.
 */
function roleThenBody(ctx: ArticleNames, part: string, before: string): boolean {
  const body = ROLE_THEN_BODY.exec(part)?.[1]?.trim();
  if (body === undefined || personLike(body)) return false;
  const name = before.trim().replace(LEADING, "");
  return nameOnly(ctx, name) && personLike(ctx.findNames(name)[0]?.name ?? "");
}

/** What a statement is issued in: the nouns of documents that "say" what someone wrote. */
export const DOCUMENTS = "statement|post|letter|release|tweet|message|memo|notice|email|announcement";
/** A name's document after it: "’s statement", "'s latest post". */
const OWNED_DOCUMENT = new RegExp(`^['’]s\\s+(?:(?:new|latest|own|written|joint)\\s+)?(?:${DOCUMENTS})\\s*$`, "u");
/** An age ("54") or a lawmaker's party and state ("D-Calif.", "R-Texas", "I-Vt.") set off after a name. */
export const AGE_OR_PARTY_WORDS = String.raw`\d{1,3}|[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?`;
const AGE_OR_PARTY = new RegExp(`^(?:${AGE_OR_PARTY_WORDS})$`, "u");
/** A state's or district's abbreviation written after a city: "D.C.", "N.Y.", "Calif.", "Md.". */
const STATE_ABBREVIATION = /^(?:(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}{1,4}\.)$/u;

/** True when `text` is one name that the entity finder reads as a place ("Germany", "Munich"). */
function placeOnly(ctx: ArticleNames, text: string): boolean {
  if (!nameOnly(ctx, text)) return false;
  const spans = findNames(text);
  return spans.length === 1 && spans[0]?.kind === "place" && spans[0].text === text;
}

/** Words before a name that make it part of a clause or a phrase, not a subject's role words ("that", "with"). */
const NOT_A_SUBJECT_WORD =
  /(?:^|\s)(?:that|which|who|whom|because|if|when|while|as|and|or|but|than|to|of|in|on|at|for|with|from|by|about)\s/u;

/**
 * After an unnamed source that ends on a name ("a forecaster at the Brownsport"), the rest of that
 * name's phrase: one or two lower-case nouns it modifies ("weather office", "bureau"), then perhaps
 * where ("in Dale"), and nothing joined by "and" or "or" (a second subject).
 */
const HEAD_AFTER_NAME =
  /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)(?:\s+(?:in|at|of|on|near)\s(?![^“”"«»]*\s(?:and|or)\s)[^“”"«»,]*)?$/u;

/** Whether `after` finishes the phrase of the name `source` ends on with nouns (HEAD_AFTER_NAME). */
function nameThenHead(source: string, after: string): boolean {
  if (!/\s(?:the\s+)?\p{Lu}[\p{L}.’'-]*$/u.test(source)) return false;
  const head = HEAD_AFTER_NAME.exec(after)?.[1];
  if (head === undefined) return false;
  // Nouns only: "also", "has", "recently" after the name are the clause's, not the phrase's.
  return termTags(head).every(
    (tags) => tags.has("Noun") && !["Verb", "Adverb", "Pronoun", "Date"].some((tag) => tags.has(tag)),
  );
}

/** A verb of speech, perhaps "that", ending the words before a reported clause: "Ruiz said (that) ". */
const REPORTING_LEAD = new RegExp(`(?<!\\p{L})(?:${alternation(SPEECH_VERBS)})(?:\\s+that)?\\s+$`, "u");

/** What may follow an unnamed source in its subject and only describe them: "for the party", "who asked not to be named". */
const SOURCE_TAIL =
  /^\s+(?:for|at|with|from|in|to|of|on|close\s+to|familiar\s+with|who|that)\s(?![^“”"«»]*\s(?:and|or)\s)[^“”"«»]*$/u;

/**
 * A part set off after a name that only describes it: a role in capitals ("Chief Executive of
 * Harbour Works", "Chair of the Roads Committee": a title word, up to two more capitalised words,
 * then its body) or letters after a name ("QC", "PhD", "MD"). Neither is a name of its own.
 */
const CAPITALISED_ROLE = new RegExp(`^(?:${TITLE_ALTERNATION})(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}\\s+(?:of|for|at)\\s`, "u");
const POSTNOMINAL = /^(?:\p{Lu}{2,4}|Ph\.?D\.?|M\.?D\.?|Esq\.?)$/u;

/**
 * A firm's legal form, set off by a comma after its name ("Harbor, Inc."): the end of the body's
 * name before it, never a name of its own.
 */
const LEGAL_FORM = /^(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|PLC|plc|GmbH|AG|S\.A|N\.V|LLP|LP)\.?$/u;

/**
 * A role in capitals run straight into its body's name, with no "of": "President Harbor North
 * America" (title words, then capitalised words). Read as CAPITALISED_ROLE only when the words
 * after the titles are no person's name.
 */
const ROLE_THEN_BODY = new RegExp(`^(?:(?:${TITLE_ALTERNATION})\\s+)+((?:\\p{Lu}[\\p{L}&.'’-]*\\s*)+)$`, "u");

/**
 * A bare lower-case role set off after a name, with no article: "Nandakumar, mayor, said",
 * "Ruiz, deputy director, said" (group 1: the role's last word, one person's: not a plural).
 */
const BARE_ROLE = /^(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)$/u;

/** True when `text` is such a role: its last word one person's role or office, not an adverb ("later"). */
function bareRole(text: string): boolean {
  const word = BARE_ROLE.exec(text)?.[1];
  if (word === undefined || /s$/u.test(word) || NOT_A_ROLE.test(word)) return false;
  return ROLE_OR_SOURCE.test(word) || HELD_ROLES.has(word) || isOfficeWord(word);
}

/** A part set off after a subject that only says where they are from or work: "of Leeds", "from the Leeds Trust". */
const SET_OFF_ORIGIN = /^(?:of|from|in|at|with)\s+(?:the\s+)?\p{Lu}[^,]*$/u;

/**
 * What ends right before a held role that is a preposition's object, not the subject: "A senior
 * aide to", "a friend of", "a spokesman for" (a word, then the preposition).
 */
const ROLE_AS_OBJECT = /\p{L}\s+(?:to|for|of|at|with|from|by|about|on|against|under|beside|behind|near)\s*$/u;

/** A conjunction opening a comma-separated part: "and American University", "and his lawyer". */
const JOINED = /^\s*(?:and|or)\s+/u;

/**
 * A phrase of occasion, time or place set off after a subject: "in a statement …", "at a news
 * conference", "during the call", "outside the Capitol on Monday", "after the vote". Whom it
 * names are its objects; the subject before it speaks.
 */
const SET_OFF_OCCASION =
  /^(?:in|at|on|during|following|speaking|outside|inside|near|after|before|amid|ahead\s+of)\s+(?:a|an|the|his|her|their|its|\p{Lu})/u;

/**
 * The speaker a verb's subject names, when the subject ends right before the verb: "since
 * President Donald Trump declared", "Trump, who on Sunday said", "Michael Schmitt, a
 * professor …, told" (an appositive or relative clause after the name is skipped).
 */
export function speakerBeforeVerb(
  ctx: ArticleNames,
  blockIndex: number,
  phrase: { text: string; start: number },
  pronoun: (word: string) => Speaker | undefined,
): Speaker | undefined {
  const text = blankAsides(phrase.text).replace(TRAILING, "");
  const segments: { text: string; start: number }[] = [];
  let offset = 0;
  for (const piece of text.split(",")) {
    segments.push({ text: piece, start: phrase.start + offset });
    offset += piece.length + 1;
  }
  const tail = (index: number): Speaker | undefined => {
    const segment = segments[index];
    if (!segment) return undefined;
    const trimmed = segment.text.replace(TRAILING, "").trimEnd();
    // "Paganini, a scientist at NASA's center in Greenbelt, Maryland, and American University, said":
    // a last part joined by "and" continues the appositive or adds a second subject; alone it is neither.
    // ("and co-author of the study", in lower case, goes on describing: read on as before.)
    if (index > 0 && JOINED.test(trimmed) && /\p{Lu}/u.test(trimmed.replace(JOINED, ""))) return undefined;
    const bare = trimmed.trimStart().replace(LEADING, "");
    if (bare === "") return tail(index - 1);
    // "Richardson, via USA Today, said": the channel the words came through is no subject.
    // "…, in Munich, Germany, and co-author …, said": a place alone after a place ("City, Country")
    // continues the appositive before it.
    const afterPlace = /\b(?:in|at|from|of|near)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s*$/u;
    // So does a state's abbreviation after its city ("in Washington, D.C.,", "in Fresno, Calif.,").
    const cityCountry =
      afterPlace.test(segments[index - 1]?.text ?? "") && (placeOnly(ctx, bare) || STATE_ABBREVIATION.test(bare));
    // "Ellis, 54, told reporters", "Sen. Tom Ellis, D-Calif., said": an age or a party and state set
    // off after a name describe the name before it.
    // "Nandakumar, Chief Executive of Harbour Works, said", "Nandakumar, QC, said": a role in
    // capitals or letters after a name describe the name before them too.
    // "Ortiz, 54, of Addison, said", "Ortiz, of the Justice Department, said": a place or a body
    // set off after the subject says where they are from; the name before it speaks, not the place.
    // "Ruiz, in a statement issued on behalf of the board, said": a phrase set off after the subject
    // that opens with a preposition of occasion, time or place is no subject; whom it names are its objects.
    if (
      index > 0 &&
      (/^(?:via|through)\s/u.test(bare) ||
        SET_OFF_OCCASION.test(bare) ||
        SET_OFF_ORIGIN.test(bare) ||
        cityCountry ||
        AGE_OR_PARTY.test(bare.trim()) ||
        // Only after a name: in "In 2013, Senator Mitch McConnell of Kentucky called" the title opens the subject.
        (CAPITALISED_ROLE.test(bare.trim()) && ctx.findNames(segments[index - 1]?.text ?? "").length > 0) ||
        POSTNOMINAL.test(bare.trim()) ||
        // "Tom Vale, Senior Vice President of Sales for Harbor, Inc., says": the body's legal form
        // ends the appositive before it.
        LEGAL_FORM.test(bare.trim()) ||
        // "Ana Ruiz, President Harbor North America, says": a role run into a body's name after a name alone.
        roleThenBody(ctx, bare.trim(), segments[index - 1]?.text ?? ""))
    )
      return tail(index - 1);
    // "Prince Andrew, the younger brother of the heir to the throne, Charles, has told": a name after
    // an appositive renames the appositive's last noun; the subject is the name before it, or nobody.
    // "Jane Roe, a lawyer …, and her client, John Doe, said": the name renames a second subject; two speak.
    if (index > 0 && JOINED.test(segments[index - 1]?.text ?? "") && nameOnly(ctx, bare)) return undefined;
    const apposed = segments[index - 1]?.text.trim().replace(LEADING, "") ?? "";
    // "Priya Nandakumar, mayor, said": the role describes the name before it, which speaks; only
    // after a name alone ("Ruiz’s son, teacher," describes no one the text names).
    if (index > 0 && bareRole(bare.trim()) && nameOnly(ctx, apposed)) {
      const earlier = tail(index - 1);
      if (earlier?.kind === "named") return earlier;
    }
    const head = segments[index - 2]?.text.trim() ?? "";
    if (index >= 2 && nameOnly(ctx, bare) && APPOSITIVE.test(apposed) && nameOnly(ctx, head)) {
      const earlier = tail(index - 2);
      return earlier?.kind === "named" ? earlier : undefined;
    }
    // An appositive or relative clause ("a professor …", "who on Sunday"), or a participle's clause
    // ("asked whether Senegal would join", "speaking after a closed session"): the name is before it.
    // Not a clause with a subject of its own: in "Sheinbaum, whom Trump has praised as “…”", Trump speaks.
    // Nor a description that ends on the person's name ("In her book For Keeps: 30 Years at the Movies, the
    // critic Ana Ruiz wrote"): that is the whole subject, and what comes before it only sets the scene.
    const describedName = DESCRIBED_NAME.exec(bare.trim())?.[1];
    const namesItself = describedName !== undefined && personLike(describedName);
    if (
      (APPOSITIVE.test(bare) || PARTICIPLE_CLAUSE.test(bare)) &&
      index > 0 &&
      !OBJECT_RELATIVE.test(bare) &&
      !namesItself
    ) {
      const earlier = tail(index - 1);
      if (earlier) return earlier;
    }
    const lastWord = /(\p{L}+)$/u.exec(trimmed)?.[1] ?? "";
    if (PRONOUN.test(lastWord)) return pronoun(lastWord);
    // "Sports economists called it …", "Fans chanted": a capital that opens the phrase is the
    // sentence's, not a name's; "While some local traders shouted, “…”": the clause's subject is theirs.
    const group = bare.trim().replace(/^(?:while|when|as|after|before|because|although|though|since|whereas)\s+/iu, "");
    if (BARE_GROUP.test(group.charAt(0).toLowerCase() + group.slice(1)) && index === 0)
      return { name: group, kind: "anonymous" };
    // "the spokesman": a held role is its named holder's before it is an unnamed source (roleHolders.ts).
    // Not the object of a preposition: in "A senior aide to the chancellor said" the aide speaks.
    const role = /(?:^|\s)((?:the|The)\s+(\p{Ll}+(?:-elect)?))$/u.exec(trimmed);
    const roleObject = role !== null && ROLE_AS_OBJECT.test(trimmed.slice(0, role.index));
    if (role?.[1] !== undefined && HELD_ROLES.has(role[2] ?? "") && !roleObject)
      return speakerFromSubject(ctx, blockIndex, { text: role[1], start: segment.start }, pronoun);
    // "the Ohio governor said": likewise a role placed by names, when the text gave it to one holder.
    const placedRun = /(?:^|\s)((?:the|The)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}\p{Ll}+)$/u.exec(trimmed);
    if (placedRun?.[1] !== undefined && !ROLE_AS_OBJECT.test(trimmed.slice(0, placedRun.index))) {
      const placed = placedHolder(ctx, blockIndex, segment.start, placedRun[1]);
      if (placed) return placed;
    }
    // "a longtime Tillman ally said", "the Tillman ally said": a determiner's phrase headed by a common
    // noun, a name inside only modifying it, is read before the verb as after it ("said a Tillman
    // ally", speakerFromSubject): the noun's person speaks, never the name's (modifiedHead). Only a
    // head in lower case ("the 14th-ranked Schwartzman said" ends on the name, who speaks) and no
    // body's noun ("the state-run Xinhua news agency said" is the agency, read below).
    const lowerHead = /\s(\p{Ll}[\p{L}-]*)[.!?]?$/u.exec(bare.trim())?.[1];
    const modified =
      index === 0 && lowerHead !== undefined && !BODY_BACK_NOUNS.has(lowerHead) ? modifiedHead(bare.trim()) : undefined;
    if (modified !== undefined) return modified;
    // "the man who sued Tom Vale said": likewise before the verb (describedByRelative).
    const relative = index === 0 ? describedByRelative(bare) : undefined;
    if (relative) return relative;
    const anonymous = anonymousSource(trimmed);
    const after = anonymous ? trimmed.slice(anonymous.index + anonymous.text.length) : "";
    // "a spokeswoman for the party", "An official who asked not to be named": the source opens the
    // subject and what follows only describes them (no second subject joined by "and").
    // "Ruiz said a nurse at the clinic had asked her": the source may open the clause a verb of
    // speech reports, as it opens the subject; what follows still only describes them.
    const lead = anonymous ? trimmed.slice(0, anonymous.index) : "";
    const described =
      anonymous !== undefined && (lead.trim() === "" || REPORTING_LEAD.test(lead)) && SOURCE_TAIL.test(after);
    if (anonymous && (/^\s*$/u.test(after) || described)) {
      return { name: anonymous.text.replace(/\s+/gu, " ").trim(), kind: "anonymous" };
    }
    // "A forecaster at the Brownsport weather office in Dale said": the name the source is of may
    // modify a lower-case head noun that ends its phrase; the whole still only describes them.
    if (anonymous !== undefined && lead.trim() === "" && nameThenHead(anonymous.text, after))
      return { name: `${anonymous.text}${after}`.replace(/\s+/gu, " ").trim(), kind: "anonymous" };
    // "The authors of the research published in the journal JAMA Psychiatry argued": the group speaks,
    // not the journal its description names (index 0 only: a later part is an appositive's).
    const groupOf = GROUP_OF.exec(bare);
    if (groupOf?.[1] !== undefined && index === 0) return { name: groupOf[1], kind: "anonymous" };
    // "the 54-year-old": a definite description by age alone (a digit, not a lower-case word, opens it).
    const definite = /(?:^|\s)((?:the|The)\s+(?:\p{Ll}[\p{L}-]*|\d{1,3}[-\s]years?[-\s]old))$/u.exec(trimmed);
    if (definite?.[1]) {
      const thing = speakerFromSubject(ctx, blockIndex, { text: definite[1], start: segment.start }, pronoun);
      if (thing) return thing;
    }
    // "the former adviser said" after "one former adviser said …": the same unnamed person, as written.
    const backWords = index === 0 ? BACK_REFERENCE.exec(bare.trim())?.[1] : undefined;
    if (backWords !== undefined && ctx.unnamedAs?.(backWords, blockIndex, segment.start) === true)
      return { name: `the ${backWords.replace(/\s+/gu, " ")}`, kind: "anonymous" };
    // "the Russian and Syrian defense ministries accused": two names' institutions, jointly, as written.
    const joint = JOINT_INSTITUTIONS.exec(bare.trim());
    if (joint?.[1]) return { name: joint[1].replace(/\s+/gu, " "), kind: "named" };
    // "the California Republican said": a party's member described, not a name (see speakerFromSubject).
    if (PARTY_MEMBER_BACK.test(bare.trim())) return UNATTRIBUTED;
    const surname = titleAsSurname(ctx, bare);
    if (surname) return surname;
    let subject = trimmed;
    let last = ctx.findNames(subject).at(-1);
    // "Ellis’s statement said": a document speaks for whoever issued it, not as a name of its own.
    if (last && OWNED_DOCUMENT.test(subject.slice(last.end))) subject = subject.slice(0, last.end);
    if (!last || !HEAD_SUFFIX.test(subject.slice(last.end))) return undefined;
    // "American Federation of Teachers President Ana Ruiz warned": a body's name, a title and a
    // person's name run together; the person after the title speaks, not the body (titledPerson.ts).
    const titled = personAfterTitle(last.name, isTitle, personLike, (word) => DEMONYM.test(word));
    if (titled !== undefined)
      return speakerFromSubject(
        ctx,
        blockIndex,
        { text: titled.text, start: segment.start + last.start + titled.at },
        pronoun,
      );
    // "Patrol Chief James Hall with the New York Police Department": the head comes before the preposition.
    for (;;) {
      const prep = /\s+(?:with|of|at|from|for|in)\s+(?:the\s+)?$/u.exec(subject.slice(0, last.start));
      const earlier = prep ? ctx.findNames(subject.slice(0, prep.index)).at(-1) : undefined;
      if (!prep || !earlier || earlier.end !== prep.index) break;
      subject = subject.slice(0, prep.index);
      last = earlier;
    }
    // "China’s ambassador to Britain": the place an office is held toward is part of its description.
    if (OWNED_OFFICE_TO_END.test(subject.slice(0, last.start)) && last.end === subject.trimEnd().length)
      return speakerFromSubject(ctx, blockIndex, { text: subject, start: segment.start }, pronoun);
    // "Marco Rubio, responding to Sheinbaum,", "The letter from Trump to Sheinbaum": a name after a
    // word and its preposition is that word's object, not the verb's subject.
    if (OBJECT_OF_WORD.test(subject.slice(0, last.start)))
      return index > 0 && /^\p{Ll}+ing\b/u.test(bare) ? tail(index - 1) : undefined;
    // "Ellis and Lopez said", "an aide and Lopez said": two people speak, neither alone.
    const joinedTo = /\s(?:and|&)\s+(?:the\s+)?$/u.exec(subject.slice(0, last.start));
    const other = joinedTo ? subject.slice(0, joinedTo.index).trimEnd() : "";
    if (
      joinedTo &&
      (ctx.findNames(other).length > 0 || anonymousSource(other) !== undefined || PERSON_BEFORE_AND.test(other))
    )
      return undefined;
    return speakerFromSubject(
      ctx,
      blockIndex,
      { text: subject.slice(last.start), start: segment.start + last.start },
      pronoun,
    );
  };
  return tail(segments.length - 1) ?? namedBeforeAppositive(ctx, blockIndex, segments, pronoun);
}

/**
 * The subject "Name, <appositive>" whose appositive holds commas of its own ("Lucas Paganini, a
 * planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American
 * University in Washington, D.C., said"; "Kurinji Selvaraj, a research analyst at the Council on
 * Energy, Environment and Water think tank told"): the appositive's last part is no subject, and
 * the name that opens the phrase is. Only a name alone (role words before it: "study lead author
 * Lucas Paganini"), an appositive right after it, and no part joining someone else ("and his
 * lawyer", "and John Roe"): a subject of two people is no one speaker.
 */
function namedBeforeAppositive(
  ctx: ArticleNames,
  blockIndex: number,
  segments: readonly { text: string; start: number }[],
  pronoun: (word: string) => Speaker | undefined,
): Speaker | undefined {
  const [head, apposed, ...rest] = segments;
  if (head === undefined || apposed === undefined || rest.length === 0) return undefined;
  if (!APPOSITIVE.test(apposed.text.trim()) || OBJECT_RELATIVE.test(apposed.text.trim())) return undefined;
  const text = head.text.replace(LEADING, "").trimEnd();
  const name = ctx.findNames(text).at(-1);
  if (name?.end !== text.length || !personLike(name.name)) return undefined;
  const before = text.slice(0, name.start);
  if (!/^\s*(?:\p{Ll}[\p{L}-]*\s+)*$/u.test(before) || OBJECT_OF_WORD.test(before) || NOT_A_SUBJECT_WORD.test(before))
    return undefined;
  const another = rest.some((part) => {
    if (!JOINED.test(part.text)) return false;
    const joined = part.text.replace(JOINED, "");
    const person = ctx.findNames(joined).some((n) => personLike(n.name));
    return person || anonymousSource(joined) !== undefined || /^(?:his|her|their|its)\s/iu.test(joined);
  });
  if (another) return undefined;
  const speaker = speakerFromSubject(ctx, blockIndex, { text: head.text, start: head.start }, pronoun);
  return speaker?.kind === "named" ? speaker : undefined;
}
