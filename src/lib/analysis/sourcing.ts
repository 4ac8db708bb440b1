/**
 * Sourcing profile of one article: how much of it rests on named people, on anonymous sources
 * and on other outlets, each attribution linked to its sentence.
 *
 * Counted: every sentence of a direct quotation (by its speaker, plus the outlet it came `via`);
 * a named person or an unnamed source as the source of a reporting predicate, by the grammar of
 * attributionGrammar.ts ("López Obrador outright denied the claims", "U.S. officials insist",
 * "Critics, including …, worry", "according to former and current officials", "she noted" for
 * the one person, or the one source, of the nearest sentence that names any; a quotation's
 * speaker, as the quote finder named them, counts as a person named there); outlets
 * ("According to The Wall Street Journal", "told WSAV", "in an interview with Fox News"),
 * registered or not (outlets.ts); and the article's own
 * `citedSources` list, which has no sentence. Institutions and countries as speakers ("the
 * Mexican government", "Mexico said") are not people and are not counted. One attribution per
 * sentence and source, so a sentence that both quotes and names someone is counted once. Plain
 * data for a compact panel.
 */
import type { Block } from "#lib/text/sentences.ts";
import { ANONYMOUS_SOURCE_NOUNS, SPEECH_VERB_RE } from "#lib/text/attribution.ts";
import { BODY_PEOPLE_NOUNS, endsOnPersonNoun, FAMILY, PROFESSION_NOUNS } from "./personNouns.ts";
import {
  anonymousSpeaker,
  contactGroupPronounSpeaks,
  contactPronounSpeaks,
  describesSomeone,
  groupPronounSpeaks,
  groupSubject,
  jointSubject,
  listedPeople,
  oneSpeaks,
  openerPronounSpeaks,
  opensWithSourceNoun,
  ownedTie,
  ownPeople,
  predicateNext,
  pronounSpeaks,
  quantifierSpeaks,
  someoneSpeaks,
  quotedAt,
  relayedClause,
  reportedAt,
  soleGroup,
  speaksAt,
  tieNamed,
  titleSpeaks,
  formerTitleSpeaks,
} from "./attributionGrammar.ts";
import type { Entity } from "#schemas/entity.ts";
import { type EntityMatcher, type FoundEntity, type Mention, namesCountry } from "./entities.ts";
import type { Quote } from "./quotes.ts";
import { foldedWords, sameName } from "#lib/text/fold.ts";
import { withoutQuotations } from "./quoteSpans.ts";
import { bareOutletHead, findOutletCitations, outletHeadOf } from "./outlets.ts";
import { type Gender, Genders, pronounGender, reportedPronoun } from "./gender.ts";
import {
  type ArticlePeople,
  capitalisedNames,
  completeName,
  mayBePerson,
  peopleOf,
  personLike,
  readsAsPerson,
  writtenAsName,
} from "./speakers.ts";
import { describedDeed, describedHolder, doesDeed, officeDescriptions, officesBefore } from "./describedHolders.ts";
import { interviewTranscript } from "./interviewTranscript.ts";
import { labelledTurns } from "./speakerLabels.ts";
import { hanNames, hanSources, isHanText } from "./hanQuotes.ts";
import { announcesQuotation, opensQuotationRun, paragraphRunStep, quotationRunStep } from "./quotationRun.ts";
import { spokespersonHolder } from "./spokespersonHolder.ts";
import { sharedSurnamePartner } from "./sharedSurname.ts";
import { lastNamedPair, pairPhrases } from "./namedPair.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { STOP_WORDS } from "#lib/text/stopWords.ts";

export type AttributionKind = "named" | "anonymous" | "outlet" | "cited";

export interface Attribution {
  readonly kind: AttributionKind;
  /** Who: the entity's name, the anonymous description, or the outlet as written. */
  readonly label: string;
  readonly entityId?: string;
  /** Sentence anchor; absent for the article's `citedSources` list. */
  readonly anchor?: string;
  /** True when the attribution is a direct quotation. */
  readonly quote?: boolean;
}

export interface SourcingProfile {
  readonly articleSlug: string;
  readonly counts: Readonly<Record<AttributionKind, number>>;
  readonly attributions: readonly Attribution[];
}

const OUTLET_CUE =
  /\b(?:according to|told|as quoted by|quoted by|interview with|reported by|reports?|reported|cited by)\s*$/iu;

/** A description of one unnamed person ("a spokesperson", "the official", "that tweeter", "another aide"), not of a group. */
const SINGULAR = /^(?:an?|another|one|the|his|her|its|that)\s/iu;

/** The capitalised words just before a name: its title, as in "US President Barack Obama", "Republican Gov. Eric Holcomb". */
const TITLE_BEFORE = /(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}$/u;

