/**
 * Entity mentions: which register entities each sentence names, and which capitalised names
 * the register lacks (a to-do list for editors).
 *
 * The matcher is built once over the whole register: every name, alias and short name becomes
 * a sequence of folded tokens in a trie, so scanning an article is one pass over its tokens
 * (each start walks at most the longest name's length) — never register × text pairs. Matches
 * are leftmost-longest ("U.S. Northern Command" beats "U.S.").
 *
 * Folding: case and accents are ignored ("Lopez Obrador" = "López Obrador") and initialisms
 * lose their periods ("C.I.A." = "CIA"), except that an all-capital alias ("CIA", "ICE", "US")
 * only matches capitals, so "ice" and "us" are not mentions. Possessives need nothing special:
 * "Sheinbaum’s" tokenises as "Sheinbaum" + "s". A person's short name (surname by default)
 * counts only after a full mention earlier in the same article.
 */
import type { Entity, EntityKind } from "#schemas/entity.ts";
import type { Block } from "#lib/text/sentences.ts";
import { slugify } from "#lib/normalize/slug.ts";
import { nameKey, tokenize, type Token } from "#lib/text/tokens.ts";
import { companyStem } from "#lib/text/companyStem.ts";
import {
  bodyHead,
  findNames,
  instrumentNames,
  isBrandShaped,
  membersParty,
  KIN_BEFORE,
  PERSONAL_TITLE,
  MONONYM_BEFORE,
  NOT_A_HEAD,
  opensAsOrdinaryWord,
  ORG_HEADS,
  roleSetOffAfter,
  ROLE_FIELDS,
  SIDES,
  termInitialisms,
  TIME_WORDS,
  TITLES,
  type NameKind,
  type NameSpan,
} from "./names.ts";
import { bareOutletHead, findOutletCitations, italicOutlets, outletHeadOf } from "./outlets.ts";
import { isOutletWord } from "./outletWords.ts";
import { knownOutlet } from "#lib/normalize/outlets.ts";
import { actorNames, namesWrittenInside } from "./actorNames.ts";
import { termTags } from "./termTags.ts";
import { knownMaker, makersProduct, writtenAsCompany } from "./productNames.ts";
import { brandTermUse, thingSlot } from "./thingSlots.ts";
import { bodilessInitialisms } from "./bodyInitialisms.ts";
import { thingInitialisms } from "./thingInitialisms.ts";
import { streamedWork } from "./streamedWorks.ts";
import { fillsQuotation } from "./quotedName.ts";
import { usedAsVerb } from "./verbedName.ts";
import { adjectiveBeforeNoun } from "./adjectiveBeforeNoun.ts";
import { placeSlot } from "./placeSlot.ts";
import { collectiveSubject } from "./collectiveVerb.ts";
import { scoredTeam } from "./teamScore.ts";
import { alternation, SPEECH_VERBS } from "#lib/text/attribution.ts";
import { isFurniture, isFurnitureSentence, isListingLine } from "#lib/dates/furniture.ts";
import { commentThreadFrom } from "#lib/dates/blockContext.ts";
import { findEventDates } from "#lib/dates/absoluteDates.ts";
import { relativeDateSpans } from "#lib/content/relativeDates.ts";
import { datelinePlace } from "#lib/normalize/patterns.ts";
import { quotedAt } from "./attributionGrammar.ts";
import {
  CREDIT_LABEL_BEFORE,
  hasPhotoCredit,
  OPENING_SLASHED_CREDIT,
  SLASHED_CREDIT_LINE,
  wireTrailerOpening,
} from "#lib/text/credits.ts";
import { signatureName } from "./postSignature.ts";
import { platformPrompted } from "./platformPrompts.ts";
import { isCreditedNames } from "./creditedNames.ts";
import { GENERATION_SUFFIXES, samePersonName, surnameKey } from "./nameVariants.ts";
import { countedNoun, modifiesNoun } from "./countedName.ts";
import { roomInBuilding } from "./roomInBuilding.ts";
import { writtenSurnameFirst } from "./eastAsianNames.ts";
import { germanNameSpans, germanNouns } from "./germanNames.ts";
import { writtenInGerman, writtenInSpanish } from "#lib/text/language.ts";
import { spanishNameSpans } from "./spanishNames.ts";
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from "./gender.ts";
import { codeLists } from "./codeLists.ts";
import { codeOrKindName } from "./codeNames.ts";
import { demonymBeforeName, nameFragment } from "./nameFragments.ts";
import {
  acronymDefinitions,
  acronymIsWord,
  definedPeople,
  spelledBodies,
  otherSenses,
  unsupportedAcronyms,
  type AcronymDefinition,
  type AcronymDomain,
} from "./acronymSenses.ts";
import { BODY_PEOPLE_NOUNS, FIGURE_NOUNS, PERFORMER_NOUNS, PROFESSION_NOUNS } from "./personNouns.ts";
import {
  brandAfterCountry,
  closesLongerName,
  closesOtherBody,
  inItalicTitle,
  cutFromWorkTitle,
  inWorkTitle,
  lowerCaseUse,
  namedAfterPlace,
  namesLocation,
  numberedName,
  pageantTitle,
  placedAfterComma,
  townInState,
  wordBefore,
  workNamed,
} from "./hitShapes.ts";

export { tokenize } from "#lib/text/tokens.ts";

/** Text allowed between two tokens of one name: spaces, brackets, hyphens, an initial's period, an apostrophe ("Mexico’s navy"). */
const NAME_GAP = /^[\s.[\]\-‐'’]{0,4}$/u;

interface Pattern {
  readonly entityId: string;
  readonly kind: EntityKind;
  readonly exact: readonly string[];
  /** All-capital alias: compare `exact` tokens too. */
  readonly caseSensitive: boolean;
  /** Short name: valid only after a full mention. */
  readonly short: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  patterns: Pattern[];
}

const newNode = (): TrieNode => ({ next: new Map(), patterns: [] });

/** A raw hit in one piece of text. */
export interface Hit {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True when the hit is a short name (only valid after a full mention). */
  readonly short: boolean;
}

export interface EntityMatcher {
  readonly entities: ReadonlyMap<string, Entity>;
  /**
   * Hits in `text`, leftmost-longest. `known` holds entities already fully mentioned (their
   * short names are enabled); it is updated with full mentions found here.
   */
  find(text: string, known?: Set<string>): Hit[];
}

/**
 * The other English order of a body's name: "Department of Defense" is also "Defense
 * Department", "Ministry of Foreign Affairs" "Foreign Affairs Ministry". Only a name that opens
 * on its head; the word order changes nothing about which body it is.
 */
function headFirst(form: string): string | undefined {
  const match = /^(Department|Ministry|Secretariat) of (?:the )?(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)$/u.exec(form);
  return match ? `${match[2]} ${match[1]}` : undefined;
}

/** Builds the matcher once for the whole register. */
export function buildEntityMatcher(register: readonly Entity[]): EntityMatcher {
  const root = newNode();
  let longest = 1;
  const add = (entity: Entity, form: string, short: boolean) => {
    const tokens = tokenize(form);
    if (tokens.length === 0) return;
    const caseSensitive = !/\p{Ll}/u.test(form);
    let node = root;
    for (const token of tokens) {
      let child = node.next.get(token.key);
      if (!child) {
        child = newNode();
        node.next.set(token.key, child);
      }
      node = child;
    }
    const exact = tokens.map((t) => t.exact);
    if (
      !node.patterns.some((p) => p.entityId === entity.id && p.short === short && p.caseSensitive === caseSensitive)
    ) {
      node.patterns.push({ entityId: entity.id, kind: entity.kind, exact, caseSensitive, short });
    }
    longest = Math.max(longest, tokens.length);
  };
  for (const entity of register) {
    add(entity, entity.name, false);
    for (const alias of entity.aliases) add(entity, alias, false);
    for (const form of [entity.name, ...entity.aliases]) {
      const turned = headFirst(form);
      if (turned !== undefined) add(entity, turned, false);
    }
    const shortName = entity.shortName ?? (entity.kind === "person" ? entity.name.split(/\s+/u).at(-1) : undefined);
    if (shortName && shortName !== entity.name) add(entity, shortName, true);
  }
  const entities = new Map(register.map((entity) => [entity.id, entity]));

  const find = (text: string, known: Set<string> = new Set()): Hit[] => {
    const tokens = tokenize(text);
    const hits: Hit[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: { pattern: Pattern; last: number } | undefined;
      for (let j = i; j < tokens.length && j < i + longest; j += 1) {
        const token = tokens[j] as Token;
        if (j > i && !NAME_GAP.test(text.slice((tokens[j - 1] as Token).end, token.start))) break;
        node = node.next.get(token.key);
        if (!node) break;
        const valid = node.patterns.find(
          (p) =>
            (!p.short || known.has(p.entityId)) &&
            (!p.caseSensitive || p.exact.every((e, k) => tokens[i + k]?.exact === e)),
        );
        if (valid) best = { pattern: valid, last: j };
      }
      if (best) {
        const start = (tokens[i] as Token).start;
        const end = (tokens[best.last] as Token).end;
        hits.push({
          entityId: best.pattern.entityId,
          start,
          end,
          text: text.slice(start, end),
          short: best.pattern.short,
        });
        if (!best.pattern.short) known.add(best.pattern.entityId);
        i = best.last + 1;
      } else {
        i += 1;
      }
    }
    return hits;
  };
  return { entities, find };
}

/** One mention of a register entity in an article sentence. */
export interface Mention {
  readonly entityId: string;
  /** The words as written ("Sheinbaum", "C.I.A."). */
  readonly text: string;
  readonly anchor: string;
  readonly blockIndex: number;
  /** Offsets within the sentence text. */
  readonly start: number;
  readonly end: number;
}

/**
 * Place words that qualify an organisation's name ("U.S. Coast Guard", "Mexican Navy"): a
 * shortened alias ("Coast Guard") after a different one ("Cuba’s coast guard", "the Peruvian
 * navy") names another body, so it is not linked; and a generic body name ("Congress") belongs to
 * the country the text last named, so that country must be known whichever it is ("In Peru,
 * Congress …"). Each entry is a country's key, then its names, demonyms and capital as tokens (a
 * capital stands for its government: "In Bogotá, the Defense Ministry …"); the Americas, Europe's and
 * Asia's larger states and the countries news of the region names.
 */
const COUNTRY_WORDS = `us: us usa american america washington
  mexico: mexico mexican
  cuba: cuba cuban havana
  russia: russia russian moscow kremlin
  china: china chinese beijing
  venezuela: venezuela venezuelan caracas
  colombia: colombia colombian bogota
  canada: canada canadian ottawa
  guatemala: guatemala guatemalan
  honduras: honduras honduran tegucigalpa
  ecuador: ecuador ecuadorian ecuadoran quito
  haiti: haiti haitian
  uk: britain british uk england english scotland scottish wales welsh london
  ukraine: ukraine ukrainian kyiv kiev
  israel: israel israeli
  iran: iran iranian tehran
  brazil: brazil brazilian
  spain: spain spanish madrid
  peru: peru peruvian lima
  chile: chile chilean
  argentina: argentina argentine argentinian
  bolivia: bolivia bolivian
  paraguay: paraguay paraguayan
  uruguay: uruguay uruguayan
  panama: panama panamanian
  nicaragua: nicaragua nicaraguan managua
  costarica: costa
  salvador: salvador salvadoran salvadorean
  belize: belize belizean
  dominican: dominican
  jamaica: jamaica jamaican
  puertorico: puerto
  france: france french
  germany: germany german berlin
  italy: italy italian
  portugal: portugal portuguese
  netherlands: netherlands dutch
  belgium: belgium belgian
  poland: poland polish
  turkey: turkey turkish turkiye
  greece: greece greek
  india: india indian
  pakistan: pakistan pakistani
  afghanistan: afghanistan afghan kabul
  japan: japan japanese tokyo
  korea: korea korean
  taiwan: taiwan taiwanese
  philippines: philippines philippine filipino
  indonesia: indonesia indonesian
  australia: australia australian
  iraq: iraq iraqi baghdad
  syria: syria syrian damascus
  lebanon: lebanon lebanese
  egypt: egypt egyptian
  saudi: saudi
  yemen: yemen yemeni
  somalia: somalia somali
  nigeria: nigeria nigerian`;
const PLACE_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  COUNTRY_WORDS.split("\n").flatMap((line) => {
    const [key = "", words = ""] = line.split(":");
    return words
      .trim()
      .split(/\s+/u)
      .map((word) => [word, key.trim()]);
  }),
);

/**
 * True when `name` is nothing but a country's name, initialism or capital ("China", "UK",
 * "Beijing", "the U.S."): as a speaker, a country is its government, not a person.
 */
export function namesCountry(name: string): boolean {
  const tokens = tokenize(name.replace(/^\s*the\s+/iu, ""));
  const places = new Set(tokens.map((t) => PLACE_WORDS[t.key]));
  const [place] = places;
  return (
    tokens.length > 0 && places.size === 1 && place !== undefined && /^\p{Lu}/u.test(name.replace(/^\s*the\s+/iu, ""))
  );
}

/** The countries an entity's name and aliases name ("U.S. Coast Guard" → us). */
function qualifiers(entity: Entity): Set<string> {
  const found = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    for (const token of tokenize(form)) {
      const place = PLACE_WORDS[token.key];
      if (place !== undefined) found.add(place);
    }
  }
  return found;
}

/**
 * The country a word right before `start` names: a possessive ("Cuba’s ", "Cuba's ") or a
 * demonym ("Cuban "). Undefined when none does.
 */
