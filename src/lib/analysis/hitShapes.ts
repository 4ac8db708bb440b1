/**
 * Shapes of the words around a register alias's hit that say those words name something other
 * than the register's entity. Each is read from the text alone, so a hit in one of them is left
 * unlinked rather than linked by a guess:
 *
 * - `lowerCaseUse`: a one-word proper name written in lower case is a common word ("a trump card",
 *   "pelo rubio", "una mujer morena"); a full name in lower case ("claudia sheinbaum") is still the
 *   name, and a generic body's ("congress") the caller reads as such.
 * - `inWorkTitle`: a hit inside a quoted, title-cased run is part of a work's name ("“The Trump
 *   Show,” a new play"), not a mention of the person or place; a quoted sentence is not a title.
 * - `inItalicTitle`: the same for a found name inside an italic, title-cased run ("_Fox & Friends_").
 * - `cutFromWorkTitle`: a found name cut from a longer quoted title ("The Press" of "“Meet The Press”").
 * - `townInState`: a country's name followed by a U.S. state after a comma is a town ("Mexico,
 *   Missouri", "Lebanon, Pa."), since no country is written with a state after it.
 * - `placedAfterComma`: a surname followed by a place and a clause break is that place ("Police in
 *   Kent, England, said"), not the person, whose name a place never qualifies so.
 * - `brandAfterCountry`: a country's name that opens a firm's, a paper's or an event's name ("USA
 *   Today", "U.S. Steel", "US Airways") is part of that name; one that opens a body of its state
 *   ("U.S. Army", "U.S. Justice Department", "U.S. President") still names the country.
 * - `namedAfterPlace`: a region's or a city's name inside an organisation's name ("University of
 *   Florida", "Royal Caribbean") is part of it; the place's own government ("City of Atlanta",
 *   "State of Florida") still names the place.
 * - `closesOtherBody`: a generic body's name after another capitalised word ("the Continental
 *   Congress", "the Royal Coast Guard") closes another body's name.
 * - `pageantTitle`: a place's name right after the honorific "Miss" is a beauty pageant's title
 *   ("Miss USA", "Miss Mexico"), not the place; no one is addressed by a place's name.
 * - `numberedName`: a name a hyphen joins to a number ("the Pacific-12 Conference", "CNN-News18") is
 *   part of a longer name, another body's: a place or a body is never numbered so itself.
 * - `workNamed`: a place's name right after a work's or a band's noun ("his show Atlanta", "the
 *   novel Florida", "the band Chicago") is that work's or band's title, not the place.
 * - `namesLocation`: a name after a preposition of place ("via Moscow", "in Princeton"), at one
 *   end of a route ("from Moscow to Berlin") or before a compound's half that sets something there
 *   ("Moscow-based") names the place itself, not a body it stands for or is named after.
 */
import { tokenize } from "#lib/text/tokens.ts";
import { bodyNounBefore, opensAsOrdinaryWord, PLACED_PARTS, ROLE_FIELDS, TIME_WORDS, TITLES } from "./names.ts";

/** A span within a sentence. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether the name at `start` follows the honorific "Miss", capitalised (`pageantTitle`). */
export function pageantTitle(text: string, start: number): boolean {
  return /(?<!\p{L})Miss\s+$/u.test(text.slice(0, start));
}

/**
 * A work's or a band's noun in lower case, after the word that determines it, right before the
 * name (`workNamed`): "Donald Glover's show ", "the FX series ", "the novel ", "a band ".
 */