/** A lower-case word right before a name ("architect " in "architect Ana Ruiz"). */
const NOUN_BEFORE = /(?<![\p{L}’'-])(\p{Ll}[\p{Ll}-]+)\s+$/u;

/**
 * A lower-case noun before a name that titles the person, as a capitalised title does: a person's
 * noun in the lexicon ("architect", "actress"), not one an unnamed source is also called by ("said the
 * lawyer", "the official said" may be someone else), nor kin ("his son").
 */
function titleNoun(word: string): boolean {
  return (
    endsOnPersonNoun(word) &&
    !SOURCE_NOUN.test(word) &&
    !FAMILY.has(word) &&
    !(PROFESSION_NOUNS as readonly string[]).includes(word) &&
    !BODY_PEOPLE_NOUNS.has(word)
  );
}
const SOURCE_NOUN = new RegExp(`^(?:${ANONYMOUS_SOURCE_NOUNS.join("|")})$`, "u");

/** Abbreviated titles, by the word "the … said" uses for them ("Gov. Eric Holcomb" is "the governor"). */
const TITLE_WORDS: Readonly<Record<string, string>> = {
  "gov.": "governor",
  "sen.": "senator",
  "rep.": "representative",
  "gen.": "general",
  "adm.": "admiral",
  "col.": "colonel",
  "capt.": "captain",
  "sgt.": "sergeant",
  "cmdr.": "commander",
  "prof.": "professor",
  "det.": "detective",
  "supt.": "superintendent",
};

/** The word a title is called by, lower case: "Gov." is "governor", "President" "president". */
const titleWord = (word: string): string => TITLE_WORDS[word.toLowerCase()] ?? word.toLowerCase().replace(/\.$/u, "");

/** A definite description set off before a name: "The suspect, " in "The suspect, Michael Webb, was convicted". */
const APPOSED_TITLE = /(?<!\p{L})[Tt]he\s+(\p{Ll}+),\s*$/u;

/** How a line of prose ends: a full stop, a question or exclamation mark, a colon, a closing quotation mark or bracket. */
const CLOSED = /[.!?…:;”"’)\]]\s*$/u;

/** A short label that introduces a list: "Also in the news:", "More from the region:" (not "Obama also said:"). */
const LABEL = /^(?:\S+\s+){0,7}\S+:$/u;

/**
 * The sentences that are other stories' headlines: lines of one sentence with no closing
 * punctuation, in a run right after a label that is no speech ("Also in the news:" then
 * "Governor Mark Ellis says state will sue", "…, lawyers say"). Those attributions are the other
 * stories', not this article's. Lines under "President Obama also said:" are his words, and an
 * unpunctuated line elsewhere is prose a scrape cut short: both still count.
 */
function otherHeadlines(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  let underLabel = false;
  for (const block of blocks) {
    if (block.kind === "heading") continue;
    const text = block.text.trim();
    const line = block.sentences.length === 1 ? block.sentences[0] : undefined;
    if (underLabel && line && !CLOSED.test(text)) {
      out.add(line.anchor);
      continue;
    }
    underLabel = line !== undefined && LABEL.test(text) && !SPEECH_VERB_RE.test(text);
  }
  return out;
}

/** A sentence opened by a quantifier standing for people: "Some said …", "But many argue …". */
const SOME_OPENING = /^(?:(?:But|And|Yet|So)\s+)?([Ss]ome|[Mm]any|[Mm]ost)\s/u;

/** How far back "he" or "she" looks for the person it stands for, in sentences. */
const PRONOUN_REACH = 3;

/** A preposition just before a name: "wrote on Truth Social", "in an interview with Milenio". */
const PLACE_BEFORE = /\b(?:on|in|at|with|via|to|from)\s+(?:the\s+)?$/iu;

/** True when `offset` of `text` lies inside round brackets. */
function bracketed(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/**
 * True when every time `sentence` writes `name` it stands after a preposition — a platform, an
 * outlet or a place ("Trump wrote on Truth Social: “…”") — or inside brackets, where a book's
 * publisher or a person's affiliation is given ("“Out There” (Grand Central Publishing, 2018)"):
 * never the subject who spoke. A quotation's speaker found beyond the register under such a
 * name is no person.
 */
function placeOnly(name: string, sentence: string): boolean {
  const at = [...sentence.matchAll(new RegExp(escapeRegExp(name), "gu"))];
  return (
    at.length > 0 && at.every((m) => PLACE_BEFORE.test(sentence.slice(0, m.index)) || bracketed(sentence, m.index))
  );
}

/**
 * How far into a quotation's words (`quoted`, from word `from` on) a sentence's words reach: the
 * run that starts where the sentence takes up the quotation's next words; undefined when it does
 * not take them up (the sentence's words differ from the quotation's text).
 */
function reach(sentence: readonly string[], quoted: readonly string[], from: number): number | undefined {
  const anchor = quoted.slice(from, from + 2);
  if (anchor.length === 0) return from;
  for (let i = 0; i + anchor.length <= sentence.length; i += 1) {
    if (!anchor.every((word, k) => sentence[i + k] === word)) continue;
    let k = 0;
    while (from + k < quoted.length && sentence[i + k] === quoted[from + k]) k += 1;
    return from + k;
  }
  return undefined;
}

/** A Chinese person's name as the quote finder gives it: two to four Han characters. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** A clause of Chinese, four characters or more with no space. */
const HAN_CLAUSE = /^\p{Script=Han}{4,}$/u;

/**
 * The sentences a quotation covers: the one it opens in and each following one that begins
 * with the quotation's own words (a quotation of three sentences attributes all three), until
 * the sentences have reached its last word: after a quotation that closes in its sentence, the
 * next sentence is the writer's, even when it repeats the quotation's words ("“… an inquiry from
 * the office of the state attorney general …” The state attorney general had no comment.").
 */
function quoteAnchors(quote: Quote, order: readonly { anchor: string; text: string }[]): string[] {
  const quoted = foldedWords(quote.text);
  const words = quoted.join(" ");
  const at = order.findIndex((s) => s.anchor === quote.anchor);
  if (at < 0) return [quote.anchor];
  const anchors = [quote.anchor];
  let reached = reach(foldedWords(order[at]?.text ?? ""), quoted, 0);
  for (const next of order.slice(at + 1)) {
    if (reached !== undefined && reached >= quoted.length) break;
    // The quotation's last sentence may be shorter than the four words compared, its tag after it
    // ("“… to do. It’s mayhem,” said a host."): compare no more words than the quotation has left.
    const left = reached === undefined ? 4 : Math.min(4, quoted.length - reached);
    const opening = foldedWords(next.text).slice(0, left).join(" ");
    // Chinese writes a clause as one "word" between marks: one of four characters or more is as telling as two;
    // so is the one word the quotation has left, where the sentence before left off ("… Absolutely,” she said.").
    const last = reached !== undefined && left === 1 && quoted[reached] === opening;
    const telling = opening.split(" ").length >= 2 || HAN_CLAUSE.test(opening) || last;
    if (!telling || !` ${words} `.includes(` ${opening} `)) break;
    anchors.push(next.anchor);
    reached = reached === undefined ? undefined : reach(foldedWords(next.text), quoted, reached);
  }
  return anchors;
}

/**
 * Who "he" or "she" stands for: the one person of the nearest earlier sentence that names any,
 * or, where that sentence names several, the one of them it counts as a source ("Trump said
 * Sheinbaum had agreed. He added …" is Trump's). Otherwise no one: a guessed speaker is a
 * wrong count, a missed one only a miss.
 */
export function referent(
  recent: readonly { index: number; entityId: string }[],
  sourcesAt: (index: number) => readonly Attribution[],
): string | undefined {
  const last = recent.at(-1)?.index;
  if (last === undefined) return undefined;
  const people = new Set(recent.filter((r) => r.index === last).map((r) => r.entityId));
  if (people.size === 1) return [...people][0];
  const sources = new Set(
    sourcesAt(last).flatMap((a) => (a.entityId !== undefined && people.has(a.entityId) ? [a.entityId] : [])),
  );
  return sources.size === 1 ? [...sources][0] : undefined;
}

/** A person known only as a quotation's speaker ("“…,” Marsh said") is keyed by this prefix and the name. */
const SPEAKER = "speaker:";

/** One sentence of the article's prose, in reading order. */
interface OrderedSentence {
  readonly anchor: string;
  readonly text: string;
}

/**
 * What the passes of one article's profile share, built once and filled as the sentences are
 * read in order: the attributions so far and the memory that "he", "they", a surname alone or
 * "the president" resolve against.
 */
interface SourcingContext {
  readonly matcher: EntityMatcher;
  /** The names the analysis found beyond the register. */
  readonly found: readonly FoundEntity[];
  readonly foundById: ReadonlyMap<string, FoundEntity>;
  /** The article's prose sentences, headings left out. */
  readonly order: readonly OrderedSentence[];
  /** Every attribution so far, one per sentence and source (see `add`). */
  readonly attributions: Attribution[];
  /** The people quotations name as their speakers, by sentence: the quote finder's word on who spoke there. */
  readonly speakersAt: Map<string, string[]>;
  /** Where each speaker known only by a quotation is first named in full, by sentence index. */
  readonly introducedAt: Map<number, string[]>;
  /** Person mentions of recent sentences, newest last, for "he" and "she". */
  readonly recent: { index: number; entityId: string }[];
  /** Every person named so far, for a surname used alone. */
  readonly named: string[];
  /** Every person the article names anywhere, quotations' speakers too, for a surname written before the full name. */
  readonly everyone: string[];
  /** Title words written before people's names ("US President Barack Obama"), for "the president". */
  readonly titled: Map<string, Set<string>>;
  /** What the text states of people's genders ("Her husband, Samuel Oyelaran"), so "she" is never a man. */
  readonly genders: Genders;
  /** The people the whole article names with each office before their name ("Interior Minister Wolfgang Peschorn"). */
  readonly officeHolders: ReadonlyMap<string, ReadonlySet<string>>;
  /** The people the article's own words show, names the register lacks included (speakers.ts). */
  readonly people: ArticlePeople;
  /** The register's and found names' mentions of each sentence, by anchor. */
  readonly mentionsAt: ReadonlyMap<string, readonly Mention[]>;
  /** Each id's name as folded words (`nameWords`), read once an article. */
  readonly nameWords: Map<string, readonly string[]>;
  /** The unnamed group that last spoke, for "they". */
  lastGroup: { index: number; label: string } | undefined;
  /** The one unnamed person who last spoke ("a senior official said"), for "he" and "she". */
  lastSingle: { index: number; label: string } | undefined;
}

/** The sentence the per-sentence passes read, with what they all need of it. */
interface SentenceView extends OrderedSentence {
  readonly index: number;
  /** The register's and found names' mentions in this sentence. */
  readonly here: readonly Mention[];
  /** The previous sentence's anchor. */
  readonly previous: string | undefined;
  /** A bare tag the segmenter cut from its quotation ("…?” | Forte said."). */
  readonly bareTag: boolean;
  /** True when a quotation of this sentence has a speaker: its own grammar already said who spoke. */
  readonly quoted: boolean;
  /** True in a block quotation (an embedded post, a quoted letter): the words are someone's, quoted. */
  readonly blockquote: boolean;
  /**
   * True when the sentence goes on a quotation an earlier sentence opened and has no quotation mark
   * of its own, whoever the quotation's speaker: every word of it is the quotation's.
   */
  readonly withinQuotation: boolean;
  /** The index of the first sentence of this sentence's paragraph. */
  readonly paragraphStart: number;
}

/** Adds an attribution unless the sentence already counts the same source of the same kind. */
function add(ctx: SourcingContext, attribution: Attribution): void {
  const same = ctx.attributions.some(
    (a) =>
      a.anchor === attribution.anchor &&
      a.kind === attribution.kind &&
      (attribution.kind === "anonymous" ||
        (a.entityId !== undefined && a.entityId === attribution.entityId) ||
        sameName(a.label, attribution.label)),
  );
  if (!same) ctx.attributions.push(attribution);
}

/** The register's or the found names' entity of an id. */
function entityOf(ctx: SourcingContext, id: string): Entity | FoundEntity | undefined {
  return ctx.matcher.entities.get(id) ?? ctx.foundById.get(id);
}

/** The name an id stands for, a quotation speaker's key included. */
function nameOf(ctx: SourcingContext, id: string): string {
  return id.startsWith(SPEAKER) ? id.slice(SPEAKER.length) : (entityOf(ctx, id)?.name ?? id);
}

/**
 * The folded words of an id's name (`foldedWords` of `nameOf`), kept for the article: a surname
 * alone is compared with every person named before it, for every capitalised word of every
 * sentence, and the names do not change.
 */
function nameWords(ctx: SourcingContext, id: string): readonly string[] {
  let words = ctx.nameWords.get(id);
  if (words === undefined) {
    words = foldedWords(nameOf(ctx, id));
    ctx.nameWords.set(id, words);
  }
  return words;
}

/** True when a mention names a person. */
function isPerson(ctx: SourcingContext, m: Mention): boolean {
  const entity = entityOf(ctx, m.entityId);
  // "the Sam Rayburn Tollway": a road or a venue named after someone, which the finder may read as a
  // person beyond the register; no one "he" can stand for.
  return entity?.kind === "person" && !(ctx.foundById.has(m.entityId) && NAMED_AFTER_SOMEONE.test(entity.name));
}

/** The last word of a road or a venue named after a person ("Sam Rayburn Tollway", "John Doe Stadium"). */
const NAMED_AFTER_SOMEONE =
  /\s(?:Tollway|Highway|Freeway|Expressway|Parkway|Turnpike|Boulevard|Causeway|Stadium|Arena)$/u;

/** The person in view at sentence `index`: who "he", "she" or "the minister" stands for (see referent). */
function inViewAt(ctx: SourcingContext, index: number, gender?: Gender): string | undefined {
  return referent(
    ctx.recent.filter((r) => r.index >= index - PRONOUN_REACH && ctx.genders.fits(r.entityId, gender)),
    (at) => ctx.attributions.filter((a) => a.anchor === ctx.order[at]?.anchor && a.kind === "named"),
  );
}

/** The most words of a line read as a heading when it has no closing mark. */
const HEADING_WORDS = 6;

/** Nothing before a sentence's subject but a conjunction or an opening phrase set off by a comma. */
const SUBJECT_OPENING = /^\s*(?:(?:But|And|Yet|So|Then|Meanwhile)\s+|[^,]{1,60},\s+)?$/u;

/**
 * Who "he" or "she" of sentence `index` stands for: the one in view (`inViewAt`), unless the
 * sentence that puts them in view also names someone the register and the found names lack who
 * may be the pronoun too ("Scooter Braun has worked with Kanye West. He …" with only West known):
 * two people in reach leave it to the reader, and a guessed source is a wrong count where a
 * missed one is only a miss.
 */
function pronounReferent(
  ctx: SourcingContext,
  index: number,
  gender: Gender | undefined,
  opening: boolean,
): string | undefined {
  const view = inViewAt(ctx, index, gender);
  const last = ctx.recent.findLast(
    (r) => r.index >= index - PRONOUN_REACH && ctx.genders.fits(r.entityId, gender),
  )?.index;
  if (view === undefined && opening) return continuedSubject(ctx, index, gender);
  if (view === undefined || last === undefined) return undefined;
  const there = ctx.recent.filter((r) => r.index === last);
  const known = new Set(there.flatMap((r) => nameWords(ctx, r.entityId)));
  const { text = "", anchor = "" } = ctx.order[last] ?? {};
  // A name the register or the found names hold was read as what they say it is.
  const mentioned = ctx.mentionsAt.get(anchor) ?? [];
  const plain = withoutQuotations(text);
  const another = capitalisedNames(plain).some(
    (span) =>
      !mentioned.some((m) => m.start < span.end && m.end > span.start) &&
      !foldedWords(span.name).some((w) => known.has(w)) &&
      // A full name the entity finder reads as a person's anywhere; one the article's words show
      // to be a person's as the sentence's subject, which "he" would go on from.
      ((span.name.includes(" ") && readsAsPerson(span.name)) ||
        (SUBJECT_OPENING.test(plain.slice(0, span.start)) && mayBePerson(ctx.people, span.name))),
  );
  return another ? undefined : view;
}

/** A preposition right before a name: the name is its object ("has worked with the likes of Kanye West"). */
const OBJECT_BEFORE =
  /(?<!\p{L})(?:with|of|to|for|from|about|against|like|including|among|than|alongside|toward|towards)\s+(?:the\s+)?$/u;
/**
 * "whom" or "which" right before a name: the name is the subject of a relative clause that
 * describes an object before it ("… Kanye West and Kim Kardashian - both of whom Taylor Swift
 * has had feuds with"), no subject the next sentence goes on from.
 */
const RELATIVE_BEFORE = /(?<!\p{L})(?:whom|which)\s+$/u;
/** What joins a name to the one before it in a list: a comma, "and", "or". */
const LIST_JOINER = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u;
/** Only a conjunction before a sentence's first word: where its subject stands. */
const BARE_OPENING = /^\s*(?:(?:But|And|Yet|So|Then)\s+)?$/u;

/**
 * "Braun has worked with the likes of Kanye West and Kim Kardashian. He has consistently denied
 * …": a "he" or "she" that opens its sentence goes on from the subject of the sentence right
 * before, when that subject is a person the register or the found names know, named first, alone
 * (not "Braun and West", not "Braun's label") and of the pronoun's gender, and every other person
 * there who may be the pronoun is the object of a preposition, or listed after one who is, or the
 * subject of a relative clause on such an object ("both of whom Taylor Swift has had feuds with") —
 * no subject of a clause of its own, which the pronoun could take up ("Braun said West had …").
 * Otherwise no one: two people the pronoun may be leave it to the reader.
 */
function continuedSubject(ctx: SourcingContext, index: number, gender: Gender | undefined): string | undefined {
  const previous = ctx.order[index - 1];
  if (previous === undefined) return undefined;
  const { text } = previous;
  const people = (ctx.mentionsAt.get(previous.anchor) ?? [])
    .filter((m) => isPerson(ctx, m) && !quotedAt(text, m.start))
    .sort((a, b) => a.start - b.start);
  const [subject, ...rest] = people;
  if (
    subject === undefined ||
    !BARE_OPENING.test(text.slice(0, subject.start)) ||
    !ctx.genders.fits(subject.entityId, gender) ||
    /^(?:\s*(?:,|and\s|or\s)|’s|'s)/u.test(text.slice(subject.end))
  )
    return undefined;
  // Each other person is an object, or listed after one; an unknown name is read the same way.
  let object = false;
  let last = subject.end;
  const spans: { start: number; end: number; id: string | undefined }[] = [
    ...rest.map((m) => ({ start: m.start, end: m.end, id: m.entityId })),
    ...capitalisedNames(withoutQuotations(text))
      .filter((span) => !people.some((m) => m.start < span.end && m.end > span.start) && readsAsPerson(span.name))
      .map((span) => ({ start: span.start, end: span.end, id: undefined })),
  ].sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (span.start < last) continue;
    object =
      OBJECT_BEFORE.test(text.slice(0, span.start)) || (object && LIST_JOINER.test(text.slice(last, span.start)));
    const fits = span.id === undefined || (span.id !== subject.entityId && ctx.genders.fits(span.id, gender));
    if (!object && fits && !RELATIVE_BEFORE.test(text.slice(0, span.start))) return undefined;
    last = span.end;
  }
  return subject.entityId;
}

/** Counts `who` as a named source of the sentence, unless it is a bare tag whose quotation already counts them. */
function namedSource(ctx: SourcingContext, sentence: SentenceView, who: string): void {
  const counted = ctx.attributions.some(
    (a) =>
      a.anchor === sentence.previous && a.quote === true && (a.entityId === who || sameName(a.label, nameOf(ctx, who))),
  );
  if (!(sentence.bareTag && counted))
    add(ctx, {
      kind: "named",
      label: nameOf(ctx, who),
      ...(entityOf(ctx, who) ? { entityId: who } : {}),
      anchor: sentence.anchor,
    });
}

/**
 * True when `word` ends a longer name the article gives, whatever kind the finder gave it: it may be
 * a person's surname ("Waller-Bridge" of "Phoebe Waller-Bridge", both of which the finder may read
 * as a place's name for its "Bridge").
 */
function endsLongerName(ctx: SourcingContext, word: string): boolean {
  const folded = foldedWords(word).join(" ");
  const names = [
    ...ctx.found.map((f) => f.name),
    ...[...ctx.mentionsAt.values()].flat().flatMap((m) => entityOf(ctx, m.entityId)?.name ?? []),
  ];
  return names.some((name) => {
    const words = foldedWords(name);
    return words.length > 1 && words.slice(-folded.split(" ").length).join(" ") === folded;
  });
}

/**
 * True when `name` is one capitalised word that `sentence` writes, every time, after "the" and up to
 * two words in lower case ("the Internet", "the entire Internet"): a thing or a body by its name, not
 * a person's, which takes no article ("the Trump campaign" beside "Trump said" leaves Trump a person).
 */
function definiteWord(name: string, sentence: string): boolean {
  const word = name.trim();
  if (!/^\p{Lu}[\p{L}’'-]*$/u.test(word)) return false;
  const at = [...sentence.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, "gu"))];
  return at.length > 0 && at.every((m) => /(?<!\p{L})[Tt]he\s+(?:\p{Ll}+\s+){0,2}$/u.test(sentence.slice(0, m.index)));
}

/** True when `word` is a word of the name of some person the article names ("Murdoch" of "the Murdoch heirs"). */
function namesSomeone(ctx: SourcingContext, word: string): boolean {
  const folded = foldedWords(word).join(" ");
  const people = [
    ...ctx.found.filter((f) => f.kind === "person").map((f) => f.name),
    ...[...ctx.mentionsAt.values()].flat().flatMap((m) => {
      const entity = entityOf(ctx, m.entityId);
      return entity?.kind === "person" ? [entity.name] : [];
    }),
  ];
  return people.some((name) => foldedWords(name).includes(folded));
}

/** The police as a force, by the word that heads the description: "the police", "the city's police", "Linden police". */
const POLICE_FORCE = /(?<!\p{L})police$/iu;

/**
 * Quotation speakers: every sentence a quotation covers counts its speaker, a person or a
 * described unnamed source (institutions and platforms are neither), and the outlet it came
 * `via`. Notes each named speaker's sentence in `speakersAt`.
 */
function quotationSpeakers(ctx: SourcingContext, quotes: readonly Quote[]): void {
  for (const quote of quotes) {
    const { speaker } = quote;
    // An institution quoted ("…,” Amtrak said) is no named person: the module comment's rule, for quotations too.
    // A name found beyond the register counts as one only as an organisation, or as a country or
    // a one-word place the finder read as one (its government speaking: "China said …", "The UK has
    // urged …", "Ireland … saying the country “fundamentally disagrees”"; a longer one may be a
    // person's the finder misread, "Patrol Chief James Hall", and so may one that is the last word
    // of a person the article names, "Waller-Bridge" of Phoebe Waller-Bridge): its other kinds are guesses.
    const kind =
      speaker.kind !== "named"
        ? undefined
        : speaker.entity !== undefined
          ? entityOf(ctx, speaker.entity)?.kind
          : namesCountry(speaker.name)
            ? "place"
            : ctx.found.find(
                (f) =>
                  f.name === speaker.name &&
                  (f.kind === "organisation" ||
                    (f.kind === "place" && !/\s/u.test(speaker.name.trim()) && !endsLongerName(ctx, speaker.name))),
              )?.kind;
    // A name found beyond the register is a person's only when written as one: "Nigeria's foreign ministry" is not.
    // So is a speaker the quotation's own grammar read as a body ("Big Machine have denied …. “…,” they said").
    const institution =
      speaker.body === true ||
      // "her former label Big Machine": a name the article's words show to be a body's.
      ctx.people.bodies.has(speaker.name) ||
      (kind !== undefined && kind !== "person") ||
      (speaker.kind === "named" &&
        speaker.entity === undefined &&
        !writtenAsName(speaker.name) &&
        // A Chinese name (no capitals to write it by): hanQuotes.ts gives only one the article introduces as a person.
        !HAN_NAME.test(speaker.name));
    const text = ctx.order.find((o) => o.anchor === quote.anchor)?.text ?? "";
    // "the entire Internet rubbing its eyes and saying, “…?”": one capitalised word the sentence
    // writes after "the" is a thing or a body by its name, never a person's name, which takes no article;
    // unless it is a word of a person's name the article gives ("the Murdoch heirs" beside Rupert Murdoch).
    // A speaker "he" stood for, named in an earlier sentence ("…, outside the Capitol, told reporters
    // …. He continued, “…”"), is read so wherever the article writes the name.
    const written = text.includes(speaker.name) ? text : ctx.order.map((o) => o.text).join("\n");
    const thing =
      speaker.kind === "named" &&
      speaker.entity === undefined &&
      definiteWord(speaker.name, written) &&
      !namesSomeone(ctx, speaker.name);
    // "…,” Al Jazeera writes.": a speaker that is (a word of) an outlet the sentence cites is the outlet,
    // which outletCitations counts, never a person.
    const outlet =
      speaker.kind === "named" &&
      speaker.entity === undefined &&
      findOutletCitations(text).some((c) => {
        const words = c.label.split(/\s+/u);
        return speaker.name
          .trim()
          .split(/\s+/u)
          .every((w) => words.includes(w));
      });
    // "He said his predecessor, Fiona Hill, had dubbed it “the Gordon problem”": Hill's words are what he reports.
    const at = speaker.kind === "named" ? text.indexOf(speaker.name) : -1;
    const reported = at >= 0 && reportedAt(text, at);
    if (
      (speaker.kind === "named" &&
        !institution &&
        !thing &&
        !outlet &&
        !reported &&
        !(speaker.entity === undefined && placeOnly(speaker.name, text))) ||
      // "…,” Paganini and his team wrote": the team is his, and he is counted by name (namedMentions).
      // "the police" as a force is a body, as "police said" is (eval/README.md, "Sourcing"); its
      // officers and spokesmen are people.
      (speaker.kind === "anonymous" &&
        describesSomeone(speaker.name) &&
        !ownPeople(text, speaker.name) &&
        !POLICE_FORCE.test(speaker.name.trim()))
    ) {
      if (speaker.kind === "named")
        ctx.speakersAt.set(quote.anchor, [
          ...(ctx.speakersAt.get(quote.anchor) ?? []),
          speaker.entity ?? `${SPEAKER}${speaker.name}`,
        ]);
      for (const anchor of quoteAnchors(quote, ctx.order)) {
        add(ctx, {
          kind: speaker.kind,
          label: speaker.name,
          ...(speaker.entity ? { entityId: speaker.entity } : {}),
          anchor,
          quote: true,
        });
      }
    }
    if (quote.via) {
      const outlet = [...ctx.matcher.entities.values()].find((e) => e.name === quote.via);
      add(ctx, { kind: "outlet", label: quote.via, ...(outlet ? { entityId: outlet.id } : {}), anchor: quote.anchor });
    }
  }
}

/**
 * Chinese prose's sources outside quotations (hanQuotes.ts `hanSources`: `卢宇表示，…`, `他认为`,
 * `在李博灏看来`, `还有一些学子表示`), each counted in the sentence its subject opens in. The English
 * grammar of the other passes reads nothing there (no capitals, no spaces).
 */
function hanProse(ctx: SourcingContext, blocks: readonly Block[]): void {
  const texts = blocks.map((b) => b.text);
  if (!texts.some(isHanText)) return;
  for (const source of hanSources(texts, hanNames(texts))) {
    const block = blocks[source.block];
    if (block === undefined || block.kind === "heading") continue;
    const sentence = block.sentences.find((x) => x.start <= source.at && source.at < x.end);
    if (sentence !== undefined) add(ctx, { kind: source.kind, label: source.label, anchor: sentence.anchor });
  }
}

/**
 * An interview set out as "Q:" and "A:" paragraphs (interviewTranscript.ts): every sentence of an
 * answer counts the one person the introduction names. A name there is a person's as the register
 * or the found names read it, or as a full name shaped as one ("Junior Gaspard", which no list
 * holds), not a body's the article's words show.
 */
function transcriptAnswers(ctx: SourcingContext, blocks: readonly Block[]): void {
  const ids = new Map<string, string>();
  const peopleIn = (block: Block): string[] => [
    ...block.sentences.flatMap((s) =>
      (ctx.mentionsAt.get(s.anchor) ?? []).flatMap((m) => {
        if (entityOf(ctx, m.entityId)?.kind !== "person") return [];
        ids.set(nameOf(ctx, m.entityId), m.entityId);
        return [nameOf(ctx, m.entityId)];
      }),
    ),
    ...capitalisedNames(withoutQuotations(block.text))
      .map((span) => span.name)
      .filter((name) => name.includes(" ") && personLike(name) && !ctx.people.bodies.has(name)),
  ];
  const transcript = interviewTranscript(blocks, peopleIn);
  if (!transcript) return;
  const id = ids.get(transcript.interviewee);
  for (const anchor of transcript.answers)
    add(ctx, { kind: "named", label: transcript.interviewee, ...(id ? { entityId: id } : {}), anchor });
}

/**
 * Turns under a speaker's label in capitals ("ANA REYES: …", speakerLabels.ts): each turn's first
 * sentence counts the person the label names, where the prose names them as a person (the register's
 * or the found names' reading, or a full name shaped as one outside its label and quotations).
 */
function labelledSpeakers(ctx: SourcingContext, blocks: readonly Block[]): void {
  const ids = new Map<string, string>();
  for (const m of [...ctx.mentionsAt.values()].flat())
    if (entityOf(ctx, m.entityId)?.kind === "person") ids.set(nameOf(ctx, m.entityId), m.entityId);
  const written = blocks.flatMap((b) =>
    capitalisedNames(withoutQuotations(b.text.replace(/^[^:]{1,60}:\s/u, "")))
      .map((span) => span.name)
      .filter((name) => name.includes(" ") && personLike(name) && !ctx.people.bodies.has(name)),
  );
  for (const turn of labelledTurns(blocks, [...ids.keys(), ...written])) {
    const id = ids.get(turn.speaker);
    add(ctx, { kind: "named", label: turn.speaker, ...(id ? { entityId: id } : {}), anchor: turn.anchor });
  }
}

/**
 * Where each quotation's speaker known only by a quotation is first named in full: "Brazil's
 * Celso Moura" in a list, before "Moura, speaking after a closed session, argued …".
 */
function speakerIntroductions(ctx: SourcingContext): void {
  for (const key of new Set([...ctx.speakersAt.values()].flat()))
    if (key.startsWith(SPEAKER) && nameOf(ctx, key).includes(" ")) {
      const at = ctx.order.findIndex((o) => o.text.includes(nameOf(ctx, key)));
      if (at >= 0) ctx.introducedAt.set(at, [...(ctx.introducedAt.get(at) ?? []), key]);
    }
}

/**
 * Names written out: an outlet after a citing cue ("according to The Wall Street Journal") and a
 * person who is the source of a reporting predicate ("López Obrador outright denied").
 */
function namedMentions(ctx: SourcingContext, sentence: SentenceView): void {
  for (const mention of sentence.here) {
    const entity = entityOf(ctx, mention.entityId);
    if (!entity) continue;
    const before = sentence.text.slice(0, mention.start);
    if (entity.outlet && OUTLET_CUE.test(before.replace(/\b[Tt]he\s*$/u, ""))) {
      add(ctx, { kind: "outlet", label: nameOf(ctx, entity.id), entityId: entity.id, anchor: sentence.anchor });
    } else if (
      entity.kind === "person" &&
      !ambiguousSurname(ctx, sentence.text.slice(mention.start, mention.end), entity.id) &&
      // A found "Lawyers for Ismael Zambada García" is the unnamed lawyers, counted as such below.
      !(ctx.foundById.has(entity.id) && opensWithSourceNoun(entity.name)) &&
      // A found "Washington Examiner" ("…, notes Washington Examiner") is a paper by its name's last word, no person.
      !(ctx.foundById.has(entity.id) && outletHeadOf(entity.name) !== undefined) &&
      speaksAt(sentence.text, mention.start, mention.end)
    ) {
      namedSource(ctx, sentence, entity.id);
      // "Ashley and Tyson Gardner ask …": the given name before "and" is a second person of that surname.
      const partner = sharedSurnamePartner(before, sentence.text.slice(mention.start, mention.end));
      if (partner !== undefined) add(ctx, { kind: "named", label: partner, anchor: sentence.anchor });
    }
  }
}

/**
 * A quotation's speaker whom no register or found name covers, written out in full in prose
 * ("Pankaj Pandey, Head of Research at …, pointed out that …" before "“…,” he said"): the quote
 * finder read the name as a person's, so the sentence that names them speaking counts them, as a
 * mention would. Only the full name (two words or more): a surname alone is surnamesAlone's.
 * Not a name set off after a description ("The label that owns her music, Big Machine, says"):
 * the description says what the name is, and a label or a firm is no person.
 */
function speakersWrittenOut(ctx: SourcingContext, sentence: SentenceView): void {
  for (const key of ctx.everyone) {
    if (!key.startsWith(SPEAKER)) continue;
    const name = nameOf(ctx, key);
    if (!name.includes(" ")) continue;
    for (let start = sentence.text.indexOf(name); start >= 0; start = sentence.text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (sentence.here.some((m) => m.start < end && start < m.end)) continue;
      const before = sentence.text.slice(0, start);
      if (/^[\p{L}’'-]/u.test(sentence.text.slice(end)) || /(?:[\p{L}’'-]|,\s*)$/u.test(before)) continue;
      if (!speaksAt(sentence.text, start, end)) continue;
      namedSource(ctx, sentence, key);
      ctx.recent.push({ index: sentence.index, entityId: key });
    }
  }
}

/**
 * True when `written` is one word that two people the article named share ("Parata" after Hori
 * Parata and Te Kaurinui Robert Parata): which of them it is, the text does not say. A word that
 * is one person's surname and others' first name is that person's surname, as news prose calls
 * people ("Claude acknowledged …" after "Claude Debussy" and "Georges Claude" is Georges Claude):
 * it is settled when the mention's own person (`who`) is the one whose surname it is.
 */
function ambiguousSurname(ctx: SourcingContext, written: string, who: string): boolean {
  const words = foldedWords(written);
  const [word] = words;
  if (words.length !== 1 || word === undefined) return false;
  const people: string[] = [];
  const bySurname: string[] = [];
  // One person may be known twice (the register's entry and a quotation's speaker): same name, one person.
  for (const id of ctx.named) {
    const name = nameOf(ctx, id);
    const own = nameWords(ctx, id);
    if (!own.includes(word) || people.some((p) => sameName(p, name))) continue;
    people.push(name);
    if (own.length === 1 || own.slice(1).includes(word)) bySurname.push(name);
  }
  const mine = nameOf(ctx, who);
  return people.length > 1 && !(bySurname.length === 1 && bySurname.some((p) => sameName(p, mine)));
}

/** A surname alone ("Garcia wrote …") for a person the article named earlier in full. */
function surnamesAlone(ctx: SourcingContext, sentence: SentenceView): void {
  for (const word of sentence.text.matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const start = word.index;
    const end = start + word[0].length;
    if (sentence.here.some((m) => m.start < end && start < m.end)) continue;
    const folded = foldedWords(word[0]).join(" ");
    // A first name alone ("Lupita told cops") for the one person named earlier with it, too.
    const earlier = ctx.named.filter((id) => {
      const words = nameWords(ctx, id);
      if (words.length === 1) return words[0] === folded;
      return words.slice(1).includes(folded) || words[0] === folded;
    });
    // A surname the text writes before the full name ("…, but Noem cited the backlash" above
    // "“…,” Noem tweeted"): the one person the article names anywhere with it as their last word.
    // Not a function word that opens a sentence ("He urged …" is no "Liu He"), nor the last word of
    // a longer name the sentence writes whole ("…, Big Machine, says"): that is no surname alone.
    const later =
      STOP_WORDS.has(folded) || /\p{Lu}[\p{L}’'-]*\s+$/u.test(sentence.text.slice(0, start))
        ? []
        : ctx.everyone.filter((id) => nameWords(ctx, id).at(-1) === folded);
    const people = new Set(earlier.length > 0 ? earlier : later);
    // "Noem" known first as a quotation's speaker, then as the register's "Kristi Noem": one person.
    const [who] = [...people].sort((a, b) => Number(a.startsWith(SPEAKER)) - Number(b.startsWith(SPEAKER)));
    const one = who !== undefined && [...people].every((id) => sameName(nameOf(ctx, id), nameOf(ctx, who)));
    if (one && speaksAt(sentence.text, start, end)) {
      namedSource(ctx, sentence, who);
      ctx.recent.push({ index: sentence.index, entityId: who });
    }
  }
}

/** The pronouns of each gender, as subject, object or possessive, as whole words. */
const PRONOUNS_OF: Readonly<Record<Gender, RegExp>> = {
  male: /(?<!\p{L})(?:[Hh]e|[Hh]im|[Hh]is)(?!\p{L})/u,
  female: /(?<!\p{L})(?:[Ss]he|[Hh]er)(?!\p{L})/u,
};

/**
 * True when the last sentence before `index` that names `who` gives a pronoun of `gender` to
 * someone before naming them, outside quotations: "… his claim that he visited Epstein in New
 * York …". That "he" is another man the narration follows, so a "He instead told …" after it is
 * not Epstein: which man it is, the text leaves to the reader.
 */
function pronounTakenBefore(ctx: SourcingContext, who: string, gender: Gender, index: number): boolean {
  const at = ctx.recent.filter((r) => r.entityId === who && r.index < index).at(-1)?.index;
  const text = at === undefined ? undefined : ctx.order[at]?.text;
  const surname = nameWords(ctx, who).at(-1);
  if (text === undefined || surname === undefined) return false;
  const plain = withoutQuotations(text);
  const named = plain.search(new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, "iu"));
  return named > 0 && PRONOUNS_OF[gender].test(plain.slice(0, named));
}

/**
 * "He said", "she noted": the one person of the sentence before the pronoun, else the one in
 * view (see pronounReferent), else the one unnamed person who spoke since ("A senior official said … She
 * added …"). Not in a sentence whose quotation already has a speaker, nor in a heading.
 */
function pronouns(ctx: SourcingContext, sentence: SentenceView): void {
  const lead = pronounSpeaks(sentence.text);
  // "In a call with Ana Vega she said …": a person inside the opening phrase is not the pronoun.
  const opener = lead === undefined ? openerPronounSpeaks(sentence.text) : undefined;
  // "Askar released code he said exploits the flaw": the one person named before it is the pronoun, as usual.
  const pronoun = lead ?? opener ?? contactPronounSpeaks(sentence.text);
  // A short line with no closing mark is a heading ("He said, she said"): its pronoun continues no
  // sentence before it. A longer one is a standfirst or prose a scrape cut short, and still counts.
  const heading = !CLOSED.test(sentence.text) && foldedWords(sentence.text).length <= HEADING_WORDS;
  if (pronoun === undefined || sentence.quoted || heading) return;
  const { index } = sentence;
  // In the sentence, only one person named before the pronoun can be it ("Sheinbaum … Trump, … she replied" is neither).
  // Not a name inside the quotation the pronoun's clause tags ("“I'm going to see Roger,” she recalled"): words, not a person there.
  const gender = pronounGender(/^\p{L}+/u.exec(sentence.text.slice(pronoun))?.[0] ?? "");
  const named = sentence.here.filter(
    (m) =>
      isPerson(ctx, m) && m.end <= pronoun && !quotedAt(sentence.text, m.start) && ctx.genders.fits(m.entityId, gender),
  );
  // "In an interview with Tom Reyes, she said …": a preposition's object in the phrase set off before
  // the pronoun is someone the subject met or spoke to, never the subject itself.
  const objects = new Set(
    lead === undefined
      ? []
      : named.filter((m) => OBJECT_BEFORE.test(sentence.text.slice(0, m.start))).map((m) => m.entityId),
  );
  const before = new Set(named.map((m) => m.entityId).filter((id) => !objects.has(id)));
  if (opener !== undefined && before.size > 0) return;
  // "In an FBI agent's unsworn testimony, he describes …": an unnamed person the sentence brings in
  // before the pronoun, as an owner, may be the one it stands for; no one named earlier is sure.
  if (before.size === 0 && unnamedOwnerBefore(sentence.text.slice(0, pronoun))) return;
  const inSentence = before.size === 1 ? [...before][0] : undefined;
  // A person the sentence names after the pronoun is not it: "he … called Omar a terrorist" is not Omar;
  // nor one whose own sentence gave the pronoun to someone else before naming them.
  const view = pronounReferent(
    ctx,
    index,
    gender,
    lead !== undefined && BARE_OPENING.test(sentence.text.slice(0, pronoun)),
  );
  const earlier =
    sentence.here.some((m) => m.entityId === view && m.start > pronoun) ||
    (view !== undefined && objects.has(view)) ||
    (view !== undefined && gender !== undefined && pronounTakenBefore(ctx, view, gender, index))
      ? undefined
      : view;
  // "A senior official said … She added …": an unnamed person who spoke after the last person named is "she"
  // — the last person "she" can stand for: a man the text names since ("… Ailes invited her for a drink.
  // She says …") is no one "she" is.
  const unnamed = before.size === 0 ? unnamedInView(ctx, index, gender) : undefined;
  const who = before.size > 1 || unnamed ? undefined : (inSentence ?? earlier);
  if (unnamed) {
    add(ctx, { kind: "anonymous", label: unnamed.label, anchor: sentence.anchor });
    // "She said …. She says …": the unnamed person who goes on speaking stays the one in view.
    ctx.lastSingle = { index, label: unnamed.label };
  }
  if (who !== undefined) {
    namedSource(ctx, sentence, who);
    // "He said … He also stressed …": a pronoun that speaks keeps its person the one in view.
    ctx.recent.push({ index, entityId: who });
  }
}

/** An indefinite description of a person as an owner: "an FBI agent's", "a witness's" (group 1: its noun). */
const INDEFINITE_OWNER =
  /(?<!\p{L})(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}.-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)['’]s(?!\p{L})/gu;

/** True when `text` holds a person by an indefinite description as an owner (INDEFINITE_OWNER). */
function unnamedOwnerBefore(text: string): boolean {
  return [...text.matchAll(INDEFINITE_OWNER)].some((m) => endsOnPersonNoun(m[1] ?? ""));
}

/**
 * The one unnamed person who spoke within reach of sentence `index` ("A senior official said …"), when
 * "she" (or "he", `gender`) there can be no one else: no person of that gender is named after them,
 * nor beside them in their own sentence but as what they report.
 */
function unnamedInView(
  ctx: SourcingContext,
  index: number,
  gender: Gender | undefined,
): { index: number; label: string } | undefined {
  const lastPerson = ctx.recent.findLast((r) => ctx.genders.fits(r.entityId, gender))?.index ?? -1;
  const { lastSingle } = ctx;
  // A person named in the unnamed source's own sentence, as what that source reports and no source
  // itself ("… an assistant who said Laterza invited her …. She told him …"), is not the one in view:
  // the sentence's one source is (as "Trump said Sheinbaum had agreed. He added …" is Trump's).
  const sourceOfItsSentence =
    lastSingle !== undefined &&
    lastSingle.index === lastPerson &&
    reportsOnly(ctx, lastSingle.index, gender, lastSingle.label);
  return lastSingle &&
    (lastSingle.index > lastPerson || sourceOfItsSentence) &&
    lastSingle.index >= index - PRONOUN_REACH
    ? lastSingle
    : undefined;
}

/** The plain nouns for one person that news copy uses as "she" or "he" for someone just described: "the woman told …". */
const PLAIN_PERSON: Readonly<Record<string, Gender | undefined>> = { woman: "female", man: "male", person: undefined };

/**
 * True when every person sentence `index` names whom `gender` fits stands after its unnamed source
 * (`label`) and a verb of speech after it, inside what that source says ("another assistant who said
 * Laterza invited her"), none as a subject beside it ("Laterza and another assistant said").
 */
function reportsOnly(ctx: SourcingContext, index: number, gender: Gender | undefined, label: string): boolean {
  const sentence = ctx.order[index];
  const at = sentence?.text.indexOf(label) ?? -1;
  if (sentence === undefined || at < 0) return false;
  const from = at + label.length;
  return (ctx.mentionsAt.get(sentence.anchor) ?? [])
    .filter((m) => isPerson(ctx, m) && ctx.genders.fits(m.entityId, gender))
    .every((m) => m.start > from && SPEECH_VERB_RE.test(sentence.text.slice(from, m.start)));
}

/** "the president said": the one person the article named with that title ("President Barack Obama"). */
function titles(ctx: SourcingContext, sentence: SentenceView): void {
  const title = sentence.quoted ? undefined : titleSpeaks(sentence.text);
  const holders = title === undefined ? undefined : ctx.titled.get(title);
  // Two people named with the title: "the minister" is the one of them in view ("Eze said …. The minister also warned").
  const [holder] = holders ?? [];
  const inView = holders !== undefined && holders.size > 1 ? inViewAt(ctx, sentence.index) : undefined;
  if (holders?.size === 1 && holder !== undefined) namedSource(ctx, sentence, holder);
  else if (inView !== undefined && holders?.has(inView)) namedSource(ctx, sentence, inView);
  else if (holders === undefined && title !== undefined) sameUnnamed(ctx, sentence, title);
  // "the former mayor argued": only where the article names one person with that title.
  const former = title === undefined && !sentence.quoted ? formerTitleSpeaks(sentence.text) : undefined;
  const [past, other] = former === undefined ? [] : [...(ctx.titled.get(former) ?? [])];
  if (past !== undefined && other === undefined) namedSource(ctx, sentence, past);
}

/**
 * "“…,” according to a Democratic strategist in El Paso. “…,” the strategist added.": "the" and the
 * head noun of the one unnamed person who spoke within reach, with no person named since, is that
 * person again (no one the article names holds the title: `titles` looked first).
 */
function sameUnnamed(ctx: SourcingContext, sentence: SentenceView, title: string): void {
  const { lastSingle } = ctx;
  if (lastSingle === undefined || lastSingle.index < sentence.index - PRONOUN_REACH) return;
  // The description's own noun, before what it speaks for: "strategist" of "a Democratic strategist in El Paso".
  const head = lastSingle.label
    .split(/\s+(?:in|at|for|of|from|with|on|near|close|familiar)\s/u)[0]
    ?.split(/\s+/u)
    .at(-1);
  if (head?.toLowerCase() === title) {
    if (ctx.recent.some((r) => r.index >= lastSingle.index && r.index <= sentence.index)) return;
  } else if (
    // "… another assistant who said Laterza invited her to meet him. The woman, then 25, told him …":
    // a plain noun for one person, where "she" would be that unnamed person (unnamedInView), is her too.
    !Object.hasOwn(PLAIN_PERSON, title) ||
    unnamedInView(ctx, sentence.index, PLAIN_PERSON[title]) === undefined
  )
    return;
  add(ctx, { kind: "anonymous", label: lastSingle.label, anchor: sentence.anchor });
  ctx.lastSingle = { index: sentence.index, label: lastSingle.label };
}

/**
 * The title words a mention writes before the name itself: "President" in "President Trump" for
 * "Donald Trump" (the register knows the name with its title as an alias, so the mention takes
 * the title in): the leading capitalised words that are no word of the person's name.
 */
function writtenTitle(ctx: SourcingContext, written: string, id: string): string[] {
  const name = new Set(nameWords(ctx, id));
  const words = written.split(/\s+/u);
  const title: string[] = [];
  for (const word of words.slice(0, -1)) {
    if (!/^\p{Lu}/u.test(word) || foldedWords(word).some((w) => name.has(w))) break;
    title.push(word);
  }
  return title;
}

/**
 * Remembers the people the sentence names, for the sentences after it: their stated genders,
 * the titles written before them, who is in view, who is known by name (quotation speakers too).
 */
function rememberPeople(ctx: SourcingContext, sentence: SentenceView): void {
  const { index, text, here } = sentence;
  // "Sheinbaum said she would …": the subject of what the one person a sentence names reports, outside quotations.
  const narrated = here.filter((m) => isPerson(ctx, m) && !quotedAt(text, m.start));
  const [alone] = narrated;
  if (alone && narrated.every((m) => m.entityId === alone.entityId))
    ctx.genders.add(alone.entityId, reportedPronoun(withoutQuotations(text).slice(alone.end)));
  for (const mention of here)
    if (isPerson(ctx, mention)) {
      ctx.genders.note(mention.entityId, text.slice(0, mention.start), text.slice(mention.end));
      ctx.genders.noteGivenName(mention.entityId, nameOf(ctx, mention.entityId));
      // "The suspect, Michael Webb, was convicted": a description in apposition is a title too.
      const apposed = APPOSED_TITLE.exec(text.slice(0, mention.start))?.[1];
      // "architect Ana Ruiz": a person's noun in lower case right before the name is a title too.
      const noun = NOUN_BEFORE.exec(text.slice(0, mention.start))?.[1];
      const words = [
        ...(TITLE_BEFORE.exec(text.slice(0, mention.start))?.[0].split(/\s+/u) ?? []),
        ...(noun !== undefined && titleNoun(noun) ? [noun] : []),
        ...writtenTitle(ctx, text.slice(mention.start, mention.end), mention.entityId),
      ];
      for (const word of apposed !== undefined && /^\s*,/u.test(text.slice(mention.end)) ? [...words, apposed] : words)
        if (word)
          ctx.titled.set(titleWord(word), new Set([...(ctx.titled.get(titleWord(word)) ?? []), mention.entityId]));
      // A person named inside a quotation is the speaker's subject, not the narration's: "he" next is not them.
      if (!quotedAt(text, mention.start)) ctx.recent.push({ index, entityId: mention.entityId });
      if (!ctx.named.includes(mention.entityId)) ctx.named.push(mention.entityId);
    }
  for (const key of ctx.introducedAt.get(index) ?? [])
    if (!ctx.named.some((id) => sameName(nameOf(ctx, id), nameOf(ctx, key)))) ctx.named.push(key);
  // A quotation's speaker is in view, and known by name later, as a person named in the text is;
  // a name the text also gives in full is that person, not a second one.
  for (const key of ctx.speakersAt.get(sentence.anchor) ?? []) {
    const same = key.startsWith(SPEAKER)
      ? ctx.named.find((id) => sameName(nameOf(ctx, id), nameOf(ctx, key)))
      : undefined;
    ctx.recent.push({ index, entityId: same ?? key });
    if (!ctx.named.includes(same ?? key)) ctx.named.push(same ?? key);
  }
}

/** Outlets cited by the sentence's wording (outlets.ts), registered or not, each once per sentence. */
function outletCitations(ctx: SourcingContext, sentence: SentenceView): void {
  for (const citation of findOutletCitations(sentence.text)) {
    // A registered outlet is counted under its entity, so the mention pass's entry is not doubled.
    // "the Journal" names again the paper the article named in full: its mention here says which.
    const again = bareOutletHead(citation.label)
      ? sentence.here.find((m) => m.start <= citation.start && m.end >= citation.end)
      : undefined;
    const hit =
      again === undefined
        ? ctx.matcher.find(citation.label, new Set()).find((h) => ctx.matcher.entities.get(h.entityId)?.outlet)
        : { entityId: again.entityId };
    const already = ctx.attributions.some(
      (a) =>
        a.anchor === sentence.anchor &&
        a.kind === "outlet" &&
        (hit ? a.entityId === hit.entityId : a.label.toLowerCase() === citation.label.toLowerCase()),
    );
    if (!already) {
      add(ctx, {
        kind: "outlet",
        label: hit ? nameOf(ctx, hit.entityId) : citation.label,
        ...(hit ? { entityId: hit.entityId } : {}),
        anchor: sentence.anchor,
      });
    }
  }
}

/**
 * True when `description` stands in apposition right after a person the sentence names, set off
 * by commas ("Omar Lamrani, a senior analyst at Stratfor, told …"; "Alverson, a commissioner on
 * the … Commission, which …, described …", where the description runs on to its comma): it says
 * who the named source is, and is no unnamed source of its own. Not a description after a name that ends a phrase
 * ("… a good deal for Trump, a second person briefed on the call said"), nor one whose own verb
 * comes before that comma ("The job went to Ruiz, officials said, after …": predicateNext).
 */
function apposedToPerson(ctx: SourcingContext, sentence: SentenceView, description: string): boolean {
  const at = sentence.text.indexOf(description);
  const rest = sentence.text.slice(at + description.length);
  return (
    at > 0 &&
    /^[^,;“”"]*,/u.test(rest) &&
    !predicateNext(rest) &&
    sentence.here.some((m) => isPerson(ctx, m) && /^\s*,\s*$/u.test(sentence.text.slice(m.end, at)))
  );
}

/**
 * A group phrase that opens with a person the sentence names, joined by "and" ("anticipated by
 * Donald Trump and top members of his team", "Dana Whitlow and senior officials said"): two
 * sources, the person by name and the group after "and" unnamed (eval/README.md: "a name and an
 * unnamed group, joined by 'and'"). The person's id and the group's words; undefined when the
 * phrase opens with no person's mention, or nothing is left after "and".
 */
function personAndGroup(
  ctx: SourcingContext,
  sentence: SentenceView,
  description: string,
): { person: string; group: string } | undefined {
  const at = sentence.text.indexOf(description);
  if (at < 0) return undefined;
  for (const m of sentence.here) {
    if (!isPerson(ctx, m) || m.start < at || m.end > at + description.length) continue;
    // Only a title before the name ("Senator Dana Whitlow and …"), capitalised words.
    if (!/^(?:\p{Lu}[\p{L}’'.-]*\s+)*$/u.test(sentence.text.slice(at, m.start))) continue;
    const rest = /^\s+and\s+(\S.*)$/u.exec(sentence.text.slice(m.end, at + description.length))?.[1];
    if (rest !== undefined) return { person: m.entityId, group: rest };
  }
  return undefined;
}

/**
 * True when `description`, one capitalised word, is where the sentence writes it a person's name
 * ("Scissors, who consults with officials, said" is Derek Scissors, not a group of scissors).
 */
function namesPerson(ctx: SourcingContext, sentence: SentenceView, description: string): boolean {
  if (!/^\p{Lu}\S*$/u.test(description)) return false;
  const at = sentence.text.indexOf(description);
  // The name itself, not a longer one it opens ("Lawyers for Ismael Zambada García" are unnamed lawyers);
  // a surname alone is no mention of the register's: the named pass counted it under that name.
  return (
    sentence.here.some((m) => isPerson(ctx, m) && m.start >= at && m.end <= at + description.length) ||
    ctx.attributions.some((a) => a.anchor === sentence.anchor && a.kind === "named" && sameName(a.label, description))
  );
}

/**
 * "…, according to a computer programmer who has released proof-of-concept code" over "Askar
 * has released proof-of-concept attack code": one person described by a deed the text then
 * gives, by the same verb and object, to one person it names (describedDeed) — that person,
 * else undefined (two doers, or none: the description stays an unnamed source).
 */
function deedDoer(ctx: SourcingContext, sentence: SentenceView, description: string): string | undefined {
  if (!/^an?\s/iu.test(description)) return undefined;
  const at = sentence.text.indexOf(description);
  const deed = at < 0 ? undefined : describedDeed(sentence.text.slice(at + description.length));
  if (deed === undefined) return undefined;
  const doers = new Set<string>();
  for (const other of ctx.order) {
    if (other.anchor === sentence.anchor) continue;
    for (const m of ctx.mentionsAt.get(other.anchor) ?? [])
      if (isPerson(ctx, m) && !quotedAt(other.text, m.start) && doesDeed(other.text.slice(m.end), deed))
        doers.add(m.entityId);
  }
  return doers.size === 1 ? [...doers][0] : undefined;
}

/**
 * "Netanyahu’s triumph keeps in place an Israeli prime minister who has declared …": an indefinite
 * description by office in a sentence that names a person the article names with that office
 * ("Prime Minister Benjamin Netanyahu") describes that person, no unnamed source. The holder when
 * the sentence names one such person; no one (a named source the text leaves to the reader, not
 * an anonymous one) when it names two, or when the office is one a place has one holder of at a
 * time and the sentence names some other person (ONE_HOLDER); undefined otherwise.
 */
function officeHeld(
  ctx: SourcingContext,
  sentence: SentenceView,
  description: string,
): { holder: string | undefined } | undefined {
  if (!/^an?\s/iu.test(description)) return undefined;
  const [described] = officeDescriptions(description);
  if (described === undefined || described.end !== description.length) return undefined;
  const holders = ctx.officeHolders.get(described.office);
  const here = new Set(sentence.here.filter((m) => holders?.has(m.entityId) === true).map((m) => m.entityId));
  if (here.size === 0)
    return ONE_HOLDER.test(description) && namesPersonOutsideQuotes(ctx, sentence) ? { holder: undefined } : undefined;
  return { holder: here.size === 1 ? [...here][0] : undefined };
}

/**
 * "Acme’s chief economist said …" where the article names "Jane Doe, Acme’s chief economist": the
 * description a name owns is its one holder the text names with the same owner and words
 * (describedHolders.ts), counted by name; with none or two it stays an unnamed source.
 */
function ownedRoleHolder(ctx: SourcingContext, description: string): string | undefined {
  if (!/^\p{Lu}[^’']*['’]s\s/u.test(description)) return undefined;
  const text = ctx.order.map((o) => o.text).join("\n\n");
  const holder = describedHolder(text, description, capitalisedNames, (name) => completeName(ctx.people, name));
  if (holder === undefined || !personLike(holder)) return undefined;
  return ctx.everyone.find((id) => sameName(nameOf(ctx, id), holder)) ?? `${SPEAKER}${holder}`;
}

/** "the spokesperson said" where the article names one spokesperson (spokespersonHolder.ts), counted by name. */
function spokespersonNamed(ctx: SourcingContext, description: string): string | undefined {
  if (!/^[Tt]he\s+spokes/u.test(description)) return undefined;
  const text = ctx.order.map((o) => o.text).join("\n\n");
  const holder = spokespersonHolder(text, description, capitalisedNames, (name) => completeName(ctx.people, name));
  if (holder === undefined || !personLike(holder)) return undefined;
  return ctx.everyone.find((id) => sameName(nameOf(ctx, id), holder)) ?? `${SPEAKER}${holder}`;
}

/**
 * An office one person holds at a time in the place a capitalised word names, with nothing else
 * before it ("an Israeli prime minister", "a French president"; not "a former Israeli prime
 * minister", one of many): whoever is meant, the text identifies them by the office, so beside a
 * person the same sentence names it is no unnamed source — and no named one, for which of them
 * it is the text leaves to the reader.
 */
const ONE_HOLDER = /^an?\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,2}(?:prime\s+minister|president|premier|chancellor)$/u;

/** True when `sentence` names a person outside its quotations. */
function namesPersonOutsideQuotes(ctx: SourcingContext, sentence: SentenceView): boolean {
  return sentence.here.some((m) => isPerson(ctx, m) && !quotedAt(sentence.text, m.start));
}

/** "they" as a word of the narration. */
const THEY = /(?<!\p{L})[Tt]hey(?!\p{L})/u;
/** A sentence whose subject is "They": it carries on the subject of the one before. */
const THEY_OPENING = /^(?:(?:But|And|Yet|So|However),?\s+)?They\s/u;

/**
 * "Dana Whitlow and GOP leaders met the board. They said …": "They" is the joint subject of the
 * sentence right before (jointSubject) or the people it lists after a plural noun ("two
 * politicians: Senator …, and …", listedPeople), or of the one before a run of sentences opened by "They",
 * so each person named in it is a named source and its unnamed group an unnamed one. Only a person
 * the register or the finder knows by a mention there, or the one person named earlier with a
 * surname written alone; anyone else is left uncounted.
 */
function jointSpeakers(ctx: SourcingContext, sentence: SentenceView): void {
  // "… and leaders of the Legislature have avoided …. They seem intent on …. However, they said …":
  // sentences that open with "They" carry the same subject on.
  let at = sentence.index - 1;
  while (at > sentence.index - PRONOUN_REACH && THEY_OPENING.test(ctx.order[at]?.text ?? "")) at -= 1;
  const previous = ctx.order[at];
  // "… two politicians: Senator Ana Ruiz and congresswoman Lena Ortiz. They criticised …": the people listed.
  const joint = previous === undefined ? undefined : (jointSubject(previous.text) ?? listedPeople(previous.text));
  if (previous === undefined || joint === undefined) return;
  const people = new Set(
    (ctx.mentionsAt.get(previous.anchor) ?? [])
      .filter((m) => isPerson(ctx, m) && m.start >= joint.start && m.end <= joint.end)
      .map((m) => m.entityId),
  );
  for (const word of previous.text.slice(joint.start, joint.end).matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
    const folded = foldedWords(word[0]).join(" ");
    const earlier = ctx.named.filter((id) => nameWords(ctx, id).at(-1) === folded);
    const [who] = earlier;
    if (
      earlier.length === 1 &&
      who !== undefined &&
      ![...people].some((id) => sameName(nameOf(ctx, id), nameOf(ctx, who)))
    )
      people.add(who);
  }
  for (const who of people) namedSource(ctx, sentence, who);
  if (joint.group !== undefined) add(ctx, { kind: "anonymous", label: joint.group, anchor: sentence.anchor });
}

/**
 * The unnamed source "one" or "another" stands for (oneSpeaks): one of the unnamed group that
 * spoke within reach ("Neighbours described them as quiet. “…,” one said."), or, for "another",
 * a second of the kind of the one unnamed person who spoke last ("…, said one longtime resident.
 * Another said …"). Without either, no one: "one" alone names no source.
 */
function oneOf(ctx: SourcingContext, sentence: SentenceView): string | undefined {
  const word = oneSpeaks(sentence.text);
  if (word === undefined) return undefined;
  const inReach = (at: { index: number } | undefined) => at !== undefined && at.index >= sentence.index - PRONOUN_REACH;
  const { lastGroup, lastSingle } = ctx;
  if (lastGroup && inReach(lastGroup)) return lastGroup.label;
  return word === "another" && lastSingle && inReach(lastSingle) ? lastSingle.label : undefined;
}

/**
 * "TNG50 allowed researchers to see …. They discovered that …": the one group of unnamed people
 * the sentence right before names (soleGroup), where "They" opens this sentence and that
 * sentence's first clause names no body "They" could stand for instead (the caller has checked
 * that it names no person at all).
 */
function groupBefore(ctx: SourcingContext, sentence: SentenceView): string | undefined {
  const previous = ctx.order[sentence.index - 1];
  if (previous === undefined || !THEY_OPENING.test(sentence.text)) return undefined;
  const sole = soleGroup(previous.text);
  const body = (ctx.mentionsAt.get(previous.anchor) ?? []).some(
    (m) => sole !== undefined && m.start < sole.end && entityOf(ctx, m.entityId)?.kind === "organisation",
  );
  return body ? undefined : sole?.group;
}

/**
 * "NBC reported that officials confirmed …": the unnamed source of the clause an outlet's report
 * relays is a source of the article too, through the outlet (counted itself by outletCitations).
 * Not a person named there, whom the named passes read, nor a group of an outlet that is an object
 * ("told NBC that officials …" is someone else's report).
 */
function relayedSource(ctx: SourcingContext, sentence: SentenceView): string | undefined {
  for (const citation of findOutletCitations(sentence.text)) {
    const clause = relayedClause(sentence.text, citation.end);
    const source = clause === undefined ? undefined : anonymousSpeaker(clause);
    if (
      source !== undefined &&
      !namesPerson(ctx, sentence, source) &&
      !quotedAt(sentence.text, sentence.text.indexOf(source))
    )
      return source;
  }
  return undefined;
}

/**
 * "His wife said …" where the article names someone by that tie ("his wife, Ruth Pell"): the
 * description may be that person, so it is counted neither as named nor as unnamed.
 */
function tieNamedElsewhere(ctx: SourcingContext, description: string): boolean {
  const tie = ownedTie(description);
  return tie !== undefined && tieNamed(ctx.order.map((o) => o.text).join("\n\n"), tie);
}

/**
 * Unnamed sources ("U.S. officials insist"), remembered for what follows: one unnamed person for
 * "he" and "she", a group for "they said that …" within reach.
 */
function anonymousSources(ctx: SourcingContext, sentence: SentenceView): void {
  // "@stevenf British people say words funny" in an embedded post: a group in the quoted words,
  // as in "“Officials never called us,” she said", is what its author says of them, no source.
  if (sentence.blockquote) return;
  const { index } = sentence;
  const spoken = anonymousSpeaker(sentence.text);
  // "Donald Trump and top members of his team": the person by name, the group after "and" unnamed.
  const joint = spoken === undefined ? undefined : personAndGroup(ctx, sentence, spoken);
  if (joint !== undefined) namedSource(ctx, sentence, joint.person);
  const group = joint?.group ?? spoken;
  // "Reuters reported …": an outlet's name that reads as a plural of people ("-ers") is the outlet.
  const said = findOutletCitations(sentence.text).some((c) => c.label === group) ? undefined : group;
  const described =
    said !== undefined &&
    (apposedToPerson(ctx, sentence, said) || namesPerson(ctx, sentence, said) || tieNamedElsewhere(ctx, said))
      ? undefined
      : said;
  const office = described === undefined ? undefined : officeHeld(ctx, sentence, described);
  const doer =
    described === undefined || office !== undefined
      ? office?.holder
      : (deedDoer(ctx, sentence, described) ?? ownedRoleHolder(ctx, described) ?? spokespersonNamed(ctx, described));
  if (doer !== undefined) namedSource(ctx, sentence, doer);
  const anonymous =
    (doer === undefined && office === undefined ? described : undefined) ?? relayedSource(ctx, sentence);
  if (anonymous) add(ctx, { kind: "anonymous", label: anonymous, anchor: sentence.anchor });
  if (anonymous && SINGULAR.test(anonymous)) ctx.lastSingle = { index, label: anonymous };
  if (anonymous && !SINGULAR.test(anonymous)) ctx.lastGroup = { index, label: anonymous };
  const one = anonymous ? undefined : oneOf(ctx, sentence);
  if (one !== undefined) add(ctx, { kind: "anonymous", label: one, anchor: sentence.anchor });
  else if (!anonymous && groupPronounSpeaks(sentence.text)) {
    // A paragraph that opens on a subject of its own ("Robot probes began observing Mars …. They
    // revealed …") has moved on from the group an earlier paragraph spoke of: "they" inside it
    // looks back to its own sentences only; "they" opening a paragraph may still take the last one's group.
    const inView = (at: number) => at >= sentence.paragraphStart || index === sentence.paragraphStart;
    const group =
      ctx.lastGroup && ctx.lastGroup.index >= index - PRONOUN_REACH && inView(ctx.lastGroup.index)
        ? ctx.lastGroup.label
        : undefined;
    // "Hundreds of residents gathered …. They said …": the group that was the whole subject of the
    // sentence right before, where that sentence names no person "they" could take in.
    const previous = ctx.order[index - 1]?.text;
    const noPerson = previous !== undefined && !ctx.recent.some((r) => r.index === index - 1);
    const subject = noPerson ? groupSubject(previous) : undefined;
    // "Some said they felt dejected": some people, unnamed whoever they are, with no group in view.
    const some = SOME_OPENING.exec(sentence.text)?.[1];
    const found = group ?? subject ?? (some === undefined && noPerson ? groupBefore(ctx, sentence) : undefined);
    const label = found ?? some;
    if (label !== undefined) add(ctx, { kind: "anonymous", label, anchor: sentence.anchor });
    // The group "They" stood for has spoken again: a "They" after this one is the same people
    // ("They discovered that …. When they compared …, they found …").
    if (found !== undefined) ctx.lastGroup = { index, label: found };
    else if (THEY.test(withoutQuotations(sentence.text))) jointSpeakers(ctx, sentence);
  } else if (
    !anonymous &&
    ctx.lastGroup !== undefined &&
    ctx.lastGroup.index >= index - 1 &&
    contactGroupPronounSpeaks(sentence.text)
  ) {
    // "… a backpack investigators believe contained a bomb. He pulled a bag that they believe
    // contained another": "they" in a relative clause is the group that spoke in this sentence or
    // the one right before, and no further back.
    add(ctx, { kind: "anonymous", label: ctx.lastGroup.label, anchor: sentence.anchor });
    ctx.lastGroup = { index, label: ctx.lastGroup.label };
  } else if (!anonymous) {
    // "… what some have called the “Belfastisation” of the city": unnamed people, whoever they are.
    const some = quantifierSpeaks(sentence.text) ?? someoneSpeaks(sentence.text);
    if (some !== undefined) add(ctx, { kind: "anonymous", label: some, anchor: sentence.anchor });
  }
}

/** The article's own `citedSources` list: sources with no sentence, an outlet's entity where registered. */
function citedList(ctx: SourcingContext, citedSources: readonly string[]): void {
  for (const cited of citedSources) {
    const hit = ctx.matcher.find(cited, new Set()).find((h) => ctx.matcher.entities.get(h.entityId)?.outlet);
    add(ctx, { kind: "cited", label: cited, ...(hit ? { entityId: hit.entityId } : {}) });
  }
}

/**
 * "A California transit chief says …", "Austria's interior minister said …": a description by
 * office that speaks is the one person the article names with that office, before or after
 * (describedHolders.ts); two holders, or none, and it names no one.
 */
function describedOffices(ctx: SourcingContext, sentence: SentenceView): void {
  if (sentence.quoted) return;
  for (const described of officeDescriptions(sentence.text)) {
    const holders = ctx.officeHolders.get(described.office);
    const [holder] = holders ?? [];
    if (holders?.size === 1 && holder !== undefined && speaksAt(sentence.text, described.start, described.end))
      namedSource(ctx, sentence, holder);
  }
}

/** Each office the article writes before a person's name, and the people it names so (describedOffices). */
function officeHoldersOf(
  order: readonly OrderedSentence[],
  mentions: readonly Mention[],
  isPersonId: (id: string) => boolean,
): Map<string, Set<string>> {
  const text = new Map(order.map((o) => [o.anchor, o.text]));
  const holders = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const sentence = text.get(mention.anchor);
    if (sentence === undefined || !isPersonId(mention.entityId) || quotedAt(sentence, mention.start)) continue;
    for (const office of officesBefore(sentence.slice(0, mention.start)))
      holders.set(office, new Set([...(holders.get(office) ?? []), mention.entityId]));
  }
  return holders;
}

/**
 * "The pair said …", "the couple revealed …": both people the article last named together
 * (namedPair.ts), where the phrase is the subject of a reporting predicate outside quotation marks.
 */
function pairSpeakers(ctx: SourcingContext, sentence: SentenceView): void {
  for (const phrase of pairPhrases(sentence.text)) {
    if (!speaksAt(sentence.text, phrase.start, phrase.end)) continue;
    const peopleIn = (at: number, upTo: number) =>
      (ctx.mentionsAt.get(ctx.order[at]?.anchor ?? "") ?? [])
        .filter((m) => isPerson(ctx, m) && m.end <= upTo)
        .map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
    const before = ctx.order.slice(0, sentence.index + 1).map((o, at) => {
      const upTo = at === sentence.index ? phrase.start : o.text.length;
      return { text: o.text.slice(0, upTo), people: peopleIn(at, upTo) };
    });
    for (const who of lastNamedPair(before) ?? []) namedSource(ctx, sentence, who);
  }
}

/** The sentence passes, in the order they read each sentence: each sees what the ones before it counted. */
const SENTENCE_PASSES: readonly ((ctx: SourcingContext, sentence: SentenceView) => void)[] = [
  namedMentions,
  speakersWrittenOut,
  surnamesAlone,
  pronouns,
  titles,
  describedOffices,
  pairSpeakers,
  rememberPeople,
  outletCitations,
  anonymousSources,
];

/** The passes that still read a sentence wholly inside a quotation: who is in view, and outlets cited. */
const QUOTATION_PASSES: readonly ((ctx: SourcingContext, sentence: SentenceView) => void)[] = [
  rememberPeople,
  outletCitations,
];

/**
 * The source of a sentence's last clause, the one an announcing tag at its end speaks for ("When
 * Wallace asked him …, Trump said the following."): of the sentence's sources not by quotation,
 * the one whose name's last word stands last, after the sentence's last comma; the only one when
 * there is one. Undefined when none stands there (a pronoun's, "he said:", with others named).
 */
function lastClauseSource(text: string, sources: readonly Attribution[]): Attribution | undefined {
  const own = sources.filter((s) => s.quote !== true);
  if (own.length === 1) return own[0];
  const clause = text.lastIndexOf(",");
  const at = (s: Attribution) => text.lastIndexOf(s.label.split(/\s+/u).at(-1) ?? s.label);
  const [first, second] = own.filter((s) => at(s) > clause).sort((a, b) => at(b) - at(a));
  return first !== undefined && (second === undefined || at(first) !== at(second)) ? first : undefined;
}

/** The sourcing profile of one article. `found` are the names the analysis found beyond the register. */
export function sourcingProfile(
  slug: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  quotes: readonly Quote[],
  matcher: EntityMatcher,
  citedSources: readonly string[] = [],
  found: readonly FoundEntity[] = [],
): SourcingProfile {
  const order = blocks
    .filter((b) => b.kind !== "heading")
    .flatMap((b) => b.sentences.map((s) => ({ anchor: s.anchor, text: s.text })));
  const blockquoted = new Set(
    blocks.filter((b) => b.kind === "blockquote").flatMap((b) => b.sentences.map((s) => s.anchor)),
  );
  const foundById = new Map(found.map((f) => [f.id, f]));
  const bySentence = new Map<string, Mention[]>();
  for (const mention of mentions) bySentence.set(mention.anchor, [...(bySentence.get(mention.anchor) ?? []), mention]);
  const kindOf = (id: string) => (matcher.entities.get(id) ?? foundById.get(id))?.kind;
  const ctx: SourcingContext = {
    matcher,
    found,
    foundById,
    order,
    attributions: [],
    speakersAt: new Map(),
    introducedAt: new Map(),
    recent: [],
    named: [],
    everyone: [],
    titled: new Map(),
    genders: new Genders(),
    officeHolders: officeHoldersOf(order, mentions, (id) => kindOf(id) === "person"),
    mentionsAt: bySentence,
    // The quote finder read the same texts, and their facts are cached by text.
    people: peopleOf(
      blocks.map((b) => b.text),
      capitalisedNames,
    ),
    nameWords: new Map(),
    lastGroup: undefined,
    lastSingle: undefined,
  };
  const headlines = otherHeadlines(blocks);
  const continued = new Set(quotes.flatMap((q) => quoteAnchors(q, order).slice(1)));
  quotationSpeakers(ctx, quotes);
  hanProse(ctx, blocks);
  transcriptAnswers(ctx, blocks);
  labelledSpeakers(ctx, blocks);
  speakerIntroductions(ctx);
  const people = mentions.filter((m) => kindOf(m.entityId) === "person").map((m) => m.entityId);
  ctx.everyone.push(...new Set([...people, ...[...ctx.speakersAt.values()].flat()]));

  const blockOf = new Map(blocks.flatMap((b, i) => b.sentences.map((s) => [s.anchor, i] as const)));
  const paragraphStarts = new Map<number | undefined, number>();
  ctx.order.forEach(({ anchor }, index) => {
    if (!paragraphStarts.has(blockOf.get(anchor))) paragraphStarts.set(blockOf.get(anchor), index);
  });
  // The one source of a sentence whose tag opened a quotation it does not close, carried on to the
  // sentences inside that quotation, of the same paragraph or of the paragraphs after it that open
  // with the quotation's mark; or of a paragraph's last sentence that announces the quotation set
  // out in the paragraphs after it ("Trump said the following.") (quotationRun.ts).
  let run: { source: Attribution; block: number | undefined } | undefined;
  ctx.order.forEach(({ anchor, text }, index) => {
    if (headlines.has(anchor)) return;
    const quotedByOther = (source: Attribution) =>
      ctx.attributions.some(
        (a) => a.anchor === anchor && a.quote === true && a.kind !== "outlet" && a.label !== source.label,
      );
    const carried = run !== undefined && !quotedByOther(run.source) ? run : undefined;
    const step =
      carried === undefined
        ? undefined
        : carried.block === blockOf.get(anchor)
          ? quotationRunStep(text)
          : paragraphRunStep(text);
    run = undefined;
    const sentence: SentenceView = {
      index,
      anchor,
      text,
      here: bySentence.get(anchor) ?? [],
      previous: ctx.order[index - 1]?.anchor,
      bareTag: foldedWords(text).length <= 4 && !/[“”"]/u.test(text),
      // Quoted attributions come only from quotationSpeakers, so this holds for every pass.
      quoted: ctx.attributions.some((a) => a.anchor === anchor && a.quote === true),
      blockquote: blockquoted.has(anchor),
      withinQuotation: continued.has(anchor) && !/[“”"]/u.test(text),
      paragraphStart: paragraphStarts.get(blockOf.get(anchor)) ?? index,
    };
    if (carried !== undefined && step !== "other") {
      add(ctx, { ...carried.source, anchor });
      for (const pass of QUOTATION_PASSES) pass(ctx, sentence);
      if (step === "inside") run = { ...carried, block: blockOf.get(anchor) };
      return;
    }
    // A sentence wholly inside a quotation is its speaker's words: whom they say spoke ("He said no",
    // "Ailes told me …") is what they report, counted under them by quotationSpeakers.
    for (const pass of sentence.withinQuotation ? QUOTATION_PASSES : SENTENCE_PASSES) pass(ctx, sentence);
    const sources = ctx.attributions.filter(
      (a) => a.anchor === anchor && (a.kind === "named" || a.kind === "anonymous"),
    );
    const [source] = sources;
    if (sources.length === 1 && source !== undefined && source.quote !== true && opensQuotationRun(text))
      run = { source, block: blockOf.get(anchor) };
    const nextAnchor = ctx.order[index + 1]?.anchor;
    const lastOfBlock = nextAnchor === undefined || blockOf.get(nextAnchor) !== blockOf.get(anchor);
    const announcer = lastOfBlock && announcesQuotation(text) ? lastClauseSource(text, sources) : undefined;
    if (run === undefined && announcer !== undefined) run = { source: announcer, block: blockOf.get(anchor) };
  });
  citedList(ctx, citedSources);

  const counts: Record<AttributionKind, number> = { named: 0, anonymous: 0, outlet: 0, cited: 0 };
  for (const attribution of ctx.attributions) counts[attribution.kind] += 1;
  return { articleSlug: slug, counts, attributions: ctx.attributions };
}