function modifierBefore(text: string, start: number): string | undefined {
  const match = /(\p{L}[\p{L}.]*)(?:['’]s)?\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!match?.[1] || !/^\p{Lu}/u.test(match[1])) return undefined;
  return PLACE_WORDS[
    tokenize(match[1])
      .map((t) => t.key)
      .join("")
  ];
}

/**
 * The country a body's name is given right after it: "the Congress of Peru", "Congress in
 * Lima", "the Coast Guard of Honduras". Undefined when none is.
 */
function countryAfter(text: string, end: number): string | undefined {
  const place = /^\s+(?:of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*)/u.exec(text.slice(end, end + 40))?.[1];
  return place === undefined
    ? undefined
    : PLACE_WORDS[
        tokenize(place)
          .map((t) => t.key)
          .join("")
      ];
}

/** The countries `text` names (capitalised: "U.S.", "Venezuela’s", "Cuban"), in order, each once. */
function countriesIn(text: string): string[] {
  const found: string[] = [];
  for (const token of tokenize(text)) {
    const place = PLACE_WORDS[token.key];
    if (place !== undefined && /^\p{Lu}/u.test(token.raw) && !found.includes(place)) found.push(place);
  }
  return found;
}

/** A preposition right before a word, an article allowed between: "the border with ", "tariffs on the ". */
const PREPOSITION_BEFORE =
  /(?<![\p{L}'’])(?:with|to|from|on|in|into|onto|against|toward|towards|across|through|at|by|for|over|about|near|inside|outside|between|via|beyond|around|throughout|within|than|like|under)\s+(?:the\s+)?$/iu;

/** People who serve a state, as a country's name before them owns them ("by U.S. forces", "to Mexican officials"). */
const SERVICE_PEOPLE = new Set(
  "officials troops soldiers agents authorities diplomats lawmakers officers personnel prosecutors".split(" "),
);

/** Small words of `BODY_WORDS` that join a name's words and head nothing ("lived in Mexico for a decade"). */
const CONNECTIVES = new Set(["of", "the", "and", "for"]);

/** Whether a lower-case body word or a state's servants follow: the country before them is whose they are. */
const bodyNounAfter = (after: string): boolean => {
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return next !== undefined && !CONNECTIVES.has(next) && (BODY_WORDS.has(next) || SERVICE_PEOPLE.has(next));
};

/**
 * The countries `text` names as a body's owner or an actor (`countriesIn`), leaving out a
 * country's name that is only a preposition's object: "the border with Mexico", "tariffs on
 * Mexico", "she lived in Mexico for a decade" say where or what, not whose, so they do not make
 * the next "Congress" Mexico's. A possessive ("with Mexico's navy"), a demonym ("in Mexican
 * waters"), a body or its people after it ("by U.S. forces") and a sentence's opening scene
 * ("In Mexico, …") still say whose.
 */
function ownerCountriesIn(text: string): string[] {
  const found: string[] = [];
  for (const token of tokenize(text)) {
    const place = PLACE_WORDS[token.key];
    if (place === undefined || !/^\p{Lu}/u.test(token.raw) || found.includes(place)) continue;
    const after = text.slice(token.end);
    const preposition = PREPOSITION_BEFORE.exec(text.slice(0, token.start));
    const owner =
      preposition === null ||
      bodyNounAfter(after) ||
      /^['’]s\b/u.test(after) ||
      isDemonym(token.key) ||
      (text.slice(0, preposition.index).trim() === "" && /^(?:\s+\p{Lu}[\p{L}.'’-]*)*,/u.test(after));
    if (owner) found.push(place);
  }
  return found;
}

/**
 * Where a sentence stands in its article, for the country a generic body name belongs to: the
 * sentence before it, and the country of the article's dateline ("MEXICO CITY —", "WASHINGTON
 * (Reuters) —"), the place the article reports from; and the longer names the article writes
 * closing on a region's or a city's name (`placeClosedNames`), for a sentence that opens on one.
 */
interface BodyContext {
  readonly previous: string;
  readonly dateline: string | undefined;
  readonly closedNames?: ReadonlySet<string>;
}

const NO_CONTEXT: BodyContext = { previous: "", dateline: undefined };

/**
 * The longer names an article writes closing on a register region's or city's name, where the
 * word before it is capitalised by no grammar ("shares of Royal Caribbean", `closesLongerName`),
 * keyed as `nameKey` gives them ("royal caribbean"). A sentence's first word is capitalised
 * whatever it is, so "Royal Caribbean said …" alone could be an adjective and the region; the
 * article's own use elsewhere says it is the name there too.
 */
function placeClosedNames(sentences: readonly SentenceHits[], matcher: EntityMatcher): Set<string> {
  const names = new Set<string>();
  for (const { text, hits } of sentences)
    for (const hit of hits) {
      if (matcher.entities.get(hit.entityId)?.kind !== "place" || !namesBody(hit.text)) continue;
      const opener = wordBefore(text, hit.start);
      if (opener !== undefined && closesLongerName(text, hit.start, isPlaceWord))
        names.add(nameKey(`${opener} ${hit.text}`));
    }
  return names;
}

/** The capitalised words a hit runs on into ("Florida Project" for "Florida" in "The Florida Project"), keyed as `nameKey` gives them. */
const runOnKey = (text: string, hit: Hit): string | undefined => {
  const run = /^((?: \p{Lu}\p{Ll}[\p{L}'’-]*\.?)+)/u.exec(text.slice(hit.end))?.[1];
  return run === undefined ? undefined : nameKey(`${hit.text}${run}`);
};

/**
 * The longer names an article's prose writes opening on a register place's name ("Sean Baker’s The
 * Florida Project unfolds", `continuesName`), keyed by `runOnKey`. A title-cased heading capitalises
 * every word, so "8) The Florida Project" alone could be the state and a project; the article's own
 * prose says the run is one name there too, a work's title, not a mention of the place.
 */
function placeOpenedNames(sentences: readonly SentenceHits[], matcher: EntityMatcher): Set<string> {
  const names = new Set<string>();
  for (const { text, hits } of sentences) {
    if (titleCased(text)) continue;
    for (const hit of hits) {
      const entity = matcher.entities.get(hit.entityId);
      if (entity?.kind !== "place" || !(namesBody(hit.text) || metonym(hit, entity)) || !runsOn(text, hit)) continue;
      const key = runOnKey(text, hit);
      if (key !== undefined) names.add(key);
    }
  }
  return names;
}

/** Whether a hit in a title-cased line runs on into a longer name the article's prose writes (`placeOpenedNames`). */
function opensNamedElsewhere(text: string, hit: Hit, opened: ReadonlySet<string>): boolean {
  if (opened.size === 0 || !titleCased(text)) return false;
  const key = runOnKey(text, hit);
  return key !== undefined && opened.has(key);
}

/** Whether a place hit opens its sentence after one capitalised word the article writes elsewhere as part of a longer name with it. */
function closesNamedElsewhere(text: string, hit: Hit, context: BodyContext): boolean {
  const opener = wordBefore(text, hit.start);
  return (
    opener !== undefined &&
    text.slice(0, hit.start) === `${opener} ` &&
    context.closedNames?.has(nameKey(`${opener} ${hit.text}`)) === true
  );
}

/** The country of the dateline that opens an article's first body paragraph, if it names one. */
function datelineCountry(blocks: readonly Block[]): string | undefined {
  const lede = blocks.find((b) => b.kind !== "heading")?.text ?? "";
  const place = datelinePlace(lede);
  return place === undefined ? undefined : countriesIn(place).at(-1);
}

/**
 * The country whose body a generic name ("Congress", "the Defense Ministry") is, as the text
 * fixes it: the one country the sentence names before it, else the one the sentence before
 * names, else the dateline's. A U.S.–Mexico article names both countries all the time, so "the
 * country last named" would be a guess: where the nearest sentence names two, none is chosen,
 * and where the sentence names a person before the body (`someoneBefore`), the body may be
 * their country's, so only a country the sentence itself names settles it.
 */
function bodyCountry(sentenceBefore: string, context: BodyContext, someoneBefore: () => boolean): string | undefined {
  const named = countriesIn(sentenceBefore);
  // "Trump's tariffs on Mexico passed Congress": a country the sentence names only after a preposition is not the body's.
  if (named.length > 0) return named.length === 1 && ownerCountriesIn(sentenceBefore).length > 0 ? named[0] : undefined;
  // "Trump said Congress would …": a person the sentence names first may be another country's
  // than the one the text named last, so the body's country is not settled.
  if (someoneBefore()) return undefined;
  const previous = countriesIn(context.previous);
  if (previous.length > 1) return undefined;
  // "The wall along the border with Mexico is unfinished. Congress has refused to pay": a country
  // the sentence before names only after a preposition settles nothing; the dateline may.
  if (previous.length === 1 && ownerCountriesIn(context.previous).length === 0) return context.dateline;
  // "President Donald Trump said Mexico was not doing enough. Congress has not voted": the sentence
  // before names a person, then a country they spoke of; the body may be the person's country, so
  // that country settles it only where the dateline agrees.
  if (previous.length === 1)
    return personBeforeCountry(context.previous) && previous[0] !== context.dateline ? undefined : previous[0];
  return context.dateline;
}

/** Whether a sentence names a person before the first country it names (`countriesIn`). */
function personBeforeCountry(text: string): boolean {
  const at = tokenize(text).find((t) => PLACE_WORDS[t.key] !== undefined && /^\p{Lu}/u.test(t.raw))?.start;
  return at !== undefined && findNames(text.slice(0, at)).some((n) => n.kind === "person");
}

/**
 * Words of the common names every country gives its bodies ("Congress", "the Senate", "Defense
 * Ministry", "Coast Guard", "Department of Defense"). An alias made only of them names no
 * country's body in particular; "Pentagon" or "Northern Command" is a proper name.
 */
const BODY_WORDS = new Set(
  `congress senate house chamber deputies parliament assembly national navy army military air force forces
  marines coast guard police defense defence ministry department secretariat foreign affairs interior justice
  security public government administration supreme court office attorney general embassy consulate
  presidency cabinet treasury finance state federal armed of the and for`.split(/\s+/u),
);

/**
 * Whether a hit is an entity's own name with its country left out: "Northern Command" of the
 * "U.S. Northern Command". An initialism ("CIA" of "U.S. CIA") is its own name in any text.
 */
function countryDropped(hit: Hit, entity: Entity): boolean {
  const key = nameKey(hit.text);
  if (isAcronym(hit.text)) return false;
  return [entity.name, ...entity.aliases].some((form) => {
    const words = tokenize(form).map((t) => t.key);
    const head = words.slice(0, words.length - key.split(" ").length);
    return nameKey(form).endsWith(` ${key}`) && head.length > 0 && head.every((w) => PLACE_WORDS[w] !== undefined);
  });
}

/** Whether a register form is a generic body name by the list above. */
function isGenericBody(form: string): boolean {
  const tokens = tokenize(form);
  return tokens.length > 0 && !/^\p{Lu}{2,}$/u.test(form) && tokens.every((t) => BODY_WORDS.has(t.key));
}

/**
 * Whether a place's name, opening an organisation's, is only part of that name: a region's or a
 * city's is ("Caribbean Community", "Atlanta Journal-Constitution"), a country's or a capital's
 * is not, since the body is that country's ("U.S. Army", "Mexico City Police").
 */
function namesBody(place: string): boolean {
  return tokenize(place).every((t) => PLACE_WORDS[t.key] === undefined);
}

/** Words of a sentence with their offsets in it: a register hit or a name the finder read. */
type NamedSpan = { readonly start: number; readonly end: number; readonly text: string };

/**
 * Whether a country's name closing an organisation's name is part of a firm's name ("Walmart de
 * México", "ICE Futures U.S.", "Boy Scouts of America"): the name opens on no body's head, state
 * word, country or title. "Bank of Mexico", "Government of Mexico", "Supreme Court of Mexico" and
 * "Mexican Embassy in the U.S." are the country's bodies (or another's in it) and still name it.
 */
function brandClosedByCountry(text: string, place: NamedSpan, org: { start: number; end: number }): boolean {
  if (place.start <= org.start || place.end < org.end || namesBody(place.text)) return false;
  const first = tokenize(text.slice(org.start, place.start))[0]?.key ?? "";
  return !bodyHead(first) && !BODY_WORDS.has(first) && !isPlaceWord(first) && !TITLES.has(first);
}

/** Capitalised words opening a sentence, then a Spanish or Portuguese "of": "Walmart de ", "Banco do ". */
const OPENING_NAME_OF = /^["“‘']?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*\s+(?:de|del|do|da)\s+$/u;

/**
 * Whether a country's name closes a firm's name that opens the sentence ("Walmart de México said",
 * "Banco de México held"), where the name finder leaves the sentence's first word out: as
 * `brandClosedByCountry` for that name. A Spanish verb opening a sentence ("Salió de México") reads
 * the same; the country is then left unlinked, a miss rather than a wrong link.
 */
function brandOpensSentence(text: string, place: NamedSpan): boolean {
  return (
    OPENING_NAME_OF.test(text.slice(0, place.start)) && brandClosedByCountry(text, place, { start: 0, end: place.end })
  );
}

/**
 * "one Mr Makama of Maseru": after an honorific, "of" and a place say where the person is from; the
 * name ends before "of" (a name that needs "of", "Catherine of Aragon", takes no "Mr").
 */
function honorificOrigin<T extends { start: number; end: number; text: string; name?: string | undefined }>(
  text: string,
  span: T,
): T {
  if (span.name !== undefined || !HONORIFIC_JUST_BEFORE.test(text.slice(0, span.start))) return span;
  const of = span.text.indexOf(" of ");
  return of <= 0 ? span : { ...span, end: span.start + of, text: span.text.slice(0, of) };
}

/**
 * A personal pronoun after a name's first word ("Will You"): a clause in title case, not a name. Not
 * "He", "Me", "I" and the like, which are also names' words ("Liu He").
 */
const PRONOUN_INSIDE = /\s(?:My|You|Your|We|Our|They|Their|It|Its)(?:\s|$)/u;
/** The noun for an account's name right before it: "the username LillyMoonCat", "under the handle …". */
const USERNAME_BEFORE = /(?<!\p{L})(?:user\s?name|screen\s?name|handle|gamertag)\s+["“‘']?$/iu;

/** An honorific right before a name ("Ms. Lassiter", "Dr Okafor"): the name is a person's. */
const HONORIFIC_JUST_BEFORE = /(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/u;

/** Whether a token key is a country's name, demonym or capital (`COUNTRY_WORDS`). */
const isPlaceWord = (key: string): boolean => PLACE_WORDS[key] !== undefined;

/** A demonym's ending: "Mexican", "British", "Chinese", "Iraqi", "French", "Argentine", "Filipino", "Greek". */
const DEMONYM_END = /(?:an|ish|ese|i|ch|sh|ine|ino|ek)$/u;
/** A country's demonym (`COUNTRY_WORDS`, after the country's own name, by its ending): "British", "Mexican". */
const isDemonym = (key: string): boolean =>
  PLACE_WORDS[key] !== undefined && PLACE_WORDS[key] !== key && DEMONYM_END.test(key);

/**
 * Whether a one-word body's name read from the text is a country's demonym before a common noun:
 * "negotiated with the British company", "a Chinese firm". The adjective describes the noun; it is
 * no body's name (compromise reads some demonyms, "British", as organisations). Not before a verb of
 * speech ("the British said"), where the word stands for the country's people or government.
 */
function demonymBeforeNoun(text: string, span: { start: number; end: number }): boolean {
  const word = text.slice(span.start, span.end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isDemonym(word.toLowerCase())) return false;
  const after = text.slice(span.end);
  return /^\s+\p{Ll}/u.test(after) && !SPEAKS_AFTER.test(after);
}

/** Capitalised words that begin another place's name: "New Mexico", "Northern Pacific", "South Sudan". */
const PLACE_PREFIXES = new Set([...SIDES, ..."new upper lower greater".split(" ")]);

/**
 * Whether a place hit is the end of a longer place name ("New Mexico", "the Northern
 * Pacific"): a capitalised prefix right before it makes another place (or a region of it),
 * where the lower-case "northern Mexico" only narrows the same one.
 */
function prefixedPlace(text: string, start: number): boolean {
  const match = /(\p{L}+) $/u.exec(text.slice(Math.max(0, start - 20), start));
  return match?.[1] !== undefined && /^\p{Lu}/u.test(match[1]) && PLACE_PREFIXES.has(match[1].toLowerCase());
}

/** Capitalised words that end another place's name after a registered one: "Pacific Northwest", "Caribbean Coast". */
const PLACE_SUFFIX =
  /^\s+(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Rim|Basin|Coast|Islands?|Slope)\b/u;

/** Whether a place hit is the start of a longer place name ("the Pacific Northwest", "the Caribbean Coast"). */
function suffixedPlace(text: string, end: number): boolean {
  return PLACE_SUFFIX.test(text.slice(end));
}

/** An amount of money written with its sign, right before an offset: "$25,000 ", "£3.5 million ". */
const AMOUNT_BEFORE = /\p{Sc}\s?\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?\s+$/u;
/** What may follow the country that closes an amount: a closing mark, the sentence's end, or the money's noun. */
const AMOUNT_CLOSED = /^(?:\s*[),;:.]|\s*$|\s+dollars?\b)/u;

/**
 * Whether a place hit is glued to a currency sign ("US$30 million", "HK$2 billion", "MX$500")
 * or closes an amount written with one ("(about $25,000 U.S.)", "$40 Canadian dollars"): the
 * country's name then says whose money the amount is in, not a mention of the country. Only
 * where the amount ends with it: "$3 million U.S. aid" goes on to a noun the country qualifies.
 */
function currencyCode(text: string, hit: Hit): boolean {
  if (/^\p{Sc}/u.test(text.slice(hit.end))) return true;
  return (
    AMOUNT_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) && AMOUNT_CLOSED.test(text.slice(hit.end))
  );
}

/**
 * Whether a place is named by an adjective: the register's "Pacific" is also "Pacific Ocean"
 * and its "Caribbean" "Caribbean Sea", so the bare name is the sea's adjective, the noun left
 * out. Before a lower-case noun it qualifies that noun ("Pacific halibut" is a fish, "Caribbean
 * officials" are people), as "Mexican" does, and names the sea no more than "Mexican" names
 * Mexico; as a noun ("crossed the Pacific") it is the sea.
 */
function adjectiveUse(text: string, hit: Hit, entity: Entity): boolean {
  const key = nameKey(entity.name);
  if (nameKey(hit.text) !== key || key.includes(" ")) return false;
  const elided = entity.aliases.some(
    (alias) => /^\S+ \p{Lu}\p{Ll}+$/u.test(alias) && nameKey(alias).startsWith(`${key} `),
  );
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(hit.end))?.[1];
  return elided && next !== undefined && !NOT_A_HEAD.has(next);
}

/** The place a register body's name sets it in: "Russian Embassy in Mexico City" → "Mexico City". */
function placeOf(entity: Entity): string | undefined {
  return / in (\p{Lu}[\p{L} .'’-]*)$/u.exec(entity.name)?.[1];
}

/**
 * Whether a hit on a body the register places somewhere ("Russian Embassy" of the "Russian
 * Embassy in Mexico City") stands where nothing places it there: every country hosts a Russian
 * embassy, and "Russian" says whose it is, not where. The sentence before it, the one before
 * that or the dateline must name that place's country (`bodyCountry`), or the article must have
 * named the body in full before; otherwise which embassy it is would be a guess.
 */
function unplaced(before: string, hit: Hit, entity: Entity, context: BodyContext, someoneBefore: () => boolean) {
  const own = placeOf(entity);
  if (own === undefined || nameKey(hit.text).includes(nameKey(own))) return false;
  const countries = new Set(tokenize(own).flatMap((t) => PLACE_WORDS[t.key] ?? []));
  const country = bodyCountry(before, context, someoneBefore);
  return country === undefined || !countries.has(country);
}

/**
 * Whether an alias of a body the register places in one city ("Russian Embassy" for the
 * "Russian Embassy in Mexico City") is placed elsewhere by the text ("the Russian Embassy in
 * Washington", "In Caracas, the Russian Embassy said"): every country has embassies, consulates
 * and offices in many cities, and the text's own "in <Place>" says which one it is.
 */
function locatedElsewhere(before: string, after: string, hit: Hit, entity: Entity): boolean {
  const own = placeOf(entity);
  if (own === undefined || nameKey(hit.text).includes(nameKey(own))) return false;
  const place =
    /^,?\s+(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(after)?.[1] ??
    // A sentence that opens "In Caracas, …" places what it tells there.
    /^In\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*),/u.exec(before)?.[1];
  return place !== undefined && nameKey(place) !== nameKey(own);
}

/**
 * Whether a one-word alias of an organisation names the town it is named after: "Princeton,
 * New Jersey" is the town, where "studied at Princeton" is the university. A town's name
 * followed by its state or country after a comma is how English places a town.
 */
function townOf(text: string, hit: Hit): boolean {
  if (tokenize(hit.text).length !== 1) return false;
  const after = /^,\s+\p{Lu}/u.exec(text.slice(hit.end));
  if (!after) return false;
  const at = hit.end + after[0].length - 1;
  return (
    /^\p{Lu}\.(?:\p{Lu}\.)+/u.test(text.slice(at)) || findNames(text).some((n) => n.kind === "place" && n.start === at)
  );
}

/** Whether a place after a hit and its comma goes on as a list ("Moscow, Beijing and Tehran"), not a town's state. */
function listedAfter(text: string, hit: Hit): boolean {
  return /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?(?:,\s+\p{Lu}|\s+(?:and|or)\s)/u.test(text.slice(hit.end));
}

/**
 * Whether the words before `start` make what follows a state's or province's name: "the state of
 * Mexico" is the State of Mexico, written in lower case as often as not. (Read as "the condition
 * of", "the state of Mexico's government" still leaves which body unsure: not linking is no guess.)
 */
function stateOf(text: string, start: number): boolean {
  return /\b(?:state|province|department) of\s+$/iu.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * Whether an organisation hit that opens or ends on a country's name runs into a longer place's
 * name: "the government of Mexico City" is the city's, "New Mexico's government" and "the state
 * of Mexico's government" the state's. The capitalised word after the country, or the place
 * prefix or "state of" before it, makes another place.
 */
function inLongerPlace(text: string, hit: Hit): boolean {
  const tokens = tokenize(hit.text);
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first && PLACE_WORDS[first.key] !== undefined && (prefixedPlace(text, hit.start) || stateOf(text, hit.start)))
    return true;
  return last !== undefined && PLACE_WORDS[last.key] !== undefined && /^ (?:City|State)\b/u.test(text.slice(hit.end));
}

/**
 * Whether a sentence is written in title case (a headline), where every word is capitalised. A
 * sentence that ends on its full stop is prose, however many capitalised names a short one holds
 * ("The Morena Valley Water District cut supplies.").
 */
function titleCased(text: string): boolean {
  if (/[.!?]["”’)]?\s*$/u.test(text)) return false;
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > long.length;
}

/**
 * Whether an organisation hit is the first word(s) of a longer proper name: "Morena Baccarin" is
 * an actress, "the Pentagon Papers" documents. A capitalised word right after the alias continues
 * the name into another one. Not when that run holds a title or an office's field ("CIA Director
 * John Ratcliffe", "Pentagon Press Secretary", "Morena Sen. …"), which the body's name only
 * qualifies, nor a day or month ("the Pentagon Thursday"), nor in a title-cased headline. A longer
 * form the register owns ("Morena Party", "Mexico City") already won the match (leftmost-longest).
 */
function continuesName(text: string, hit: Hit): boolean {
  return !titleCased(text) && runsOn(text, hit);
}

/**
 * Royal titles: no body or place has such an office, so one closing a run of capitalised words with
 * no name after it is a word of a ship's, a song's or a title's name ("the Caribbean Princess", "the
 * Pacific Queen"), not a royal's title ("Monaco Prince Albert").
 */
const ROYAL_TITLES = new Set(["king", "queen", "prince", "princess", "empress", "emperor"]);

/** Whether capitalised words right after a hit run on into another name (`continuesName`, whatever the case of the sentence). */
function runsOn(text: string, hit: Hit): boolean {
  const run = /^((?: \p{Lu}\p{Ll}[\p{L}'’-]*\.?)+)/u.exec(text.slice(hit.end))?.[1];
  if (run === undefined) return false;
  const keys = tokenize(run).map((t) => t.key);
  // An office's field qualifies the body only with a title ("Pentagon Press Secretary") or alone
  // ("the Trump White House"); with other words it opens a name ("Pentagon Federal Credit Union"),
  // as a royal title closing the run does ("the Caribbean Princess").
  const title = (k: string, i: number) => TITLES.has(k) && !(ROYAL_TITLES.has(k) && i === keys.length - 1);
  const office = keys.some(title) || keys.every((k) => ROLE_FIELDS.has(k));
  return !office && !TIME_WORDS.has(keys[0] ?? "");
}

/**
 * Whether a person's surname alone opens a longer name: "Johnson & Johnson" and "Johnson
 * Controls" are companies, "Rubio Street" a street, "Trump Jr." another person. The article
 * named the register person in full earlier, but a surname that runs on into other capitalised
 * words (not a title, an office's field or a day: "Rubio Tuesday said") names something else.
 */
function opensOtherName(text: string, hit: Hit): boolean {
  if (!hit.short) return false;
  // Either side of an ampersand is part of a firm's name: "Johnson & Johnson", "Procter & Gamble".
  if (/^\s*&\s*\p{Lu}/u.test(text.slice(hit.end)) || /\p{Lu}[\p{L}.'’-]*\s*&\s*$/u.test(text.slice(0, hit.start)))
    return true;
  // A short sentence naming a firm reads as title case ("Shares of Johnson Controls fell."), so
  // the case of the sentence is not asked: in a title-cased headline the surname is left unlinked.
  return runsOn(text, hit);
}

/**
 * Offices a title before a name states, each with the words a register role uses for it. A
 * register person titled with an office their role does not hold ("Sen. Ron Johnson" where the
 * register's Ron Johnson is an ambassador) is another person of the same name; "former" keeps
 * them the same person, since people change office.
 */
const OFFICES: readonly { title: RegExp; role: RegExp }[] = [
  { title: /^(?:Sen\.?|Senator)$/iu, role: /\bsenat/iu },
  { title: /^(?:Rep\.?|Representative|Congressman|Congresswoman)$/iu, role: /\b(?:representative|congress)/iu },
  { title: /^(?:Gov\.?|Governor)$/iu, role: /\bgovernor\b/iu },
  { title: /^Mayor$/iu, role: /\bmayor\b/iu },
  { title: /^(?:Judge|Justice)$/iu, role: /\b(?:judge|justice|court)\b/iu },
  { title: /^Sheriff$/iu, role: /\bsheriff\b/iu },
];

/** A U.S. lawmaker's party and state label after a name: "(R-Wis.)", "(D-Texas)". */
const PARTY_LABEL = /^\s*\((?:R|D|I)-\p{Lu}[\p{L}.]*\)/u;

/**
 * Whether the text gives a register person an office their role does not hold: a title right
 * before the name ("Sen. Ron Johnson", "Republican senator Ron Johnson"), a lawmaker's party
 * label after it ("Ron Johnson (R-Wis.)") or an apposition naming the office ("Ron Johnson, a
 * Republican senator from Wisconsin,"). The register's Ron Johnson is an ambassador; this one is
 * another person of the same name. "former" keeps them the same person, since people change office.
 */
function otherOffice(before: string, after: string, person: Entity): boolean {
  if (person.role === undefined) return false;
  const role = person.role;
  const holds = (word: string) => {
    const office = OFFICES.find((o) => o.title.test(word));
    return office === undefined || office.role.test(role);
  };
  const words = before.trimEnd().split(/\s+/u).slice(-4);
  if (!words.some((w) => /^former$/iu.test(w)) && !holds(words.at(-1) ?? "")) return true;
  if (PARTY_LABEL.test(after)) return !/\b(?:senat|representative|congress)/iu.test(role);
  const apposition = /^,\s+(?:a|an|the)\s+([^,;()“”"]{3,80}),/u.exec(after)?.[1];
  if (apposition === undefined || /\bformer\b/iu.test(apposition)) return false;
  if (apposition.split(/\s+/u).some((word) => !holds(word))) return true;
  // "Joe Kent, a high school coach in Ohio,": an occupation the register's role and description never give.
  const work = tokenize(apposition).filter((t) => OCCUPATIONS.has(t.key));
  const own = new Set(tokenize(`${role} ${person.description}`).map((t) => t.key));
  return work.length > 0 && !work.some((t) => own.has(t.key));
}

/**
 * Occupations an appositive gives a person ("a high school coach", "a retired teacher"): the
 * shared performers, figures and professions (./personNouns.ts) and the everyday trades only an
 * appositive names, which before a name or as a described speaker would be no role.
 */
const OCCUPATIONS = new Set<string>([
  ...PERFORMER_NOUNS,
  ...FIGURE_NOUNS,
  ...PROFESSION_NOUNS,
  ...`teacher student farmer nurse doctor physician surgeon dentist pastor priest rabbi imam driver chef cook
  plumber electrician mechanic carpenter engineer scientist researcher professor lecturer artist photographer
  poet businessman businesswoman entrepreneur banker investor trader accountant realtor firefighter pilot
  veteran retiree rancher fisherman miner nanny waiter waitress cashier clerk salesman`.split(/\s+/u),
]);

/** Nouns of things a company makes and people own: before them its name names the thing ("Webb's Ford sedan"). */
const PRODUCT_NOUNS = `sedan|suv|truck|pickup|car|van|minivan|coupe|hatchback|motorcycle|vehicle|jeep`;
const PRODUCT_AFTER = new RegExp(`^\\s+(?:${PRODUCT_NOUNS})s?\\b`, "iu");
/**
 * Devices, perhaps after one word of their own kind: before them a product line's name names the
 * thing ("the Nintendo Switch pro controller", "the FaceTime camera"). A maker's plain name before
 * one is still the maker's ("a Samsung phone", "an Intel chip").
 */
const DEVICE_NOUNS = `phone|smartphone|handset|tablet|laptop|console|controller|headset|headphone|earbud|smartwatch|camera|chip|chipset|processor|supercomputer`;
const DEVICE_KIND = `pro|mini|mobile|smart|wireless|gaming|graphics`;
const DEVICE_AFTER = new RegExp(`^\\s+(?:(?:${DEVICE_KIND})\\s+)?(?:${DEVICE_NOUNS})s?\\b`, "iu");
/**
 * Whether a name has the shape of a product line's, not a maker's plain name ("a Samsung phone"
 * names the maker): more than one word, or a capital inside a word ("FaceTime",
 * "iPhone").
 */
function productLineShaped(name: string): boolean {
  return /\s/u.test(name.trim()) || /\p{Ll}\p{Lu}/u.test(name);
}
/** "drove a Hyundai to …", "his Ford.": a maker's name counted or owned, with no noun after it, is one of its products. */
const OWNED_BEFORE = /\b(?:a|an|his|her|their|my|our|your)\s+$/iu;
const NO_NOUN_AFTER =
  /^(?:\s*[.,;:!?)]|\s+(?:to|in|on|at|from|with|into|that|which|was|is|and|or|parked|stolen)\b|\s*$)/u;

/**
 * Whether an organisation's name stands for one of its products (`PRODUCT_NOUNS`, `OWNED_BEFORE`),
 * or a product line's name before a device (`DEVICE_AFTER`), not the company.
 */
export function productUse(text: string, span: { start: number; end: number }): boolean {
  const after = text.slice(span.end);
  const line = productLineShaped(text.slice(span.start, span.end)) && DEVICE_AFTER.test(after);
  return (
    PRODUCT_AFTER.test(after) || line || (OWNED_BEFORE.test(text.slice(0, span.start)) && NO_NOUN_AFTER.test(after))
  );
}

/** A journalist's role noun, in lower case after the beat it covers: "Pentagon correspondent". */
const BEAT_ROLE = /^\s+(?:correspondent|reporter|producer|columnist)s?\b/u;

/**
 * Whether a body's name is a journalist's beat ("VOA Pentagon correspondent Carla Babb"): the
 * reporter covers that body and works for another, so the words name a role, not the body. An
 * outlet's name there is the reporter's employer ("Fox News correspondent") and still names it.
 */
function beatBefore(text: string, hit: Hit, entity: Entity): boolean {
  return entity.outlet !== true && BEAT_ROLE.test(text.slice(hit.end));
}

/**
 * Whether a place's hit is an alias that names another place standing for it: "Moscow" for
 * Russia (a capital for its government). The name itself ("Mexico", "México"), an initialism
 * ("U.S.", "USA") or a spelling of it is no such alias.
 */
function metonym(hit: Hit, entity: Entity): boolean {
  const key = nameKey(hit.text);
  const own = nameKey(entity.name);
  return key !== own && /\p{Ll}/u.test(hit.text) && !key.startsWith(`${own} `);
}

/**
 * Whether an organisation's hit is the town it is named after: a body called "<Town> <head>"
 * ("Princeton University") goes by the town's name alone ("Princeton"), and after a preposition
 * of place or before "-based" that name is the town (`namesLocation`: "grew up in Princeton", "a
 * Princeton-based firm"), not the body ("studied at Princeton", "a post in Princeton’s economics
 * department").
 */
function townOfBody(text: string, hit: Hit, entity: Entity): boolean {
  const key = nameKey(hit.text);
  const name = nameKey(entity.name);
  if (!name.startsWith(`${key} `) || !ORG_HEADS.has(name.slice(key.length + 1))) return false;
  // "a post in Princeton’s economics department" is the body's.
  if (/^['’]s\b/u.test(text.slice(hit.end))) return false;
  return namesLocation(text, hit);
}

/** Whether `findNames` reads a place's name starting at offset `at` of `text`. */
function placeAt(text: string, at: number): boolean {
  return findNames(text).some((n) => n.kind === "place" && n.start === at);
}

/**
 * Whether a hit names its entity. An alias without the country of a qualified organisation
 * ("Coast Guard" for "U.S. Coast Guard", "Congress" for "Congress of Mexico") names a different
 * body after another country's modifier ("Cuba’s coast guard", "the Cuban navy"). A generic
 * body name ("Congress", "the Defense Ministry") names the entity only when the text says it is
 * that country's: the modifier right before it, else `bodyCountry`; with neither, which
 * country's it is would be a guess, so it is dropped and the words stay an unlinked name. A proper name ("Northern Command") is read from a modifier only. A place, a
 * person or a body the text places elsewhere, titles otherwise or runs into a longer name is not
 * linked either (the helpers above).
 */
function hitStands(
  text: string,
  hit: Hit,
  entity: Entity | undefined,
  context: BodyContext,
  someoneBefore: () => boolean,
  namedBefore = false,
): boolean {
  if (!entity) return true;
  // "a trump card", "pelo rubio", "una mujer morena": a one-word proper name in lower case is a common word.
  if (lowerCaseUse(hit.text) && !isGenericBody(hit.text)) return false;
  // "“The Trump Show,” a new play": a work's quoted title (not a quoted sentence, nor a headline's quote).
  if (!titleCased(text) && inWorkTitle(text, hit)) return false;
  // "the Pacific-12 Conference", "CNN-News18": a name numbered on through a hyphen is another's.
  if (numberedName(text, hit.end)) return false;
  if (entity.kind === "place")
    return (
      // "Atlanta beat Miami 5-3": a place's name scored in a game is its team's.
      !scoredTeam(text, hit) &&
      // "Donald Glover's show Atlanta", "the novel Florida": a work's title after its noun.
      !workNamed(text, hit.start) &&
      // "Moscow, Idaho": an alias ("Moscow" for Russia) placed in a state or country is a town of that name.
      !(nameKey(hit.text) !== nameKey(entity.name) && townOf(text, hit) && !listedAfter(text, hit)) &&
      // "Mexico, Mo.": a country's own name with a U.S. state after it is a town of that state.
      !(namesCountry(hit.text) && townInState(text, hit.end)) &&
      !prefixedPlace(text, hit.start) &&
      !suffixedPlace(text, hit.end) &&
      !currencyCode(text, hit) &&
      // A region's, sea's or city's name that runs on into another ("Pacific Fleet", "Florida State
      // University") is part of that name; a country's ("U.S. Navy") still names the country, but a
      // capital standing for it ("Moscow" for Russia) opens the capital's own names ("The Moscow Times").
      !((namesBody(hit.text) || metonym(hit, entity)) && continuesName(text, hit)) &&
      // "USA Today", "U.S. Steel": a country's name opening a firm's or a paper's name is part of it.
      !(!namesBody(hit.text) && !titleCased(text) && brandAfterCountry(text, hit.end, isPlaceWord)) &&
      // "Royal Caribbean": a region's or a city's name closing a longer name is part of it, also at
      // a sentence's start where the article writes that name elsewhere.
      !(
        namesBody(hit.text) &&
        (closesLongerName(text, hit.start, isPlaceWord) || closesNamedElsewhere(text, hit, context))
      ) &&
      !adjectiveUse(text, hit, entity) &&
      // "Walmart de México said": a firm's name opening the sentence.
      !brandOpensSentence(text, hit) &&
      // "Miss USA", "Miss Mexico": a pageant's title, not the place.
      !pageantTitle(text, hit.start) &&
      // "via Moscow", "a Moscow-based firm": a capital standing for its country names the city here.
      !(metonym(hit, entity) && namesLocation(text, hit))
    );
  if (entity.kind === "person")
    return (
      !otherOffice(text.slice(0, hit.start), text.slice(hit.end), entity) &&
      !opensOtherName(text, hit) &&
      // "Marco Rubio Gómez, a banker": a full name that runs on into another capitalised name is
      // another person's longer name (a register person's own longer form is an alias that won the match).
      !(!hit.short && !titleCased(text) && runsOn(text, hit)) &&
      // "Police in Kent, England, said": a surname alone with a place after its comma is that place.
      !(hit.short && placedAfterComma(text, hit, (at) => placeAt(text, at)))
    );
  if (
    productUse(text, hit) ||
    beatBefore(text, hit, entity) ||
    locatedElsewhere(text.slice(0, hit.start), text.slice(hit.end), hit, entity) ||
    townOf(text, hit) ||
    townOfBody(text, hit, entity) ||
    inLongerPlace(text, hit) ||
    continuesName(text, hit)
  )
    return false;
  // "the Continental Congress", "the Royal Coast Guard": a generic body's name closing another one.
  if (isGenericBody(hit.text) && closesOtherBody(text, hit.start, isPlaceWord)) return false;
  const own = qualifiers(entity);
  if (own.size === 0) return true;
  const said = tokenize(hit.text).some((t) => PLACE_WORDS[t.key] !== undefined);
  if (said) return true;
  const modifier = modifierBefore(text, hit.start) ?? countryAfter(text, hit.end);
  if (modifier !== undefined) return own.has(modifier);
  // "The IDF's Northern Command said …": a proper name the register files with its country ("U.S.
  // Northern Command") is that body once the article has named it in full, or where the text says
  // the country is its own; Israel and India have a Northern Command too.
  if (!isGenericBody(hit.text)) {
    if (namedBefore || !countryDropped(hit, entity)) return true;
    const country = bodyCountry(text.slice(0, hit.start), context, someoneBefore);
    return country !== undefined && own.has(country);
  }
  const country = bodyCountry(text.slice(0, hit.start), context, someoneBefore);
  return country !== undefined && own.has(country);
}

/**
 * Register hits in one sentence, split into those that stand and those a modifier or the
 * context contradicts (their words may still be a found name: "the Defense Ministry in Caracas").
 */
function sortedHits(
  text: string,
  matcher: EntityMatcher,
  known: Set<string>,
  context: BodyContext = NO_CONTEXT,
): { stand: Hit[]; dropped: Hit[] } {
  const stand: Hit[] = [];
  const dropped: Hit[] = [];
  const prior = new Set(known);
  // "HELP US WIN": in a line set in capitals an alias in capitals ("US") may be a common word.
  const shouted = isShouted(text);
  for (const hit of matcher.find(text, known)) {
    if (shouted && !/\p{Ll}/u.test(hit.text) && tokenize(hit.text).length === 1 && !/\./u.test(hit.text)) {
      dropped.push(hit);
      continue;
    }
    // A person named before the hit, registered or not: a generic body may be their country's (`bodyCountry`).
    const someoneBefore = () =>
      stand.some((h) => h.end <= hit.start && matcher.entities.get(h.entityId)?.kind === "person") ||
      findNames(text.slice(0, hit.start)).some((n) => n.kind === "person");
    const entity = matcher.entities.get(hit.entityId);
    // Once the article has placed the body ("the Russian Embassy in Mexico City"), its short form names it again.
    const placed =
      prior.has(hit.entityId) || !entity || !unplaced(text.slice(0, hit.start), hit, entity, context, someoneBefore);
    const ok = placed && hitStands(text, hit, entity, context, someoneBefore, prior.has(hit.entityId));
    (ok ? stand : dropped).push(hit);
  }
  // A full name that names someone else here ("Sen. Ron Johnson") does not enable the register person's surname.
  for (const id of known) if (!prior.has(id) && !stand.some((h) => h.entityId === id && !h.short)) known.delete(id);
  return { stand, dropped };
}

/** A sentence mostly in capitals (three words of three letters or more, two in three of its words): a shouted line. */
function isShouted(text: string): boolean {
  const worded = text.match(/\p{L}{3,}/gu) ?? [];
  const upper = worded.filter((w) => !/\p{Ll}/u.test(w));
  return upper.length >= 3 && upper.length * 3 >= worded.length * 2;
}

/**
 * A short paragraph all in capitals ("NISSAN SENTRA", "FRANCE WINS", "BAAR, SWITZERLAND"): a
 * subhead or a dateline set in capitals, where case tells no name from a common word. Only a
 * place (a dateline's) is read from it; `isShouted` leaves out longer shouted lines whole.
 */
function capitalsLine(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}{2}/u.test(text) && text.trim().split(/\s+/u).length <= 6;
}

/** Register mentions in one sentence, with the hits a modifier or the context contradicts dropped. */
function registerHits(text: string, matcher: EntityMatcher, known: Set<string>, context?: BodyContext): Hit[] {
  return sortedHits(text, matcher, known, context).stand;
}

/** Words that, capitalised right before a surname, are not a given name ("Mr. Trump", "Then Trump said", "Under Biden, …"). */
const NOT_GIVEN = new Set(
  `mr mrs ms miss dr sir president vice former then but and when as if so while after before since because
  although though sen senator rep gov governor gen general secretary minister first lady ambassador judge
  mayor chancellor premier prime king queen prince princess pope adm admiral col capt sgt lt presidente presidenta
  senor senora sr sra don dona un una el la los las a an the under with without for like unlike against about from
  by to of in on at during despite behind between beyond through toward towards until unless whether than`.split(
    /\s+/u,
  ),
);

/** A register person's short name: the one the register gives, or the last word of the name. */
const surnameOf = (person: Entity): string => person.shortName ?? person.name.split(/\s+/u).at(-1) ?? "";

/**
 * The register's people by each one-word name of theirs (the surname, a one-word alias), by
 * its key. Read once per matcher: the register is the same for every article.
 */
function oneWordNames(matcher: EntityMatcher): ReadonlyMap<string, readonly Entity[]> {
  let byWord = oneWordNamesOf.get(matcher);
  if (byWord !== undefined) return byWord;
  const made = new Map<string, Entity[]>();
  for (const person of matcher.entities.values()) {
    if (person.kind !== "person") continue;
    const one = [surnameOf(person), ...person.aliases]
      .map((form) => tokenize(form))
      .filter((tokens) => tokens.length === 1)
      .map((tokens) => (tokens[0] as Token).key);
    for (const key of new Set(one)) made.set(key, [...(made.get(key) ?? []), person]);
  }
  byWord = made;
  oneWordNamesOf.set(matcher, byWord);
  return byWord;
}
const oneWordNamesOf = new WeakMap<EntityMatcher, ReadonlyMap<string, readonly Entity[]>>();

/** A gendered honorific and the name after it: "Mr. Trump" (male), "Mrs Trump" (female). */
const HONORIFIC_NAME = new RegExp(
  String.raw`(?<!\p{L})(?:(${MALE_HONORIFICS})|(${FEMALE_HONORIFICS}))\.?\s+(\p{Lu}[\p{L}’'-]+)`,
  "gu",
);

/**
 * Register people whose one-word name (an alias such as "Trump", or the surname) the article
 * also gives to someone else: "Eric Trump", "Melania Trump", "Donald Trump Jr.". There a bare
 * "Trump" could be either, so it is not linked to the register's person (linking it would be a
 * guess). A given name is a capitalised word right before the surname that is not the
 * register person's own first name, a title or a sentence opener; initials between them
 * ("Donald J. Trump") keep the person the same.
 *
 * Also the title words written right before each such other person's name, by register person:
 * "Economy Secretary Laura Rubio" gives "secretary" and "economy" to Marco Rubio's namesake, so
 * "Secretary Rubio" after her is no more the register's "Secretary Rubio" than a bare "Rubio" is.
 */
function sharedSurnames(blocks: readonly Block[], matcher: EntityMatcher): SharedSurnames {
  const shared = new Set<string>();
  const titles = new Map<string, Set<string>>();
  const byWord = oneWordNames(matcher);
  // "Mr. Trump" and "Mrs. Trump" in one article: the honorifics say two people share the name.
  const honorifics = new Map<string, Set<string>>();
  for (const block of blocks)
    for (const { text } of block.sentences)
      for (const match of text.matchAll(HONORIFIC_NAME)) {
        const key = nameKey(match[3] ?? "");
        const gender = match[1] === undefined ? "female" : "male";
        honorifics.set(key, new Set([...(honorifics.get(key) ?? []), gender]));
      }
  for (const [key, genders] of honorifics)
    if (genders.size > 1) for (const owner of byWord.get(key) ?? []) shared.add(owner.id);
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      const tokens = tokenize(sentence.text);
      tokens.forEach((token, i) => {
        const owners = byWord.get(token.key);
        if (!owners || !/^\p{Lu}/u.test(token.raw)) return;
        const gap = (a: Token, b: Token) => /^[\s.]{1,3}$/u.test(sentence.text.slice(a.end, b.start));
        const next = tokens[i + 1];
        const suffixed = next !== undefined && GENERATION_SUFFIXES.has(next.key) && gap(token, next);
        // Walk back over initials ("J.") to the first word of the run.
        let k = i - 1;
        while (
          k >= 0 &&
          /^\p{Lu}\.?$/u.test((tokens[k] as Token).raw) &&
          gap(tokens[k] as Token, tokens[k + 1] as Token)
        )
          k -= 1;
        const given = tokens[k];
        const named =
          given !== undefined &&
          gap(given, tokens[k + 1] as Token) &&
          !/\./u.test(sentence.text.slice(given.end, (tokens[k + 1] as Token).start)) &&
          /^\p{Lu}\p{Ll}/u.test(given.raw) &&
          !NOT_GIVEN.has(given.key) &&
          // "Secretary of State Rubio", "Attorney General Bondi": a title's words are no given name.
          !TITLES.has(given.key) &&
          !ROLE_FIELDS.has(given.key) &&
          // "Both Trump and …", "Yesterday Trump said", "Republican Trump": nor is an ordinary word.
          !opensAsOrdinaryWord(sentence.text.slice(given.start, token.end)) &&
          PLACE_WORDS[given.key] === undefined;
        for (const owner of owners) {
          const first = tokenize(owner.name)[0]?.key;
          if (!suffixed && !(named && given.key !== first)) continue;
          shared.add(owner.id);
          if (!named) continue;
          const held = titles.get(owner.id) ?? new Set<string>();
          for (let t = k - 1; t >= 0; t -= 1) {
            const word = tokens[t] as Token;
            if (!/^\p{Lu}/u.test(word.raw) || !(TITLES.has(word.key) || ROLE_FIELDS.has(word.key))) break;
            held.add(word.key);
          }
          if (held.size > 0) titles.set(owner.id, held);
        }
      });
    }
  }
  return { ids: shared, titles };
}

/** `sharedSurnames`' answer: the register people whose one-word name is shared, and the titles their namesakes bear. */
interface SharedSurnames {
  readonly ids: ReadonlySet<string>;
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Whether a hit is a titled alias ("Secretary Rubio", "President Sheinbaum": title words, then
 * the person's one-word name) whose title words the article also writes before another person
 * of that name ("Economy Secretary Laura Rubio"): then the title does not tell them apart.
 */
function sharedTitle(hit: Hit, matcher: EntityMatcher, shared: SharedSurnames): boolean {
  const held = shared.titles.get(hit.entityId);
  const entity = matcher.entities.get(hit.entityId);
  if (held === undefined || entity === undefined) return false;
  const words = tokenize(hit.text);
  const last = words.at(-1)?.key;
  const titleWords = words.slice(0, -1);
  return (
    titleWords.length > 0 &&
    last === nameKey(surnameOf(entity)) &&
    titleWords.every((w) => TITLES.has(w.key) || ROLE_FIELDS.has(w.key)) &&
    titleWords.some((w) => held.has(w.key))
  );
}

/**
 * Whether a hit is a register person's one-word name that the article shares with someone
 * else, and not written after their own first name ("Donald J. Trump").
 */
function sharedHit(text: string, hit: Hit, matcher: EntityMatcher, shared: SharedSurnames): boolean {
  const entity = matcher.entities.get(hit.entityId);
  if (!shared.ids.has(hit.entityId) || entity?.kind !== "person") return false;
  if (sharedTitle(hit, matcher, shared)) return true;
  if (tokenize(hit.text).length !== 1) return false;
  const words = tokenize(text.slice(0, hit.start));
  let k = words.length - 1;
  while (k >= 0 && /^\p{Lu}\.?$/u.test((words[k] as Token).raw)) k -= 1;
  return words[k]?.key !== tokenize(entity.name)[0]?.key;
}

const acronymCache = new WeakMap<EntityMatcher, Map<string, Set<string>>>();

/**
 * The register's acronyms (an alias in capitals of one word: "CIA", "ICE"), each with the name
 * keys of every form of the entities that go by it ("central intelligence agency").
 */
function registerAcronyms(matcher: EntityMatcher): Map<string, Set<string>> {
  let acronyms = acronymCache.get(matcher);
  if (!acronyms) {
    acronyms = new Map();
    for (const entity of matcher.entities.values()) {
      const forms = [entity.name, ...entity.aliases];
      const keys = [...forms, ...forms.flatMap((f) => headFirst(f) ?? [])].map(nameKey);
      for (const form of forms.filter(isAcronym)) {
        const key = nameKey(form).replace(/ /gu, "");
        acronyms.set(key, new Set([...(acronyms.get(key) ?? []), ...keys]));
      }
    }
    acronymCache.set(matcher, acronyms);
  }
  return acronyms;
}

/** A form written in capitals as one word, with or without periods: "CIA", "C.I.A.". */
const isAcronym = (form: string) => /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u.test(form.trim());

const domainCache = new WeakMap<EntityMatcher, Map<string, AcronymDomain>>();

/** Words too general to say which body a name is: small words, heads every body has ("agency", "center"), countries. */
const generalWord = (key: string) => key.length < 4 || ORG_HEADS.has(key) || isPlaceWord(key);

/**
 * The organisations' acronyms an article must back with the body's field (`unsupportedAcronyms`):
 * an alias in capitals that is also a word of the language (`acronymIsWord`), of a body whose own
 * name is no acronym ("ICE" of "Immigration and Customs Enforcement"), with the body's other forms
 * and their distinctive words. An acronym that is
 * some entity's own name ("CNN") or a place's or a person's is left out: the name is what it is.
 */
function acronymDomains(matcher: EntityMatcher): Map<string, AcronymDomain> {
  let domains = domainCache.get(matcher);
  if (!domains) {
    const found = new Map<string, { forms: Set<string>; words: Set<string> }>();
    const exempt = new Set<string>();
    for (const entity of matcher.entities.values()) {
      const forms = [entity.name, ...entity.aliases];
      for (const form of forms.filter(isAcronym)) {
        const key = nameKey(form).replace(/ /gu, "");
        if (entity.kind !== "organisation" || isAcronym(entity.name) || !acronymIsWord(key)) {
          exempt.add(key);
          continue;
        }
        const domain = found.get(key) ?? { forms: new Set<string>(), words: new Set<string>() };
        for (const other of forms.filter((f) => !isAcronym(f))) {
          domain.forms.add(nameKey(other));
          for (const token of tokenize(other)) if (!generalWord(token.key)) domain.words.add(token.key);
        }
        found.set(key, domain);
      }
    }
    domains = new Map([...found].filter(([key]) => !exempt.has(key)));
    domainCache.set(matcher, domains);
  }
  return domains;
}

/**
 * The register acronyms an article uses in another sense (`otherSenses`: "the Culinary
 * Institute of America (CIA)"), as a common noun (`termInitialisms`: "an ICE engine") or with
 * nothing that says it is the body's (`unsupportedAcronyms`: "cotton futures on ICE"): none of
 * their hits in that article is linked.
 */
function unlinkedAcronyms(blocks: readonly Block[], matcher: EntityMatcher): Set<string> {
  const sentences = blocks.flatMap((b) => b.sentences.map((s) => s.text));
  const acronyms = registerAcronyms(matcher);
  const terms = sentences.flatMap((text) => [...termInitialisms(text)]).filter((key) => acronyms.has(key));
  return new Set([
    ...otherSenses(sentences, acronyms),
    ...terms,
    ...unsupportedAcronyms(sentences, acronymDomains(matcher)),
  ]);
}

/**
 * Register people the article says, at a full mention, are someone else ("Joe Kent, a high school
 * coach in Ohio,": `otherOffice`). The article then means that other person by the name
 * throughout, so none of its mentions of the name is linked to the register's.
 */
function statedOthers(sentences: readonly SentenceHits[], matcher: EntityMatcher): Set<string> {
  const others = new Set<string>();
  for (const { text, hits } of sentences)
    for (const hit of hits) {
      const entity = matcher.entities.get(hit.entityId);
      if (entity?.kind === "person" && !hit.short && otherOffice(text.slice(0, hit.start), text.slice(hit.end), entity))
        others.add(hit.entityId);
    }
  return others;
}

/**
 * Register people whose one-word name the article writes only as a modifier after a count ("plus
 * 21 Trump cards"), with the nouns it modifies there (`countedNoun`). A count belongs to the noun and
 * a person's name takes none, so the word names a kind of thing; where the article names the person
 * in full or with a title ("Donald Trump", "President Trump": a hit of two words or more), the
 * person it is ("two Trump aides") stays theirs. The same compound without its count ("the Trump
 * cards") reads the same.
 */
function countedNames(sentences: readonly SentenceHits[], matcher: EntityMatcher): Map<string, Set<string>> {
  const counted = new Map<string, Set<string>>();
  const full = new Set<string>();
  for (const { text, hits } of sentences)
    for (const hit of hits) {
      if (matcher.entities.get(hit.entityId)?.kind !== "person") continue;
      const oneWord = tokenize(hit.text).length === 1;
      if (!oneWord) full.add(hit.entityId);
      const noun = oneWord ? countedNoun(text, hit) : undefined;
      if (noun !== undefined) counted.set(hit.entityId, new Set([...(counted.get(hit.entityId) ?? []), noun]));
    }
  for (const id of full) counted.delete(id);
  return counted;
}

/** Whether a hit is a counted compound's word (`countedNames`): "Trump" in "21 Trump cards", "the Trump cards". */
const countedHit = (text: string, hit: Hit, counted: ReadonlyMap<string, ReadonlySet<string>>) => {
  const nouns = counted.get(hit.entityId);
  return nouns !== undefined && tokenize(hit.text).length === 1 && modifiesNoun(text, hit, nouns);
};

/** Whether a hit is an acronym the article uses in another sense (`unlinkedAcronyms`). */
const otherSense = (hit: Hit, unlinked: ReadonlySet<string>) =>
  unlinked.size > 0 && isAcronym(hit.text) && unlinked.has(nameKey(hit.text).replace(/ /gu, ""));

/** A sentence's text and the register hits `matcher.find` gives in it (no entity known yet). */
interface SentenceHits {
  readonly text: string;
  readonly hits: readonly Hit[];
}

/**
 * What an article says once that rules its register hits everywhere in it: surnames two register
 * people share (`sharedSurnames`), acronyms it means otherwise (`unlinkedAcronyms`), people it says
 * are someone else (`statedOthers`), its dateline's country, the longer names it closes on a
 * place (`placeClosedNames`) and people's names it writes as a counted noun's modifier
 * (`countedNames`). Read once per article by `findMentions` and `findEntities` alike; the passes
 * share one `matcher.find` per sentence.
 */
interface ArticleReading {
  /** Every sentence with its register hits, found once for the passes below and `findEntities`. */
  readonly sentences: readonly SentenceHits[];
  readonly shared: SharedSurnames;
  readonly unlinked: ReadonlySet<string>;
  readonly others: ReadonlySet<string>;
  readonly dateline: string | undefined;
  readonly closedNames: ReadonlySet<string>;
  readonly openedNames: ReadonlySet<string>;
  readonly counted: ReadonlyMap<string, ReadonlySet<string>>;
}

function readArticle(blocks: readonly Block[], matcher: EntityMatcher): ArticleReading {
  const sentences = blocks.flatMap((b) => b.sentences.map(({ text }) => ({ text, hits: matcher.find(text) })));
  return {
    sentences,
    shared: sharedSurnames(blocks, matcher),
    unlinked: unlinkedAcronyms(blocks, matcher),
    others: statedOthers(sentences, matcher),
    dateline: datelineCountry(blocks),
    closedNames: placeClosedNames(sentences, matcher),
    openedNames: placeOpenedNames(sentences, matcher),
    counted: countedNames(sentences, matcher),
  };
}

/** A hit the article's own words rule out (`ArticleReading`): a shared surname, an acronym in another sense, someone else. */
const unfitHit = (text: string, hit: Hit, matcher: EntityMatcher, reading: ArticleReading) =>
  sharedHit(text, hit, matcher, reading.shared) ||
  otherSense(hit, reading.unlinked) ||
  reading.others.has(hit.entityId) ||
  opensNamedElsewhere(text, hit, reading.openedNames) ||
  countedHit(text, hit, reading.counted) ||
  // "a cell beneath the Pentagon": the building, not the body that works in it.
  (matcher.entities.get(hit.entityId)?.kind === "organisation" && roomInBuilding(text, hit.start));

/** All register mentions in an article's blocks, in document order (short names after full mentions). */
export function findMentions(blocks: readonly Block[], matcher: EntityMatcher): Mention[] {
  const known = new Set<string>();
  const mentions: Mention[] = [];
  const reading = readArticle(blocks, matcher);
  let previous = "";
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      const context = { previous, dateline: reading.dateline, closedNames: reading.closedNames };
      previous = sentence.text;
      for (const hit of registerHits(sentence.text, matcher, known, context)) {
        if (unfitHit(sentence.text, hit, matcher, reading)) continue;
        mentions.push({
          entityId: hit.entityId,
          text: hit.text,
          anchor: sentence.anchor,
          blockIndex: block.blockIndex,
          start: hit.start,
          end: hit.end,
        });
      }
    }
  }
  return withoutUnfitNamesakes(blocks, mentions, matcher);
}

/** Title words too general to tell one holder of a name from another ("former", "chief"). */
const GENERAL_TITLES = new Set("former acting vice deputy assistant co chief executive leader head senior".split(" "));

/**
 * Register people whose name others share (`namesakes`), mentioned in an article that writes no
 * title or role word of theirs with the name: "Ron Johnson said the tariffs would hurt Wisconsin
 * farmers" names a Ron Johnson, not the register's ambassador, as far as the text tells. Their
 * mentions are dropped; the words stay unlinked, since which one it is would be a guess.
 */
function withoutUnfitNamesakes(
  blocks: readonly Block[],
  mentions: readonly Mention[],
  matcher: EntityMatcher,
): Mention[] {
  const ids = new Set(mentions.map((m) => m.entityId).filter((id) => matcher.entities.get(id)?.namesakes));
  if (ids.size === 0) return [...mentions];
  const sentences = new Map(blocks.flatMap((b) => b.sentences.map((s) => [s.anchor, s.text] as const)));
  const unfit = new Set(
    [...ids].filter((id) => {
      const person = matcher.entities.get(id);
      const own = new Set(
        tokenize(`${person?.role ?? ""} ${person?.description ?? ""}`)
          .map((t) => t.key)
          .filter((key) => TITLES.has(key) && !GENERAL_TITLES.has(key)),
      );
      return !mentions.some(
        (m) =>
          m.entityId === id &&
          tokenize(sentences.get(m.anchor) ?? "").some(
            (t) => own.has(t.key) && !quotedAt(sentences.get(m.anchor) ?? "", t.start),
          ),
      );
    }),
  );
  return mentions.filter((m) => !unfit.has(m.entityId));
}

/**
 * An entity the register lacks, found in the text by `findNames`: not yet reviewed by an
 * editor. Its id is the slug of its name, so the page keeps its URL when an editor files it
 * (`npm run propose`) under that id.
 */
export interface FoundEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: NameKind;
  readonly reviewed: false;
  /** Other spellings seen for the same name key (accents, case, periods). */
  readonly aliases: readonly string[];
  readonly description?: undefined;
  readonly role?: undefined;
  readonly source?: undefined;
  readonly shortName?: undefined;
  readonly outlet?: undefined;
  readonly namesakes?: undefined;
}

/**
 * Whether a name may be an outlet's: a known outlet's, or one with an outlet's word in it ("The
 * Boston Globe", "Brooklyn Daily Eagle", "New England Journal of Medicine").
 */
function outletNamed(name: string): boolean {
  return knownOutlet(name) !== undefined || tokenize(name).some((t) => isOutletWord(t.key));
}

/** Register mentions and found names of one article. */
export interface ArticleEntities {
  readonly mentions: readonly Mention[];
  /** Entities the register lacks, by id, as first written in this article. */
  readonly found: readonly FoundEntity[];
}

/** What the analysis needs besides the register: strings editors say are not entities. */
export interface EntityOptions {
  /** Names that are never entities ("Operation Southern Spear"), compared by `nameKey`. */
  readonly notEntities?: ReadonlySet<string>;
}

/** The id a found name gets: its slug, unless a register entity already has that id. */
export function foundId(name: string, registerIds: { has(id: string): boolean }): string {
  // By its key, so "Trump’s administration" and "Trump administration" share one page.
  const slug = slugify(nameKey(name)) || "name";
  return registerIds.has(slug) ? `${slug}-found` : slug;
}

/**
 * Every entity mention of one article: the register's (as `findMentions`), then names the
 * register lacks (`findNames`, body sentences only: headings are title case). A found name
 * that a register mention covers, or contains with the same kind ("Ricardo Trevilla Trejo"),
 * is the register's. A person's surname alone counts after their full name in the same
 * article ("Dmitry Peskov … Peskov"), unless two people found share it (then it is not
 * linked: which one would be a guess); so does the leading part of one person's longer name
 * ("Carrie Lam Cheng Yuet-ngor … Carrie Lam").
 */
export function findEntities(
  blocks: readonly Block[],
  matcher: EntityMatcher,
  options: EntityOptions = {},
): ArticleEntities {
  const known = new Set<string>();
  const mentions: Mention[] = [];
  const found = new Map<string, { name: string; kind: NameKind; aliases: Set<string> }>();
  /** Surname key → found person id, or null when two people share it. */
  const surnames = new Map<string, string | null>();
  /** First word key → the found person whose full name opens on it, or null when two names do. */
  const leading = new Map<string, string | null>();
  const formKeys = registerFormKeys(matcher);
  const reading = readArticle(blocks, matcher);
  const { shared } = reading;
  // A surname the article's register person and someone found share ("Donald Trump", "Eric Trump") is neither's alone.
  const blocked = new Set(
    [...shared.ids].flatMap((id) => {
      const person = matcher.entities.get(id);
      const full = reading.sentences.some((s) =>
        s.hits.some((h) => h.entityId === id && tokenize(h.text).length > 1 && !sharedTitle(h, matcher, shared)),
      );
      return person && full ? [nameKey(surnameOf(person)), ...person.aliases.map(nameKey)] : [];
    }),
  );
  const lastSentence = blocks.at(-1)?.sentences.at(-1);
  // The whole article's text, read only where a name's other uses decide it (`writtenAsCompany`).
  let joined: string | undefined;
  const articleText = (): string => (joined ??= blocks.map((b) => b.text).join("\n"));
  // An initialism the article once uses as a common noun ("an 8-core CPU") is one throughout.
  // So is one it defines as a thing's name ("the Asynchronous Task Framework (ATF)", `thingInitialisms`).
  const terms = new Set(
    blocks.flatMap((b) => b.sentences.flatMap((s) => [...termInitialisms(s.text), ...thingInitialisms(s.text)])),
  );
  // "the New York State Attorney General (NYAG)": the acronym names that body throughout.
  const defined = new Map<string, { name: string; kind: NameKind }>();
  for (const block of blocks)
    for (const { text } of block.sentences) {
      for (const definition of definedBodies(text, matcher))
        defined.set(definition.acronym, { name: definition.name, kind: "organisation" });
      // "Richard M. Stallman (RMS)": the initialism is that person's throughout.
      for (const definition of definedPeople(text))
        defined.set(definition.acronym, { name: definition.name, kind: "person" });
    }
  // "the New York State Attorney General" … "the NYAG's questions": an initialism no sentence defines,
  // spelled by one body's name the article writes (`spelledBodies`), is that body.
  const sentenceTexts = blocks.flatMap((b) => b.sentences.map((s) => s.text));
  const undefinedAcronyms = new Set(
    sentenceTexts.flatMap((text) =>
      tokenize(text)
        .filter((t) => /^\p{Lu}{2,6}$/u.test(t.raw) && !defined.has(t.key) && !formKeys.has(t.key) && !terms.has(t.key))
        .map((t) => t.key),
    ),
  );
  const spelled = spelledBodies(sentenceTexts, undefinedAcronyms);
  // German capitalises its nouns: its names are read again by what makes a word a noun (`germanNameSpans`).
  const germanNounSet = writtenInGerman(articleText()) ? germanNouns(sentenceTexts) : undefined;
  // Spanish opens sentences and names institutions with words the finder takes for names (`spanishNameSpans`).
  const spanishText = germanNounSet === undefined && writtenInSpanish(articleText());
  const namesIn = (text: string, familyNames: ReadonlySet<string>) =>
    germanNounSet !== undefined
      ? germanNameSpans(text, findNames(text, familyNames), germanNounSet)
      : spanishText
        ? spanishNameSpans(text, findNames(text, familyNames))
        : findNames(text, familyNames);
  for (const [acronym, name] of spelled.byAcronym)
    if (!formKeys.has(nameKey(name))) defined.set(acronym, { name, kind: "organisation" });
  const spelledAt = new Map<string, AcronymDefinition[]>();
  let sentenceIndex = 0;
  for (const block of blocks)
    for (const { anchor } of block.sentences) {
      const here = (spelled.at.get(sentenceIndex) ?? []).filter((d) => defined.get(d.acronym)?.name === d.name);
      if (here.length > 0) spelledAt.set(anchor, here);
      sentenceIndex += 1;
    }
  // "the Nasdaq Composite .IXIC": a name the article gives a market code names an instrument throughout.
  const instruments = new Set(blocks.flatMap((b) => b.sentences.flatMap((s) => [...instrumentNames(s.text)])));
  // "HTML, CSS and SVG", "ISBN 978…": an initialism written as a thing and never as a body (`bodilessInitialisms`).
  const bodiless = bodilessInitialisms(sentenceTexts);
  /** Papers named in full so far, by their last word: "the Journal" is the one "… Journal" named before. */
  const papers = new Map<string, Set<string>>();
  const notePaper = (id: string, name: string | undefined) => {
    const head = name === undefined ? undefined : outletHeadOf(name);
    if (head !== undefined) papers.set(head, new Set([...(papers.get(head) ?? []), id]));
  };
  /** The paper a bare "the Journal" names again, when the article named exactly one such paper before. */
  const paperFor = (head: string): string | undefined => {
    const ids = papers.get(head);
    return ids?.size === 1 ? [...ids][0] : undefined;
  };
  /**
   * The one person a one-word name is, as the first word of their full name ("Yoon" after "Yoon Suk
   * Yeol", "Samantha" after "Samantha Bielefeld"): only when no other person the article named has
   * that word in their name (a surname, a first name of another), no surname is it, and it is no
   * word compromise knows alone as a place or a body.
   */
  const leadingPerson = (key: string): string | undefined => {
    const id = leading.get(key);
    if (id === undefined || id === null || surnames.has(key)) return undefined;
    // "Georgia" after "Georgia Ruiz", "Ford" after "Ford Madox Ford": a word known alone as a place's or
    // a body's name may be that place or body.
    const alone = termTags(found.get(id)?.name.split(/\s+/u)[0] ?? "")[0];
    if (alone?.has("Place") === true || alone?.has("Organization") === true) return undefined;
    const others = [
      ...[...found].filter(([other, e]) => other !== id && e.kind === "person").map(([, e]) => e.name),
      ...[...known].flatMap((k) => {
        const entity = matcher.entities.get(k);
        return entity?.kind === "person" ? [entity.name, ...entity.aliases] : [];
      }),
    ];
    return others.some((name) => tokenize(name).some((t) => t.key === key)) ? undefined : id;
  };
  /** The person an initialism the text defined stands for ("RMS" after "Richard M. Stallman (RMS)"), by id. */
  const initialismPerson = (token: Token): string | undefined => {
    const full = isAcronym(token.raw) ? defined.get(token.key) : undefined;
    if (full?.kind !== "person") return undefined;
    const id = foundId(full.name, matcher.entities);
    return found.has(id) ? id : wholeHit(full.name, matcher);
  };
  /** The body the article named by `name` so far (the register's, a found one, or a defined acronym's), by id. */
  const namedBody = (name: string): string | undefined => {
    const full = isAcronym(name) ? (defined.get(nameKey(name).replace(/ /gu, ""))?.name ?? name) : name;
    const id = foundId(full, matcher.entities);
    if (found.get(id)?.kind === "organisation") return id;
    const hit = wholeHit(full, matcher) ?? wholeHit(name, matcher);
    return hit !== undefined && matcher.entities.get(hit)?.kind === "organisation" ? hit : undefined;
  };
  // Runs the body writes capitalised inside a sentence: where one opens a sentence, it is a name there too (`actorNames`).
  const inside = namesWrittenInside(
    blocks.filter((b) => b.kind !== "heading").flatMap((b) => b.sentences.map((s) => s.text)),
  );
  let previous = "";
  // Readers' comments an extractor let through are not the article's names.
  const comments = commentThreadFrom(blocks);
  for (const block of blocks) {
    // A photo caption ends with its credit; the whole caption is page furniture.
    if (block.blockIndex >= comments || isCredit(block.text)) continue;
    const furniture = isFurniture(block);
    for (const sentence of block.sentences) {
      const text = sentence.text;
      // A page's note glued onto a paragraph ("© 2025 Fox News Network", "Reporting by …; Editing by …"),
      // except the author's name in an embedded post's signature: the article quotes their post.
      const furnished = furniture || isFurnitureSentence(text);
      const signature = furnished ? signatureName(text) : undefined;
      if (furnished && signature === undefined) continue;
      const context = { previous, dateline: reading.dateline, closedNames: reading.closedNames };
      previous = text;
      const at = (entityId: string, start: number, end: number): Mention => ({
        entityId,
        text: text.slice(start, end),
        anchor: sentence.anchor,
        blockIndex: block.blockIndex,
        start,
        end,
      });
      // A sentence that is its whole block was asked as the block, above.
      if (text !== block.text && isCredit(text)) continue;
      // "MEXICO CITY (AP) —": the agency in a dateline is a credit, not a mention.
      // Its agency stands in brackets: a sentence without one is not tried (the pattern backtracks over every comma).
      const credit = text.includes("(") ? DATELINE_CREDIT.exec(text) : null;
      const listings = [...listingLines(text), ...linkedItemLines(text), ...codeLists(text)];
      // "Jane Roe/Harbour Wire The mayor …": a picture's credit opening its caption (the photographer, the agency).
      const creditEnd = OPENING_SLASHED_CREDIT.exec(text)?.[0].length ?? 0;
      const outside = (m: { start: number; end: number }) =>
        m.start >= creditEnd &&
        // "follow her on Twitter", "Facebook:": the site's own account, no platform the article tells of.
        !platformPrompted(text, m) &&
        (signature === undefined || (m.start >= signature.start && m.start < signature.end)) &&
        (!credit || m.start < credit.index + (credit[1]?.length ?? 0) || m.start >= credit.index + credit[0].length) &&
        !listings.some((line) => m.start >= line.start && m.start < line.end) &&
        // "Tested by: Jane Roe": a credit's field names who made the page, not whom it tells of.
        !CREDIT_LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
      const sorted = sortedHits(text, matcher, known, context);
      const unfit = (hit: Hit) => unfitHit(text, hit, matcher, reading);
      sorted.dropped.push(...sorted.stand.filter(unfit));
      const hits = sorted.stand.filter((hit) => outside(hit) && !unfit(hit));
      const here: Mention[] = hits.map((hit) => at(hit.entityId, hit.start, hit.end));
      for (const hit of hits) if (matcher.entities.get(hit.entityId)?.outlet) notePaper(hit.entityId, hit.text);
      if (block.kind !== "heading") {
        // A text cut off mid-word ("… said Claudia Sheinbau") ends on a broken name: not a name.
        const cut = sentence === lastSentence && !/[.!?:;"”’')\]…]\s*$/u.test(text);
        const whole = (span: NameSpan) => !cut || span.end < text.trimEnd().length;
        // Surnames of register people the article named so far: "Melania Trump" after "Donald Trump" is a
        // relative's name. (Not a found name's last word: "Super Mario Run" makes no family of "Temple Run".)
        const familyNames = new Set(
          [...known].flatMap((id) => {
            const entity = matcher.entities.get(id);
            return entity?.kind === "person" ? [nameKey(surnameOf(entity))] : [];
          }),
        );
        const names = withDefinitions(
          namesIn(text, familyNames),
          [
            ...definedBodies(text, matcher),
            // Not words the register reads: its hit stands ("the U.S. Coast Guard").
            ...(spelledAt.get(sentence.anchor) ?? []).filter(
              (d) => !hits.some((h) => h.start < d.end && d.start < h.end),
            ),
          ],
          defined,
        );
        const capitals = capitalsLine(block.text);
        // The block's italic runs, as offsets in this sentence.
        const italics = (block.italics ?? [])
          .filter(([start, end]) => start >= sentence.start && end <= sentence.end)
          .map(([start, end]) => [start - sentence.start, end - sentence.start] as const);
        for (const read of names.filter((n) => outside(n) && whole(n) && (n.kind === "place" || !capitals))) {
          // "NBC News Pentagon correspondent": the outlet's name without the beat (`beatBefore`) closing it.
          const beat = sorted.dropped.find(
            (h) => h.end === read.end && h.start > read.start && BEAT_ROLE.test(text.slice(h.end)),
          );
          const cut = beat === undefined ? "" : text.slice(read.start, beat.start).trimEnd();
          if (beat !== undefined && cut === "") continue;
          const unbeaten =
            beat === undefined ? read : { ...read, end: read.start + cut.length, text: cut, name: undefined };
          // "a Harbour Times Poll", "a new Harbour Times Voter Tracker poll": the paper's poll, which names the paper.
          const pollster =
            unbeaten.kind === "organisation"
              ? (OUTLET_POLL.exec(unbeaten.text)?.[1] ??
                (POLL_AFTER.test(text.slice(unbeaten.end)) ? pollsterOf(unbeaten.text) : undefined))
              : undefined;
          const uncut =
            pollster === undefined || !outletNamed(pollster)
              ? unbeaten
              : { ...unbeaten, end: unbeaten.start + pollster.length, text: pollster, name: undefined };
          // "the Motorola Razr": a well-known company's product names the company (`knownMaker`); not
          // where the product stands for a thing ("a Nintendo Switch controller", `productUse`).
          const maker =
            uncut.kind === "organisation" &&
            uncut.name === undefined &&
            !productUse(text, uncut) &&
            !writtenAsCompany(articleText(), uncut.text)
              ? knownMaker(uncut.text, isPlaceWord)
              : undefined;
          let made =
            maker === undefined || !uncut.text.startsWith(maker)
              ? uncut
              : { ...uncut, end: uncut.start + maker.length, text: maker };
          // "Chelsea have paid the fee": a one-word "person" with a plural verb is a body (`collectiveSubject`),
          // unless the article named a person so before, or an honorific says it is one ("Moore and Ms.
          // Lassiter are": two people, the plural verb theirs).
          // "Colombian Dana Roe": a demonym before a person's name is no part of it (`demonymBeforeName`).
          const demonym = made.kind === "person" && made.name === undefined ? demonymBeforeName(made.text) : 0;
          if (demonym > 0) made = { ...made, start: made.start + demonym, text: made.text.slice(demonym) };
          const collective =
            made.kind === "person" &&
            made.name === undefined &&
            !HONORIFIC_JUST_BEFORE.test(text.slice(0, made.start)) &&
            !surnames.has(nameKey(made.text)) &&
            leadingPerson(nameKey(made.text)) === undefined &&
            collectiveSubject(text, made.start, made.end);
          const span = collective ? { ...made, kind: "organisation" as const } : honorificOrigin(text, made);
          const name = span.name ?? span.text;
          const key = nameKey(name);
          // A register form is the register's, unless its hit here was dropped (another country's body).
          const overlapping = sorted.dropped.filter((h) => h.start < span.end && h.end > span.start);
          // "the government of Mexico City": the dropped hit took the words of another register name.
          const other = formKeys.has(key) ? wholeHit(span.text, matcher) : undefined;
          // "Donald Trump’s administration" where the register files the "Trump administration": that body.
          const renamed = span.name !== undefined && formKeys.has(key) ? wholeHit(span.name, matcher) : undefined;
          if (renamed !== undefined && other === undefined) {
            if (!here.some((m) => m.entityId === renamed && m.start < span.end && m.end > span.start))
              here.push(at(renamed, span.start, span.end));
            continue;
          }
          if (other && overlapping.every((h) => h.entityId !== other)) {
            if (overlapping.length > 0 && !here.some((m) => m.start < span.end && m.end > span.start))
              here.push(at(other, span.start, span.end));
            continue;
          }
          const contradicted = overlapping.length > 0;
          if (key === "" || options.notEntities?.has(key) || (formKeys.has(key) && !contradicted)) continue;
          // "_Fox & Friends_ host", "_Logan Lucky_": a name inside a work's italic title names the work.
          if (italics.length > 0 && inItalicTitle(text, span, italics, outletNamed)) continue;
          // "on “Meet The Press”", "a booklet titled “The Wit and Wisdom of Jane Roe”": a name cut from a longer
          // quoted title is part of the work's name, as a register hit there is (`cutFromWorkTitle`).
          if (!titleCased(text) && cutFromWorkTitle(text, span)) continue;
          // "Jo Roe, Deputy News Director at …": words that open on a title and run into another are a
          // person's office and its field (`officeField`), no body.
          if (span.kind === "organisation" && span.name === undefined && officeField(text, span)) continue;
          if (instruments.has(key)) continue;
          // "the Journal", "the Times": the paper named in full before, or no entity of its own.
          const paperHead = span.kind === "person" ? undefined : bareOutletHead(span.text);
          if (paperHead !== undefined) {
            const paper = paperFor(paperHead);
            if (paper !== undefined && !here.some((m) => m.start < span.end && m.end > span.start))
              here.push(at(paper, span.start, span.end));
            continue;
          }
          // "Miss Mexico": a pageant's title names no place (`pageantTitle`); "Walmart de México said"
          // a firm (`brandOpensSentence`).
          if (span.kind === "place" && (pageantTitle(text, span.start) || brandOpensSentence(text, span))) continue;
          // "BUFFALO, N.Y. —", "Dekalb, Ill.": a state's abbreviation after its town names a place, no body.
          if (span.kind === "organisation" && stateAfterTown(text, span.start)) continue;
          // "the British company": a demonym before a common noun describes it (`demonymBeforeNoun`).
          if (span.kind === "organisation" && demonymBeforeNoun(text, span)) continue;
          // "How Will You Use Your Sleeping Bag?": a pronoun inside a "person" makes a title-cased clause, no name.
          if (span.kind === "person" && span.name === undefined && PRONOUN_INSIDE.test(span.text)) continue;
          // "streams with the username LillyMoonCat": an account's name, no body's or person's.
          if (span.kind !== "place" && USERNAME_BEFORE.test(text.slice(0, span.start))) continue;
          // "Danish investment company", "veteran Democratic strategist": any such adjective (`adjectiveBeforeNoun`).
          if (span.kind === "organisation" && span.name === undefined && adjectiveBeforeNoun(text, span)) continue;
          // "the FSF Board of Directors": a body's governing board, after the body's name, is that body named again.
          const board = span.kind === "organisation" ? BOARD_OF.exec(span.text)?.[1] : undefined;
          const owner = board === undefined ? undefined : namedBody(board);
          if (board !== undefined && owner !== undefined) {
            here.push(at(owner, span.start, span.start + board.length));
            continue;
          }
          // "the eight PSVR games", "a programmatic RTB exchange": an initialism inside a common noun phrase.
          if (span.kind === "organisation" && span.name === undefined && initialismInPhrase(text, span)) continue;
          if (span.kind === "organisation" && span.name === undefined && bodiless.has(key) && !defined.has(key))
            continue;
          // "WidgetConfig.xml", "new FooHandler(", "features such as Team Sync": code, or a kind of thing (`codeOrKindName`).
          if (codeOrKindName(text, span)) continue;
          // "…, S.A.", "Research & Associates Inc.", "the … Crossword": a cut piece of a name or a paper's feature (`nameFragment`).
          if (span.kind !== "place" && span.name === undefined && nameFragment(text, span)) continue;
          // "Webb's Ford sedan", "drove a Hyundai": a maker's name standing for its product.
          if (span.kind === "organisation" && productUse(text, span)) continue;
          // "she needed to Google the words": a firm's name in a verb's slot names no firm there (`usedAsVerb`).
          if (span.kind === "organisation" && span.name === undefined && usedAsVerb(text, span.start, span.end))
            continue;
          // "an upgraded AMD Polaris GPU" names a thing, as "GPU" alone does.
          if (span.kind !== "person" && terms.has(key.split(" ").at(-1) ?? "")) continue;
          const inside = hits.filter((h) => h.start < span.end && h.end > span.start);
          if (inside.some((h) => h.start <= span.start && h.end >= span.end)) continue;
          const words = key.split(" ");
          const person =
            span.kind === "person"
              ? inside.find((h) => matcher.entities.get(h.entityId)?.kind === "person")
              : undefined;
          if (person) {
            // "Donald J. Trump", "Ricardo Trevilla Trejo": the register person's fuller name is a
            // mention of them; "Donald Trump Jr." is another person.
            const own = tokenize(matcher.entities.get(person.entityId)?.name ?? "").map((t) => t.key);
            const index = here.findIndex((m) => m.start === person.start && m.entityId === person.entityId);
            if (GENERATION_SUFFIXES.has(words.at(-1) ?? "") && !own.includes(words.at(-1) ?? "")) {
              if (index >= 0) here.splice(index, 1);
            } else {
              if (index >= 0 && words[0] === own[0]) here.splice(index, 1, at(person.entityId, span.start, span.end));
              continue;
            }
          }
          // "New Mexico", "Central America", "Ciudad de México": a longer place name that holds a
          // registered one names another place.
          const place =
            span.kind === "place" ? inside.find((h) => matcher.entities.get(h.entityId)?.kind === "place") : undefined;
          if (place) {
            const index = here.findIndex((m) => m.start === place.start && m.entityId === place.entityId);
            if (index >= 0) here.splice(index, 1);
          }
          if (!person && !place && inside.some((h) => matcher.entities.get(h.entityId)?.kind === span.kind)) continue;
          // An organisation named after a person is not a mention of the person; a place word inside
          // its name ("Asia Pacific Media Network") is part of the name, not a mention of the place;
          // so is a region or city that opens it ("Caribbean Community", "Florida International
          // University"), where a country's name opening one ("U.S. Army") still names the country.
          // So is a building or a place named after a person ("Trump Tower").
          if (span.kind !== "person") {
            for (const h of inside) {
              const kind = matcher.entities.get(h.entityId)?.kind;
              if (
                span.kind === "organisation" &&
                kind === "place" &&
                (((h.start > span.start || namesBody(h.text)) &&
                  h.end < span.end &&
                  !/\bof\s+(?:the\s+)?$/u.test(text.slice(span.start, h.start))) ||
                  // "University of Florida": a region or a city closing a body's name, unless it is the place's government.
                  namedAfterPlace(text, h, span, namesBody(h.text)) ||
                  brandClosedByCountry(text, h, span))
              ) {
                const index = here.findIndex((m) => m.start === h.start && m.entityId === h.entityId);
                if (index >= 0) here.splice(index, 1);
                continue;
              }
              if (kind !== "person") continue;
              // "Trump’s administration" still names Trump; "Trump administration" names the body.
              if (/^['’]/u.test(text.slice(h.end))) continue;
              const index = here.findIndex((m) => m.start === h.start && m.entityId === h.entityId);
              if (index >= 0) here.splice(index, 1);
            }
          }
          // "“…,” York said" after "Kate York": a person's surname speaking is that person, though
          // compromise reads the word as a place. Only as a speech verb's subject, and never a country.
          if (span.kind === "place" && !/\s/u.test(span.text) && !namesCountry(span.text)) {
            const id = surnames.get(key);
            if (id && SPEAKS_AFTER.test(text.slice(span.end))) {
              here.push(at(id, span.start, span.end));
              continue;
            }
          }
          if (span.kind === "person" && span.name === undefined && !/\s/u.test(span.text)) {
            // A surname alone is linked after its person's full name, never guessed otherwise; so is
            // the first word of one person's full name (`leadingPerson`).
            const id = surnames.has(key) ? surnames.get(key) : leadingPerson(key);
            if (id) here.push(at(id, span.start, span.end));
            // "President Obama" with no full name: the title says the surname is a person's. Not when
            // a registered person goes by it: which one is meant would be a guess.
            // "Brazil star Neymar": so does a star's or a performer's noun for a person known by one name.
            // "Soelistyo, head of the rescue agency,": so does a person's role set off after the word.
            const titled =
              titledSurname(text.slice(0, span.start)) ||
              MONONYM_BEFORE.test(text.slice(0, span.start)) ||
              roleSetOffAfter(text.slice(span.end));
            if (id !== undefined || !titled || registerShortKeys(matcher).has(key)) continue;
          }
          // "Sierra Nevada" after "Sierra Nevada Corporation": a company's name without its legal suffix;
          // "Disney" after "Walt Disney Co.", "Schwab" after "Charles Schwab Corp.": a firm named after
          // its founder, by the surname (a body's one-word name only, so "Bank of America Corp." gives
          // no "America").
          const company = [...found].filter(([, e]) => {
            const stem = e.kind === "organisation" ? companyStem(nameKey(e.name)) : undefined;
            if (stem === undefined || nameKey(e.name) === key) return false;
            const founder = span.kind === "organisation" && stem.split(" ").length === 2 && stem.endsWith(` ${key}`);
            return stem === key || founder;
          });
          if (company.length === 1) {
            here.push(at((company[0] as [string, unknown])[0], span.start, span.end));
            continue;
          }
          // "the Fed" after "the Federal Reserve": a word our lists read as a body's, clipped from the first word
          // of one body the article named before, is that body (`clippedBody`).
          const clipped = span.kind === "organisation" ? clippedBody(span.text, found) : undefined;
          if (clipped !== undefined) {
            here.push(at(clipped, span.start, span.end));
            continue;
          }
          // "the Department of Energy" or "Energy officials" after "the Energy Department": one body (`sameBodyAs`).
          const body = span.kind === "organisation" ? sameBodyAs(key, found) : undefined;
          if (body !== undefined) {
            here.push(at(body, span.start, span.end));
            continue;
          }
          if (span.kind === "person") {
            // "Carrie Lam" after "Carrie Lam Cheng Yuet-ngor": the leading part of one person's full name.
            const fuller = [...found].filter(([, e]) => e.kind === "person" && nameKey(e.name).startsWith(`${key} `));
            if (fuller.length === 1) {
              const fullId = (fuller[0] as [string, unknown])[0];
              here.push(at(fullId, span.start, span.end));
              // Its last word is the surname the article uses next ("Carrie Lam … Lam").
              const surname = words.at(-1) as string;
              surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== fullId ? null : fullId);
              continue;
            }
            // "Caro Quintero" after "Rafael Caro Quintero": a surname of several words, the closing part
            // of a person's full name. Two people it could close are neither's, and no new person either.
            // "De Blasio" after "Bill DeBlasio": a surname's particle written apart or joined is one surname.
            const joined = PARTICLE_SURNAME.test(key) ? key.replace(/ /gu, "") : undefined;
            const closing = [...found].filter(
              ([, e]) =>
                e.kind === "person" &&
                (nameKey(e.name).endsWith(` ${key}`) ||
                  (joined !== undefined && surnameKey(nameKey(e.name)) === joined)),
            );
            if (closing.length === 1) here.push(at((closing[0] as [string, unknown])[0], span.start, span.end));
            if (closing.length > 0) continue;
            // "Pat Carlineo", "Patrick W. Carlineo" after "Patrick Carlineo Jr.": one person's name, varied.
            // Two people it could be are neither (`samePersonName`).
            const own = foundId(name, matcher.entities);
            const variants = [...found].filter(
              ([other, e]) => other !== own && e.kind === "person" && samePersonName(nameKey(e.name), key),
            );
            if (variants.length === 1) {
              const variantId = (variants[0] as [string, unknown])[0];
              here.push(at(variantId, span.start, span.end));
              continue;
            }
          }
          const id = foundId(name, matcher.entities);
          if (span.kind === "organisation") notePaper(id, name);
          const entry = found.get(id) ?? { name: unshouted(name), kind: span.kind, aliases: new Set<string>() };
          // "WASHINGTON —" then "Washington": the dateline's capitals are typography, the text's own spelling names it.
          if (shouted(entry.name) && !shouted(name)) entry.name = name;
          if (name !== entry.name) entry.aliases.add(name);
          found.set(id, entry);
          here.push(at(id, span.start, span.end));
          if (span.kind === "person" && words.length > 1) {
            // "Patrick Carlineo Jr." goes by "Carlineo", not by "Jr.".
            const surname = surnameKey(key);
            const clash = blocked.has(surname) || (surnames.has(surname) && surnames.get(surname) !== id);
            surnames.set(surname, clash ? null : id);
            // "Kim Yong-hyun" goes by "Kim": a name written surname first by its form; another name's
            // first word is that person's only where no one else has it (`leadingPerson`).
            const first = words[0] as string;
            if (writtenSurnameFirst(name)) {
              const other = (map: ReadonlyMap<string, string | null>) => map.has(first) && map.get(first) !== id;
              const taken = blocked.has(first) || other(surnames) || other(leading);
              surnames.set(first, taken ? null : id);
            } else leading.set(first, leading.has(first) && leading.get(first) !== id ? null : id);
          }
        }
        // An outlet the text cites ("told Reuters", "according to The Wall Street Journal") is an organisation.
        // "told _Mashable_", "the latest issue of _Maxim_": a publication set in italics (`italicOutlets`).
        const cites = [...findOutletCitations(text), ...italicOutlets(text, italics)];
        for (const cited of cites.filter(outside)) {
          const key = nameKey(cited.label);
          if (key === "" || options.notEntities?.has(key) || formKeys.has(key)) continue;
          // "published in March": a month or a day is when, never an outlet.
          if (TIME_WORDS.has(key)) continue;
          if (here.some((m) => m.start < cited.end && m.end > cited.start)) continue;
          const head = bareOutletHead(cited.label);
          if (head !== undefined) {
            const paper = paperFor(head);
            if (paper !== undefined) here.push(at(paper, cited.start, cited.end));
            continue;
          }
          const id = foundId(cited.label, matcher.entities);
          notePaper(id, cited.label);
          const entry = found.get(id) ?? {
            name: cited.label,
            kind: "organisation" as const,
            aliases: new Set<string>(),
          };
          found.set(id, entry);
          here.push(at(id, cited.start, cited.end));
        }
        // A body the sentence's grammar names ("Apple plans to", "according to Toyota"): not a surname of
        // someone the article named, whom the next step links.
        for (const actor of actorNames(text, [...names, ...sorted.dropped, ...here], inside)
          .filter(outside)
          .filter(whole)) {
          const key = nameKey(actor.text);
          if (options.notEntities?.has(key) || formKeys.has(key) || instruments.has(key) || terms.has(key)) continue;
          if (surnames.has(key) || familyNames.has(key) || leadingPerson(key) !== undefined) continue;
          // The last word of a longer name the article gave ("Marsh" after "Ellen Marsh", whatever kind
          // that name was read as) refers back to it: no new body; so does the first word of a name
          // written surname first ("Tsai" after "Tsai Ing-wen", `writtenSurnameFirst`).
          const surnameOfFound = (f: { name: string }) =>
            surnameKey(nameKey(f.name)) === key ||
            (writtenSurnameFirst(f.name) && nameKey(f.name).split(" ")[0] === key);
          if ([...found.values()].some((f) => f.name.includes(" ") && surnameOfFound(f))) continue;
          const id = foundId(actor.text, matcher.entities);
          found.set(id, found.get(id) ?? { name: actor.text, kind: "organisation", aliases: new Set<string>() });
          here.push(at(id, actor.start, actor.end));
        }
        // A surname compromise did not tag ("Peskov said"), after its person's full name.
        const tokens = tokenize(text);
        // The first word of one person's full name, alone (`leadingPerson`): not one that opens a longer
        // name ("Will Ferrell"), nor an ordinary word opening the sentence ("Will the deal hold?").
        // The person first: the ordinary-word test tags the sentence, and almost no word opens a full name.
        const leadingWordAt = (t: number): string | undefined => {
          const token = tokens[t] as Token;
          const person = leadingPerson(token.key);
          if (person === undefined) return undefined;
          const next = tokens[t + 1];
          if (next !== undefined && /^\p{Lu}/u.test(next.raw) && /^\s+$/u.test(text.slice(token.end, next.start)))
            return undefined;
          if (t === 0 && opensAsOrdinaryWord(text.slice(token.start))) return undefined;
          return person;
        };
        tokens.forEach((token, t) => {
          const id = surnames.get(token.key) ?? leadingWordAt(t) ?? initialismPerson(token);
          if (!id || !/^\p{Lu}/u.test(token.raw)) return;
          if (here.some((m) => m.start < token.end && m.end > token.start)) return;
          // "Caro Quintero": capitalised words before the surname that close the full name with it are the surname too.
          const full = ` ${nameKey(found.get(id)?.name ?? "")}`;
          let first = t;
          for (let k = t - 1; k >= 0; k -= 1) {
            const word = tokens[k] as Token;
            if (!/^\p{Lu}/u.test(word.raw) || text.slice(word.end, (tokens[k + 1] as Token).start) !== " ") break;
            const part = ` ${tokens
              .slice(k, t + 1)
              .map((w) => w.key)
              .join(" ")}`;
            if (!full.endsWith(part) || full === part) break;
            first = k;
          }
          const start = (tokens[first] as Token).start;
          if (here.some((m) => m.start < token.end && m.end > start)) return;
          here.push(at(id, start, token.end));
        });
      }
      mentions.push(...here.sort((a, b) => a.start - b.start));
    }
  }
  // "Apple CarPlay" where the article names Apple alone: the company's product, no entity of its own
  // (`makersProduct`); its mentions go with it.
  const makers = new Set(
    mentions
      .filter((m) => (found.get(m.entityId)?.kind ?? matcher.entities.get(m.entityId)?.kind) === "organisation")
      .map((m) => tokenize(m.text))
      .filter((tokens) => tokens.length === 1)
      .map((tokens) => (tokens[0] as Token).key),
  );
  /** Found one-word company id → the longer company it is the short name of. */
  const shortOf = new Map<string, string>();
  for (const [id, entry] of found) {
    if (entry.kind !== "organisation" || !makersProduct(entry.name, makers, isPlaceWord)) continue;
    if (!writtenAsCompany(articleText(), entry.name)) {
      found.delete(id);
      continue;
    }
    // "Activision" beside "Activision Blizzard (ATVI 0.34%)": the longer name is the company's own
    // (`writtenAsCompany`), so its first word alone is its short name, not another body.
    const first = (tokenize(entry.name)[0] as Token).key;
    for (const [otherId, other] of found)
      if (otherId !== id && other.kind === "organisation" && nameKey(other.name) === first) shortOf.set(otherId, id);
  }
  for (const otherId of shortOf.keys()) found.delete(otherId);
  const merged = mentions.map((m) => {
    const id = shortOf.get(m.entityId);
    return id === undefined ? m : { ...m, entityId: id };
  });
  mentions.splice(0, mentions.length, ...merged);
  dropThings(blocks, mentions, found);
  return {
    mentions: withoutUnfitNamesakes(
      blocks,
      mentions.filter((m) => found.has(m.entityId) || matcher.entities.has(m.entityId)),
      matcher,
    ),
    found: [...found].map(([id, { name, kind, aliases }]) => ({
      id,
      name,
      kind,
      reviewed: false,
      aliases: [...aliases],
    })),
  };
}

/**
 * "using Chromium's NetLog dumping", "a Morris Trust structure": a found person or body every
 * mention of which stands in a thing's slot (`thingSlot`) names no one; it leaves `found`, and the
 * caller's filter drops its mentions.
 */
function dropThings(
  blocks: readonly Block[],
  mentions: readonly Mention[],
  found: Map<string, { name: string; kind: NameKind }>,
) {
  const texts = new Map(blocks.flatMap((b) => b.sentences.map((s) => [s.anchor, s.text] as const)));
  for (const [id, entry] of found) {
    if (entry.kind === "place") continue;
    const own = mentions.filter((m) => m.entityId === id);
    if (own.length === 0) continue;
    if (own.every((m) => thingSlot(texts.get(m.anchor) ?? "", m.start, m.end))) found.delete(id);
    // "announced “Harbor Quest Run,” its first game": a "person" whose full name, wherever the article writes it,
    // fills a pair of double quotation marks by itself is a title or a nickname the text sets off, not a person it
    // names (`fillsQuotation`); its shorter forms ("Harbor Quest's levels") go with it.
    const full = own.filter((m) => nameKey(m.text) === nameKey(entry.name));
    if (
      entry.kind === "person" &&
      full.length > 0 &&
      full.every((m) => fillsQuotation(texts.get(m.anchor) ?? "", m.start, m.end))
    )
      found.delete(id);
    // "a gala in Beverly Hills", "the party town Van Vieng": a "person" the article only ever names where a
    // place stands (`placeSlot`) is a place whose first word is a given name.
    if (entry.kind === "person" && own.every((m) => placeSlot(texts.get(m.anchor) ?? "", m.start, m.end)))
      found.delete(id);
    // "Ingrid Goes West is currently streaming on …": a streamed work's title, wherever the article writes it.
    if (own.some((m) => streamedWork(texts.get(m.anchor) ?? "", m.start, m.end))) found.delete(id);
    // "a FatalFailure state", "(ClaimTask)": a word shaped as a firm's name that the article only
    // ever writes as a code's term (`brandTermUse`) is no firm.
    const tokens = tokenize(entry.name);
    if (entry.kind !== "organisation" || tokens.length !== 1 || !isBrandShaped(tokens[0] as Token)) continue;
    const uses = own.map((m) => brandTermUse(texts.get(m.anchor) ?? "", m.start, m.end));
    if (uses.includes("term") && !uses.includes("other")) found.delete(id);
  }
}

/**
 * The bodies a sentence defines an acronym for, by a name ending on a body's head or a title
 * ("the Federal Communications Commission (FCC)", "the New York State Attorney General (NYAG)"),
 * not a person's or a place's name ("Andrés Manuel López Obrador (AMLO)", "the United Arab Emirates
 * (UAE)") nor words a register entity's hit
 * covers (the register reads those: "the Culinary Institute of America (CIA)" is `otherSenses`').
 */
function definedBodies(text: string, matcher: EntityMatcher): AcronymDefinition[] {
  const definitions = acronymDefinitions(text);
  if (definitions.length === 0) return [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const names = findNames(text);
  const hits = matcher.find(text);
  return definitions.filter(
    (d) =>
      // A body's or an office's name ends on its head or its title ("… Commission", "… Attorney General"),
      // or opens on a body's head before what it is of ("Department of Energy").
      // or holds a head and what it is for or of ("UN Relief and Works Agency for Palestine").
      ([ORG_HEADS, TITLES].some((heads) => heads.has(nameKey(d.name).split(" ").at(-1) ?? "")) ||
        (bodyHead(nameKey(d.name).split(" ")[0] ?? "") && / of /u.test(d.name)) ||
        nameKey(d.name)
          .split(" ")
          .some((w, k, all) => ORG_HEADS.has(w) && /^(?:of|for|on)$/u.test(all[k + 1] ?? ""))) &&
      !names.some(
        (n) =>
          (n.kind === "person" && overlaps(n, d)) || (n.kind === "place" && n.start === d.start && n.end === d.end),
      ) &&
      !hits.some((h) => overlaps(h, d)),
  );
}

/**
 * A sentence's names with the bodies it defines an acronym for read whole (the words findNames
 * split, "New York State" and a title, are one body's name), and each defined acronym
 * ("NYAG") named as the body it stands for.
 */
function withDefinitions(
  names: readonly NameSpan[],
  here: readonly AcronymDefinition[],
  defined: ReadonlyMap<string, { name: string; kind: NameKind }>,
): NameSpan[] {
  if (defined.size === 0) return [...names];
  const bodies: NameSpan[] = here.map((d) => ({ start: d.start, end: d.end, text: d.name, kind: "organisation" }));
  const kept = names
    .filter((n) => !here.some((d) => n.start < d.end && d.start < n.end))
    .map((n) => {
      const full = /\s/u.test(n.text) ? undefined : defined.get(nameKey(n.text).replace(/ /gu, ""));
      return full === undefined || !isAcronym(n.text) ? n : { ...n, kind: full.kind, name: full.name };
    });
  return [...kept, ...bodies].sort((a, b) => a.start - b.start);
}

/** A body's governing board after its name: "FSF Board of Directors", "Acme Board of Trustees". */
const BOARD_OF = /^(.+?)\s+Board\s+of\s+(?:Directors|Trustees|Governors)$/u;

/**
 * Whether an initialism stands inside a common noun phrase, between a lower-case adjective, noun
 * or number and the lower-case noun it qualifies ("the eight PSVR games", "a programmatic RTB
 * exchange", "healthcare ICT solutions"): a kind of thing, no body. Not an initialism the lexicon
 * knows as a body's ("former FBI agents"), not after a determiner or a possessive ("their ICC
 * plans"), and not before a noun for a body's people ("senior DHS officials", "a JPL scientist").
 */
/** A credit rating's grade ("AAA", "BB"), written before what it grades ("AAA bonds", "a BBB rating"). */
const RATING = /^(?:A{1,3}|B{1,3}|C{1,3})$/u;
const RATED_AFTER = /^[\s-]+(?:bonds?|notes?|debt|paper|securities|ratings?|grade|status|rated)\b/u;

export function initialismInPhrase(text: string, span: { start: number; end: number; text: string }): boolean {
  if (RATING.test(span.text) && RATED_AFTER.test(text.slice(span.end))) return true;
  if (!/^\p{Lu}{2,6}$/u.test(span.text) || termTags(span.text).some((t) => t.has("Organization"))) return false;
  const before = /(?:^|[^\p{L}\p{N}'’-])(\p{Ll}[\p{Ll}-]*|\d+)\s$/u.exec(text.slice(0, span.start))?.[1];
  const after = /^\s(\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(span.end))?.[1];
  if (before === undefined || after === undefined || NOT_A_HEAD.has(after) || /ly$/u.test(after)) return false;
  const beforeTags = termTags(before)[0] ?? new Set<string>();
  const qualifies =
    ["Adjective", "Noun", "Value"].some((t) => beforeTags.has(t)) &&
    !["Determiner", "Pronoun", "Possessive", "Preposition", "Conjunction", "Verb"].some((t) => beforeTags.has(t));
  if (!qualifies) return false;
  const one = after.replace(/s$/u, "");
  return (
    !BODY_PEOPLE_NOUNS.has(one) &&
    !termTags(after).some((t) => t.has("Actor")) &&
    !termTags(one).some((t) => t.has("Actor"))
  );
}

/**
 * The one body of `found` whose name's first word `word` clips ("Fed" for "Federal Reserve"): a
 * capitalised word of three or four letters, half that word or less, that the lexicon knows as no
 * organisation of its own. A word a longer one derives from is no clipping of it ("Congress" is not
 * the "Congressional Budget Office"), nor is a firm's name ("Intel", no "Intelligence Committee").
 * Two such bodies are neither.
 */
export function clippedBody(
  word: string,
  found: ReadonlyMap<string, { readonly name: string; readonly kind: NameKind }>,
): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,3}$/u.test(word) || termTags(word).some((tags) => tags.has("Organization"))) return undefined;
  const bodies = [...found].filter(([, e]) => {
    const [first, ...rest] = e.name.split(/\s+/u);
    return (
      e.kind === "organisation" &&
      rest.length > 0 &&
      first !== undefined &&
      first.length >= word.length * 2 &&
      first.startsWith(word)
    );
  });
  return bodies.length === 1 ? (bodies[0] as [string, unknown])[0] : undefined;
}

/** Heads of a government body's name that take its field before or after "of" ("Energy Department", "Department of Energy"). */
const FIELD_HEADS = "department|ministry|secretariat";
const HEAD_OF_FIELD = new RegExp(`^(${FIELD_HEADS}) of (\\p{L}+(?: \\p{L}+)?)$`, "u");
const FIELD_THEN_HEAD = new RegExp(`^(\\p{L}+(?: \\p{L}+)?) (${FIELD_HEADS})$`, "u");

/**
 * The one body of `found` that a body's name `key` (a name key) names again in another form: the
 * same head and field swapped about "of" ("department of energy" after "energy department", and
 * back), or the field alone ("energy" after "energy department", as "Energy officials" and
 * "staff at Energy" name it). Two such bodies are neither; "of" with anything but a field, as in
 * "Department of Veterans Affairs" before "Veterans Affairs Department", swaps the same way.
 * A party's members ("Republicans") and the party ("Republican Party") are one body too.
 */
export function sameBodyAs(
  key: string,
  found: ReadonlyMap<string, { readonly name: string; readonly kind: NameKind }>,
): string | undefined {
  const ofForm = HEAD_OF_FIELD.exec(key);
  const fieldForm = FIELD_THEN_HEAD.exec(key);
  const wanted = (other: string): boolean => {
    if (membersParty(key).includes(other) || membersParty(other).includes(key)) return true;
    if (ofForm) return other === `${ofForm[2]} ${ofForm[1]}`;
    if (fieldForm) return other === `${fieldForm[2]} of ${fieldForm[1]}`;
    const field = FIELD_THEN_HEAD.exec(other)?.[1] ?? HEAD_OF_FIELD.exec(other)?.[2];
    return !key.includes(" ") && field === key;
  };
  const bodies = [...found].filter(([, e]) => e.kind === "organisation" && wanted(nameKey(e.name)));
  return bodies.length === 1 ? (bodies[0] as [string, unknown])[0] : undefined;
}

/** A name written in capitals, as a dateline sets its place ("WASHINGTON", "SAN DIEGO"): words of three letters or more, none lower case. */
const shouted = (name: string) => /\p{Lu}{3}/u.test(name) && !/\p{Ll}/u.test(name);

/**
 * A dateline's place in the case the text writes names in: "WASHINGTON —" names Washington, the
 * capitals are the dateline's typography. Initialisms ("FBI", "U.S.") are not shouted words.
 */
function unshouted(name: string): string {
  if (!shouted(name) || (name.split(/\s+/u).length === 1 && /^\p{Lu}{2,6}$/u.test(name))) return name;
  return name.replace(/\p{Lu}{3,}/gu, (word) => `${word[0] as string}${word.slice(1).toLowerCase()}`);
}

/** A wire trailer opening a body sentence, in English or Spanish ("(Reporting by …", "Edición de …"). */
const WIRE_TRAILER = new RegExp(`^${wireTrailerOpening({ spanish: true })}`, "iu");

/** A name closed by "Poll" or "Survey", what comes before (a pollster's name) captured: "Harbour Times Poll". */
const OUTLET_POLL = /^(\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*)\s+(?:Poll|Survey)$/u;
/** A poll or survey in lower case right after a name: the name is the poll's ("a new Harbour Times Voter Tracker poll"). */
const POLL_AFTER = /^\s+(?:poll|survey)s?\b/u;

/**
 * The outlet a poll's name opens on ("Harbour Times" of "Harbour Times Voter Tracker"): the name's
 * longest shorter part that ends on an outlet's word or is a known outlet, else undefined.
 */
function pollsterOf(name: string): string | undefined {
  const tokens = tokenize(name);
  for (let k = tokens.length - 2; k >= 0; k -= 1) {
    const token = tokens[k] as Token;
    const part = name.slice(0, token.end);
    if (knownOutlet(part) !== undefined || isOutletWord(token.key)) return part;
  }
  return undefined;
}

/** A surname opened by a particle, written apart: "de blasio", "van sebille" (keys). */
const PARTICLE_SURNAME = /^(?:de|di|da|du|del|della|van|von|le|la) \p{L}+$/u;

/** A writer's name, a bar and an e-mail address opening a line: the byline of a newspaper's site. */
const ADDRESSED_BYLINE =
  /^\s*(?:By\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*\|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

/** The verb of a contributor's line, in either case (what `isCredit`'s two such lines both need). */
const CONTRIBUTED = /contributed/iu;

/**
 * A credit line kept in a body ("(Reporting by … ; Editing by …)", "(AP Photo/Jane Doe)", a byline):
 * the people in it wrote or photographed the article, the article does not name them.
 */
function isCredit(text: string): boolean {
  return (
    hasPhotoCredit(text) ||
    WIRE_TRAILER.test(text) ||
    // "[Jane Roe]" closing a list entry, "Roe, J., and A. Doe." before a cited title (`isCreditedNames`).
    isCreditedNames(text) ||
    // "Craig McDean/GQ" alone on its line: a picture's or a reporter's credit.
    (text.includes("/") && SLASHED_CREDIT_LINE.test(text.trim())) ||
    // "Jane Roe | jroe@example.com": a byline with the writer's address for readers to write to.
    (text.includes("@") && ADDRESSED_BYLINE.test(text)) ||
    // A byline left in the body ("By Jill Serjeant", "Written by Jill Serjeant", "Story by …") and a
    // contributor's line ("Heba Habib contributed to this report.").
    /^(?:(?:Written|Reported|Story|Words|Text)\s+by|By)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5}\s*$/u.test(
      text.trim(),
    ) ||
    // (Both contributors' lines hold the verb, which most sentences lack: asked first, as cheaply.)
    (CONTRIBUTED.test(text) &&
      (/\bcontributed (?:reporting )?to this (?:report|article|story)\.?\s*$/iu.test(text) ||
        // A credit with nothing after the verb: "The Associated Press contributed.", "Jane Roe contributed reporting."
        /^\s*(?:The\s+)?\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,6}\s+contributed(?:\s+reporting)?\.?\s*$/u.test(
          text,
        )))
  );
}

/** A line that opens on a date then a colon or dash, as a listing's line does ("April 22: Town hall"). */
const DATED_LINE = /(?:^|\n)[^\n:—–]{3,30}(?::|\s[-—–])\s/u;

/**
 * The lines of a sentence that the timeline reads as a listing ("April 22: Town hall on trade,
 * Laredo College"; dates/furniture.ts isListingLine): a page's events list or table names what
 * is scheduled, not who did something, so its names are no mentions either.
 */
function listingLines(text: string): { start: number; end: number }[] {
  if (!DATED_LINE.test(text)) return [];
  return [...findEventDates(text), ...relativeDateSpans(text)]
    .filter((span) => isListingLine(text, span))
    .map((span) => {
      const newline = text.indexOf("\n", span.end);
      return { start: text.lastIndexOf("\n", span.start - 1) + 1, end: newline < 0 ? text.length : newline };
    });
}

/** A numbered list item's line: "3) …", "12. …". */
const ITEM_LINE = /^\d{1,3}[).]\s+\S/u;
/** A line that is only a web address, as a list of shop links prints each item's link. */
const URL_LINE = /^<?https?:\/\/\S+>?\\?$/u;

/**
 * The item lines of a numbered list whose items each go on with a line holding only a link (two
 * or more do): "3) Acme Deluxe Box Set (Blu-Ray)\nhttp://…". Such a list titles what each link
 * leads to, a product or another page, so the names in it are the titles' words, no mentions.
 */
export function linkedItemLines(text: string): { start: number; end: number }[] {
  if (!text.includes("\n")) return [];
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, end: at + line.length, text: line.trim() });
    at += line.length + 1;
  }
  const items = lines.filter((line) => ITEM_LINE.test(line.text));
  const linked = items.filter((item) => URL_LINE.test(lines[lines.indexOf(item) + 1]?.text ?? ""));
  return linked.length >= 2 ? items.map(({ start, end }) => ({ start, end })) : [];
}

/**
 * A dateline's place in capitals and or its day ("WASHINGTON (AP) —", "Aug. 12 (UPI) --",
 * "LIMA, Peru, Sept. 3 (Reuters) -"), then its agency in brackets: group 1 is the place and day.
 * The town in capitals may have its state or country after it in ordinary case ("HOUSTON, Texas
 * (KTRK) --"): the bracket is then the station or agency that filed the story, as after a town alone.
 */
const DATELINE_CREDIT =
  /^((?:[\p{Lu}][\p{Lu}\s.,’']+(?:\p{Lu}\p{Ll}+\.?(?:\s\p{Lu}\p{Ll}+\.?)?\s)?|(?:[\p{Lu}][\p{L}\s.,’']*,\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2},?\s*))\([^)]{1,40}\)\s*[—–-]/u;

/** A speech verb right after a name: its subject speaks ("York said", "York added"). */
const SPEAKS_AFTER = new RegExp(`^\\s+(?:${alternation(SPEECH_VERBS)})\\b`, "u");

/** A capitalised word and a comma right before an offset: the town a state's name may follow. */
const TOWN_BEFORE = /(?<![\p{L}.'’-])\p{Lu}[\p{L}.'’-]*,\s+$/u;

/** Whether the name at `start` is the state of the town before it ("Buffalo, N.Y."). */
function stateAfterTown(text: string, start: number): boolean {
  const town = TOWN_BEFORE.exec(text.slice(0, start));
  return town !== null && townInState(text, town.index + town[0].indexOf(","));
}

/**
 * Whether a capitalised run opens on a title and a capitalised title follows it right after:
 * "Deputy News Director", "Chief Content Officer". The words between are the field of a
 * person's office, as "Sports" is in "Sports Editor", not a body's name, however much one of
 * them looks like a body's ("News").
 */
function officeField(text: string, span: { start: number; end: number; text: string }): boolean {
  const first = tokenize(span.text)[0];
  const next = /^\s+(\p{Lu}[\p{L}.]*)/u.exec(text.slice(span.end))?.[1];
  return (
    first !== undefined &&
    /^\p{Lu}/u.test(first.raw) &&
    TITLES.has(first.key) &&
    next !== undefined &&
    TITLES.has(nameKey(next))
  );
}

/**
 * Whether the words before a lone name make it a person's: a title ("President Obama"), or a kin
 * noun before a given name ("his wife Grace"), which `findNames` only types as a person when the
 * word is known as a given name.
 */
function titledSurname(before: string): boolean {
  return PERSONAL_TITLE.test(before) || KIN_BEFORE.test(before);
}

const shortKeyCache = new WeakMap<EntityMatcher, Set<string>>();

/** Name keys of the register's people's short names (surnames by default). */
function registerShortKeys(matcher: EntityMatcher): Set<string> {
  let keys = shortKeyCache.get(matcher);
  if (!keys) {
    keys = new Set([...matcher.entities.values()].filter((e) => e.kind === "person").map((e) => nameKey(surnameOf(e))));
    shortKeyCache.set(matcher, keys);
  }
  return keys;
}

/** The register entity a name is in full (one hit over all its words), if any. */
function wholeHit(name: string, matcher: EntityMatcher): string | undefined {
  const hits = matcher.find(name);
  const [only] = hits;
  return hits.length === 1 && only && only.start === 0 && only.end === name.trimEnd().length
    ? only.entityId
    : undefined;
}

const formKeyCache = new WeakMap<EntityMatcher, Set<string>>();

/** Name keys of every register name and alias: a found name equal to one is the register's. */
function registerFormKeys(matcher: EntityMatcher): Set<string> {
  let keys = formKeyCache.get(matcher);
  if (!keys) {
    keys = new Set([...matcher.entities.values()].flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
    formKeyCache.set(matcher, keys);
  }
  return keys;
}

/** Mention counts per entity, most mentioned first (ties by id). */
export function mentionCounts(mentions: readonly Mention[]): { entityId: string; count: number; anchors: string[] }[] {
  const byId = new Map<string, { entityId: string; count: number; anchors: string[] }>();
  for (const mention of mentions) {
    const entry = byId.get(mention.entityId) ?? { entityId: mention.entityId, count: 0, anchors: [] };
    entry.count += 1;
    if (!entry.anchors.includes(mention.anchor)) entry.anchors.push(mention.anchor);
    byId.set(mention.entityId, entry);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
}