const WORK_NOUN_BEFORE =
  /(?<![\p{L}-])(?:the|a|an|his|her|their|its|our|my|your|this|that|new|hit|\p{Lu}[\p{L}.'’-]*)\s+(?:TV\s+|television\s+|comedy\s+|drama\s+)?(?:show|series|sitcom|film|movie|documentary|novel|book|memoir|album|song|single|play|musical|podcast|band|opera|poem)\s+$/u;

/** Whether the name at `start` is a work's or a band's title after its noun (`workNamed`). */
export function workNamed(text: string, start: number): boolean {
  return WORK_NOUN_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** Whether the name ending at `end` runs on through a hyphen into a number or a word with digits (`numberedName`). */
export function numberedName(text: string, end: number): boolean {
  return /^[-‐–][\p{L}]*\p{N}/u.test(text.slice(end, end + 12));
}

/** Whether a hit is one word with no capital letter (`lowerCaseUse`). */
export function lowerCaseUse(hitText: string): boolean {
  return !/\p{Lu}/u.test(hitText) && tokenize(hitText).length === 1;
}

/** Opening and closing quotation marks of one pair. */
const QUOTES: readonly (readonly [string, string])[] = [
  ["“", "”"],
  ['"', '"'],
  ["‘", "’"],
  ["«", "»"],
  ["„", "“"],
];

/** Small words a title leaves in lower case ("The Art of the Deal", "Gone with the Wind"). */
const TITLE_SMALL = new Set(
  "a an the and or but nor of in on at by for to from with as vs via de la el del y".split(" "),
);

/** The quoted run around `span`, when one pair of quotation marks encloses it within the sentence. */
function quotedRun(text: string, span: Span): string | undefined {
  for (const [open, close] of QUOTES) {
    const start = text.lastIndexOf(open, span.start - 1);
    if (start < 0) continue;
    // The straight quote opens and closes alike: an even count before it means it opens.
    if (open === close && (text.slice(0, start).split(open).length - 1) % 2 === 1) continue;
    const end = text.indexOf(close, span.end);
    if (end < 0) continue;
    const inner = text.slice(start + open.length, end);
    // A closing mark between the opening one and the hit means the hit is outside that quotation.
    if (text.slice(start + open.length, span.start).includes(close)) continue;
    // An apostrophe ("Trump’s") is no closing single quote: the run must end at a word's edge.
    if (close === "’" && /^\p{L}/u.test(text.slice(end + 1))) continue;
    return inner;
  }
  return undefined;
}

/**
 * Whether `span` lies inside a quoted run written as a title: two to twelve words, every word
 * but the small ones capitalised, and more words than the hit's own.
 */
export function inWorkTitle(text: string, span: Span): boolean {
  const run = quotedRun(text, span)?.replace(/[,.;:!?]+$/u, "");
  if (run === undefined) return false;
  if (tokenize(run).length <= tokenize(text.slice(span.start, span.end)).length) return false;
  return titleShaped(run);
}

/** Two to twelve words, every word but the small ones capitalised (or a number): how a work's title is written. */
function titleShaped(run: string): boolean {
  const words = run.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL.has(w.toLowerCase())));
}

/**
 * Whether a found name is cut from a longer quoted title (`inWorkTitle`), a leading article
 * aside: "The Press" of "“Meet The Press”", "Wisdom of Jane Roe" of "“The Wit and Wisdom of
 * Jane Roe”". A name the quotation holds whole but for its article ("“The Harbor Press”") is
 * the name itself, quoted.
 */
export function cutFromWorkTitle(text: string, span: Span): boolean {
  if (!inWorkTitle(text, span)) return false;
  const run = (quotedRun(text, span) ?? "").replace(/[,.;:!?]+$/u, "").replace(/^\s*(?:the|a|an)\s+/iu, "");
  return tokenize(run).length > tokenize(text.slice(span.start, span.end).replace(/^(?:the|a|an)\s+/iu, "")).length;
}

/**
 * Whether `span` lies inside an italic run (`italics`, offsets in `text`) written as a work's
 * title: "_Fox & Friends_ host", "_Logan Lucky_", "_Henry Gamble’s Birthday Party_". Pages set
 * a show's, a film's, a book's or a game's title in italics; what it names is a work, not a person
 * or a body. Not a run of one word (a paper's or a site's name: "told _Mashable_"), not an
 * outlet's name (`isOutlet`: "_The Boston Globe_", "_The Atlantic_") or a run a body's noun
 * introduces ("the journal _Annals of …_"), and not a credit ("_Reporting by Jane Roe_"), whose
 * words are names.
 */
export function inItalicTitle(
  text: string,
  span: Span,
  italics: readonly (readonly [number, number])[],
  isOutlet: (name: string) => boolean,
): boolean {
  const around = italics.find(([start, end]) => start <= span.start && span.end <= end);
  if (around === undefined) return false;
  const run = text
    .slice(around[0], around[1])
    .replace(/[,.;:!?]+$/u, "")
    .trim();
  if (/(?<!\p{L})by(?!\p{L})/iu.test(run)) return false;
  // "The Atlantic", "The Verge": "The" and one word is how a publication is named.
  if (/^The\s+\S+$/u.test(run) || isOutlet(run)) return false;
  // "the journal _Monthly Notices of the Royal Astronomical Society_": the noun before says it is a body.
  if (bodyNounBefore(text.slice(0, around[0]))) return false;
  return titleShaped(run);
}

/** U.S. states by name: written in full, capitalised. */
const US_STATE_NAMES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
  wisconsin wyoming`.split(/\s+/u),
);
/** The abbreviations newspapers write for states (AP style), each with its period ("Mo.", "Pa."). */
const US_STATE_ABBREVIATIONS = new Set(
  `ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn
  vt va wash wis wyo`.split(/\s+/u),
);
/** Postal codes, in capitals ("MO", "TX"). */
const US_STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR
  PA RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/u),
);
/** States of two words, and their abbreviations with periods ("N.Y.", "N.M."). */
const US_STATE_PAIRS =
  /^(?:New (?:Hampshire|Jersey|Mexico|York)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|Rhode Island|West Virginia|N\.\s?[HJMYCD]\.|S\.\s?[CD]\.|R\.\s?I\.|W\.\s?Va\.|D\.\s?C\.)/u;

/** Whether a word is a U.S. state's postal code, in capitals ("MO", "TX"). */
export const isUsStateCode = (word: string): boolean => US_STATE_CODES.has(word);

/** Whether `name` is a U.S. state's name written in full ("Virginia", "New York"). */
export function isUsStateName(name: string): boolean {
  return (
    US_STATE_NAMES.has(name.toLowerCase()) ||
    /^(?:New (?:Hampshire|Jersey|Mexico|York)|North (?:Carolina|Dakota)|South (?:Carolina|Dakota)|Rhode Island|West Virginia)$/u.test(
      name,
    )
  );
}

/** The U.S. state that opens `text`, as written, if one does. */
function stateAt(text: string): string | undefined {
  const pair = US_STATE_PAIRS.exec(text)?.[0];
  if (pair !== undefined) return pair;
  const word = /^\p{Lu}\p{L}*(?!\p{L})\.?/u.exec(text)?.[0];
  if (word === undefined) return undefined;
  const bare = word.replace(/\.$/u, "");
  if (US_STATE_CODES.has(bare)) return word;
  if (word.endsWith(".") && US_STATE_ABBREVIATIONS.has(bare.toLowerCase())) return word;
  return US_STATE_NAMES.has(bare.toLowerCase()) ? bare : undefined;
}

/**
 * Whether a U.S. state follows the hit after a comma, then the clause goes on or ends (", Mo.,",
 * ", Idaho."): the hit is a town of that state (`townInState`). A list ("Mexico, Texas and
 * Canada") is not one.
 */
export function townInState(text: string, end: number): boolean {
  const after = /^,\s+(.{2,24})/su.exec(text.slice(end))?.[1];
  if (after === undefined) return false;
  const state = stateAt(after);
  if (state === undefined) return false;
  return /^(?:\s*[,;:)—–]|\s*\.|\s*$)/u.test(after.slice(state.length)) || /\.$/u.test(state);
}

/**
 * Whether a one-word hit is followed by ", <Place>" and a clause break (`placedAfterComma`):
 * `isPlace` says whether the capitalised words at an offset are a place's name.
 */
export function placedAfterComma(text: string, span: Span, isPlace: (at: number) => boolean): boolean {
  const match = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)(?=\s*[,.;:)—–]|\s*$)/u.exec(text.slice(span.end));
  if (!match?.[1]) return false;
  return isPlace(span.end + match[0].length - match[1].length);
}

/**
 * Words of the bodies, offices and seats of a state ("Army", "Justice Department", "Customs and
 * Border Protection", "Capitol Police"), besides titles and their fields (`TITLES`,
 * `ROLE_FIELDS`): a country's name before a name holding one of them names that country's body.
 */
const STATE_WORDS = new Set(
  `department ministry agency administration command court courts army navy guard police office bureau committee
  commission congress senate house parliament assembly embassy consulate service services forces force corps
  marines patrol survey census customs immigration enforcement protection reserve capitol mint government
  attorney attorneys district marshals military institute institutes centers center secret special operations
  mission delegation`.split(/\s+/u),
);

/** Capitalised words (and the connectors inside a name) right after `end`, one space apart. */
const NAME_RUN = /^ \p{Lu}[\p{L}'’&-]*\.?(?:(?: (?:of|and|for|the|on))* \p{Lu}[\p{L}'’&-]*\.?)*/u;

/**
 * Whether the capitalised words right after a country's name make it part of a brand's name
 * (`brandAfterCountry`): some follow, the first is no day or month ("the U.S. Monday"), and none
 * is a word of a state's bodies or offices, nor another place (`isPlace`, "U.S. Mexico border").
 */
export function brandAfterCountry(text: string, end: number, isPlace: (key: string) => boolean): boolean {
  const run = NAME_RUN.exec(text.slice(end))?.[0];
  if (run === undefined) return false;
  const keys = tokenize(run).map((t) => t.key);
  if (TIME_WORDS.has(keys[0] ?? "")) return false;
  return !keys.some((k) => STATE_WORDS.has(k) || TITLES.has(k) || ROLE_FIELDS.has(k) || isPlace(k));
}

/** Heads of a place's own government, before "of": "City of Atlanta", "the State of Florida". */
const OWN_GOVERNMENT =
  /\b(?:City|Town|County|State|Commonwealth|Province|Government|Governor|Mayor|Republic|Kingdom|People)\s+of\s+(?:the\s+)?$/u;

/**
 * Whether a place's name at `span` is inside the organisation's name at `org` (`namedAfterPlace`):
 * the place is a region's or a city's (`regional`, not a country's, whose body the name is), and
 * the name is not that place's own government.
 */
export function namedAfterPlace(text: string, span: Span, org: Span, regional: boolean): boolean {
  if (!regional || span.start < org.start || span.end > org.end) return false;
  if (span.start === org.start && span.end === org.end) return false;
  return !OWN_GOVERNMENT.test(text.slice(org.start, span.start));
}

/** Words that, capitalised right before a place, do not make a longer name with it (English and Spanish function words, numbers). */
const NOT_NAME_OPENERS = new Set(
  `the a an in on at to from for by of and or but as near across around outside inside throughout via into
  across over under between through during since until while when where after before both all every each this
  that these those his her their its our my your two three four five six seven eight nine ten dozens hundreds
  thousands millions en de del desde hacia con para por sin sobre entre`.split(/\s+/u),
);

/**
 * Whether a region's or city's name is the last word of a longer name ("Royal Caribbean", "Visit
 * Florida"): one capitalised word right before it, one space apart, that is no sentence's first
 * word (capitalised by grammar) unless it reads as no ordinary word, no function word, title, day
 * or month, and no place (`isPlace`: "Texas Florida" is a list set without its comma).
 */
export function closesLongerName(text: string, start: number, isPlace: (key: string) => boolean): boolean {
  const match = /(?:^|([\p{L}\p{N},;:.!?"“”‘’'()—–-]) +)(\p{Lu}[\p{L}'’-]*) $/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  if (!match?.[2]) return false;
  const key = tokenize(match[2])[0]?.key ?? "";
  if (NOT_NAME_OPENERS.has(key) || TITLES.has(key) || TIME_WORDS.has(key) || isPlace(key)) return false;
  if (match[1] !== undefined && !/[.!?"“”‘(:—–]/u.test(match[1])) return true;
  // The sentence's first word is capitalised by grammar, so it says nothing by its case: it opens
  // the longer name only when it reads as no ordinary word ("Union Pacific said", not "Many
  // Caribbean nations", "Rural Florida", nor "Royal Caribbean", which reads as an adjective).
  // Only before a one-word name ("Two United States service members" opens on a number).
  const word = /^[\p{L}'’-]+(?!\s+\p{Lu})/u.exec(text.slice(start))?.[0];
  const opening = text.slice(0, start) === `${match[2]} ` && word !== undefined;
  return opening && !opensAsOrdinaryWord(`${match[2]} ${word}`);
}

/** Prepositions after which a name is where something is or passes: "in", "via", "outside" (not "at": "studied at Princeton"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|inside|via|through|throughout|around|across|within)\s+$/iu;

/**
 * Whether a name at `span` names the location itself: after a preposition of place ("flew via
 * Moscow", "grew up in Princeton") or as the first half of a compound that sets something there
 * ("a Moscow-based firm", "a Moscow-born pianist"). A capital standing for its state ("Moscow
 * said") or a town's name standing for its university ("studied at Princeton") is neither.
 */
export function namesLocation(text: string, span: Span): boolean {
  const placed = /^[-‐‑](\p{Ll}+)\b/u.exec(text.slice(span.end))?.[1];
  return (
    (placed !== undefined && PLACED_PARTS.has(placed)) ||
    LOCATIVE_BEFORE.test(text.slice(0, span.start)) ||
    onRoute(text, span)
  );
}

/**
 * Whether a name is one end of a route: "from Moscow to Berlin", "to Moscow from Paris". Alone,
 * "from Moscow" may be the government ("orders from Moscow") and "to Moscow" its addressee; with
 * the other end named, the two are places.
 */
function onRoute(text: string, span: Span): boolean {
  const before = /(?:^|[^\p{L}])(from|to)\s+$/iu.exec(text.slice(0, span.start))?.[1]?.toLowerCase();
  if (before === undefined) return false;
  const other = before === "from" ? "to" : "from";
  return new RegExp(`^\\s+${other}\\s+\\p{Lu}`, "u").test(text.slice(span.end));
}

/**
 * Whether a generic body's name ("Congress", "Coast Guard", "Defense Ministry") closes a longer
 * name after a capitalised word that is not a country's (`isPlaceWord`): "the Continental
 * Congress", "the African National Congress", "the Royal Coast Guard" are other bodies, whose own
 * first words say which. Not after a possessive ("Sheinbaum's Congress"), a title or a time word,
 * nor after a sentence's first word, which is capitalised whatever it is ("Yesterday Congress
 * voted"), unless "The" opens the name ("The Continental Congress met").
 */
export function closesOtherBody(text: string, start: number, isPlaceWord: (key: string) => boolean): boolean {
  const before = text.slice(0, start);
  const match = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}-]*) $/u.exec(before);
  const word = match?.[1];
  if (match === null || word === undefined) return false;
  const key = tokenize(word)
    .map((t) => t.key)
    .join("");
  if (isPlaceWord(key) || TITLES.has(key) || TIME_WORDS.has(key) || /^(?:the|a|an)$/u.test(key)) return false;
  const opening = before.slice(0, before.length - word.length - 1);
  return opening.trim() !== "" && !/^["“‘'(]*$/u.test(opening.trim());
}

/** The capitalised word right before `start`, one space apart ("Royal" of "Royal Caribbean"), if there is one. */
export function wordBefore(text: string, start: number): string | undefined {
  return /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
}
