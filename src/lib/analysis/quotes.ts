/**
 * Direct quotations and who said them.
 *
 * Quotations are found in every common style (`quoteSpans`); a paragraph that opens a
 * quotation without closing it continues in the next one. The speaker comes only from the
 * text's own attribution, tried in this order:
 *
 * 1. a label in parentheses right after the quotation: `“…” (Gen. Gregory M. Guillot, U.S. Northern Command)`;
 * 2. an attribution clause after it: `“…,” said Kenneth Roth, …`, `“…,” Rubio said.`,
 *    `“…,” former Air Force lawyer Michael Schmitt, a professor …, told reporters`, `„…“, sagte
 *    Allendorf` (German, Czech, Indonesian: a name only), `“…,” the statement said` (whoever the
 *    sentence before says issued it);
 * 3. an attribution before it in the same sentence: `according to X, “…”`, `in the words of X, “…”`,
 *    `As X put it, “…”`, `Rubio declared, “…”`, `he also says Bradley “…”`, `López Obrador called
 *    for “…”`, `…, describing it as “…”`;
 * 4. the second half of a split quotation takes the first half's speaker; a quotation that
 *    only leads into an attributed one in the same sentence (`“…” because “…,” he said`)
 *    takes that one's;
 * 5. a quotation filling its paragraph, right after a paragraph whose last sentence paraphrases
 *    "he" or "she" (`However, he defended his decision …` ¶ `“…”`) or the one person it names
 *    (`Mayor Lena Ortiz defended the decision …` ¶ `“…”`), is that person's when the pronoun
 *    resolves to one and the paragraph after names no one else; the same inside a paragraph, for
 *    a quotation that opens a sentence and ends the paragraph right after such a sentence.
 *
 * A pronoun ("“…,” she said") stands for a person only when no one else it agrees with is in reach
 * between them, named or described ("the senator", "a neighbour"; `unnamedPersonIn`): each wrong
 * pronoun speaker found so far had such a rival, each shape patched on its own.
 *
 * Chinese quotations have their own grammar (`hanQuotes.ts`: `马素湘说：“…”`, `“…”卢宇说。`, 他/她
 * with one candidate), tried first for a quotation in Han script; its words are counted two
 * characters to a word.
 *
 * Who the attribution names is `speakerFromSubject`'s job (register, names the register lacks,
 * pronouns with exactly one candidate, the writer's kin named by a family word, anonymous
 * descriptions as written). A quotation of fewer than two words is a term; one of fewer than
 * eight words counts only with a stated speaker (a scare quote has none), or as plain speech
 * (`plainlySpoken`: after a verb of saying, or a whole question or exclamation); a longer one with
 * no attribution is kept as `unattributed`, never given a guessed speaker. "as quoted by X", "in an interview with X"
 * and "X told <outlet>" set `via`.
 */
import { adverbialClauseLast, mainClauseStart } from "./adverbialClause.ts";
import {
  alternation,
  anonymousSource,
  anonymousSources,
  ANONYMOUS_LABEL,
  PARTY_MEMBER_NOUNS,
  NAMING_VERBS,
  PERCEPTION_VERBS,
  RECOLLECTION_VERBS,
  ROMANCE_QUOTATION_VERBS,
  GERMAN_CZECH_INDONESIAN_QUOTATION_VERBS,
  GERMAN_SEPARATED_PARTICLES,
  SPEECH_PARTICIPLES,
  TURNED_TO_PLATFORM,
  SPEECH_VERBS,
  STATEMENT_VERBS,
  TAG_VERBS,
  LY_NOUNS,
} from "#lib/text/attribution.ts";
import {
  anonymousSpeaker,
  asksQuestion,
  groupSubject,
  namedByGroup,
  pronounSpeaks,
  soleGroup,
  speaksAt,
  titleSpeaks,
} from "./attributionGrammar.ts";
import { pronounGender } from "./gender.ts";
import {
  endsOnPersonNoun,
  FIGURE_NOUNS,
  KIN_NOUNS,
  NAMED_PERSON_NOUNS,
  PERFORMER_NOUNS,
  PROFESSION_NOUNS,
} from "./personNouns.ts";
import type { Block, Sentence } from "#lib/text/sentences.ts";
import type { EntityMatcher, Mention } from "./entities.ts";
import { describedWith } from "./placedRole.ts";
import { HELD_ROLES, roleHolders } from "./roleHolders.ts";
import { describedHolder } from "./describedHolders.ts";
import { ageHolder } from "./ageHolders.ts";
import { ownedPerson } from "./ownedPerson.ts";
import { groupBeforeColon } from "./groupColon.ts";
import { unnamedOpener } from "./unnamedOpener.ts";
import { unnamedIntroduced } from "./unnamedBackReference.ts";
import { relayedWords } from "./relayedWords.ts";
import { writersKin } from "./writersKin.ts";
import { captionName } from "./captionSpeaker.ts";
import { fullNameOfClipping } from "./clippedName.ts";
import { finiteSpeech } from "./periphrasticSpeech.ts";
import { FIRST_PERSON } from "./interviewTranscript.ts";
import { endsInReportedClause, passiveBefore, perceivedSubject } from "./reportedContent.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { opensAsOrdinaryWord } from "./names.ts";
import { datelineEnd } from "#lib/dates/furniture.ts";
import { findOutletCitations, italicOutlets } from "./outlets.ts";
import { endsAsName } from "./nameEnding.ts";
import {
  coordinateSubject,
  DETERMINER_END,
  INNER_VERB,
  MAIN_VERB,
  mainSubject,
  participleSubject,
} from "./participleClause.ts";
import { innerQuotes, opensWithQuote, quoteSpans, type Span, withoutQuotations } from "./quoteSpans.ts";
import { hanNames, hanSpeaker, isHanText, quotationWords } from "./hanQuotes.ts";
import {
  AGE_OR_PARTY_WORDS,
  DOCUMENTS,
  capitalisedNames,
  completeName,
  mayBePerson,
  onlyPerson,
  oneBodyOfKind,
  bodiesIn,
  byName,
  peopleOf,
  personLike,
  personsIn,
  readsAsPerson,
  speakerBeforeVerb,
  speakerFromSubject,
  UNATTRIBUTED,
  withoutLeadingRole,
  type ArticleNames,
  type NameFinder,
  type Speaker,
} from "./speakers.ts";

export type { NameFinder, Speaker } from "./speakers.ts";
export { quoteSpans } from "./quoteSpans.ts";

export interface Quote {
  /** The quoted words, without the outer quotation marks (paragraphs joined by a space). */
  readonly text: string;
  /** Quotations inside the quotation (‘…’), without their marks. */
  readonly inner?: readonly string[];
  readonly speaker: Speaker;
  readonly articleSlug: string;
  /** Anchor of the sentence where the quotation opens. */
  readonly anchor: string;
  /** Outlet the quote was obtained through ("as quoted by The Wall Street Journal"). */
  readonly via?: string;
  /** How the sentence says it came through the outlet, so pages repeat the article's wording. */
  readonly viaWording?: ViaWording;
}

/**
 * The article's wording for a quotation obtained through an outlet: "as quoted by X", "in an
 * interview with X", "told X", "according to X". An interview is not a report, so pages say
 * which it was.
 */
export type ViaWording = "quoted" | "interview" | "told" | "according";

export interface QuoteOptions {
  /** Finds names the register lacks; the attribution grammar's capitalised runs by default. */
  readonly findNames?: NameFinder;
  /** More of the article's text (the body, when these blocks are its standfirst), for completing surnames. */
  readonly articleText?: readonly string[];
}

/** One piece of a quotation: the whole of it, or one paragraph of a quotation over several. */
interface Part {
  readonly block: Block;
  /** Index of the opening mark, or -1 when the part continues a quotation without one. */
  readonly open: number;
  /** Index of the closing mark, or the block's length. */
  readonly close: number;
}

interface Candidate {
  readonly parts: Part[];
  closed: boolean;
}

interface Found {
  readonly speaker: Speaker;
  readonly via?: string;
  readonly viaWording?: ViaWording;
}

/** Verbs of saying in other languages: Spanish, French and Portuguese; German, Czech and Indonesian. */
const OTHER_LANGUAGE_VERBS = [...ROMANCE_QUOTATION_VERBS, ...GERMAN_CZECH_INDONESIAN_QUOTATION_VERBS];
/**
 * Verbs of an attribution clause: speech, speech acts with a message ("“…,” quipped Pitt"),
 * remembering or musing aloud ("“…,” she remembered"), and other languages' verbs.
 */
const VERBS = alternation([
  ...SPEECH_VERBS,
  ...STATEMENT_VERBS,
  ...RECOLLECTION_VERBS,
  ...TAG_VERBS,
  ...OTHER_LANGUAGE_VERBS,
]);
/** Word edges that know accented letters (`\\b` does not: "afirmó" would never end a word). */
const START = "(?<!\\p{L})";
const END = "(?!\\p{L})";
/**
 * One verb of an attribution clause between the halves of a split quotation. Not a German, Czech
 * or Indonesian one: their subjects are read as names only, so "…?” Umar radiallohu anhu berkata,
 * “…”" could not tell a new speaker from the first half's.
 */
const ATTRIBUTION_VERB = new RegExp(
  `${START}(?:${alternation([...SPEECH_VERBS, ...STATEMENT_VERBS, ...RECOLLECTION_VERBS, ...TAG_VERBS, ...ROMANCE_QUOTATION_VERBS])})${END}`,
  "u",
);
/**
 * Words that give what follows to a source before it is named: "according to X", "in the words
 * of X", also with an aside or a word or two before "words" ("in the (oft-repeated) words of X",
 * "in the immortal words of X").
 */
const ACCORDING = "[Aa]ccording to|[Ii]n the(?:\\s+\\([^()]{1,40}\\))?(?:\\s+\\p{Ll}+){0,2}\\s+words of|[Ss]egún";

/**
 * "As Ana Ruiz put it, “…”", "as the mayor said it:": a clause that hands the quotation to its
 * subject, right before it (group 1: the subject).
 */
const AS_PUT_IT =
  /(?:^|[,;:—–]\s*)[Aa]s\s+([^,;:“”"«»„]{1,80}?)\s+(?:put|puts|phrased|phrases|said|says|wrote|writes)\s+it\s*[,:]\s*$/u;
/** Before a quotation, not Indonesian "kata": it is also the noun "word" ("kata “…”", the word "…"). */
const INTRODUCING_OTHER_LANGUAGE_VERBS = OTHER_LANGUAGE_VERBS.filter((verb) => verb !== "kata");
/** Verbs that name someone in words only with "as" before the words: "introduced Cook as “…”". */
const AS_ONLY = ["introduced", "introduces", "introducing"];
const INTRODUCERS = new RegExp(
  `${START}(?:${ACCORDING}|${alternation([...SPEECH_VERBS, ...RECOLLECTION_VERBS, ...INTRODUCING_OTHER_LANGUAGE_VERBS, ...SPEECH_PARTICIPLES, ...NAMING_VERBS, ...AS_ONLY])})${END}`,
  "gu",
);
/**
 * Between two quotations of one sentence, a name, what they did, and a speech participle opening
 * the second: ",” Benioff weighed in, telling Cook, “" (group 1: the name).
 */
const NAME_THEN_SPEAKING = new RegExp(
  `^[\\s,]*((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)\\s+\\p{Ll}[^“”"«»„.;:!?,]{0,40},\\s+(?:${alternation(SPEECH_PARTICIPLES)})(?!\\p{L})[^“”"«»„.;:!?]{0,40}$`,
  "u",
);

/**
 * A remembered or heard person right before a participle of speech, no comma between: "recalled
 * Steve Jobs ", "remembers his father " (group 1: the object).
 */
const HEARD_SPEAKING = new RegExp(`${START}(?:${alternation(PERCEPTION_VERBS)})\\s+([^,;:.!?“”"«»„]{1,60}?)\\s+$`, "u");
/**
 * A document right before a participle of speech, no comma between: "responding to Vale’s tweet
 * calling her a “…”". The participle continues the document (a reduced relative), so its named
 * owner (group 1) speaks, not the main clause's subject; one with no named owner after a
 * preposition ("threats after a tweet calling …") names no one. The object of a verb ("released a
 * statement saying") is the subject's own, read as any other participle.
 */
const DOCUMENT_SPEAKING = new RegExp(
  `(?:(?:^|\\s)((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)['’]s?|(?:^|\\s)(?:to|after|in|by|with|from|on|over|about|against)\\s+(?:an?|the|that|this))\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${DOCUMENTS})s?\\s*$`,
  "u",
);
/**
 * An absolute phrase set off before a participle of speech: "…, with one senior official telling
 * the Post, “…”", "With Ruiz saying …". The words after "with" (group 1: no verb, no comma) are the
 * participle's own subject; the main clause's subject does not speak.
 */
const WITH_SPEAKING = /(?:^|[,;(—–]\s*)[Ww]ith\s+((?:[^\s,;:.!?“”"«»„]+\s+){0,5}[^\s,;:.!?“”"«»„]+)\s+$/u;
/**
 * A sentence opening on a clause that "That" introduces as its subject: "That Ortiz announced …",
 * "That the plan failed …" (a name, a pronoun or a determiner after it; not the demonstrative
 * before a noun, "That report said …").
 */
const THAT_CLAUSE_SUBJECT = /^\s*That\s+(?:\p{Lu}[\p{L}’'.-]*|he|she|they|it|we|the|a|an|his|her|their|its)\s/u;
/**
 * A sentence opening on a capitalised name as its subject, right before its verb (group 1), after
 * at most a joining word: "But Al Saud is aware …", "Vale had …".
 */
const NAME_SUBJECT = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So|Still|Now|Meanwhile|However),?\\s+)?(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|His|Her|Its|Their|Our|My|Your|There|Here)(?!\\p{L}))((?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]*)(?:\\s+(?:then|later|also|still|never|again|once|already|first|previously|recently|subsequently))?(?:${INNER_VERB.source}|\\s(?:is|was|are|were|has|had|have|did|does|would|could)n[’']t|\\s\\p{Ll}+s)(?!\\p{L})`,
  "u",
);
/** Words capitalised at a sentence's start that are never part of a name: conjunctions, prepositions, pronouns. */
const NOT_NAME_WORD =
  /^(?:When|Whenever|While|After|Before|Because|Since|Until|Once|If|Unless|As|Although|Though|Where|What|Who|Why|How|In|On|At|For|With|From|By|To|Of|Like|Unlike|During|Despite|Then|Last|Next|Every|Each|All|Some|Many|Most|Both|I|We|You|Me|Us|Him|Them|One|No|Not|Only|Even|Also)$/u;
/** A thing someone obtained, saw or was given, then who: "a copy of the filing obtained by the Ledger". */
const OBTAINED_BY =
  /(?<!\p{L})(?:obtained|seen|reviewed|viewed|received|acquired)\s+by(?!\p{L})|(?<!\p{L})(?:shared\s+with|provided\s+to|leaked\s+to)(?!\p{L})/u;
/** A name and nothing else: "Steve Jobs", "Jobs". */
const ONLY_NAME = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*$/u;

/** A clause's subject (group 1) and the platform phrase it speaks through ("… took to X to say"). */
const TURNED_TO_SPEAK = new RegExp(`(?:^|[;:—–])\\s*([^;:—–]{1,120}?)\\s${TURNED_TO_PLATFORM}(?!\\p{L})`, "du");

/** Whom something was told, up to the "that" of what was told: " Carla Babb on Nov· 5 that ". */
/**
 * A clause before a colon that ends on a verb's object pronoun, perhaps with an adverb after it:
 * "put it bluntly", "said it simply", "summed it up" (a lower-case word before the pronoun).
 */
const OBJECT_PRONOUN_END = /\s\p{Ll}+\s+(?:it|them|this)(?:\s+(?:\p{Ll}+ly|up|so|best|well))?\s*$/u;
/** A pronoun and a speech verb, then a comma: an aside when a comma comes before it (", she says, "). */
const ASIDE_PRONOUN = new RegExp(`^(?:he|she)\\s+(?:${alternation(SPEECH_VERBS)})\\s*,`, "iu");
/** "…,” according to X": an attribution after a quotation by "according to". */
const ACCORDING_AFTER = /^[\s,”"’]*according\s+to\s/iu;
/** A sentence up to a quotation that runs on in what someone told or said: "Tillman told Ferro on a call that the state would". */
const TOLD_THAT_BEFORE = new RegExp(
  `${START}(?:${alternation(SPEECH_VERBS)})${END}[^.;:!?“”"]{0,60}?\\sthat\\s[^.;:!?“”"]*$`,
  "u",
);
/**
 * A sentence up to a quotation that a verb of speech opens, perhaps with whom it was said to or
 * when, and a comma or colon: "he remarked to his deputy Bill Shine, " before "“…,” according to an aide".
 * The verb's subject says the words; "according to" after them names who reported the scene.
 */
const SPOKE_TO_BEFORE = new RegExp(
  `${START}(?:${alternation(SPEECH_VERBS)})${END}(?:\\s+[^.;:!?“”"]{1,60}?)?\\s*[,:]\\s*$`,
  "u",
);
/**
 * A group as "one of the …" names it: its article or count dropped ("Several backbenchers" → "backbenchers"),
 * lower case unless a party's members ("Democrats", "Tories"), whose name is capitalised.
 */
function ofThe(group: string): string {
  const bare = group.replace(
    /^(?:the|several|some|many|most|two|three|four|five|a\s+few|dozens\s+of|hundreds\s+of)\s+/iu,
    "",
  );
  const head = bare.split(/\s/u)[0] ?? "";
  const party = PARTY_MEMBER_NOUNS.some((noun) => head === `${noun}s` || (noun === "Tory" && head === "Tories"));
  return party ? bare : bare.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}
/** How many sentences back a group may be that "one" or "another" alone stands for one of. */
const ONE_REACH = 3;
const TOLD_THAT = /^\s+[^,;:“”"«»„]{1,80}?\s+that\s+/u;
/** The end of a naming verb's object, right before its words: "described the idea that … as “". */
const AS_BEFORE_WORDS = /\sas\s*$/u;
/**
 * INTRODUCERS without its global flag, for `test`: a global pattern's `test` leaves its
 * `lastIndex` behind, and `matchAll` on it (the next article's) would start from there.
 */
const INTRODUCER = new RegExp(INTRODUCERS.source, "u");
/** Finite verbs of speech and of remembering aloud, each a clause's own ("said", "told", "recalled"). */
const FINITE_SPEECH = new RegExp(`${START}(?:${alternation([...SPEECH_VERBS, ...RECOLLECTION_VERBS])})${END}`, "gu");

/**
 * True when `text` (a sentence up to a quotation) holds two finite verbs of speech outside its
 * quotations, as a report of a report does: "Tom Reyes said Lena Ortiz told him:". Then its
 * opening subject is not sure to be the quotation's speaker. A verb after a determiner is a noun.
 */
function reportsAnother(text: string): boolean {
  const outside = withoutQuotations(text);
  const verbs = [...outside.matchAll(FINITE_SPEECH)].filter((v) => !DETERMINER_END.test(outside.slice(0, v.index)));
  return verbs.length >= 2;
}

/** "another" alone as a clause's subject, after a comma or a conjunction: "…, while another". */
const ANOTHER_SUBJECT = /(?:[,;]\s*|(?<!\p{L})(?:and|but|while|whereas)\s+)[Aa]nother\s*$/u;

/** Someone's words named between a verb and a quotation: "Trump’s claim that", "the minister’s remarks about". */
const OWNED_CLAIM =
  /['’]s\s+(?:\p{Ll}+\s+){0,2}(?:claims?|statements?|remarks?|comments?|assertions?|words|accusations?|description|characterization|promises?|pledges?|threats?|warnings?|demands?|insistence|suggestion)\s+(?:that|of|as|about)\b/u;

/** Nouns of words someone gives (a claim, a pledge, a directive), whose content a quotation can be. */
const WORDS_NOUN =
  "(?:claims?|statements?|remarks?|comments?|promises?|pledges?|vows?|threats?|warnings?|demands?|calls?|appeals?|pleas?|directives?|instructions?|exhortations?)";
/**
 * A noun of words with its owner named, right before a quotation that is their content: "directives
 * from Xi to “…”", "a pledge by Ortiz that “…”", "Ortiz’s call to “…”"; or the owner's words
 * introduced by a colon: "Ortiz’s message was simple:", "Acme’s statement read:", "She recalls
 * Ortiz’s reply:"; or the owner's
 * phrase the quotation is: "(in economist Lena Ortiz’s phrase) “…”", "to borrow Ortiz’s words,
 * “…”" (groups 1–4: the owner). The owner is a capitalised name only: "calls from residents to “…”" states no one.
 */
const OWNED_WORDS = new RegExp(
  `(?<!\\p{L})${WORDS_NOUN}\\s+(?:from|by)\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)\\s+(?:to|that)\\s*$|(?<![\\p{L}’'])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:\\p{Ll}+\\s+)?${WORDS_NOUN}\\s+(?:to|that)\\s*$|(?<![\\p{L}’'])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:\\p{Ll}+\\s+)?(?:${WORDS_NOUN}|messages?|responses?|repl(?:y|ies)|answers?|words|advice)(?:\\s+(?:was|were|is|are|read|reads)(?:\\s+\\p{Ll}+){0,2})?\\s*:\\s*$|(?:^|[\\s(])(?:[Ii]n|[Tt]o\\s+borrow)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:(?:own|famous|memorable|apt)\\s+)?(?:phrase|words|coinage)\\)?,?\\s*$`,
  "du",
);

/**
 * A verb that gives a thing its cause or its source with "to" ("attributed", "ascribed", "put
 * down"), right before the owned words' owner: "attributed Ms. Cole’s statement to" then names
 * the cause, not the statement's content.
 */
const CAUSE_GIVEN_BEFORE =
  /(?<!\p{L})(?:attribut(?:e|es|ed|ing)|ascrib(?:e|es|ed|ing)|put(?:s|ting)?\s+down|chalk(?:s|ed|ing)?\s+up)\s+(?:the\s+)?$/u;

/**
 * A quotation that opens on someone's speech and a quotation of it: "She said, ‘…", "Ruiz told me:
 * ‘…", "he asked, \"…": the words recount another's, inside the outer marks.
 */
const RECOUNTED =
  /^\s*((?:He|She|They|I|We)|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s+(?:said|says|told\s+(?:me|us|him|her|them)|asked|asks|wrote|writes|replied|yelled|shouted)\s*[,:]\s*[‘'"]/u;

/**
 * Whether `speaker` may be the one a recounted quotation quotes (`subject`: "She", "Ruiz"): a
 * person the pronoun fits (anyone unnamed may be), or the name itself.
 */
function mayBeRecounted(speaker: Speaker, subject: string, genders: ArticleNames["people"]["genders"]): boolean {
  if (speaker.kind === "unattributed") return false;
  if (/^(?:He|She|They)$/u.test(subject)) {
    if (subject === "They" || speaker.kind === "anonymous") return true;
    return genders.fits(speaker.name, pronounGender(subject));
  }
  if (/^(?:I|We)$/u.test(subject)) return false;
  return speaker.name.split(" ").includes(subject.split(" ").at(-1) ?? "");
}

/** Where a clause starts inside a sentence: after a comma, a semicolon, a dash, a closing mark or "and"/"but". */
const CLAUSE_START = /(?:[,;:—–”"]\s*|(?<!\p{L})(?:and|but|while)\s+)/gu;

/** When something was said, right before its verb: "at the time", "last week", "on Monday", "in 2009". */
const TIME_BEFORE_VERB =
  /\s+(?:at\s+the\s+time|at\s+that\s+time|last\s+(?:week|month|year)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in\s+\d{4})\s*$/u;

/** The bare forms of speech verbs a modal governs ("may say", "could tell"). */
const BARE_SPEECH_WORDS = "say|tell|ask|add|argue|write|declare|reply|respond|answer|warn|insist";
const BARE_SPEECH = new RegExp(`^(?:${BARE_SPEECH_WORDS})$`, "u");
/**
 * A modal and a bare verb of speech, perhaps past an adverb, after the verb a quotation's clause
 * was read by: "a caller asked for Dr. Holm she could reply, “…”". The modal's verb, nearer the
 * words, introduces them, with a subject of its own.
 */
const MODAL_SPEECH = new RegExp(
  `(?<!\\p{L})(?:could|would|can|will|might|may|should|must)\\s+(?:\\p{Ll}+ly\\s+)?(?:${BARE_SPEECH_WORDS})(?!\\p{L})`,
  "u",
);
/** A modal of what may or could happen, in a clause before its verb: "the Air Force may meet with Acme and". */
const MODAL_OF_CHANCE = /(?<!\p{L})(?:may|might|could)\s+(?:not\s+)?(?:[^\s,.;:!?“”"]+\s+){0,8}?$/u;

/** A speech verb and a comma or a colon right before a quotation: "and said, “…”", "adding: “…”". */
const OPENING_VERB = new RegExp(
  `${START}(?:${alternation([...SPEECH_VERBS, ...SPEECH_PARTICIPLES])})\\s*[,:]\\s*$`,
  "u",
);

/** A label of capitalised words only, two or more: a name, perhaps with its titles ("Water Commissioner Dana Wolfe"). */
const NAME_LABEL = /^\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+\s*$/u;

/** A dash, then who said the words and what they are, ending the paragraph: " — Ana Ruiz, a nurse" (group 1). */
const SIGNED_AFTER = /^\s*[—–]\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}(?:,\s*[^.!?“”"]{1,80})?)\.?\s*$/u;

/**
 * A name after a body's possessive, as a tag's whole subject: "Acme's Jane Doe", "the Labour
 * Party's chief executive, Jane Doe." (group 1: the name, the phrase's end), or with a relative
 * clause or a description set off after it ("Acme's former manager Jane Doe, who has run …").
 */
const OWNED_PERSON =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(?:\p{Ll}[\p{L}-]*,\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})(?:\s*[.!?]?\s*$|,\s+(?:who|whose|a|an|the)\s)/du;

/**
 * A name, then a description of who they are set off by a comma, then a colon that introduces a
 * quotation: "Ana Ruiz, the county's housing director:", "Ana Ruiz, 45, of Toledo:" (group 1: the
 * name, group 2: the description, which opens with a determiner or an owner's name and holds no
 * clause, or is an age and a home town).
 */
const APPOSED_COLON =
  /^\s*(?!(?:Dear|Hi|Hello|Attention|To|From|For|Unlike|Like|With)\s)(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),\s+((?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.’'-]*['’]s)\s(?:(?!who\s|which\s|that\s|whose\s)[^,:;“”"«»()]){1,80}|\d{1,3}(?:,\s+(?:of|from)\s+\p{Lu}[^,:;“”"«»()]{1,40})?):\s*$/du;

/**
 * A Spanish, French or Portuguese subject after its verb that opens with an article ("el
 * instructor …", "la fiscal …", "leur porte-parole, …", "o comandante"), perhaps after the day
 * ("a déclaré jeudi le ministre …"). Not Portuguese "a", which is English too.
 */
const ROMANCE_SUBJECT =
  /^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ayer|ontem|hoy|hoje)\s+)?(?:el|la|los|las|le|les|leur|o|os)\s+\p{Ll}/u;
/** Where such a subject ends: a preposition or a relative word ("en relación a", "que debe", "lors de", "ao programa"). */
const ROMANCE_SUBJECT_END =
  /\s(?:en|que|qui|sobre|para|pour|con|com|por|par|ante|tras|durante|lors|dans|devant|ao|aos|no|na|em)\s/u;

/** A body a role belongs to: "de Salud", "del Interior", "de la Defensa Nacional", "des Affaires étrangères", "da Câmara". */
const ROMANCE_BODY_OF =
  /\s(?:de|del|des|du|do|da|dos|das)\s+(?:la\s+|l['’]|los\s+|las\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:(?:de|del|des|du|do|da|y|et|e)\s+)?[\p{Lu}\p{Ll}][\p{L}.-]*)*/gu;

/** A term set in single quotes that opens in lower case: "‘caso Noos’", "‘zero shame’" (not a nickname, "‘El Chapo’"). */
const QUOTED_TERM = /‘\p{Ll}[^‘’“”\n]{0,60}’/gu;

/** A relative clause as a sentence's last comma-separated part: ", which contains the following:". */
const RELATIVE_LAST = /,\s*(?:which|that|where|whose|who)\s[^,]*$/u;

/** The same, of a thing: a verb's object that holds the words ("posted the page, which carries …:"). */
const THING_RELATIVE_LAST = /,\s*(?:which|where)\s[^,]*$/u;
/**
 * An object relative with a subject of its own, last before the words: ", whom Vale has derided as ",
 * ", which he called " (the relative's subject, a name or a pronoun, says them).
 */
const OBJECT_RELATIVE_LAST = /,\s*(?:whom|which)\s+(?:\p{Lu}|(?:he|she|they|we|I)(?!\p{L}))[^,]*$/u;

/**
 * The subject that opens a sentence a colon ends, up to its lower-case verb: "Alverson summed
 * up …:", "Festival director Jonas Brandt put it simply:" (role words before the name, but no
 * preposition: "Officials in Mexico" are not Mexico).
 */
const COLON_SUBJECT =
  /^\s*((?:\p{Lu}[\p{L}’'-]+\s+)?(?:(?!(?:in|at|of|for|from|with|and|or|to|on|by|the|a|an)\s)\p{Ll}[\p{L}-]*\s+){0,2}?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?!(?:and|or|nor)\s)\p{Ll}/u;

/**
 * A relative clause set off by commas between such a subject and its verb: "Buckley, who phoned
 * in from the set, had a similar experience:", or an appositive ("Ortiz, Acme's chief executive,
 * put it plainly:"). The clause says more of the subject; the verb after it is still the subject's. Group 1 is the name, group 2 the clause (its closing comma may sit
 * inside a title's marks: "… the set of “Fargo,” had").
 */
const SUBJECT_RELATIVE =
  /^(\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}),\s+(who\s[^,;:]{1,120}?|(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}.&’'-]*['’]s)\s[^,;:“”"]{1,80}?|(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:at|of|for|with)\s[^,;:“”"]{1,80}?),[”"]?(?=\s+\p{Ll})/du;
/** A role with no article, its person noun before the body it is at: "senior analyst at …" (group 1: "senior analyst"). */
const BARE_ROLE = /^((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+(?:at|of|for|with)\s/u;

/**
 * A participle's clause set off before such a subject: "Asked about the wall, " in "Asked about
 * the wall, Carvalho was blunt:". The main clause's subject after it is who speaks.
 */
const SET_OFF_PARTICIPLE =
  /^\s*(?:Asked|Pressed|Questioned|Speaking|Responding|Reacting|Writing)(?!\p{L})[^,:;“”"«»„]{0,100},\s*/u;

/** A sentence whose subject is someone described, not named: "The staff member who reported the call …". */
const DESCRIBED_SUBJECT =
  /^\s*(?:The|A|An|One)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*\s+(?:who|whom|that|of|at|for|with|in)\s/u;

/** A copula ending the words before a noun phrase, which then describes the subject: "He is also ", "She’s ". */
const COPULA_END = /(?:(?<!\p{L})(?:is|was)|['’]s)\s+(?:also\s+|still\s+|now\s+|\p{Ll}+ly\s+)?$/u;

/**
 * Nouns a story uses for a person it has named, by what they do ("the actor", "the singer"):
 * never an office an unnamed source holds ("the lawyer") nor a noun of gender or kin. The one
 * list of such nouns for quotations: DESCRIBED_PERSON_SUBJECT and DESCRIBED_SPEAKER_CLAUSE read it.
 */
const DESCRIPTION_NOUNS = [
  ...PERFORMER_NOUNS,
  ...FIGURE_NOUNS,
  // Only a described speaker's: fame is what lets "the star said" stand for a named person.
  ..."songwriter filmmaker quarterback footballer star".split(" "),
].join("|");

/**
 * A sentence opening on an unnamed subject and its verb: "The caller was arrested", "A man
 * pleaded guilty", "The hearing was moved", "A former model told me that …". A name later in it
 * as an object is not its subject.
 */
const UNNAMED_SUBJECT = new RegExp(
  `^\\s*(?:The|A|An)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?(?:was|is|were|are|has|had|have|will|would|\\p{Ll}+ed|${alternation(SPEECH_VERBS)})(?!\\p{L})`,
  "u",
);

/**
 * A Romance sentence opening on an unnamed subject, a noun in lower case after its article, and a
 * name only as its complement after "de": "La abogada del Estado sostuvo …", "O porta-voz da
 * Câmara disse …". The name is whose the noun is, not who the subject is.
 */
const ROMANCE_UNNAMED_SUBJECT =
  /^\s*(?:El|La|Los|Las|Un|Una|O|Os|As|Il|Lo|Le|Les)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?(?:de|del|da|do|di|du|des|della|dos|das)\s+(?:(?:la|el|los|las)\s+)?\p{Lu}/u;

/**
 * Nouns of a described subject: the description nouns, the shared professions and kin
 * (./personNouns.ts), and the offices and nouns of gender only a subject takes ("the senator was").
 */
const DESCRIBED_SUBJECT_NOUNS = [
  DESCRIPTION_NOUNS,
  ...PROFESSION_NOUNS,
  ...KIN_NOUNS,
  ..."host director producer artist senator lawmaker politician candidate doctor teacher woman man girl boy".split(" "),
].join("|");

/**
 * A person described by what they are, as a clause's subject: "the actress wasn’t", "the former
 * senator said". Only nouns of people: "the water was" describes no one.
 */
const DESCRIBED_PERSON_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|but|while|as)\\s+)[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?<noun>${DESCRIBED_SUBJECT_NOUNS})\\s+(?:was|is|wasn['’]t|isn['’]t|has|had|\\p{Ll}+ed)\\b`,
  "u",
);
const DESCRIBED_PERSON_SUBJECTS = new RegExp(DESCRIBED_PERSON_SUBJECT.source, "gu");

/**
 * Someone unnamed brought in by "a", "an", "another" or "one" as the subject of a verb of telling,
 * opening the sentence: "A former model told me that …", "Another assistant recalls …", "One
 * student at Duke University in Durham, North Carolina, said …" (where they are from is part of
 * the description). Only nouns of people (a document "says" too).
 */
const INTRODUCED_SPEAKER = new RegExp(
  `^\\s*(?<who>(?:An?|Another|One)\\s+(?:[\\p{L}&.’'-]+\\s+){0,4}?(?:${DESCRIBED_SUBJECT_NOUNS}|model|assistant|employee|executive|staffer|intern|student))(?:\\s+(?:at|from|in|of)\\s+[^.;:!?“”"]{1,80}?)?,?\\s+(?:told|tells|said|says|recalled|recalls|remembered|remembers|explained|explains|described|describes)(?!\\p{L})`,
  "u",
);

const FEMALE_NOUN = /(?:woman|girl|mother|wife|daughter|sister|actress)$/u;
const MALE_NOUN = /(?:(?<!wo)man|boy|father|husband|son|brother|actor)$/u;

/**
 * `candidates` without a family word the finder read with the next line's first word as a name
 * ("From: Grandpa ¶ What he said": "Grandpa What"): the writer's kin (writersKin.ts), no one named.
 */
function notKin<T extends { key: string }>(candidates: T[], text: string): T[] {
  const kin = new Set(writersKin(text).map((k) => k.name.split(" ")[0]));
  return kin.size === 0 ? candidates : candidates.filter((c) => !kin.has(c.key.split(" ")[0]));
}

/** Whether a description's head noun can be whom a pronoun of `gender` stands for ("a woman" is no "he"). */
function describedGenderFits(description: string, gender: ReturnType<typeof pronounGender>): boolean {
  if (gender === "male") return !FEMALE_NOUN.test(description);
  if (gender === "female") return !MALE_NOUN.test(description);
  return true;
}

/**
 * `text` (a sentence up to a pronoun) with quoted words blanked, offsets kept: those of its
 * quotations, and those before a closing mark whose quotation opened in an earlier sentence
 * ("… of other countries. The history … stability,” she said": "The history" is quoted), curly
 * or straight.
 */
function outsideQuotation(text: string): string {
  const close = /[”»]/u.exec(text) ?? straightClose(text);
  if (!close || /[“«„]/u.test(text.slice(0, close.index))) return withoutQuotations(text);
  return " ".repeat(close.index + 1) + withoutQuotations(text.slice(close.index + 1));
}

/**
 * The first straight mark of `text` when it closes a quotation opened before the text: the marks
 * are odd in number and that one follows a word or a stop with no space ("… But he (Omar) has
 * killed those people," he added": "Omar" is quoted).
 */
function straightClose(text: string): { index: number } | undefined {
  const marks = [...text.matchAll(/"/gu)];
  const first = marks[0];
  if (!first || marks.length % 2 === 0 || first.index === 0 || /\s/u.test(text[first.index - 1] ?? " "))
    return undefined;
  return { index: first.index };
}

/**
 * A work named right before a quotation, no colon or comma between: "told the programme “Grande
 * Círculo”", "in his book “Out There”" (also "ao programa", "l’émission"). The quotation is the
 * work's title, no one's words.
 */
const WORK_BEFORE =
  /(?<!\p{L})(?:programmes?|programs?|programas?|émissions?|shows?|series|films?|movies?|books?|livros?|libros?|livres?|novels?|albums?|songs?|podcasts?|documentar(?:y|ies)|newspapers?|magazines?|columns?|plays?|episodes?)\s*$/iu;

/** Only a preposition of place between a speech verb and a quotation: "said on “…”" names a show or paper. */
const VENUE_GAP = /^\s+(?:on|in|at)\s*$/u;
/** The same preposition ending any text right before a quotation. */
const VENUE_END = /\s(?:on|in|at)\s*$/u;

/** Verbs of a statement a body makes, in any tense its subject takes ("denied", "denies", "have denied"). */
const STATED = alternation([...SPEECH_VERBS, ...STATEMENT_VERBS, "denies", "deny", "insist", "say"]);

/**
 * A line of only a dash, a full name (two to four capitalised words) and perhaps a role after a
 * comma: "— Maria Lopez, owner of the River Shop" (group 1: the name). Not a clause: "— Jane
 * Jones, however, disagreed".
 */
const SIGNED_LINE =
  /^\s*[—–-]\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)(?:,\s*(?!\s|(?:however|though|but|and|or|yet|meanwhile|also|too|who|which|whose|said|says)\b)[^\n“”"«»„@*()]{2,120})?\s*$/u;

/**
 * A line of only a dash and an unnamed person described ("— a retired teacher in Ohio", "— one
 * Maine Republican"): group 1, the description, which `signed` takes only when it is all one
 * unnamed source (anonymousSource).
 */
const SIGNED_UNNAMED = /^\s*[—–]\s*((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^\n“”"«»„@*()[\],;:!?]{2,80}?)\.?\s*$/u;

/**
 * A line of only a dash and a name the page masks, each word a capital, perhaps more letters, then
 * asterisks: "– Ali***", "– Jo** Al****". The page withholds who signed, so the signer is an
 * unnamed person (eval/README.md: a name withheld in any words makes an unnamed source).
 */
const MASKED_SIGNED_LINE = /^\s*[—–-]\s*(?:\p{Lu}\p{L}{0,15}\*+\.?\s*){1,4}$/u;

/** How many sentences of prose before a masked signer's quotation may say which people signed (the lead of a run of reviews). */
const SIGNERS_REACH = 3;

/**
 * A share of a poll's respondents agreeing to a statement, right before it: "Fifty-one percent
 * say that", "44% of voters agreed", "a majority of Americans said".
 */
const POLL_SHARE =
  /(?:(?:\d+(?:\.\d+)?\s*|\p{L}+(?:-\p{L}+)?\s+)(?:%|percent|per\s+cent)|\b(?:a|the)\s+majority)(?:\s+of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:respondents|voters|Americans|adults|people|those\s+(?:polled|surveyed|asked)))?\s+(?:say|said|agree|agreed|believe|believed|think|thought)(?:\s+that)?\s*,?\s*$/iu;

/**
 * The narrator's remark on a quotation, set after it and ending its sentence, between it and the
 * next: "“…,” a detail that fits the film's plot. “…”". A noun phrase with "a"/"an" and a relative
 * clause describes the words; it cannot be the next quotation's subject, and with no capital (no
 * name) and no pronoun in it, it hands the floor to no one else: the next quotation goes on in the
 * same voice. Not "a spokesman who … said" (a speech verb: that is an attribution, read as one).
 */
const REMARK_ON_QUOTATION =
  /^\s*,?\s*(?:a|an)\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:that|which)\s(?![^.!?]*(?<!\p{L})(?:he|she|they|him|her|them)(?!\p{L}))[\p{Ll}\s,'’-]{1,200}[.!]\s*$/u;

/** A clause of only a name and one verb between the halves of a quotation: " McDowell laughed. ". */
const SAME_SPEAKER_CLAUSE = /^[\s,]*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+\p{Ll}+(?:ed|s)[.!]?\s*$/u;

/** "So said …" opening a paragraph: the verb, then the speaker of the quotation just before. */
const SO_SAID = new RegExp(`^\\s*(?:So|Thus)\\s+(?:${alternation(SPEECH_VERBS)})\\s+`, "u");
const VERB_FIRST = new RegExp(`^[\\s,.!?]*(?:${VERBS})\\s+`, "u");
/**
 * "“…,” said I, after waiting …": the writer speaks, whom the text does not name; no one after it
 * is the subject. Not an initial ("said I. M. Pei").
 */
const FIRST_PERSON_SUBJECT = /^\s*(?:I(?!\.\s*\p{Lu}\.)|[Ww]e)(?!\p{L})/u;
/** A verb with no subject after it ("…”, agregó."): the subject was dropped, as a pronoun's would be. */
const VERB_ALONE = new RegExp(`^[\\s,]*(?:${VERBS})${END}[\\s.]*$`, "u");
/** The German, Czech and Indonesian verbs, whose subject after them is read as a name only. */
const OTHER_TAG_VERB: ReadonlySet<string> = new Set(GERMAN_CZECH_INDONESIAN_QUOTATION_VERBS);
/**
 * A name right after such a verb (a Czech reflexive "se" before it): capitalised words, joined only
 * by a name's own particles ("von der Leyen", "bin"), ending the sentence or followed by a comma
 * (its appositive) or a lower-case word ("am Montag", "di Jakarta"). "der" alone is German's dative
 * ("sagte Allendorf der Frankfurter Allgemeinen Zeitung"), never part of the name.
 */
const NAME_AFTER_VERB =
  /^(?:se\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:von|van|de|bin|binti)(?:\s+der)?\s+)?\p{Lu}[\p{L}’'.-]*){0,3})(?=\s*(?:[,.;!?]|$)|\s+\p{Ll})(?!\s+der\s)/u;
/** Two subjects of one verb, joined: "she and Lund", "Ortiz or her deputy" (participleSubject's inner words). */
const JOINED_SUBJECTS = /(?<!\p{L})(?:and|or)\s+\S/u;
/**
 * A second subject joined after a verb's first ("said Tom Reyes and Lena Ortiz", "said the Bank of
 * England and the Treasury", "said Reyes, a teacher, and his lawyer"): a name right after the
 * first name, or anyone after a comma and "and".
 */
const SECOND_SUBJECT =
  /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?\p{Lu}[\p{L}.’'-]*\s+and\s+(?:the\s+)?\p{Lu}|,\s*and\s+(?:\p{Lu}|(?:his|her|their|the|a|an)\s)/u;
/**
 * German "so" and a name ending the sentence after a quotation: "„Wir schaffen das“, so Merkel."
 * ("so says Merkel"). Only a lower-case "so" right after the quotation's comma, and only a name
 * then closing the sentence: English "“…,” so Smith left" goes on with a verb.
 */
const SO_NAME = /^\s*,?\s*so\s+/u;
/**
 * A sentence that "according to" and its source open, then a clause a colon ends (group 1: the
 * source, group 2: the clause): "According to a former producer, Vance entered fake names:".
 */
const ACCORDING_COLON = /^\s*[Aa]ccording\s+to\s+([^,:;“”"«»()]{2,80}),\s+([^:;“”"«»]{2,240}):\s*$/u;
/** A participle's clause set off by commas at the end of the words between two halves: ", referring to …, ". */
const PARTICIPLE_ASIDE_END = /,\s+\p{Ll}+ing\s[^“”"«».;:!?]{1,200},\s*$/u;
/** A preposition right before a name, "the" perhaps between: the name is its object, no verb's subject. */
const PREPOSITION_BEFORE = /(?<!\p{L})(?:to|of|for|with|at|from|near|inside|within)\s+(?:the\s+)?$/u;
const SENTENCE_REST = /^\s*[.;!?]?[\s”"»“]*$/u;
/** Such a verb after a quotation's first half, then the name (group 1). */
const NAME_AFTER_OTHER_VERB = new RegExp(
  `^[\\s,]*(?:${alternation(GERMAN_CZECH_INDONESIAN_QUOTATION_VERBS)})\\s+${NAME_AFTER_VERB.source.slice(1)}`,
  "u",
);
/**
 * After an attribution's verb, a second speaker and verb ("said Ellis told her") or a second verb
 * of the subject the first was an aside in ("Ellis, Lopez said, told the crews"); not "asked"
 * after the comma, a participle's clause ("Ellis said, asked about the cuts").
 */
const REPORTED_SPEAKER = new RegExp(
  `^(?:\\s+(?:that\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}|,(?!\\s+asked\\s))\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(SPEECH_VERBS)})(?!\\p{L})`,
  "u",
);
/** A passage cited by a short name and its numbers, nothing else: "Jn 18, 36", "Mt 26:53", "Art. 5.2". */
const PASSAGE_CITED = /^\s*(?:\d\s*)?\p{L}[\p{L}.]{0,5}\s*\d+(?:\s*[,:.–-]\s*\d+)*\s*$/u;

/** An age or a lawmaker's party and state in parentheses after a name: " (54)", " (D-Calif.)". */
const AGE_OR_PARTY_ASIDE = new RegExp(String.raw`\s\((?:${AGE_OR_PARTY_WORDS})\)`, "gu");
const DOCUMENT_NOUN = new RegExp(`(?<!\\p{L})(?:${DOCUMENTS})(?!\\p{L})`, "iu");
/** A document as the subject of a quotation's clause: "“…,” the statement said", "“…,” it says" (group 1: the noun). */
const DOCUMENT_SPOKE = new RegExp(
  `^[\\s,]*(?:the\\s+(?:new\\s+|latest\\s+|second\\s+)?(${DOCUMENTS})|it)\\s+(?:said|says|read|reads|added|adds|continued|continues|stated|states)(?!\\p{L})`,
  "u",
);
/**
 * Words someone receives rather than says: "was told", "were asked", "got a call", "received a
 * letter", "heard a neighbour shout", "read the notice". Whoever opens such an introduction is the
 * receiver or reader of the quotation, not its author ("She was told: “…”" is not her speech).
 * Not "read from her notes" (her own words read out), nor seeing or finding ("sees signs of").
 */
const MESSAGE_NOUNS =
  "calls?|phone\\s+calls?|messages?|letters?|texts?|emails?|e-mails?|notes?|voicemails?|repl(?:y|ies)|responses?|answers?|warnings?|notices?|sign|cards?|memos?|notifications?|threats?|tips?|questions?|invitations?|posts?|tweets?";
const RECEIVED = new RegExp(
  `(?<!\\p{L})(?:(?:was|were|is|are|been|being|be|get|gets|got|getting)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|then\\s+|later\\s+|once\\s+)?(?:told|asked|informed|advised|warned|instructed|ordered|reminded|assured|promised|notified|sent|given|shown|handed|greeted|questioned|quizzed|texted|e-?mailed|messaged)|(?:heard|hears|hearing|overheard)(?=\\s+\\p{L})|(?:received|receives|receive|receiving|got|gets|getting|gotten|read|reads|reading)\\s+(?!(?:from|out)\\s)(?:[\\p{L}’'-]+\\s+){0,3}?(?:${MESSAGE_NOUNS}))(?!\\p{L})`,
  "gu",
);
/** The main clause going on after a relative clause that held the receiving: "Ruiz, who had heard the complaints, was blunt:". */
const MAIN_RESUMES = /,\s+(?:\p{Ll}+\s+){0,2}?(?:was|were|is|are|has|had|have|\p{Ll}+ed)(?!\p{L})/u;
/** Who sent what was received, right after it: " by John Carter", " from the landlord" (group 1), up to a comma, a colon or a relative word. */
const RECEIVED_FROM = /^\s+(?:by|from)\s+([^,:;“”"«»]{1,60}?)(?=\s*(?:[,:]|$)|\s+(?:that|which|who)\s)/u;
/**
 * After what was received or its sender, the words it says: "that said", "which read", ", saying",
 * ", the new owner, who told her" (a sender's role set off before the relative word).
 */
const RECEIVED_SAYS =
  /^(?:\s*,\s+(?:the|a|an)\s[^,:;]{1,60})?(?:\s*,)?\s+(?:(?:that|which|who)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+|\p{Ll}+ing)\s*[,:]?\s*$/u;

/**
 * A verb of speech that opens its sentence, capitalised, and the subject after it up to a colon:
 * "Said one Texas Republican:", "Added Ana Ruiz, the mayor:" (group 1: the subject).
 */
const INVERTED_COLON =
  /^\s*(?:Said|Says|Added|Adds|Wrote|Writes|Continued|Replied|Recalled)\s+([^:;“”"«»]{2,80}):\s*$/u;

/** The same before a colon that introduces the quotation: "The statement read: “…”" (group 1: the noun). */
const DOCUMENT_COLON = new RegExp(
  `^\\s*[Tt]he\\s+(?:new\\s+|latest\\s+|second\\s+|full\\s+)?(${DOCUMENTS})\\s+(?:said|says|read|reads|stated|states|continued|continues)\\s*:\\s*$`,
  "u",
);
/**
 * Someone issuing a document, as the sentence's opening clause: "Now they've put out another
 * statement", "Governor Ellis wrote in a Facebook post on Sunday that …", "The ministry issued a
 * statement" (group 1: the subject, group 2: the document). Not a document someone else wrote or
 * the subject received ("shared a post by Jones", "posted the letter he received").
 */
const ISSUED_DOCUMENT = new RegExp(
  `^\\s*(?:(?:Now|Then|Later|Earlier|Also)\\s*,?\\s+)?([^,;:]{1,80}?)(?:\\s+(?:has|have|had)|['’]ve|['’]s)?\\s+(?:also\\s+)?(?:issued|released|published|posted|sent|shared|put\\s+out|wrote|said|tweeted)\\s+(?:in\\s+|on\\s+)?(?:a|an|another|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${DOCUMENTS})(?!\\p{L})(?!\\s+(?:by|from|of|written|signed|sent|received|which|who|that|he|she|they|we|I|it)(?!\\p{L}))`,
  "u",
);
/** A definite plural of bodies, standing for bodies named before: "las entidades", "ambas dependencias", "the two agencies". */
const BODIES_BACK =
  /^\s*(?:las|los|ambas|ambos|the|both)\s+(?:(?:dos|two)\s+)?(?:entidades|dependencias|instituciones|agencias|organismos|agencies|institutions|ministries|departments)\s*$/iu;
/** Only "y"/"and" (and an article) between two bodies' names: "Fiscalía General y la Secretaría". */
const JOINED = /^\s+(y|and)\s+(?:(?:la|el|los|las|the)\s+)?$/u;
/** Before a clause's subject: nothing, or a verb (not a preposition), then perhaps an article. */
const SUBJECT_SLOT =
  /(?:^\s*|(?<!\p{L})(?!(?:con|de|del|a|al|en|por|para|entre|sin|sobre|ante|tras|y|e|o|la|el|los|las|un|una|with|of|by|for|to|from|and|or|at|in|on|the|an)\s)\p{Ll}+\s+)(?:(?:la|el|los|las|the)\s+)?$/iu;
/**
 * One name that is two bodies' names so joined, the second with its own article: "Fiscalía General
 * y la Secretaría de Seguridad" (not one body's "Health and Human Services").
 */
const JOINED_NAME = /^\p{Lu}\S*(?:\s+\S+)*?\s+(?:y|and)\s+(?:la|el|los|las|the)\s+\p{Lu}/u;
const AFTER_ACCORDING = new RegExp(`^[\\s,]*(?:${ACCORDING})\\s+`, "u");
/**
 * A name, then a participle's phrase set off by commas, as a whole subject: "Ms. Haley, seated next
 * to Mr. Trump in the Oval Office," (group 1: the name).
 */
const NAME_THEN_PARTICIPLE =
  /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*),\s+(?:\p{Ll}+(?:ed|ing)|seated|sat|flanked|surrounded)\s[^,;:!?“”"]{1,80},\s*$/u;
/**
 * The subject before a verb of speech, perhaps an adverb between ("Ruiz quickly added"). Not a
 * noun that ends like an adverb, the subject's own head: "a Tillman ally said", "the family said".
 */
const SUBJECT_FIRST = new RegExp(
  `^[\\s,.!?]*([^“”"«»;!?()]{1,200}?)\\s+(?:(?!(?:${alternation(LY_NOUNS)})\\s)\\p{Ll}+ly\\s+)?(?:${VERBS})${END}`,
  "u",
);
/**
 * "“…,” as one bank's chief told me.": "as", a subject and a verb of speech (perhaps whom it was
 * told) end the sentence, or an aside set off by commas, right after the quotation, so the words
 * are what the subject said (group 1: the subject).
 */
const AS_SAID = new RegExp(
  `^[\\s,]*as\\s+([^“”"«»;:!?(),]{1,80}?)\\s+(?:${VERBS})${END}(?:\\s+(?:me|us|him|her|them|reporters))?(?:\\s*[.!?]?\\s*$|\\s*,)`,
  "u",
);
/**
 * ", <subject> <verb>," — an attribution set off by commas, or ending the sentence, perhaps with
 * where it was said (", Noem said in the campaign's announcement.").
 */
const ASIDE = new RegExp(
  `,\\s+((?:the\\s+|The\\s+)?[^,;:.!?]{1,60}?)\\s+(?:${VERBS})${END}\\s*(?=,|(?:\\s*(?:in|on|at|during|via|through)\\s[^,;:!?]{1,80}?)?[.!?]?\\s*$)`,
  "gu",
);
/** One unnamed person ("a spokesperson for …", "the official"), not a group: who "he" or "she" can be. */
const SINGLE_SOURCE =
  /^(?:[Aa]n?|[Oo]ne|[Tt]he)\s(?:(?!\p{L}+s\b)[^,])*$|^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokes(?:man|woman|person)|official|source|aide|officer|representative)\b/u;

/** A speech verb used as one, not as an adjective ("comes with added costs", "the stated goal"). */
const SPOKE = new RegExp(
  `(?<!\\b(?:with|the|a|an|its|their|his|her|our)\\s)(?<!\\p{L})(?:${alternation(SPEECH_VERBS)})(?!\\p{L})`,
  "u",
);

/**
 * Whom a sentence of only an attribution says the words were told to: "the paper", "a Fox anchor",
 * "Reuters", "reporters", "him" — a noun phrase and nothing more ("told them to leave", "told the
 * paper that …" say more than who spoke).
 */
const LISTENER = String.raw`(?:(?:the|a|an|his|her|their)\s+(?:\p{L}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}-]*|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|reporters|journalists|him|her|them|me|us)`;

/**
 * A sentence of only a subject (up to five words) and a speech verb, either way round, perhaps
 * with when or where ("Trump tweeted before Election Day.", not "… that he would veto it"), or
 * with whom "told" or "asked" had as listener ("Trump told the paper.", "Ruiz asked Vale.").
 */
const ONLY_ATTRIBUTION = new RegExp(
  `^\\s*(?:(?:[^\\s“”"«»„]+\\s+){1,5}(?:told|tells|asked|asks)\\s+${LISTENER}|(?:[^\\s“”"«»„]+\\s+){1,5}(?:${alternation(SPEECH_VERBS)})(?:\\s+(?:on|in|at|before|after|during|last|this|earlier|later)\\s(?:(?!that\\s)[^“”"«»„.!?;:,]){1,60})?|(?:${alternation(SPEECH_VERBS)})(?:\\s+[^\\s“”"«»„]+){1,5})[.!]?\\s*$`,
  "u",
);

/**
 * A dash after a quotation that opens its sentence, then the whole rest of the sentence a name
 * (capitalised words only), a speech verb, perhaps whom it was told to and when or where: "“…” —
 * Ana Ruiz told the BBC.", "“…” – Ruiz said on Monday." The dash sets the attribution off as a
 * comma would. Nothing more: "“…” — Ana Ruiz said she hated the song" reports what she said about
 * words that may be a title, and the marks hold titles as often as quotations.
 */
const DASHED_ATTRIBUTION = new RegExp(
  String.raw`^\s*[—–]\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*\s+(?:(?:${alternation(SPEECH_VERBS)})|(?:told|tells)\s+(?:the\s+)?[^\s“”"«»„.!?;:,]+(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})(?:\s+(?:on|in|at|last|this|during|earlier|later)\s[^“”"«»„.!?;:,]{1,60})?[.!]?\s*$`,
  "u",
);

/**
 * A sentence of only a name, an appositive and a speech verb, perhaps with when or where: "He
 * Jianxiong, the former director for China at the fund, said at an event in Washington." It
 * reports the quotation that ended the sentence before it ("…?” He Jianxiong, …, said …").
 */
const NAMED_APPOSITIVE_ATTRIBUTION = new RegExp(
  `^\\s*\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){1,3},\\s+(?:the|a|an)\\s[^“”"«»„.!?;:]{1,140}?,\\s+(?:${alternation(SPEECH_VERBS)})(?:\\s+(?:on|in|at|before|after|during|last|this|earlier|later)\\s[^“”"«»„.!?;:]{1,100})?[.!]?\\s*$`,
  "u",
);

/** Abbreviated months inside a sentence ("on Nov. 6", "on Nov. that"): no sentence ends there. */
const MONTH_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+[\p{Ll}\d])/gu;
const maskMonths = (text: string) => text.replace(MONTH_DOT, (m) => m.replace(".", "·"));

/**
 * An attribution clause whose subject is such a description and nothing else, either way round:
 * "said the actor.", "the “Pose” actor said." (the noun is group 1 or 2).
 */
/** Where words were said, closing their clause: " on CNN", " in an interview", " on “Morning Show.”". */
const VENUE_TAIL = String.raw`(?:\s+(?:on|in|at|during)\s+(?:[^“”"«»„.!?;:,]{1,40}|[“"][^”"]{1,40}[”"]))`;
const DESCRIBED_SPEAKER_CLAUSE = new RegExp(
  `^[\\s,]*(?:(?:said|says|added|adds)\\s+the\\s+(?:[“"][^”"]{1,30}[”"]\\s+)?(${DESCRIPTION_NOUNS})|the\\s+(?:[“"][^”"]{1,30}[”"]\\s+)?(${DESCRIPTION_NOUNS})\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|added|adds))${VENUE_TAIL}?[.!]?\\s*$`,
  "u",
);

/**
 * True when every use of `noun` in `text` is a bare reference back ("the actor"), none giving it
 * to someone ("actor Ted Danson", "an actor", "Lee, the actor who …"): then who it is stays the
 * story's own person, not another the text calls so.
 */
function onlyBackReferences(text: string, noun: string): boolean {
  return [...text.matchAll(new RegExp(`(?<!\\p{L})${noun}(?!\\p{L})`, "giu"))].every(
    (m) =>
      /(?:^|[^\p{L}])[Tt]he\s+(?:[“"][^”"]{1,30}[”"]\s+)?$/u.test(text.slice(0, m.index)) &&
      !/^\s*(?:\p{Lu}|,|who\b)/u.test(text.slice(m.index + m[0].length)),
  );
}

/** Verbs whose object is the person spoken to: "told Benioff", "asked Pike". */
const ADDRESSED_BY = "told|tells|asked|asks|thanked|urged|reminded|assured|interrupted|answered";

/** True when `name` (or its last word) stands in `text` only as whom someone spoke to ("Cook told Benioff"). */
function addressed(text: string, name: string): boolean {
  const word = escapeRegExp(name.split(" ").at(-1) ?? name);
  const all = [...text.matchAll(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "gu"))];
  return (
    all.length > 0 &&
    all.every((m) =>
      new RegExp(`(?<!\\p{L})(?:${ADDRESSED_BY})\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}$`, "u").test(
        text.slice(0, m.index),
      ),
    )
  );
}

/** A clause's subject that is "you", "I" or "we", perhaps with an auxiliary or an adverb, right before its verb. */
const PERSONAL_SUBJECT_LAST =
  /(?:^|[,;]|(?<!\p{L})(?:and|but|when|as|while))\s*(?:you|I|we|You|We)(?:\s+(?:were|was|are|am|had|have|would|will|could|kept|\p{Ll}+ly))*\s*$/u;

/** A verb of words shouted or sung, whose words may be capitalised as a slogan is: "chanted “Red for Ed”". */
const SHOUTED = /(?<!\p{L})(?:scream|shout|yell|chant|cheer|sang|sing|cried|cries|cry)\p{Ll}*/u;

/** Small words a title leaves in lower case: "The Art of War", "Red for Ed". */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|vs\.?|de|la|le|von|van)$/u;

/**
 * True when quoted words are a title or a label and not speech: two to eight words, each
 * capitalised (a number, or a title's small word after the first), with no sentence's end mark
 * ("The Long Night", "Open File", "Coney Island"; not "Thank You!", "We Won.", "STOP").
 */
export function titleOnly(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 8 || /[.!?…,;:]$/u.test(text.trim())) return false;
  if (words.every((word) => /^\p{Lu}+$/u.test(word))) return false;
  return words.every(
    (word, index) => /^[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*$/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.test(word)),
  );
}

/**
 * A work's title in quotation marks where words were said or written, after "on" or "in" and
 * perhaps its owner's name: "said on CNBC's “Trading Nation” on Monday", "recalled in “Deep
 * Water.”". Only a title (`titleOnly`, its closing stop aside); the marks hold no one's words.
 */
const VENUE_TITLE = /\s(?:on|in)\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?[“"]([^“”"]{1,80})[”"]/gu;
const VENUE_TITLE_OPENS = /\s(?:on|in)\s+(?:\p{Lu}[\p{L}.]*['’]s\s+)?[“"]?$/u;
const venueTitle = (title: string) => titleOnly(title.replace(/[.,]$/u, ""));
/** `text` without the works' titles of `VENUE_TITLE`, the preposition with them. */
const withoutVenueTitles = (text: string) =>
  text.replace(VENUE_TITLE, (whole, title: string) => (venueTitle(title) ? "" : whole));

/**
 * A verb of saying right before a quotation's opening mark, perhaps with up to three lower-case
 * words after it (whom it was said to, "something like") and then a comma or a colon: "says “…”",
 * "someone say, “…”", "replied with something like, “…”", "asked me: “…”". Not a verb that names
 * ("called it “…”", namingVerbs): what follows it is a name for something, not words said.
 */
const SAID_RIGHT_BEFORE = new RegExp(
  `${START}(?:${alternation([...SPEECH_VERBS, ...SPEECH_PARTICIPLES].filter((verb) => !NAMING_VERBS.includes(verb)))})(?:(?:\\s+\\p{Ll}+){0,3}\\s*[,:]|\\s*[,:]?)\\s*$`,
  "u",
);

/** Words that end on a question or an exclamation mark (perhaps before a closing mark or an ellipsis). */
const ASKED_OR_EXCLAIMED = /[?!]+[’'”"]?\s*$/u;

/**
 * Words the writer imagines, not said ("as if to say “…”", "as though to ask, “…”"), and a verb
 * used as an adjective after its article, naming a thing ("a newly declared “national defense”
 * zone", "the reported “deal”").
 */
const NOT_SAID_BEFORE = /(?<!\p{L})(?:as\s+(?:if|though)\s+to|(?:a|an|the)(?:\s+\p{Ll}+ly)?)\s+\p{Ll}+\s*[,:]?\s*$/u;

/**
 * True when a short quotation with no speaker stated is still speech, not a term, a scare quote
 * or a title: words a verb of saying introduces ("the kid that says “mail kimp?”", "someone say,
 * “You look great”"; not "as if to say “…”", "a newly declared “…” zone"), or a question or an
 * exclamation of three words or more that is its sentence alone ("‘Who went on top?’"). Never a
 * title or a label, capitalised word by word ("whose tooltip says “Open File”", "“Where Did It
 * Come From?”", titleOnly), nor a quotation that is only part of its sentence ("your personal
 * “should I buy this?” test", "First, “…?”") or that a full stop follows, as a cited title
 * ("“Trademarks registered!”. example.org.").
 * `sentence` is the quotation's sentence; `open` and `close` its marks' offsets in it.
 */
function plainlySpoken(text: string, sentence: string, open: number, close: number): boolean {
  const bare = text.trim().replace(/[?!.…]+$/u, "");
  if (titleOnly(text) || titleOnly(bare)) return false;
  const before = sentence.slice(0, Math.max(open, 0));
  if (open >= 0 && SAID_RIGHT_BEFORE.test(before)) return !NOT_SAID_BEFORE.test(before);
  if (quotationWords(text) < 3 || !ASKED_OR_EXCLAIMED.test(text)) return false;
  const after = sentence.slice(close + 1);
  return open >= 0 && !/\p{L}/u.test(before) && !/\p{L}/u.test(after) && !/^\s*\./u.test(after);
}

/** "I", "we" or "you" as a speech verb's subject, an adverb perhaps between: "What we said:", "I replied". */
const WRITER_SPEAKS = new RegExp(`(?<!\\p{L})(?:I|[Ww]e|[Yy]ou)\\s+(?:\\p{Ll}+ly\\s+)?(?:${VERBS})${END}`, "u");

/** A sentence that opens on a name in quotation marks, then a lower-case verb: "“Perry” chimed in:". */
const QUOTED_NAME_SUBJECT = /^\s*[“"]\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}[”"]\s+\p{Ll}/u;

/** A subject that is a pronoun, an adverb perhaps after it: "she", "he politely". */
const PRONOUN_SUBJECT = /^[\s,]*(?:he|she|they)(?:\s+\p{Ll}+ly)?\s*$/iu;

/** True when the clause's speech verb addresses `name` (its first or last word): "asks Joe", "told Ana Ruiz". */
function addressedAfter(clause: string, name: string): boolean {
  const words = name.split(" ").map(escapeRegExp);
  const who = [...new Set([words[0], words.at(-1)])].join("|");
  return new RegExp(
    `(?<!\\p{L})(?:${ADDRESSED_BY})\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}?(?:${who})(?!\\p{L})`,
    "u",
  ).test(clause);
}

/** "asked him", "asks if she", "asking whether he": someone asked, as the pronoun `word` ("he", "she") writes them. */
const askedByWord = new Map<string, RegExp>();
function askedSamePronoun(word: string): RegExp {
  const lower = word.toLowerCase();
  const object = lower === "he" ? "him" : lower === "she" ? "her" : undefined;
  let pattern = askedByWord.get(lower);
  if (pattern === undefined) {
    pattern =
      object === undefined
        ? /(?!)/u
        : new RegExp(
            `(?<!\\p{L})(?:asked|asks|asking|ask)\\s+(?:${object}|(?:if|whether)\\s+${lower})(?!\\p{L})`,
            "iu",
          );
    askedByWord.set(lower, pattern);
  }
  return pattern;
}
/** "She said …", "He told …" opening a sentence: the pronoun `word` speaking as its subject (compiled once per word). */
const pronounOpensByWord = new Map<string, RegExp>();
function samePronounOpensSpeaking(word: string): RegExp {
  const key = word.toLowerCase();
  let pattern = pronounOpensByWord.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^\\s*${escapeRegExp(key)}\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(SPEECH_VERBS)})(?!\\p{L})`,
      "iu",
    );
    pronounOpensByWord.set(key, pattern);
  }
  return pattern;
}

/** "he said", "she told", "said he": the pronoun `word` as a speech verb's subject (compiled once per word). */
const pronounSpokeByWord = new Map<string, RegExp>();
function samePronounSpoke(word: string): RegExp {
  const key = word.toLowerCase();
  let pattern = pronounSpokeByWord.get(key);
  if (pattern === undefined) {
    const verbs = alternation(SPEECH_VERBS);
    pattern = new RegExp(
      `(?<!\\p{L})(?:${key}\\s+(?:\\p{Ll}+ly\\s+)?(?:${verbs})|(?:${verbs})\\s+${key})(?!\\p{L})`,
      "iu",
    );
    pronounSpokeByWord.set(key, pattern);
  }
  return pattern;
}

/** "his" and "her" opening a sentence or a clause, by the pronoun they go with. */
const OPENING_POSSESSIVE: Readonly<Record<string, RegExp>> = {
  he: /(?:^|[;:—–])\s*his(?!\p{L})/iu,
  she: /(?:^|[;:—–])\s*her(?!\p{L})/iu,
};
/**
 * True when `text` (a sentence) opens, or opens a clause after a semicolon, colon or dash, with
 * the possessive of the pronoun `word` ("Her catalogue was sold to a fund run by Carl Brenner"):
 * it speaks of that pronoun's person before it names anyone, so the person is named further back,
 * and whoever the sentence names after it is someone else.
 */
function opensWithOwnPossessive(word: string, text: string): boolean {
  return OPENING_POSSESSIVE[word.toLowerCase()]?.test(text) ?? false;
}

/** ", said X" or ", according to X" as a sentence's last clause: its subject follows, to the end. */
const CLOSING_ATTRIBUTION = new RegExp(`,\\s+(?:said|says|${ACCORDING})\\s+(?=[^,;:]*(?:,[^;:]*)?[.!?]?\\s*$)`, "gu");

/**
 * "a story that Ruiz", "words which the mayor": a noun, then a relative "that"/"which" opening a
 * clause with its own subject (a name, a pronoun, a determiner): what follows is that clause's verb.
 */
const DESCRIBING_RELATIVE =
  /\S\s+(?:that|which)\s+(?:\p{Lu}|(?:he|she|they|we|I|you|the|a|an|his|her|their|its|our|my)\b)/u;

/** Words that start a clause of its own rather than an attribution's subject. */
const NOT_A_SUBJECT =
  /^(?:that|which|who|whom|because|and|but|so|if|when|while|although|though|since|as|unless|until|or|to|in|of|for|on|at|with|by|from|is|are|was|were|has|have|had|this)\b/iu;

/**
 * Index of the sentence of `block` holding `offset` (the last one past its end), by binary
 * search: one paragraph can hold thousands of sentences and quotes, and a scan per quote
 * would make the analysis quadratic in paragraph length.
 */
function sentenceIndexAt(block: Block, offset: number): number {
  const { sentences } = block;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offset >= (sentences[middle] as { end: number }).end) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentence of `block` holding `offset`. */
function sentenceAt(block: Block, offset: number) {
  return block.sentences[sentenceIndexAt(block, offset)];
}

const OPENING_MARK = /^[“«„"]/u;
const ANY_MARK = /[“”«»„"]/u;

/**
 * The sentence a quotation opens, when the quotation closes in `sentence` before `at`, opened in an
 * earlier sentence of the same block that begins with its mark, and the sentences between hold no
 * mark: "“You know … . That was hard. We tried,” he says" gives "“You know … .". Undefined when the
 * quotation opened in this sentence, or after words of narration in its first sentence.
 */
function quotationOpening(block: Block, sentence: Sentence, at: number): Sentence | undefined {
  const before = block.text.slice(sentence.start, at);
  const close = /[”»]/u.exec(before) ?? straightClose(before);
  if (!close || /[“«„]/u.test(before.slice(0, close.index))) return undefined;
  for (let i = sentenceIndexAt(block, sentence.start) - 1; i >= 0; i -= 1) {
    const s = block.sentences[i] as Sentence;
    if (OPENING_MARK.test(s.text.trimStart())) return ANY_MARK.test(s.text.trimStart().slice(1)) ? undefined : s;
    if (ANY_MARK.test(s.text)) return undefined;
  }
  return undefined;
}

/** A quotation's words for comparing: no ellipses, marks or case, single spaces. */
function comparable(text: string): string {
  return text
    .replace(/…|\.{3}|\[[^\]]*\]/gu, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}

/**
 * Whether `text` repeats, whole, words of `earlier` (another quotation of the article): five
 * words or more, ellipses and marks aside. Words quoted again are still their speaker's.
 */
function repeatedWords(text: string, earlier: string): boolean {
  const words = comparable(text);
  return words.split(" ").length >= 5 && ` ${comparable(earlier)} `.includes(` ${words} `);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A line that points to another story ("**SEE MORE**: …", "Read also: …", "RELATED: …"), which
 * pages set between the paragraphs of a quotation: it neither continues nor ends it.
 */
const PROMO_LINE =
  /^\s*(?:\*\*|__)?(?:(?:see|read|watch|listen)\s+(?:more|also)|related(?:\s+stories)?|also\s+read|don['’]t\s+miss)(?:\*\*|__)?\s*:[^\n“”"«»„]{1,200}$/iu;

/**
 * A photo caption the page set between two paragraphs, as a block of its own: eight words or more,
 * no quotation mark and no closing punctuation ("Whangārei Harbour seen from Tamaterau, with
 * mangrove sprouts …"). It describes a picture; it neither continues nor ends a run of one
 * speaker's quotations. Shorter lines may be subheadings, which open a new part, so they still do.
 */
function captionLine(block: Block | undefined): boolean {
  return (
    block !== undefined &&
    (block.kind === "paragraph" || block.kind === "listItem") &&
    block.boldOnly !== true &&
    !/[“”"«»„]/u.test(block.text) &&
    !/[.!?…:;)\]]\s*$/u.test(block.text) &&
    wordCount(block.text) >= 8
  );
}

/**
 * True when `next` is the paragraph after `block`, or the one after a caption line between them
 * (a lone list item too: a figure's caption the page marked up as one, between two paragraphs).
 */
function nextParagraph(blocks: readonly Block[], block: Block, next: Block): boolean {
  return (
    next.blockIndex === block.blockIndex + 1 ||
    (next.blockIndex === block.blockIndex + 2 &&
      block.kind !== "listItem" &&
      next.kind !== "listItem" &&
      captionLine(blocks[block.blockIndex + 1]))
  );
}

/** True when `block` carries on a quotation the block before it left open (the rules of `candidates`). */
function continuesQuotation(block: Block | undefined): boolean {
  if (!block || block.kind === "heading") return false;
  if (opensWithQuote(block.text) && quoteSpans(block.text).length > 0) return true;
  const close = /[”"»]/u.exec(block.text);
  return close !== null && !/[“«„]/u.test(block.text.slice(0, close.index));
}

/**
 * A block's spans, re-paired when its last quotation stays open and the next block does not carry
 * it on: an opening mark the writer never closed mid-sentence (a title typed `“Glasgow (“No Place
 * Like Home”)`) would otherwise swallow the rest of the paragraph as one quotation and lose the
 * quotes after it. The stray mark is dropped and the marks after it paired again, only when they
 * then all close. A quotation that opens its paragraph or follows a colon stays as it is: that is a
 * quotation whose closing mark is missing (or a nested one running to the end), not a stray mark.
 */
function pairedSpans(blocks: readonly Block[], index: number): Span[] {
  const block = blocks[index] as Block;
  const spans = quoteSpans(block.text);
  const last = spans.at(-1);
  if (!last || last.closed) return spans;
  const before = block.text.slice(0, last.open).trimEnd();
  if (before === "" || before.endsWith(":")) return spans;
  let next = index + 1;
  while (blocks[next] && PROMO_LINE.test((blocks[next] as Block).text)) next += 1;
  if (continuesQuotation(blocks[next])) return spans;
  const offset = last.open + 1;
  const rest = quoteSpans(block.text.slice(offset));
  if (rest.length === 0 || rest.some((s) => !s.closed)) return spans;
  return [...spans.slice(0, -1), ...rest.map((s) => ({ ...s, open: s.open + offset, close: s.close + offset }))];
}

/** A closed quotation that fills its paragraph, with nothing before its opening mark or after its closing one. */
function fillsParagraph(closed: boolean, first: Part, last: Part): boolean {
  return (
    closed &&
    first.open >= 0 &&
    first.block.text.slice(0, first.open).trim() === "" &&
    last.block.text.slice(last.close + 1).trim() === ""
  );
}

/** Words written with a leading apostrophe, which some pages set as ‘: "‘Tis", "‘em", "‘90s". */
const ELIDED_START = /^(?:tis|twas|twere|em|cause|cos|til|till|bout|round|n|\d)(?![\p{L}])/iu;

/** Where a block's text opens on a single mark (‘ or ') before a word, and that mark; else undefined. */
function singleOpening(block: Block | undefined): { at: number; mark: string } | undefined {
  if (!block || block.kind === "heading") return undefined;
  const at = block.text.length - block.text.trimStart().length;
  const mark = block.text[at];
  const rest = block.text.slice(at + 1);
  return (mark === "‘" || mark === "'") && /^[\p{L}\p{N}]/u.test(rest) && !ELIDED_START.test(rest)
    ? { at, mark }
    : undefined;
}

/**
 * A quotation in single marks over several paragraphs, as British copy sets one: a paragraph that
 * opens on ‘ and never closes it, followed by a paragraph that opens on ‘ again ("‘It’s a hit. ¶
 * ‘We never expected it.’"). The mark then opens a quotation running off the paragraph's end, not
 * an apostrophe; alone, a ‘ that never closes stays one (quoteSpans).
 */
function singleMarkRun(blocks: readonly Block[], index: number): Span | undefined {
  const block = blocks[index] as Block;
  const opening = singleOpening(block);
  if (opening === undefined || quoteSpans(block.text).some((s) => s.open === opening.at)) return undefined;
  let next = index + 1;
  while (blocks[next] && PROMO_LINE.test((blocks[next] as Block).text)) next += 1;
  return singleOpening(blocks[next])?.mark === opening.mark
    ? { open: opening.at, close: block.text.length, closed: false }
    : undefined;
}

/** Groups spans into quotations, joining a paragraph left open to the paragraphs that continue it. */
function candidates(blocks: readonly Block[]): Candidate[] {
  const out: Candidate[] = [];
  let pending: Candidate | undefined;
  for (const [index, block] of blocks.entries()) {
    if (pending && PROMO_LINE.test(block.text)) continue;
    let spans = pairedSpans(blocks, index);
    let offset = 0;
    const fresh = pending === undefined;
    if (pending && block.kind !== "heading") {
      const continuing = pending;
      pending = undefined;
      // A quotation in single marks goes on in a paragraph that opens on the same mark.
      const start = continuing.parts[0] as Part;
      const opening = singleOpening(block);
      const single =
        opening !== undefined && start.open >= 0 && start.block.text[start.open] === opening.mark
          ? spans[0]?.open === opening.at
            ? spans
            : [singleMarkRun(blocks, index)].filter((s) => s !== undefined)
          : undefined;
      if (single !== undefined) spans = single;
      if ((opensWithQuote(block.text) || single !== undefined) && spans[0]) {
        const [first, ...rest] = spans;
        continuing.parts.push({ block, open: first.open, close: first.close });
        continuing.closed = first.closed;
        if (!first.closed && rest.length === 0) pending = continuing;
        spans = rest;
      } else {
        const close = /[”"»]/u.exec(block.text);
        if (close && !/[“«„]/u.test(block.text.slice(0, close.index))) {
          continuing.parts.push({ block, open: -1, close: close.index });
          continuing.closed = true;
          offset = close.index + 1;
          spans = quoteSpans(block.text.slice(offset)).map((s) => ({
            ...s,
            open: s.open + offset,
            close: s.close + offset,
          }));
        }
      }
    } else pending = undefined;
    const run = fresh ? singleMarkRun(blocks, index) : undefined;
    if (run !== undefined) spans = [run];
    spans.forEach((span, index) => {
      const candidate: Candidate = { parts: [{ block, open: span.open, close: span.close }], closed: span.closed };
      out.push(candidate);
      if (!span.closed && index === spans.length - 1) pending = candidate;
    });
  }
  return out;
}

function partText(part: Part): string {
  return part.block.text.slice(part.open + 1, part.close).trim();
}

/**
 * A person described, not named, as a clause's subject: "the senator tore into …" (a verb in lower
 * case right after the noun, not the comma that closes an appositive: "Ana Ruiz, the mayor, said").
 */
const DESCRIBED_PERSON_CLAUSE = new RegExp(
  `(?:^|[,;:]\\s*|(?<!\\p{L})(?:and|but|while|as|when|then)\\s+)[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?<noun>${DESCRIBED_SUBJECT_NOUNS})\\s+(?!(?:who|whom|whose|of|and|or)(?!\\p{L}))\\p{Ll}`,
  "gu",
);
/**
 * A held role written in capitals as a clause's subject, "the" before it and a verb after it: "Later
 * the Minister arrived", "The Senator tore into the plan" (group 1: the title). Not "the Prime
 * Minister" or "the Vice President": another office, which the title word alone does not name.
 */
const CAPITALISED_ROLES = [...HELD_ROLES]
  .filter((role) => !role.includes("-"))
  .map((role) => role.charAt(0).toUpperCase() + role.slice(1))
  .join("|");
const TITLED_SUBJECT = new RegExp(
  `(?:^|[,;:]\\s*|(?<!\\p{L})(?:and|but|then|later|when|as)\\s+)(?:(?:Then|Later|Next|Soon|Finally|Afterwards|Meanwhile),?\\s+)?` +
    `[Tt]he\\s+(${CAPITALISED_ROLES})\\s+(?:\\p{Ll}+ly\\s+)?` +
    `(?:was|is|were|had|has|\\p{Ll}+ed|\\p{Ll}+s|took|came|went|rose|spoke|stood|sat|made|gave|met|told|said|tore|cut|set|put|hit|ran|left|got|held|led|sent|won|lost|saw|began|wrote|brought|kept|sought|thought|felt)(?!\\p{L})`,
  "u",
);
/** A copula (or "as") right before a description: a predicate of the subject, not someone else. */
const COPULA = String.raw`(?<!\p{L})(?:is|was|be|been|being|as|became|becomes|remains|remained)\s+`;
const COPULA_BEFORE = new RegExp(`${COPULA}$`, "u");
/** The same, or a name and the comma that opens its appositive, perhaps after an age ("Ana Ruiz, 43, a teacher"). */
const DESCRIBES_SOMEONE_NAMED = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}.’'-]*,\s*(?:[^;:.!?]{1,20}?\s)?|${COPULA})$`,
  "u",
);

/**
 * One person `text` (a sentence, outside its quotations) describes without naming, whom "he" or
 * "she" (`gender`) may stand for as well as anyone named: "the senator" as a clause's subject, "one
 * resident", "a former dancer" (anonymousSources). Not a description set after a name by a comma
 * or after a copula ("Ana Ruiz, a teacher,", "Ruiz is a teacher"), which describes the one named;
 * not a group ("residents"): "he" and "she" agree with one person.
 */
function unnamedPersonIn(text: string, gender: ReturnType<typeof pronounGender>): boolean {
  // A definite description with its verb after it is a clause's subject even after a name and a
  // comma ("Without naming Ivo Brandt, the senator tore into …"): an appositive would close on a comma.
  const described = [...text.matchAll(DESCRIBED_PERSON_CLAUSE)].map((m) => ({
    index: m.index + m[0].search(/[Tt]he\s/u),
    text: m[0].slice(m[0].search(/[Tt]he\s/u)),
    subject: true,
  }));
  const indefinite = anonymousSources(text).map((one) => ({ ...one, subject: false }));
  return [...described, ...indefinite].some(
    (one) =>
      SINGLE_SOURCE.test(one.text) &&
      !(one.subject ? COPULA_BEFORE : DESCRIBES_SOMEONE_NAMED).test(text.slice(0, one.index)) &&
      describedGenderFits(one.text.replace(/\s+(?:who|at|of|in|for|from|with)\s.*$/su, ""), gender),
  );
}

/**
 * The words between a verb of speech and the quotation when they are only the verb's subject, in
 * inverted order: a subject pronoun (group 1: "betont sie:", "sagt er:") or a capitalised name of
 * up to four words (group 2: "sagte Stein:", "ergänzt Mitschüler Nicolas:"), then the colon that
 * introduces the words. Without the colon the name may be an object or the reported clause's
 * subject ("Like calling Gruber, “…”", "went on to assert Marlow “…”").
 */
const SUBJECT_AFTER_VERB = /^\s*(?:(er|sie|he|she)|((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*))\s*:\s*$/u;
/** "According to", "in the words of": the name after it is the source, read by its own route. */
const ACCORDING_ALONE = new RegExp(`^(?:${ACCORDING})$`, "u");
/** A weekday or a month's name, alone: when something was said, not who said it. */
const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/u;
/** Verbs whose object is whom the words were said to ("told Reuters:", "asked Ruiz:"), never their subject. */
const LISTENER_VERB =
  /^(?:tells?|told|telling|asks?|asked|asking|urges?|urged|warns?|warned|informs?|informed|reminds?|reminded|thanks?|thanked|quotes?|quoted|cites?|cited)$/u;

/**
 * Whether a dropped subject's speaker may stand: someone named who already spoke a quotation of
 * the article. A Spanish or Portuguese tag with no subject ("“…”, relató.") says nothing of
 * gender or kind, so the last name before it may be a place ("… de Andalucía. “…”, ha
 * advertido."); only a voice the article is already quoting goes on. Pure.
 */
export function continuesVoice(speaker: Speaker, earlier: Iterable<Speaker>): boolean {
  if (speaker.kind !== "named") return true;
  for (const before of earlier) if (before.kind === "named" && before.name === speaker.name) return true;
  return false;
}

/** Attribution grammar over one article. */
class Attributor {
  readonly #ctx: ArticleNames;
  readonly #order: { block: Block; index: number }[] = [];
  /** Each sentence's position in `#order`, by anchor. */
  readonly #position = new Map<string, number>();
  /** Speakers of the quotations read so far, by the anchors of the sentences they cover. */
  readonly #quotedIn = new Map<string, Speaker>();
  /**
   * Debug only: how the speaker of the quotation being read was reached ("pronoun" when a pronoun
   * resolved to someone, the attribution's shape), read by `quoteRoute`; nothing published reads it.
   */
  notes: string[] = [];

  /** Records who spoke the sentences a quotation covers, for later pronouns. */
  quoted(parts: readonly Part[], speaker: Speaker): void {
    for (const part of parts) {
      const { sentences } = part.block;
      for (let i = sentenceIndexAt(part.block, Math.max(part.open, 0)); i < sentences.length; i += 1) {
        const s = sentences[i] as { start: number; anchor: string };
        if (s.start > part.close) break;
        this.#quotedIn.set(s.anchor, speaker);
      }
    }
  }

  constructor(ctx: ArticleNames, blocks: readonly Block[]) {
    this.#ctx = ctx;
    for (const block of blocks) {
      block.sentences.forEach((s, index) => {
        this.#position.set(s.anchor, this.#order.length);
        this.#order.push({ block, index });
      });
    }
  }

  /**
   * "he"/"she" (`word`): the one person named before it in its sentence, else in the nearest earlier
   * sentence that names anyone the pronoun can be (not a man for "she"; see gender.ts); "it": the
   * one body named there.
   */
  #pronoun(block: Block, at: number, word = ""): Speaker | undefined {
    const speaker = this.#pronounRead(block, at, word);
    if (speaker !== undefined && speaker.kind !== "unattributed") this.notes.push(`pronoun=${speaker.name}`);
    return speaker;
  }

  #pronounRead(block: Block, at: number, word = ""): Speaker | undefined {
    if (/^they$/iu.test(word)) return this.#they(block, at);
    const it = /^it$/iu.test(word);
    const namedIn = it ? bodiesIn : personsIn;
    // "she" is no one the text shows to be a man ("Her husband, Samuel Oyelaran, …"): look past them.
    const gender = pronounGender(word);
    const fitting = (candidates: ReturnType<typeof personsIn>) =>
      candidates.filter((c) => this.#ctx.people.genders.fits(c.speaker.name, gender));
    const sentence = sentenceAt(block, at);
    // "“Perry” chimed in: “…,” he said": someone called by a name in quotation marks opens the
    // sentence as its subject; whoever that is, "he" is no one named before.
    if (sentence && !it && QUOTED_NAME_SUBJECT.test(block.text.slice(sentence.start, at))) return UNATTRIBUTED;
    if (sentence) {
      const before = outsideQuotation(block.text.slice(sentence.start, at));
      const here = fitting(notKin(namedIn(this.#ctx, block.blockIndex, before, sentence.start), before));
      // "What Ruiz was doing was “a farce,” he said": the words before the quotation, with no verb of
      // speech, run on into it as one statement that the pronoun's verb reports; a name there is
      // whom it speaks of, most likely not the speaker (who would be "he" in it), and no one is sure.
      if (here.length > 0 && !it && leadOfReported(block.text.slice(sentence.start, at))) return UNATTRIBUTED;
      // "A former dancer told Ana Ruiz …, she said": someone described before the pronoun may be
      // "she" as well as the one named (unnamedPersonIn); neither is sure.
      if (here.length > 0 && !it && unnamedPersonIn(before, gender)) return UNATTRIBUTED;
      // "When Winfrey asked if he could share them, he declined": whom the one named asked, written
      // with the same pronoun, is a second person in reach; the pronoun may be either.
      if (here.length > 0 && !it && askedSamePronoun(word).test(before)) return UNATTRIBUTED;
      if (here.length > 0) return onlyPerson(here) ?? UNATTRIBUTED;
      // "The staff member who reported the call recalled that he said": someone unnamed before the
      // pronoun in its sentence may be who it is, so no one named earlier is sure to be.
      // So may a person described as a clause's subject ("the actress wasn’t itching to … “…,” she said").
      if (!it && (anonymousSource(before) || DESCRIBED_SUBJECT.test(before))) return UNATTRIBUTED;
      if (!it && DESCRIBED_PERSON_SUBJECT.test(before)) return this.#described(before, block, sentence.start, gender);
      const kin = this.#writersKin(before, gender);
      if (kin) return kin;
    }
    // "“… . … . …,” he says": the sentences of the quotation before this one are the speaker's
    // words, not the narration the pronoun looks back through; the search starts before the
    // sentence the quotation opens.
    const opening = sentence && !it ? quotationOpening(block, sentence, at) : undefined;
    const from = opening ?? sentence;
    let position = from ? (this.#position.get(from.anchor) ?? -1) : -1;
    // Rivals (#rivalBeyond) are still sought only within the three sentences before the pronoun.
    const skipped =
      opening && sentence ? sentenceIndexAt(block, sentence.start) - sentenceIndexAt(block, opening.start) : 0;
    // Set once a sentence with the same pronoun as a clause's subject was passed over: the pronoun
    // then stands for someone a sentence names plainly, never one only owning or an object there.
    let chained = false;
    // Set when such a sentence told of a deed, no speech: "She tried to leave." (see below).
    let chainedByDeed = false;
    for (let back = 0; back < 3 && position > 0; back += 1) {
      position -= 1;
      const { block: earlier, index } = this.#order[position] as { block: Block; index: number };
      const s = earlier.sentences[index];
      if (!s) continue;
      const outside = withoutQuotations(s.text);
      const all = notKin(namedIn(this.#ctx, earlier.blockIndex, outside, s.start), outside);
      const persons = fitting(all);
      // "Israel did not appear, but rejected the questions. It argued …, when “…”": a name no body found
      // is that sentence's subject, a place or a body the register lacks, and "it" may stand for it;
      // no body named further back is sure to be "it".
      if (it && this.#unfoundSubject(outside, all)) return UNATTRIBUTED;
      // "He was arrested for the call to the offices of Omar." opens with the same "he" and names
      // others only as objects or owners: "he" is still someone named further back.
      // So does "During the visit, he was photographed with Epstein": the pronoun opens a clause.
      const samePronoun = word !== "" && new RegExp(`(?:^|[,;:—–]|\\b(?:and|but))\\s*${word}\\b`, "iu").test(outside);
      const onlyOwnersOrObjects = persons.every((c) => c.possessive || c.object);
      const ownPossessive = opensWithOwnPossessive(word, outside);
      // "She said her husband was like the father of “a toddler …”. “…,” she said": the sentence
      // opens with the same pronoun speaking, names no one, and its quotation was given to a named
      // person the pronoun fits: the same pronoun, the same person.
      const chainQuoted = this.#quotedIn.get(s.anchor);
      if (
        !it &&
        persons.length === 0 &&
        chainQuoted?.kind === "named" &&
        samePronounOpensSpeaking(word).test(outside) &&
        this.#ctx.people.genders.fits(chainQuoted.name, gender)
      )
        return chainQuoted;
      if ((samePronoun || ownPossessive) && onlyOwnersOrObjects) {
        // A sentence passed over is still in reach: someone described in it may be the pronoun.
        if (!it && unnamedPersonIn(outside, gender)) return UNATTRIBUTED;
        chained = true;
        if (samePronoun && !INTRODUCER.test(outside)) chainedByDeed = true;
        continue;
      }
      // "Lindsey Graham told the AP he was worried. “…,” he said": the one named plainly there, and
      // no one else the pronoun fits, is ruled out only by what a given name usually is ("Lindsey"
      // is given to either), a weak cue; they may still be the pronoun, so no one further back is sure to be.
      if (
        !it &&
        persons.length === 0 &&
        all.some((c) => !c.possessive && !c.object && this.#ctx.people.genders.guessedOnly(c.speaker.name))
      )
        return UNATTRIBUTED;
      // "Her catalogue was sold to a fund run by Carl Brenner. … she described": the one named
      // there is not whom "her" stands for, and the pronoun may be either; no one is sure.
      if (ownPossessive) return UNATTRIBUTED;
      if (chained && persons.length > 0 && onlyOwnersOrObjects) return UNATTRIBUTED;
      const quoted = this.#quotedIn.get(s.anchor);
      // "“…,” Ana Ruiz, deputy director of …, said": the one name there is its quotation's speaker, so a person.
      // So is it when the others there are only whom the speaker spoke to ("“…,” Cook told Benioff."):
      // the last speaker of a run of quotations goes on speaking as "he" until the text names another.
      if (
        quoted?.kind === "named" &&
        !it &&
        persons.length > 0 &&
        persons.some((c) => c.key === quoted.name) &&
        persons.every((c) => c.key === quoted.name || addressed(outside, c.key)) &&
        this.#ctx.people.genders.fits(quoted.name, gender)
      ) {
        if (unnamedPersonIn(outside, gender)) return UNATTRIBUTED;
        return this.#rivalBeyond(quoted, position, Math.max(0, 2 - back - skipped), gender) ? UNATTRIBUTED : quoted;
      }
      // "The caller was arrested for the call to the offices of Ann Cole. “…,” he said": the subject
      // is someone unnamed and the names are only objects or owners inside it: "he" may be that subject.
      // "A former model told me that her parents called the police on Ailes. “…,” she says": someone
      // unnamed, brought in by "a" or "another" as the subject of a verb of telling, the names there
      // only objects or owners: the pronoun is that subject, kept as the description. Not past a
      // listener it fits ("A former model told Ann Cole …"), who may answer as "she".
      const introduced = it ? undefined : INTRODUCED_SPEAKER.exec(outside)?.groups?.["who"];
      if (introduced !== undefined && persons.some((c) => addressed(outside, c.speaker.name))) return UNATTRIBUTED;
      if (introduced !== undefined && onlyOwnersOrObjects && describedGenderFits(introduced, gender))
        return { name: introduced.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: "anonymous" };
      if (
        !it &&
        persons.length > 0 &&
        onlyOwnersOrObjects &&
        (UNNAMED_SUBJECT.test(outside) || ROMANCE_UNNAMED_SUBJECT.test(outside))
      )
        return UNATTRIBUTED;
      // The one person named is the pronoun's only when no one else of its agreement is there, described or named.
      if (persons.length > 0 && !it && unnamedPersonIn(outside, gender)) return UNATTRIBUTED;
      // "But Al Saud is aware of the effect Ortiz may have. “…,” he said", "Mr Bako then sold the lease
      // to Tarro. “…,” he said": the sentence's subject is a name the finder did not read as anyone (a
      // short form, a name it missed); that subject may be the pronoun as well as the one it found.
      if (persons.length > 0 && !it && this.#missedSubject(outside, all)) return UNATTRIBUTED;
      if (persons.length > 0) {
        const one = onlyPerson(persons);
        return one && !this.#rivalBeyond(one, position, Math.max(0, 2 - back - skipped), gender) ? one : UNATTRIBUTED;
      }
      // "Ana Ruiz came late. Mom hugged her. She said, “…”": a person the pronoun fits, named
      // within reach further back, may be "she" as well; neither is sure.
      const kin = this.#writersKin(outside, gender);
      if (kin) return this.#namedWithin(position, 2 - back, fitting) ? UNATTRIBUTED : kin;
      // Someone described, not named, is the sentence's subject: they may be who the pronoun is.
      if (!it && DESCRIBED_PERSON_SUBJECT.test(outside))
        return anonymousSource(outside) ? UNATTRIBUTED : this.#described(outside, earlier, s.start, gender);
      // "Later the Minister arrived. “…,” he said": someone titled in capitals and unnamed there is
      // the sentence's subject, and may be who the pronoun is: the one holder the text names, else no one.
      const titled = it || all.length > 0 ? undefined : TITLED_SUBJECT.exec(outside)?.[1]?.toLowerCase();
      if (titled !== undefined) {
        const holder = this.#ctx.holderOf?.(titled, earlier.blockIndex, s.start);
        return typeof holder === "string" && this.#ctx.people.genders.fits(holder, gender)
          ? byName(this.#ctx, completeName(this.#ctx.people, holder))
          : UNATTRIBUTED;
      }
      // "The president also admitted …": a title the article gave one person, as the subject of a
      // reporting verb, is that person (roleHolders.ts); a title it gave no one or several is read
      // as any other sentence naming no one.
      const title = it || all.length > 0 ? undefined : titleSpeaks(outside);
      const holder =
        title !== undefined && HELD_ROLES.has(title)
          ? this.#ctx.holderOf?.(title, earlier.blockIndex, s.start)
          : undefined;
      if (typeof holder === "string" && this.#ctx.people.genders.fits(holder, gender))
        return byName(this.#ctx, completeName(this.#ctx.people, holder));
      // "Without naming Ivo Brandt, the senator tore into …": a sentence naming only people the pronoun
      // cannot be is passed over, but not past someone it can be whom it describes.
      if (all.length > 0 && !it && unnamedPersonIn(outside, gender)) return UNATTRIBUTED;
      if (all.length > 0) continue;
      // The sentence quotes someone and names no one else: that speaker is the one candidate.
      // Not a question's asker past a sentence whose subject is the same pronoun doing something, no
      // speech ("“Do you know …?” She tried to leave. “…,” she said"): that "she" acted after the
      // question, the turn of a dialogue, and may be who was asked. ("He said …" goes on the run of
      // one speaker's words, and "She felt … " after her own statement is still her.)
      if (quoted && !it && chainedByDeed && /\?[”"»]\s*$/u.test(s.text)) return UNATTRIBUTED;
      if (quoted && !it && this.#ctx.people.genders.fits(quoted.name, gender)) {
        const one = quoted.kind === "named" || (quoted.kind === "anonymous" && SINGLE_SOURCE.test(quoted.name));
        return one ? quoted : UNATTRIBUTED;
      }
      // "“…,” said Kim Brace. “…” ¶ “…,” he added": the sentence right before is all the named
      // speaker's quotation, and only the given name's usual gender ("Kim") says otherwise; a
      // pronoun going on from a quotation is that speaker.
      if (
        quoted?.kind === "named" &&
        !it &&
        back === 0 &&
        !/\p{L}/u.test(outside) &&
        this.#ctx.people.genders.guessedOnly(quoted.name)
      )
        return quoted;
      if (!it) {
        // "He said he did not expect …": the same "he", named further back; keep looking.
        if (/^\s*(?:He|She)\b/u.test(outside) && !unnamedPersonIn(outside, gender)) continue;
        // "…, he said." naming no one: the same pronoun's speech, so the same person, named further back.
        if (word !== "" && samePronounSpoke(word).test(outside) && !unnamedPersonIn(outside, gender)) continue;
        // "A spokesperson for the union said …": one unnamed person spoke there, and "he" is them.
        const unnamed = anonymousSpeaker(outside);
        if (unnamed && SINGLE_SOURCE.test(unnamed)) return { name: unnamed, kind: "anonymous" };
        // "One resident stood up near the end. “…,” she told the panel": someone unnamed opens the
        // sentence as its subject and may be who the pronoun is; no one named further back is sure to be.
        const opener = anonymousSource(outside);
        if (opener && outside.slice(0, opener.index).trim() === "" && SINGLE_SOURCE.test(opener.text))
          return UNATTRIBUTED;
      }
      // Someone unnamed or not a person spoke there ("dijeron las entidades"): the chain breaks.
      if (SPOKE.test(outside)) return UNATTRIBUTED;
      // "Near the back, a neighbour stood up. “…,” she said": the search stops at someone described.
      if (!it && unnamedPersonIn(outside, gender)) return UNATTRIBUTED;
    }
    // A stated but unresolvable speaker ("…,” she said): a quotation all the same, unattributed.
    return UNATTRIBUTED;
  }

  /** See `#pronounRead`: a sentence whose subject is a capitalised name that none of `found` is part of. */
  #unfoundSubject(text: string, found: readonly { speaker: Speaker }[]): boolean {
    const subject = NAME_SUBJECT.exec(text)?.[1];
    if (subject === undefined) return false;
    return !found.some((c) => c.speaker.name.includes(subject) || subject.includes(c.speaker.name));
  }

  /**
   * See `#pronounRead`: a sentence whose subject is a name that none of `found` holds and that is
   * no body or place the register knows: "But Al Saud is aware …" (a short form of a person named
   * elsewhere), "Mr Bako then sold the lease to Tarro, …" (a name the finder did not take). Not a
   * lone word that reads as an ordinary one at a sentence's start ("Officials have …"), nor a day.
   */
  #missedSubject(text: string, found: readonly { speaker: Speaker }[]): boolean {
    const subject = NAME_SUBJECT.exec(text)?.[1];
    if (subject === undefined || DAY_OR_MONTH.test(subject)) return false;
    // "When Ford visited …", "When I got word …": a word of a clause's opening or a pronoun is no
    // part of a name; such a sentence opens on an adverbial clause, not on its subject.
    if (subject.split(/\s+/u).some((word) => NOT_NAME_WORD.test(word))) return false;
    if (!/\s/u.test(subject) && opensAsOrdinaryWord(subject)) return false;
    const surname = subject.split(/\s+/u).at(-1) as string;
    if (found.some((c) => c.speaker.name.split(/\s+/u).includes(surname))) return false;
    const known = this.#ctx.matcher.find(subject, new Set());
    return !known.some((hit) => this.#ctx.matcher.entities.get(hit.entityId)?.kind !== "person");
  }

  /**
   * "Mom called on Sunday. She said, “…”", "From: Grandpa ¶ What he said: “…”": the writer's own
   * kin, named by a family word alone (writersKin.ts), is whom "he" or "she" stands for when `text`
   * names no person the pronoun fits and exactly one such relative it fits; kept as written, an
   * unnamed person. Two that fit are neither for sure; none, and the caller reads on.
   */
  #writersKin(text: string, gender: ReturnType<typeof pronounGender>): Speaker | undefined {
    if (gender === undefined) return undefined;
    const kin = writersKin(text).filter((k) => k.gender === gender);
    if (kin.length === 0) return undefined;
    return kin.length === 1 && kin[0] ? { name: kin[0].name, kind: "anonymous" } : UNATTRIBUTED;
  }

  /** Whether the `left` sentences before the one at `position` name a person `fitting` keeps. */
  #namedWithin(
    position: number,
    left: number,
    fitting: (candidates: ReturnType<typeof personsIn>) => ReturnType<typeof personsIn>,
  ): boolean {
    for (let back = 1; back <= left && position - back >= 0; back += 1) {
      const { block, index } = this.#order[position - back] as { block: Block; index: number };
      const s = block.sentences[index];
      const outside = s ? withoutQuotations(s.text) : "";
      if (s && fitting(notKin(personsIn(this.#ctx, block.blockIndex, outside, s.start), outside)).length > 0)
        return true;
    }
    return false;
  }

  /**
   * Whether someone else the pronoun surely fits is named in the `left` sentences before the one at
   * `position` in its paragraph, `found` being the nearest: "Lena Hart said she … Ivo Brandt joined
   * the board. She was blunt:" has two candidates for "she", Brandt only the nearer; the one the
   * text shows a woman is as likely, so neither is sure. So does "Ida Moss said she … Anna Vogt said
   * she …. She was blunt:", though the nearer is shown a woman too: nearness is no proof, and the
   * pronoun is resolved only where one person of its gender is in reach (the sentences from the
   * pronoun's back to the nearest candidate's, and up to three in all, in the candidate's paragraph).
   * The same person named another way ("Stacey Sullivan", then "Sullivan") is no rival.
   */
  #rivalBeyond(found: Speaker, position: number, left: number, gender: ReturnType<typeof pronounGender>): boolean {
    const genders = this.#ctx.people.genders;
    if (gender === undefined || found.kind !== "named") return false;
    const own = this.#order[position]?.block;
    // "Stacey Sullivan" before "Sullivan told Page so.": the same person, named more fully, is no rival.
    const surname = found.name.split(" ").at(-1);
    const samePerson = (key: string) =>
      key === found.name || completeName(this.#ctx.people, key) === found.name || key.split(" ").at(-1) === surname;
    for (let back = 1; back <= left && position - back >= 0; back += 1) {
      const { block, index } = this.#order[position - back] as { block: Block; index: number };
      // A paragraph that names the nearer person as its own turns to them: one further back is out of reach.
      if (block !== own) break;
      const s = block.sentences[index];
      if (!s) continue;
      const named = personsIn(this.#ctx, block.blockIndex, withoutQuotations(s.text), s.start);
      if (named.some((c) => !samePerson(c.key) && genders.of(c.key) === gender)) return true;
    }
    return false;
  }

  /**
   * "the actress wasn’t exactly itching to … “…,” she said": a person described by what they do,
   * the one such subject of `text` (a sentence at `offset` of `block`), is the one person the
   * article gave that noun to before it ("Oscar-winning actress Mary Steenburgen"; roleHolders.ts),
   * when the pronoun fits them. Any other noun ("the lawyer", "the woman"), or a noun given to
   * several or to someone unnamed, is nobody sure.
   */
  #described(text: string, block: Block, offset: number, gender: ReturnType<typeof pronounGender>): Speaker {
    const subjects = [...text.matchAll(DESCRIBED_PERSON_SUBJECTS)];
    const noun = subjects.length === 1 ? subjects[0]?.groups?.["noun"] : undefined;
    if (noun === undefined || !NAMED_PERSON_NOUNS.has(noun)) return UNATTRIBUTED;
    if (noun === "actress" && gender === "male") return UNATTRIBUTED;
    const holder = this.#ctx.holderOf?.(noun, block.blockIndex, offset);
    if (typeof holder !== "string" || !this.#ctx.people.genders.fits(holder, gender)) return UNATTRIBUTED;
    return byName(this.#ctx, completeName(this.#ctx.people, holder));
  }

  /**
   * "they" for a body: the one organisation that was the subject of a statement in the sentence
   * right before ("Big Machine have twice denied …. “…,” they said"; "The company that runs the
   * awards, Dick Clark Productions, denies …"), which names no person and no unnamed group; else
   * nobody ("they" is as often people as a body).
   */
  #they(block: Block, at: number): Speaker {
    const sentence = sentenceAt(block, at);
    if (!sentence) return UNATTRIBUTED;
    if (this.#ctx.findNames(outsideQuotation(block.text.slice(sentence.start, at))).length > 0) return UNATTRIBUTED;
    // The sentence right before, past the quotation's own earlier sentences (nothing outside its marks).
    const blanked = withoutQuotations(block.text.slice(0, sentence.start));
    let s = block.sentences
      .slice(0, sentenceIndexAt(block, sentence.start))
      .findLast((t) => /\p{L}/u.test(blanked.slice(t.start, t.end)));
    let earlier: Block | undefined = s ? block : undefined;
    if (!s) {
      const previous = this.#order[(this.#position.get(block.sentences[0]?.anchor ?? "") ?? 0) - 1];
      earlier = previous?.block;
      s = previous?.block.sentences[previous.index];
    }
    if (!earlier || !s) return UNATTRIBUTED;
    const outside = withoutQuotations(s.text);
    // "“…,” they said. ¶ “…” ¶ Now they've put out another statement": a sentence of only a
    // body's quotation right before; "they" goes on being that body.
    if (!/\p{L}/u.test(outside)) {
      const quoted = this.#quotedIn.get(s.anchor);
      return quoted?.body === true ? quoted : UNATTRIBUTED;
    }
    const persons = personsIn(this.#ctx, earlier.blockIndex, outside, s.start);
    // "Experts say the drought will worsen. “…,” they said": the unnamed group that spoke right before,
    // the one someone there. One unnamed person ("a spokesman said") is no "they", nor is a group beside a name.
    const group = anonymousSpeaker(outside);
    if (
      group !== undefined &&
      !SINGLE_SOURCE.test(group) &&
      persons.every((c) => c.speaker.kind === "anonymous" && c.speaker.name === group)
    )
      return { name: group, kind: "anonymous" };
    if (persons.length > 0 || anonymousSource(outside)) return UNATTRIBUTED;
    const bodies = bodiesIn(this.#ctx, earlier.blockIndex, outside, s.start);
    const body = bodies[0]?.speaker;
    if (body === undefined || new Set(bodies.map((c) => c.key)).size !== 1) return UNATTRIBUTED;
    const subject = new RegExp(
      `^\\s*(?:(?:The|the)\\s[^,;:.!?]{0,80},\\s*)?${escapeRegExp(body.name)},?\\s+(?:(?:have|has|had)\\s+)?(?:\\p{Ll}+ly\\s+|twice\\s+|also\\s+)?(?:${STATED})(?!\\p{L})`,
      "u",
    );
    return subject.test(outside) ? body : UNATTRIBUTED;
  }

  #subject(block: Block, raw: string, start: number): Speaker | undefined {
    const one = this.#oneOf(block, raw, start);
    // No group in reach: someone spoke, unnamed; the words stay a quotation, unattributed.
    if (one !== undefined) return one ?? UNATTRIBUTED;
    // "el instructor del ‘caso Noos’": a term in single quotes names no one (a nickname, capitalised, stays).
    const text = raw.replace(QUOTED_TERM, (term) => " ".repeat(term.length));
    return speakerFromSubject(this.#ctx, block.blockIndex, { text, start }, (word) =>
      this.#pronoun(block, start, word),
    );
  }

  #subjectOfVerb(block: Block, text: string, start: number): Speaker | undefined {
    const one = this.#oneOf(block, text, start);
    // No group in reach: someone spoke, unnamed; the words stay a quotation, unattributed.
    if (one !== undefined) return one ?? UNATTRIBUTED;
    // The subject ends right before the verb, so a pronoun in it sees all of its sentence before it
    // ("… confirmed by Omar García Harfuch on X, where he described …").
    const end = start + text.length;
    return speakerBeforeVerb(this.#ctx, block.blockIndex, { text, start }, (word) => this.#pronoun(block, end, word));
  }

  /**
   * "Several backbenchers were less generous. One said …", "“…,” said one.": "one" or "another"
   * alone as the subject stands for one of the unnamed group a sentence within reach before names
   * as its subject or its first clause's one group (groupSubject, soleGroup), as written ("one of
   * the backbenchers"); null (no one) when no such group is in reach, a named person standing
   * between; undefined when the subject is something else.
   */
  #oneOf(block: Block, text: string, start: number): Speaker | null | undefined {
    const word = /^[\s,]*(?:(?:and|but|while|whereas)\s+)?(one|another)[\s.,!?]*$/iu.exec(text)?.[1]?.toLowerCase();
    if (word === undefined) return undefined;
    const sentence = sentenceAt(block, start);
    let position = sentence ? (this.#position.get(sentence.anchor) ?? -1) : -1;
    // Sentences of quotation alone (the quotation's own first ones) are passed over, uncounted.
    for (let back = 0; back < ONE_REACH && position > 0;) {
      position -= 1;
      const { block: earlier, index } = this.#order[position] as { block: Block; index: number };
      const s = earlier.sentences[index];
      if (!s) continue;
      const outside = withoutQuotations(s.text);
      if (outside.trim() === "") continue;
      back += 1;
      const group = groupSubject(outside) ?? soleGroup(outside)?.group;
      if (group) return { name: `${word} of the ${ofThe(group)}`, kind: "anonymous" };
      if (personsIn(this.#ctx, earlier.blockIndex, outside, s.start).length > 0) return null;
    }
    return null;
  }

  /**
   * "“…”, dijeron las entidades": the two bodies the sentence before named side by side ("la
   * Fiscalía General y la Secretaría de Seguridad") as that sentence's subject, jointly, when it
   * names no other body (a person it names is no body); else nobody: a plural noun of bodies with
   * no such pair right before it stays unattributed.
   */
  #jointBodies(block: Block, start: number): Speaker | undefined {
    // `start`: where the quotation's first sentence starts; the pair is named in the one before it.
    const here = sentenceIndexAt(block, start);
    const inBlock = here > 0 ? { block, s: block.sentences[here - 1] } : undefined;
    const before = inBlock ?? this.#lastSentenceBefore(block);
    if (!before?.s) return undefined;
    const outside = withoutQuotations(before.s.text);
    const bodies = bodiesIn(this.#ctx, before.block.blockIndex, outside, before.s.start);
    const names = bodies.map((c) => c.speaker.name);
    // The name finder may read the pair as one name, joined by its connector ("Fiscalía General y la Secretaría de Seguridad").
    let pair: string | undefined;
    if (names.length === 1 && JOINED_NAME.test(names[0] ?? "")) pair = names[0];
    const [first, second] = names;
    if (names.length === 2 && first !== undefined && second !== undefined && first !== second) {
      const [a, b] = [outside.indexOf(first), outside.lastIndexOf(second)];
      const joiner = a < 0 || b < 0 ? null : JOINED.exec(outside.slice(a + first.length, b));
      if (joiner?.[1]) pair = `${first} ${joiner[1]} ${second}`;
    }
    // The pair is that sentence's subject: it opens it, or follows its verb ("informaron la …"), not a preposition.
    const at = pair === undefined ? -1 : outside.indexOf(pair.split(" ")[0] ?? "");
    if (pair === undefined || at < 0 || !SUBJECT_SLOT.test(outside.slice(0, at))) return undefined;
    return { name: pair, kind: "named", body: true };
  }

  /** The last sentence of the block before `block`. */
  #lastSentenceBefore(block: Block): { block: Block; s: Block["sentences"][number] | undefined } | undefined {
    const previous = this.#order[(this.#position.get(block.sentences[0]?.anchor ?? "") ?? 0) - 1];
    return previous ? { block: previous.block, s: previous.block.sentences[previous.index] } : undefined;
  }

  /**
   * "Governor Ellis wrote in a Facebook post … “…,” the post said": whoever issued the document a
   * quotation's clause makes its subject (`noun`, or any document for "it"), named in the
   * quotation's sentence before it or in the sentence right before that (further back, "it" may
   * be anything named between). Nobody when that sentence does not say who issued it.
   */
  #documentOwner(block: Block, open: number, noun: string | undefined): Speaker | undefined {
    const sentence = sentenceAt(block, Math.max(open, 0));
    if (!sentence) return undefined;
    const texts: { block: Block; start: number; text: string }[] = [];
    if (open > sentence.start)
      texts.push({ block, start: sentence.start, text: block.text.slice(sentence.start, open) });
    const position = this.#position.get(sentence.anchor) ?? 0;
    const previous = this.#order[position - 1];
    const s = previous?.block.sentences[previous.index];
    if (previous && s && position > 0) texts.push({ block: previous.block, start: s.start, text: s.text });
    for (const { block: where, start, text } of texts) {
      const outside = withoutQuotations(text);
      if (!DOCUMENT_NOUN.test(outside)) continue;
      const issued = ISSUED_DOCUMENT.exec(outside);
      if (!issued?.[1] || !issued[2] || (noun !== undefined && issued[2].toLowerCase() !== noun.toLowerCase()))
        return undefined;
      const speaker = this.#subjectOfVerb(where, issued[1], start + outside.indexOf(issued[1], issued.index));
      return speaker && speaker.kind !== "unattributed" ? speaker : undefined;
    }
    return undefined;
  }

  /** 1. "(Name, Role)" right after the quotation. */
  label(part: Part): Speaker | undefined {
    const after = part.block.text.slice(part.close + 1);
    // "“… we stayed.” — Ana Ruiz, a nurse": a paragraph that is a quoted sentence, a dash and who
    // said it, nothing else (a pull quote, an epigraph). Not a work's title ("“Fargo” — Noah Hawley"):
    // the words end as a sentence does.
    const signed = SIGNED_AFTER.exec(after);
    const opensBlock = part.block.text.slice(0, Math.max(part.open, 0)).trim() === "";
    const quoted = part.block.text.slice(part.open + 1, part.close);
    if (signed?.[1] && opensBlock && /[.!?…]["'’]?$/u.test(quoted.trim())) {
      const speaker = this.#subject(part.block, signed[1], part.close + 1 + signed[0].indexOf(signed[1]));
      if (speaker?.kind === "named" && personLike(speaker.name)) return speaker;
    }
    const paren = /^[\s,.]*\(([^()]{3,160})\)/u.exec(after);
    // "“Out There” (Grand Central Publishing, 2018)": a publisher and a year cite a work; no one speaks.
    if (!paren?.[1] || /,\s*(?:1[89]|20)\d\d(?!\d)/u.test(paren[1])) return undefined;
    // "“…” (Jn 18, 36)", "(Art. 5.2)": a book's short name and the numbers of a passage cite a text.
    if (PASSAGE_CITED.test(paren[1])) return undefined;
    // "“… inside the OODA loop …” (OODA: Observe, Orient, Decide, Act.)": a parenthesis opening on a
    // word of the quotation's own spells out or glosses that word; it names no speaker.
    const lead = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(paren[1])?.[1];
    if (
      lead !== undefined &&
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lead)}(?![\\p{L}\\p{N}])`, "u").test(quoted)
    )
      return undefined;
    const start = part.close + 1 + paren[0].indexOf(paren[1]);
    const speaker = this.#subject(part.block, paren[1], start);
    const person = speaker?.entity && this.#ctx.matcher.entities.get(speaker.entity)?.kind === "person";
    if (speaker && person) return speaker;
    // "(Former U.S. intelligence official)": the label is the description, as written.
    if (ANONYMOUS_LABEL.test(paren[1])) return { name: paren[1].trim(), kind: "anonymous" };
    // A translation or aside ("(hugs, not gunfire)") names nobody; "(Name, Role)" or a known entity does.
    if (speaker && (speaker.entity || /^\s*\p{Lu}[^,]*,\s*\S/u.test(paren[1]))) return speaker;
    // "(Water Commissioner Dana Wolfe)": a person's name, titles before it, and nothing else.
    if (speaker?.kind === "named" && NAME_LABEL.test(paren[1]) && readsAsPerson(speaker.name)) return speaker;
    return undefined;
  }

  /** 2. The attribution clause after the quotation. */
  after(part: Part, inside: string): Found | undefined {
    const { block } = part;
    const sentence = sentenceAt(block, part.close);
    if (!sentence || part.close >= block.text.length) return undefined;
    let clause = block.text.slice(part.close + 1, Math.max(sentence.end, part.close + 1));
    // "…?” Forte said.": the quotation's mark ended the sentence, and its attribution is the next one.
    const next = block.sentences[sentenceIndexAt(block, part.close) + 1];
    const nextText = next ? block.text.slice(part.close + 1, next.end) : "";
    if (
      clause.trim() === "" &&
      next &&
      next.start - part.close <= 3 &&
      // Only a sentence that is nothing but an attribution ("Forte said."): one that says something
      // of its own ("Trump praised the move.") is no quotation's clause.
      (ONLY_ATTRIBUTION.test(nextText) || NAMED_APPOSITIVE_ATTRIBUTION.test(maskMonths(nextText)))
    )
      clause = nextText;
    // The quotation must end its clause: `“…,” he said`, not `“hostile act” that the manual says`.
    // A quotation that opens its sentence, then only a subject and a verb, ends it with no comma
    // ("“… in a single morning” Okafor said."): nothing else is left for the words to belong to.
    const opensSentence =
      part.open >= 0 && block.text.slice(sentenceAt(block, part.open)?.start ?? 0, part.open).trim() === "";
    // An inner quotation may close with the outer one: "‘… The end,’”" ends on its comma.
    const ending = inside.replace(/[’'"]+$/u, "");
    // So does "“…” says André Neu, head of …": a quotation opening its sentence, then "says" and a name.
    const saysName = /^\s+(?:said|says)\s+\p{Lu}/u.test(clause);
    if (
      !/[,!?.…:]$/u.test(ending) &&
      !/^\s*,/u.test(clause) &&
      !(opensSentence && (ONLY_ATTRIBUTION.test(clause) || saysName || DASHED_ATTRIBUTION.test(clause)))
    )
      return undefined;
    const document = DOCUMENT_SPOKE.exec(clause);
    if (document) {
      const owner = this.#documentOwner(block, part.open, document[1]);
      if (owner) return { speaker: owner };
    }
    if (VERB_ALONE.test(clause)) {
      this.notes.push("verb-alone");
      // A dropped subject ("“…”, ha advertido.") has no gender to rule out whom the text named last
      // (a place, a body); it goes on only in a voice already quoted by name (`continuesVoice`).
      const speaker = this.#pronoun(block, part.close + 1) ?? UNATTRIBUTED;
      return { speaker: continuesVoice(speaker, this.#quotedIn.values()) ? speaker : UNATTRIBUTED };
    }
    const so = SO_NAME.exec(clause);
    if (so && (/,$/u.test(ending) || /^\s*,/u.test(clause))) {
      const start = part.close + 1 + so[0].length;
      const rest = block.text.slice(start, Math.max(sentence.end, start));
      const name = NAME_AFTER_VERB.exec(rest);
      if (!name?.[1] || !SENTENCE_REST.test(rest.slice(name[0].length))) return undefined;
      const speaker = this.#subjectOfVerb(block, name[1], start + name[0].indexOf(name[1]));
      return speaker?.kind === "named" ? { speaker } : undefined;
    }
    const verbFirst = VERB_FIRST.exec(clause) ?? AFTER_ACCORDING.exec(clause);
    if (verbFirst) {
      this.notes.push("inverted");
      const start = part.close + 1 + verbFirst[0].length;
      const whole = block.text.slice(start, Math.max(sentence.end, start));
      // "sagte Allendorf der Frankfurter Allgemeinen Zeitung", "kata Joko Widodo di Jakarta": a German,
      // Czech or Indonesian verb takes only a name right after it; anything else is no subject read here.
      const verb = verbFirst[0].replace(/^[\s,.!?]+/u, "").trim();
      if (OTHER_TAG_VERB.has(verb)) {
        const name = NAME_AFTER_VERB.exec(whole);
        if (!name?.[1]) return undefined;
        // "fügte Merkel am Montag hinzu": a separable verb says nothing without its particle.
        const particle = GERMAN_SEPARATED_PARTICLES[verb];
        if (particle && !new RegExp(`^[^.!?]*?(?<!\\p{L})${particle}(?!\\p{L})`, "u").test(whole.slice(name[0].length)))
          return undefined;
        const speaker = this.#subjectOfVerb(block, name[1], start + name[0].indexOf(name[1]));
        return speaker?.kind === "named" ? { speaker } : undefined;
      }
      // "dijo el instructor del caso en relación a la decisión que debe adoptar la Audiencia de
      // Palma": a Spanish (French, Portuguese) subject ends at a preposition or relative; names after it are not its.
      const spanish = ROMANCE_SUBJECT.test(whole);
      const stop = spanish ? ROMANCE_SUBJECT_END.exec(whole) : null;
      let phrase = stop ? whole.slice(0, stop.index) : whole;
      if (spanish) {
        // "el secretario de Salud, Gilberto Baeza": a name after "de" is the role's body, and the
        // name in apposition after the comma holds the role; with none, the role is described only.
        const [head = "", next = ""] = phrase.split(",");
        const apposed = next.trim().replace(/[.;:!?”"»]+$/u, "");
        if (NAME_LABEL.test(apposed) && readsAsPerson(apposed)) {
          const speaker = this.#subjectOfVerb(block, apposed, start + head.length + 1 + next.indexOf(apposed));
          if (speaker?.kind === "named") return withVia(this.#ctx, speaker, whole);
        }
        phrase = head.replace(ROMANCE_BODY_OF, (body) => " ".repeat(body.length));
      }
      if (FIRST_PERSON_SUBJECT.test(phrase)) return { speaker: UNATTRIBUTED };
      // "said Tom Reyes and Lena Ortiz", "said Reyes, a teacher, and his lawyer": two subjects, no one speaker.
      if (SECOND_SUBJECT.test(withoutQuotations(phrase))) return { speaker: UNATTRIBUTED };
      // "according to Acme's Jane Doe", "said the party's chief executive, Jane Doe": a body's
      // person, the owner only saying whose they are; the person speaks, not the owner. (A body's
      // own body, "NASA's Jet Propulsion Laboratory", is read below as before.)
      const owned = OWNED_PERSON.exec(phrase);
      const ownedAt = owned?.indices?.[1];
      if (owned?.[1] && ownedAt) {
        const person = this.#subjectOfVerb(block, owned[1], start + ownedAt[0]);
        if (person?.kind === "named" && personLike(person.name)) return withVia(this.#ctx, person, whole);
      }
      const speaker = this.#subject(block, phrase, start);
      const joint =
        speaker === undefined && BODIES_BACK.test(phrase)
          ? this.#jointBodies(block, sentenceAt(block, Math.max(part.open, 0))?.start ?? sentence.start)
          : undefined;
      if (joint) return { speaker: joint };
      if (speaker) return withVia(this.#ctx, speaker, whole);
    }
    const asSaid = AS_SAID.exec(clause);
    if (asSaid?.[1]) {
      const speaker = this.#subjectOfVerb(block, asSaid[1], part.close + 1 + asSaid[0].indexOf(asSaid[1]));
      if (speaker) return withVia(this.#ctx, speaker, clause);
    }
    // "“…,” Ellis (D-Calif.) said": an age or a party in parentheses after the name is no break in its subject.
    const subjectFirst = SUBJECT_FIRST.exec(clause.replace(AGE_OR_PARTY_ASIDE, (aside) => " ".repeat(aside.length)));
    if (subjectFirst?.[1] && !NOT_A_SUBJECT.test(subjectFirst[1].trim())) {
      this.notes.push("subject-first");
      // "Lopez said Ellis told her.", "Ellis, Lopez said, told the crews.": one person reports
      // another's words, and which of them said these is not the clause's to tell.
      if (REPORTED_SPEAKER.test(clause.slice(subjectFirst[0].length))) return { speaker: UNATTRIBUTED };
      // "“…,” a story that Ruiz tells differently": the verb is a relative clause's about the
      // quotation, and the name its subject is no tag's; nobody is said to speak here.
      if (DESCRIBING_RELATIVE.test(subjectFirst[1])) return { speaker: UNATTRIBUTED };
      const start = part.close + 1 + subjectFirst[0].indexOf(subjectFirst[1]);
      // "“…,” Ms. Haley, seated next to Mr. Trump in the Oval Office, told reporters": a participle's
      // phrase set off after the name says where or how they spoke; whom it names is not the subject.
      const setOff = NAME_THEN_PARTICIPLE.exec(subjectFirst[1])?.[1];
      const speaker = this.#subjectOfVerb(block, setOff ?? subjectFirst[1], start);
      // "“…?” she asks Joe": whom the verb addresses is not who speaks; a pronoun read back to them names no one.
      if (speaker?.kind === "named" && PRONOUN_SUBJECT.test(subjectFirst[1]) && addressedAfter(clause, speaker.name))
        return { speaker: UNATTRIBUTED };
      if (speaker) return withVia(this.#ctx, speaker, clause);
    }
    return undefined;
  }

  /**
   * 3b. An attribution set off by commas in the quotation's sentence, applying to all of it:
   * `If we call a smuggler an “unlawful combatant”, the administration says, we can …`.
   */
  aside(part: Part): Found | undefined {
    const { block } = part;
    const sentence = sentenceAt(block, Math.max(part.open, 0));
    if (!sentence) return undefined;
    const text = withoutQuotations(block.text.slice(sentence.start, sentence.end));
    for (const clause of text.matchAll(ASIDE)) {
      const subject = clause[1] ?? "";
      const start = sentence.start + clause.index + clause[0].indexOf(subject);
      // The aside must not be inside the quotation, and must name someone.
      if (start <= part.close && start + subject.length >= part.open) continue;
      // "“…,” Lena Ortiz, a teacher, and Tom Reyes said": a part joined by "and" is the second of two subjects.
      if (/^(?:and|or)\s/iu.test(subject)) continue;
      const speaker = this.#subjectOfVerb(block, subject, start);
      if (speaker && speaker.kind !== "unattributed") return { speaker };
    }
    return undefined;
  }

  /**
   * 3e. An attribution that closes the quotation's sentence, verb first, after words of the
   * sentence's own: `“…” for next season, said Ruth Okafor, a director of …`, `but “…” all
   * played a part, according to the Regional Consumer Council.` It reports the
   * whole sentence, quotation included. Words between that are another speech (`“…” was Smith's
   * reply, said Jones`) stop it, unless the quotation opens the sentence and they are its clause.
   */
  closing(part: Part): Found | undefined {
    const { block } = part;
    const sentence = sentenceAt(block, part.close);
    if (!sentence || part.open < 0) return undefined;
    const rest = block.text.slice(part.close + 1, sentence.end);
    if (/[“”"«»„]/u.test(rest)) return undefined;
    const verb = [...rest.matchAll(CLOSING_ATTRIBUTION)].at(-1);
    if (!verb) return undefined;
    const opens = block.text.slice(sentenceAt(block, part.open)?.start ?? 0, part.open).trim() === "";
    if (!opens && INTRODUCER.test(rest.slice(0, verb.index))) return undefined;
    const start = part.close + 1 + verb.index + verb[0].length;
    const phrase = block.text.slice(start, sentence.end);
    const speaker = this.#subject(block, phrase, start);
    return speaker && speaker.kind !== "unattributed" ? withVia(this.#ctx, speaker, phrase) : undefined;
  }

  /** 3. The attribution before the quotation, in its sentence: the nearest speech verb and its subject. */
  before(part: Part): Found | undefined {
    const { block } = part;
    const sentence = sentenceAt(block, part.open);
    if (!sentence) return undefined;
    // "Trump went on to assert Giuliani “…”" reads as "Trump asserted Giuliani “…”" (periphrasticSpeech.ts).
    return this.#introduced(block, sentence.start, finiteSpeech(block.text.slice(sentence.start, part.open)));
  }

  /** 3a. `before`, when a speech verb and a comma or colon open the quotation: "he said, “…”". */
  opened(part: Part): Found | undefined {
    const { block } = part;
    const sentence = sentenceAt(block, part.open);
    if (!sentence || part.open < 0) return undefined;
    return OPENING_VERB.test(block.text.slice(sentence.start, part.open)) ? this.before(part) : undefined;
  }

  /** 3c. A paragraph that ends in a colon introduces the quotation that opens the next: "Rubio said:" ¶ “…”. */
  lead(previous: Block): Found | undefined {
    const sentence = previous.sentences.at(-1);
    if (!sentence || !/:\s*$/u.test(previous.text)) return undefined;
    return this.#introduced(previous, sentence.start, previous.text.slice(sentence.start));
  }

  /**
   * 3g. A quotation filling its paragraph after a paragraph whose last sentence gives one person's
   * words without quoting them, "he" or "she" its subject ("However, he defended his decision …" ¶
   * “…”): news style quotes the person it has just paraphrased. Only a pronoun that resolves to one
   * named person (see #pronoun), or the one person the sentence names as its source (#namedSource). Not
   * when the paragraph after it names someone else first ("That was the verdict of Daniel Ostrowski"):
   * the words may be theirs; nor after a colon, which leads into the words (3c has read it:
   * "She posted the council's page, which carries the following notice:" gives them to no one).
   * With `sentence`, the same inside one paragraph: that sentence of `previous`, right before a
   * quotation that opens the next sentence and ends the paragraph ("Ana Ruiz told reporters the
   * mine would stay shut. “…”"); `next` is then the paragraph after.
   */
  reported(
    previous: Block,
    next: Block | undefined,
    sentence: Block["sentences"][number] | undefined = previous.sentences.at(-1),
  ): Found | undefined {
    if (!sentence || /:\s*$/u.test(sentence.text) || quoteSpans(sentence.text).length > 0) return undefined;
    // "“…?” Tsukauchi asked.": a quotation's own attribution, cut off as a sentence by its "?" or
    // "!", reports no paraphrase; whether the next paragraph goes on in that voice is the run's rule.
    if (/[?!…][”"’»]\s*$/u.test(previous.text.slice(0, sentence.start))) return undefined;
    const at = pronounSpeaks(sentence.text);
    const word = at === undefined ? "" : (/^\p{L}+/u.exec(sentence.text.slice(at))?.[0] ?? "");
    // "As she left, she says, Brandt tried to kiss her.": the pronoun speaks in an aside that
    // reports what someone else named there did; the words after may be either's.
    if (
      at !== undefined &&
      /,\s*$/u.test(sentence.text.slice(0, at)) &&
      ASIDE_PRONOUN.test(sentence.text.slice(at)) &&
      personsIn(this.#ctx, previous.blockIndex, withoutQuotations(sentence.text), sentence.start).length > 0
    )
      return undefined;
    const speaker =
      at === undefined ? this.#namedSource(previous, sentence) : this.#pronoun(previous, sentence.start + at, word);
    if (speaker?.kind !== "named") return undefined;
    const following = next?.sentences[0];
    const others =
      next && following
        ? personsIn(this.#ctx, next.blockIndex, withoutQuotations(following.text), following.start).filter(
            (c) => c.speaker.name !== speaker.name,
          )
        : [];
    return others.length === 0 ? { speaker } : undefined;
  }

  /**
   * The one person `sentence` (of `block`) names, when they are the source of what it reports
   * ("Mayor Lena Ortiz defended the decision, arguing …", "Ortiz, the mayor, argued that …"): no
   * other person or unnamed source there, and a person the text shows to be one.
   */
  #namedSource(block: Block, sentence: Block["sentences"][number]): Speaker | undefined {
    const text = sentence.text;
    if (anonymousSource(text)) return undefined;
    const persons = personsIn(this.#ctx, block.blockIndex, text, sentence.start);
    const person = persons[0]?.speaker;
    if (person?.kind !== "named" || new Set(persons.map((c) => c.key)).size !== 1) return undefined;
    const sources = this.#ctx.findNames(text).filter((n) => speaksAt(text, n.start, n.end));
    const source = sources.length === 1 ? sources[0] : undefined;
    if (source === undefined) return undefined;
    const speaker = this.#subjectOfVerb(block, source.name, sentence.start + source.start);
    return speaker?.kind === "named" && speaker.name === person.name ? speaker : undefined;
  }

  /**
   * 3d. A paragraph that opens by naming the speaker of the quotation that ended the paragraph
   * before: “…” ¶ "So said Rocío Nahle, the governor of Veracruz, …".
   */
  follow(next: Block): Found | undefined {
    const verb = SO_SAID.exec(next.text);
    if (!verb) return undefined;
    const start = verb[0].length;
    const phrase = next.text.slice(start, Math.max(start, next.sentences[0]?.end ?? next.text.length));
    const speaker = this.#subject(next, phrase, start);
    return speaker && speaker.kind !== "unattributed" ? withVia(this.#ctx, speaker, phrase) : undefined;
  }

  /**
   * 3g. The attribution a paragraph break cut from its quotation: a quotation that ends its
   * paragraph on a comma ("“…,”") is waiting for its clause, and a next paragraph that opens with a
   * sentence of only that clause ("Nandakumar said.", "said Ana Ruiz, the port's engineer.") gives it.
   * A next paragraph that says anything more in that sentence gives nothing.
   */
  below(next: Block, inside: string): Found | undefined {
    if (!/,$/u.test(inside.replace(/[’'"]+$/u, ""))) return undefined;
    const first = next.sentences[0];
    if (!first) return undefined;
    const clause = next.text.slice(0, first.end);
    if (!ONLY_ATTRIBUTION.test(clause) && !NAMED_APPOSITIVE_ATTRIBUTION.test(maskMonths(clause))) return undefined;
    const verbFirst = VERB_FIRST.exec(clause);
    if (verbFirst) {
      const phrase = clause.slice(verbFirst[0].length);
      const speaker = this.#subject(next, phrase, verbFirst[0].length);
      return speaker && speaker.kind !== "unattributed" ? withVia(this.#ctx, speaker, clause) : undefined;
    }
    const subjectFirst = SUBJECT_FIRST.exec(clause);
    if (!subjectFirst?.[1] || NOT_A_SUBJECT.test(subjectFirst[1].trim())) return undefined;
    const speaker = this.#subjectOfVerb(next, subjectFirst[1], subjectFirst[0].indexOf(subjectFirst[1]));
    return speaker && speaker.kind !== "unattributed" ? withVia(this.#ctx, speaker, clause) : undefined;
  }

  /**
   * 3f. A line that signs the quotation filling the paragraph before it: a dash, then a person's
   * name and perhaps their role ("“…” ¶ — Maria Lopez, owner of the River Shop"). `from` is where
   * the line starts in `block`. An embedded post's signature ("— Name (@handle) date") is no
   * signature of quoted words. A masked reviewer's name ("– Ali***") is no name: the page withholds
   * it, so the signer is an unnamed person, described as the prose before says (#signers).
   */
  signed(block: Block, from: number, quoted: Block): Found | undefined {
    if (MASKED_SIGNED_LINE.test(block.text.slice(from)))
      return { speaker: { name: this.#signers(quoted) ?? "an unnamed person", kind: "anonymous" } };
    const line = SIGNED_LINE.exec(block.text.slice(from));
    // "— a retired teacher in Ohio": an unnamed person signs as the description says, as written.
    const unnamed = line?.[1] ? undefined : SIGNED_UNNAMED.exec(block.text.slice(from))?.[1];
    const source = unnamed === undefined ? undefined : anonymousSource(unnamed);
    if (unnamed !== undefined && source?.index === 0 && source.text.trim() === unnamed.trim()) {
      const speaker = this.#subjectOfVerb(block, unnamed, from + block.text.slice(from).indexOf(unnamed));
      return speaker?.kind === "anonymous" ? { speaker } : undefined;
    }
    if (!line?.[1]) return undefined;
    const start = from + line[0].indexOf(line[1]);
    const speaker = this.#subjectOfVerb(block, line[1], start);
    if (speaker?.kind !== "named") return undefined;
    // A person: one the register knows as one, or a full name read as a person's (not "Reuters Staff").
    const person = speaker.entity
      ? this.#ctx.matcher.entities.get(speaker.entity)?.kind === "person"
      : speaker.name.includes(" ") && readsAsPerson(speaker.name);
    return person ? { speaker } : undefined;
  }

  /**
   * 4c. A quotation that opens the sentence right after one sentence about the speaker of the
   * paragraph's quotation before it ("“…,” said Jeff Eagan, president of …. He is also a longtime
   * employee. “…”"): the same speaker goes on. Only a sentence that says what "he" or "she" is or
   * was (a copula right after the pronoun that opens it), the pronoun standing for that speaker
   * (#pronoun), with no one else in it, named or not, no document and no question or quotation:
   * after "He was interrupted by a heckler." or "He turned to a steward." the words may be the
   * other's, and after "He was handed a letter." the letter's.
   */
  resumed(block: Block, sentence: Block["sentences"][number], speaker: Speaker): Found | undefined {
    const text = sentence.text;
    if (/[?“”"«»„]/u.test(text)) return undefined;
    const opening = /^\s*(?:(?:But|And)\s+)?(He|She)(?:['’]s|\s+(?:is|was))\s/u.exec(text);
    if (!opening?.[1]) return undefined;
    // "He is also a 17-year Energy employee": a description of him after a copula is no one else.
    const source = anonymousSource(text);
    const predicate = source !== undefined && COPULA_END.test(text.slice(0, source.index));
    if (
      (source !== undefined && !predicate) ||
      DESCRIBED_PERSON_SUBJECT.test(text) ||
      /(?<!\p{L})by\s+(?:an?|the|one|another|some|his|her|their)\s/iu.test(text) ||
      DOCUMENT_NOUN.test(text) ||
      personsIn(this.#ctx, block.blockIndex, text, sentence.start).length > 0
    )
      return undefined;
    const at = sentence.start + opening.index + opening[0].indexOf(opening[1]);
    const who = this.#pronoun(block, at, opening[1].toLowerCase());
    return who?.kind === "named" && who.name === speaker.name ? { speaker } : undefined;
  }

  /**
   * 3h. A heading right before the quotation that names its speaker, a caption over each person's
   * words ("##### Donated by Ana Ruiz, Tucson, Ariz." ¶ "“I kept it under my bed …”";
   * captionSpeaker.ts reads the heading). Only words that speak as one person ("I", "my") under
   * a name the text reads as a person's: a heading over a section about someone ("## Ana Ruiz")
   * may head words that are not hers, but then they seldom speak as "I" in a paragraph of their own.
   */
  captioned(heading: Block, quoted: string): Found | undefined {
    if (heading.kind !== "heading" || !FIRST_PERSON.test(quoted)) return undefined;
    const caption = captionName(heading.text);
    if (caption === undefined) return undefined;
    const speaker = this.#subjectOfVerb(heading, caption.name, caption.start);
    if (speaker?.kind !== "named") return undefined;
    // A person: one the register knows as one, or a full name read as a person's by the entity
    // finder or by the article's own words ("Mr. Felder is Gibson's second cousin").
    const person = speaker.entity
      ? this.#ctx.matcher.entities.get(speaker.entity)?.kind === "person"
      : speaker.name.includes(" ") && (readsAsPerson(speaker.name) || mayBePerson(this.#ctx.people, speaker.name));
    return person ? { speaker } : undefined;
  }

  /**
   * Who the masked signers of quotations are, as the prose before them says: the one group of
   * unnamed people that is the subject of one of the last few sentences of prose before `quoted`
   * ("Visitors who booked through the site left reviews. We have brought some here!"), as "one of
   * the visitors"; quotations and signature lines between are skipped (a run of signed reviews).
   * Undefined when no such sentence is in reach: the signer is then only an unnamed person.
   */
  #signers(quoted: Block): string | undefined {
    const firstSentence = quoted.sentences[0];
    let at = firstSentence ? (this.#position.get(firstSentence.anchor) ?? 0) : 0;
    let prose = 0;
    while (at > 0 && prose < SIGNERS_REACH) {
      at -= 1;
      const here = this.#order[at];
      if (!here) break;
      const paragraph = here.block.text;
      // Another signed quotation of the run, or its signature line.
      if (opensWithQuote(paragraph) || /^\s*[—–-]/u.test(paragraph)) continue;
      prose += 1;
      const text = here.block.sentences[here.index]?.text ?? "";
      const group = groupSubject(text) ?? soleGroup(text)?.group;
      // "Visitors" opening the sentence is "visitors"; "KLOOK visitors" keeps its acronym.
      if (group) return `one of the ${group.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
    }
    return undefined;
  }

  /**
   * When `before` (a sentence's text from `start` up to a quotation) ends on words someone
   * received (RECEIVED: "She was told:", "received a text from Ana Ruiz:", "got a call from her
   * landlord, who said:"), the sender it names right after ("by"/"from" a named person or body),
   * else no one: the receiver is never the author. Null when no such words lead into the quotation,
   * or a verb of speech of someone's own follows them ("was asked about it and replied:").
   */
  #received(block: Block, start: number, before: string): Found | undefined | null {
    const text = withoutQuotations(before);
    const shape = [...text.matchAll(RECEIVED)].at(-1);
    if (!shape) return null;
    const restAt = shape.index + shape[0].length;
    const rest = text.slice(restAt);
    const from = RECEIVED_FROM.exec(rest);
    const after = from ? rest.slice(from[0].length) : rest;
    // "Ruiz said that the raids were ordered by Brandt “…”": the passive sits in what Ruiz reports,
    // and the words run on in that clause with no colon or comma: no one received them.
    if (/^\s*$/u.test(after) && endsInReportedClause(text.slice(0, shape.index))) return null;
    if (!/^[\s,:]*$/u.test(after) && !RECEIVED_SAYS.test(after) && (INTRODUCER.test(after) || MAIN_RESUMES.test(after)))
      return null;
    if (!from?.[1]) return undefined;
    const sender = this.#subjectOfVerb(block, from[1], start + restAt + from[0].indexOf(from[1]));
    return sender?.kind === "named" ? { speaker: sender } : undefined;
  }

  /** The speaker that `before` (a sentence's text from `start` up to a quotation) introduces. */
  #introduced(block: Block, start: number, before: string): Found | undefined {
    const sentence = { start };
    // "Tite told the programme “Grande Círculo”": the marks hold a work's title, no one's words.
    if (WORK_BEFORE.test(before)) return undefined;
    // "She was told: “…”", "He got a call from his landlord:": the subject received the words.
    const received = this.#received(block, start, before);
    if (received !== null) return received;
    // "directives from Xi to “…”": the words are the content of what the named owner gave.
    const owned = OWNED_WORDS.exec(before);
    const group = [1, 2, 3, 4].find((g) => owned?.[g] !== undefined) ?? 1;
    const span = owned?.indices?.[group];
    // "one official attributed Ms. Cole’s statement to “…”": the "to" is the attributing verb's;
    // the quotation names the cause someone else gave the statement, not the statement's content.
    const cause = owned && span ? CAUSE_GIVEN_BEFORE.exec(before.slice(0, span[0])) : null;
    if (cause) {
      // The attributing verb's own subject gives the cause, from the clause's start up to it; else no one.
      const lead = before.slice(0, cause.index);
      const from = Math.max(0, ...[...lead.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length));
      const giver = this.#subjectOfVerb(block, lead.slice(from), start + from);
      return { speaker: giver?.kind === "anonymous" || giver?.kind === "named" ? giver : UNATTRIBUTED };
    }
    if (owned && span) {
      const owner = this.#subjectOfVerb(block, before.slice(span[0], span[1]), sentence.start + span[0]);
      if (owner?.kind === "named") return withVia(this.#ctx, owner, before);
    }
    // "Ruiz read from a statement by Carl Brenner:", "Ruiz quoted Tom Vale as saying": words passed
    // on are their source's (a person the text names or describes), else no one's; never the reader's.
    const relay = relayedWords(withoutQuotations(before));
    if (relay) {
      this.notes.push("relayed");
      const source = relay.source && this.#subjectOfVerb(block, relay.source.text, start + relay.source.at);
      if (source?.kind === "anonymous" || (source?.kind === "named" && personLike(source.name)))
        return { speaker: source };
      return { speaker: UNATTRIBUTED };
    }
    // "The ministry issued a statement. The statement read: “…”": whoever issued it, named in the
    // sentence right before (#documentOwner); nobody when that sentence does not say who did.
    const document = DOCUMENT_COLON.exec(before);
    if (document) {
      const owner = this.#documentOwner(block, start, document[1]);
      return owner ? { speaker: owner } : undefined;
    }
    // "According to a former producer, Vance entered fake names in the log: “…”": a clause that
    // "according to" opens and a colon ends, with no verb of speech of its own, gives what the
    // source told; the words the colon introduces are that source's.
    const according = ACCORDING_COLON.exec(before);
    if (according?.[1] && according[2] && !INTRODUCER.test(according[2])) {
      this.notes.push("according-colon");
      const speaker = this.#subject(block, according[1], sentence.start + before.indexOf(according[1]));
      if (speaker && speaker.kind !== "unattributed") return { speaker };
    }
    // "Said one Texas Republican: “…”", "Added Ana Ruiz, the mayor:": a verb of speech opens the
    // sentence and its subject follows it, up to the colon that introduces the words.
    const inverted = INVERTED_COLON.exec(before);
    if (inverted?.[1]) {
      this.notes.push("inverted-colon");
      const speaker = this.#subject(block, inverted[1], sentence.start + inverted[0].indexOf(inverted[1]));
      if (speaker) return { speaker };
    }
    // "Sheinbaum: “…”" — a name and a colon, nothing else, introduce the quotation.
    // Not a clause with a verb of its own: in "Ellis told The Associated Press:" the name before the
    // colon is whom the words were told to, and the verb's subject is the speaker (read below).
    // Nor a clause whose verb's object is a pronoun ("Murtagh put it bluntly:"): "it" is the words,
    // never a body that speaks; the clause's subject is read below (COLON_SUBJECT).
    const colon = /^\s*([^,:;“”"«»]{2,60}):\s*$/u.exec(before);
    if (colon?.[1] && !INTRODUCER.test(colon[1]) && !OBJECT_PRONOUN_END.test(colon[1])) {
      this.notes.push("name-colon");
      const name = this.#subjectOfVerb(block, colon[1], sentence.start + colon[0].indexOf(colon[1]));
      // Only a known or full name: "Note:" or "Update:" is furniture, not a speaker, and "Smith’s
      // statement read" is no name.
      if (
        name?.kind === "named" &&
        (name.entity !== undefined || (name.name.includes(" ") && NAME_LABEL.test(name.name)))
      )
        return { speaker: name };
    }
    // "Ana Ruiz, the county's housing director: “…”": a name, a description of who they are set off
    // by a comma, and a colon. Only when the description is a noun phrase alone: no verb ("…, the
    // mayor told reporters:" makes the mayor the subject), no relative word and no other person.
    const apposedColon = APPOSED_COLON.exec(before);
    const description = apposedColon?.indices?.[2];
    const apposedName = apposedColon?.[1] ? this.#ctx.findNames(apposedColon[1]) : [];
    if (
      apposedColon?.[1] &&
      apposedColon[2] &&
      // The whole run before the comma is the name: not "To Ana Ruiz, …:" or "Unlike Ana Ruiz, …:".
      apposedName.length === 1 &&
      apposedName[0]?.start === 0 &&
      apposedName[0].end === apposedColon[1].length &&
      description &&
      !INTRODUCER.test(apposedColon[2]) &&
      // search, not test: MAIN_VERB is global (matchAll needs it), and test would carry lastIndex between calls.
      ` ${apposedColon[2]}`.search(MAIN_VERB) === -1 &&
      personsIn(this.#ctx, block.blockIndex, apposedColon[2], start + description[0]).length === 0
    ) {
      const name = this.#subjectOfVerb(block, apposedColon[1], start + apposedColon[0].indexOf(apposedColon[1]));
      if (
        name?.kind === "named" &&
        (name.entity !== undefined || (name.name.includes(" ") && NAME_LABEL.test(name.name)))
      )
        return { speaker: name };
    }
    // "Alverson summed up the journey …: “…”": a person opens the sentence that a colon ends.
    // Not when a relative clause ends the sentence: in "She shared the website, which contains the
    // following statement:" the website holds the words, not she. Nor when a second verb of speech
    // reports someone else's ("Tom Reyes said Lena Ortiz told him:"): the words are the last
    // verb's subject's, which the verbs below read (nobody, when that subject is two people).
    // A subject that a participle's clause comes before ("Asked about the wall, Carvalho was blunt:") opens it all the same.
    // Not a subject of two joined ("Carvalho and Ortiz were blunt:"): neither is the one speaker.
    const setOff = SET_OFF_PARTICIPLE.exec(before)?.[0].length ?? 0;
    // "Buckley, who phoned in from the set, had a similar experience:": the relative clause after
    // the name is passed over (the name keeps its place), unless it names another person, who
    // might be the one the words are of.
    const relative = SUBJECT_RELATIVE.exec(before);
    const clause = relative?.indices?.[2];
    // "Ortiz, senior analyst at Acme," with no article: an appositive only when its head is a person noun.
    const bare = clause ? BARE_ROLE.exec(before.slice(clause[0], clause[1])) : null;
    const role =
      clause !== undefined &&
      (/^(?:who|the|a|an|his|her|their|its)\s|^\p{Lu}/u.test(before.slice(clause[0], clause[1])) ||
        (bare?.[1] !== undefined && endsOnPersonNoun(bare[1])));
    const passed =
      relative?.[1] &&
      clause &&
      role &&
      // An appositive ("Ortiz, Acme's chief executive,") is passed over the same way, unless it reports speech.
      (/^who\s/u.test(before.slice(clause[0], clause[1])) || !INTRODUCER.test(before.slice(clause[0], clause[1]))) &&
      personsIn(this.#ctx, block.blockIndex, before.slice(clause[0], clause[1]), start + clause[0]).length === 0
        ? relative[1] + before.slice(relative[0].length)
        : before;
    const opener =
      /:\s*$/u.test(passed) && !RELATIVE_LAST.test(passed) && !reportsAnother(passed)
        ? COLON_SUBJECT.exec(passed.slice(setOff))
        : null;
    if (opener?.[1]) {
      this.notes.push("subject-colon");
      const name = this.#subjectOfVerb(block, opener[1], sentence.start + setOff + opener[0].indexOf(opener[1]));
      const known = name?.entity !== undefined || (name !== undefined && this.#ctx.people.persons.has(name.name));
      if (name?.kind === "named" && known) return { speaker: name };
    }
    // "One survey respondent summed this up as follows: “…”": an unnamed person opens it, and names no one else.
    const unnamed =
      /:\s*$/u.test(passed) && !RELATIVE_LAST.test(passed) && !reportsAnother(passed)
        ? unnamedOpener(passed.slice(setOff))
        : undefined;
    if (unnamed && personsIn(this.#ctx, block.blockIndex, before, start).length === 0)
      return { speaker: { name: unnamed, kind: "anonymous" } };
    // "Party officials put it bluntly: “…”": a group of unnamed people, the whole subject of the
    // verb of speech the colon follows, as written (groupColon.ts); never with a person named in the sentence.
    const colonGroup = groupBeforeColon(before);
    if (colonGroup && personsIn(this.#ctx, block.blockIndex, before, start).length === 0)
      return { speaker: { name: colonGroup, kind: "anonymous" } };
    const asPutIt = AS_PUT_IT.exec(before);
    if (asPutIt?.[1]) {
      const at = asPutIt.index + asPutIt[0].indexOf(asPutIt[1], asPutIt[0].search(/[Aa]s\s/u) + 2);
      const speaker = this.#subjectOfVerb(block, asPutIt[1], start + at);
      if (speaker) return withVia(this.#ctx, speaker, before);
    }
    // "Ana Ruiz turned to Twitter last month to describe her city as a “…”": the subject of the
    // platform phrase speaks through it, when what follows the phrase is short and names no one else.
    const platform = TURNED_TO_SPEAK.exec(withoutQuotations(before));
    const said = platform?.indices?.[1];
    if (platform && said) {
      const tail = before.slice(platform.index + platform[0].length);
      const tailAt = start + platform.index + platform[0].length;
      if (
        tail.length <= 80 &&
        !/[.;!?]/u.test(tail) &&
        personsIn(this.#ctx, block.blockIndex, tail, tailAt).length === 0
      ) {
        const speaker = this.#subjectOfVerb(block, before.slice(said[0], said[1]), start + said[0]);
        if (speaker) return withVia(this.#ctx, speaker, before);
      }
    }
    // A verb's form after a determiner is a noun ("the call was “very productive”"), no attribution.
    const verbs = [...before.matchAll(INTRODUCERS)].filter((v) => !DETERMINER_END.test(before.slice(0, v.index)));
    // "That Ortiz announced the targets signals a “…”, says Vale": a clause that "That" opens is the
    // sentence's subject; a verb of speech in it reports a fact, and the words may lie in the main
    // clause after it, someone else's account. Which clause holds them is not sure: no one.
    if (
      verbs.length > 0 &&
      THAT_CLAUSE_SUBJECT.test(before) &&
      !DAY_OR_MONTH.test(/^\s*That\s+(\S+)/u.exec(before)?.[1] ?? "")
    )
      return undefined;
    for (let k = verbs.length - 1; k >= 0; k -= 1) {
      const verb = verbs[k] as RegExpExecArray;
      const gap = before.slice(verb.index + verb[0].length);
      // "said on “Morning Show”", "wrote in “The Ledger”": the marks hold where it was said, not what.
      if (VENUE_GAP.test(gap)) return undefined;
      // A colon or semicolon right after the verb introduces the quotation ("he added; “…”").
      // Initials ("U.N.") and a dot inside a word ("Polygraph.info") end no sentence.
      const inner = maskMonths(gap)
        .replace(/\b(?:\p{Lu}\.)+/gu, "")
        // Nor does a title's abbreviation before a name ("accused Mr. Vale of", "Sen. Ruiz").
        .replace(/(?<!\p{L})\p{Lu}\p{Ll}{1,3}\.(?=\s+\p{Lu})/gu, "")
        .replace(/(?<=\p{L})\.(?=\p{L})/gu, "")
        .replace(/^[;:]/u, "");
      // A longer reported clause ("said in her ruling on the appeal that the law as it is written
      // today does not allow the city council to “…”") keeps its words the subject's only when it names no one else,
      // who could own them ("acted on his belief that Minister Oduya wanted the unit to “…”").
      // Only speech reports what was said at such length: "ordered", "called" do not.
      const lower = verb[0].toLowerCase();
      // "Die Technik sei kein Selbstzweck, betont sie: „…“", "…, sagte Stein: „…“": the verb's own
      // subject stands after it, alone before the colon (inverted order), so the words before the
      // verb are no subject: a pronoun there is read as one, a person the article names is the
      // speaker. Not a listener ("told Reuters:") nor anything else ("said Tuesday:"): read on.
      const inverted =
        LISTENER_VERB.test(lower) || NAMING_VERBS.includes(lower) || ACCORDING_ALONE.test(verb[0])
          ? null
          : SUBJECT_AFTER_VERB.exec(gap);
      if (inverted) {
        const at = sentence.start + verb.index + verb[0].length + inverted.index;
        if (inverted[1] !== undefined) return { speaker: this.#pronoun(block, at, inverted[1]) ?? UNATTRIBUTED };
        const named = inverted[2] === undefined ? undefined : this.#subject(block, inverted[2], at);
        // Only someone the article shows to be a person: "erklärte Anfang März:" ("in early March") is when.
        const known =
          named?.kind === "named" && (named.entity !== undefined || this.#ctx.people.persons.has(named.name));
        if (named && known) return withVia(this.#ctx, named, before);
        // Someone the article gives no other sign of is still the verb's subject: the words before
        // the verb are not, and no one is sure. A day or a month is when, not who ("said Tuesday:").
        if (inverted[2] !== undefined && !DAY_OR_MONTH.test(inverted[2])) return { speaker: UNATTRIBUTED };
      }
      // "the raids were ordered by Brandt “…”": a verb of speech in the passive says nothing of
      // who speaks; an earlier verb may ("Ruiz said that the raids were ordered …").
      if (!/ing$/u.test(verb[0]) && passiveBefore(before.slice(0, verb.index))) continue;
      // "introduced Cook to the audience" names no words; only "… as “…”" does.
      if (AS_ONLY.includes(lower) && !AS_BEFORE_WORDS.test(gap)) continue;
      // So does a naming verb whose object, however long, ends on "as": "described the idea that the
      // U.S. trains the group as “…”" puts the words on the object, in the subject's mouth.
      const namedAs = (NAMING_VERBS.includes(lower) || AS_ONLY.includes(lower)) && AS_BEFORE_WORDS.test(gap);
      // "told VOA correspondent Carla Babb on Nov. 5 that the claim “…”": whom the words were told
      // to is the verb's object, not someone who could own them; the reported clause starts at "that".
      const toldTo = /^(?:told|tells)$/u.test(lower) ? TOLD_THAT.exec(maskMonths(gap)) : null;
      const clause = toldTo ? gap.slice(toldTo[0].length) : gap;
      // A capital that names no person ("the American government", "the Obama administration")
      // is no one who could own the words.
      const clauseAt = sentence.start + verb.index + verb[0].length + (gap.length - clause.length);
      const reported =
        (SPEECH_VERBS.includes(lower) &&
          (!/\p{Lu}/u.test(clause) || personsIn(this.#ctx, block.blockIndex, clause, clauseAt).length === 0)) ||
        namedAs;
      if (clause.length > (reported ? 160 : 80) || /[.;!?]/u.test(inner)) break;
      // "Sheinbaum dismissed Trump’s claim that Mexico was “…”": the words are the claim's owner's, not the subject's.
      // "She posted the page, which carries this notice:": the thing the relative clause names holds them.
      // "Ruiz praised the miners, whom Vale has derided as “…”": an object relative with a subject
      // of its own puts the words in that subject's mouth, not the main clause's.
      if (OWNED_CLAIM.test(gap) || THING_RELATIVE_LAST.test(gap) || OBJECT_RELATIVE_LAST.test(gap)) return undefined;
      // "Harry criticized the royals for failing to support them when lawmakers pointed out “…”": an
      // adverbial clause with a subject and verb of its own, running on to the words, holds them; the
      // main clause's subject is no sure speaker (adverbialClause.ts).
      if (adverbialClauseLast(gap)) return undefined;
      // "when a caller asked for Dr. Holm she could reply, “…”": a modal's verb of speech between the
      // verb found and the words introduces them; the verb found reports someone else's speech.
      if (MODAL_SPEECH.test(withoutQuotations(gap))) return undefined;
      this.notes.push(`verb:${lower}`);
      if (new RegExp(`^(?:${ACCORDING})$`, "u").test(verb[0])) {
        const phrase = gap.replace(/,[\s\S]*$/u, "");
        const start = sentence.start + verb.index + verb[0].length;
        // "According to a copy of the filing obtained by the Ledger:": the filing is the source; whoever
        // obtained or saw it only relays it, and the document names no one who wrote it.
        if (OBTAINED_BY.test(phrase)) return { speaker: UNATTRIBUTED };
        // "According to RedMonk’s Stephens, “…”": the body's person speaks, or no one sure; never the body.
        const owned = ownedPerson(phrase);
        if (owned) {
          const person = this.#subjectOfVerb(block, owned.name, start + owned.start);
          const sure = person?.kind === "named" && personLike(person.name) && person.name.includes(" ");
          return { speaker: sure ? person : UNATTRIBUTED };
        }
        const speaker = this.#subject(block, phrase, start);
        if (speaker) return { speaker };
        continue;
      }
      // A wire dateline opening the sentence ("KABUL, Afghanistan (AP) -- The father …") is where
      // it was filed, no part of the subject.
      const clauseFrom = Math.max(
        datelineEnd(before),
        ...[";", ":", "—", "–"].map((mark) => before.lastIndexOf(mark, verb.index) + 1),
      );
      // "When Winfrey asked …, he declined, saying “…”": an adverbial clause opening the sentence is
      // no part of the main clause's subject; the subject stands after the comma that closes it
      // (adverbialClause.ts). None sure when no subject stands alone there.
      const opening = mainClauseStart(withoutQuotations(before).slice(clauseFrom, verb.index));
      if (opening === undefined) return undefined;
      const clauseStart = clauseFrom + opening;
      // An earlier quotation of the sentence is words, not its subject: in "“We all miss Steve,” Benioff
      // weighed in, telling Cook, “…”" the speaker is Benioff, not Steve.
      const subject = withoutQuotations(before).slice(clauseStart, verb.index);
      // "When you were developing the show and you were saying, “…”": the writer or whom they ask
      // speaks, never a name in the clause before.
      if (PERSONAL_SUBJECT_LAST.test(subject)) return { speaker: UNATTRIBUTED };
      // "Once he takes office, the Air Force may meet with Acme and say, “…”": a bare verb a modal of
      // what may happen governs tells speech no one gave; the words are not its subject's.
      if (BARE_SPEECH.test(lower) && MODAL_OF_CHANCE.test(subject)) return undefined;
      // "Mills told an aide, who told reporters, that she was “…”": a verb in a relative clause set
      // off by commas is not the one whose "that" reports the words; the main clause's verb before it is.
      if (k > 0 && /,\s*who\s*$/u.test(subject) && /^[^,;:.!?]*,\s*that\s/u.test(gap)) continue;
      // "Ms. Cole said that women who had accused Mr. Vale of misconduct “…”": a verb in a relative
      // clause of the reported clause's subject tells who they are; the main clause's verb reports the
      // words. Not one that a comma or colon leads into them ("the dad who tells his child, “…”").
      if (
        k > 0 &&
        /(?<!\p{L})(?:who|whom)\s+(?:(?:had|has|have|were|was|had\s+been|have\s+been)\s+)?$/u.test(subject) &&
        !/[,:]\s*$/u.test(gap)
      )
        continue;
      // "One survey respondent identified “…”, while another pointed to the “…”": "another" alone is a
      // second person of the kind of the unnamed one whose quotation its sentence gave before; never
      // the named speaker of the first ("Ruiz called it “…,” while another said …"): else no one.
      if (ANOTHER_SUBJECT.test(subject)) {
        const earlier = this.#quotedIn.get(sentenceAt(block, sentence.start)?.anchor ?? "");
        const kind = earlier?.kind === "anonymous" ? /^(?:an?|one)\s+(\p{Ll}.*)$/iu.exec(earlier.name)?.[1] : undefined;
        return { speaker: kind === undefined ? UNATTRIBUTED : { name: `another ${kind}`, kind: "anonymous" } };
      }
      // A participle's subject is its main clause's ("Trump called …, describing it as"); a finite verb's ends right before it.
      // So is a verb's after "and" or "but" ("he asked about it, called Pike a “fraud” and said, “…”";
      // "Mr. Vale said he would consider Ms. Ortiz but added, “…”").
      const participle = SPEECH_PARTICIPLES.includes(verb[0].toLowerCase()) || /\s(?:and|but)\s*$/u.test(subject);
      // "Cook recalled Jobs saying, “…”": a participle right after a remembered or heard person
      // (no comma between) is that person speaking; the words are theirs, or no one's we can name.
      const heard = SPEECH_PARTICIPLES.includes(lower) ? HEARD_SPEAKING.exec(subject) : null;
      if (heard?.[1]) {
        if (!ONLY_NAME.test(heard[1])) return undefined;
        const at = sentence.start + clauseStart + heard.index + heard[0].lastIndexOf(heard[1]);
        const speaker = this.#subjectOfVerb(block, heard[1], at);
        return speaker?.kind === "named" ? withVia(this.#ctx, speaker, before) : undefined;
      }
      // "…, with one senior official telling the Post, “…”": the absolute phrase's subject speaks, or
      // no one we can name; never the main clause's subject.
      const absolute = SPEECH_PARTICIPLES.includes(lower) ? WITH_SPEAKING.exec(subject) : null;
      if (absolute?.[1]) {
        const at = sentence.start + clauseStart + absolute.index + absolute[0].lastIndexOf(absolute[1]);
        const speaker = this.#subjectOfVerb(block, absolute[1], at);
        return speaker === undefined ? { speaker: UNATTRIBUTED } : withVia(this.#ctx, speaker, before);
      }
      const record = SPEECH_PARTICIPLES.includes(lower) ? DOCUMENT_SPEAKING.exec(subject) : null;
      if (record) {
        if (record[1] === undefined) return undefined;
        const at = sentence.start + clauseStart + record.index + record[0].indexOf(record[1]);
        const speaker = this.#subjectOfVerb(block, record[1], at);
        return speaker?.kind === "named" ? withVia(this.#ctx, speaker, before) : undefined;
      }
      // "…, Ruiz can be heard saying": the one heard, the passive's subject, speaks.
      const perceived = SPEECH_PARTICIPLES.includes(lower) ? perceivedSubject(subject) : undefined;
      if (perceived) {
        const speaker = this.#subjectOfVerb(block, perceived.text, sentence.start + clauseStart + perceived.at);
        return speaker?.kind === "named" ? withVia(this.#ctx, speaker, before) : undefined;
      }
      // The main clause's subject ends right before its verb, so it is read as a verb's subject:
      // "In his Instagram post, Van Der Beek even touched on …" is Van Der Beek's, not Instagram's.
      // Else, or when that reading names no one ("The boy's father spoke next, calling …"), the phrase is read as a subject.
      const main = participle ? mainSubject(subject) : subject;
      // "…, which tried to win support by saying": a participle inside a clause set in the main one
      // continues that clause, whose subject speaks (participleClause.ts); nobody when it names none.
      const where = SPEECH_PARTICIPLES.includes(lower) ? participleSubject(subject) : undefined;
      // "She says when she and Lund were writing the scene (“…”)": the inner clause's subject is two
      // people joined by "and" (or offered by "or"); neither is the one speaker, and no other is sure.
      if (where?.kind === "inner" && JOINED_SUBJECTS.test(where.words.text)) return { speaker: UNATTRIBUTED };
      const innerSpeaker =
        where?.kind === "inner"
          ? this.#subjectOfVerb(
              block,
              where.words.text.replace(/[\s,]+$/u, ""),
              sentence.start + clauseStart + where.words.at,
            )
          : undefined;
      if (where?.kind === "inner" && !where.setOff)
        return innerSpeaker ? withVia(this.#ctx, innerSpeaker, before) : undefined;
      // "Ruiz grew loud, and Vale cut her off, saying, “…”": a participle continues the nearest main
      // clause, joined by ", and" with its own subject; that subject speaks, or no one we can name.
      const joined =
        SPEECH_PARTICIPLES.includes(lower) && where?.kind !== "inner" ? coordinateSubject(subject) : undefined;
      if (joined) {
        const speaker = this.#subjectOfVerb(block, joined.text, sentence.start + clauseStart + joined.at);
        return speaker ? withVia(this.#ctx, speaker, before) : undefined;
      }
      // "Obama at the time called the aircraft “…”": when it was said, between the subject and its verb, is no part of the subject.
      const timed = subject.replace(TIME_BEFORE_VERB, " ");
      const speaker = participle
        ? ((main === undefined ? undefined : this.#subjectOfVerb(block, main, sentence.start + clauseStart)) ??
          this.#subject(block, main ?? subject, sentence.start + clauseStart))
        : this.#subjectOfVerb(block, timed, sentence.start + clauseStart);
      // "…, which passed on Monday, saying": set off by a comma, the participle may continue either
      // clause; the words are the main subject's only when the inner clause's subject is no one else.
      if (speaker && innerSpeaker && innerSpeaker.name !== speaker.name) return undefined;
      if (speaker) return withVia(this.#ctx, speaker, before);
      return undefined;
    }
    return undefined;
  }
}

/** The wording of a cue before an outlet's name: "in a recent interview with" → "interview". */
export function viaWordingOf(cue: string): ViaWording {
  if (/interview/iu.test(cue)) return "interview";
  if (/^told$/iu.test(cue.trim())) return "told";
  if (/according/iu.test(cue)) return "according";
  return "quoted";
}

/**
 * "as quoted by X", "in an interview with X", "told X", "according to X": the outlet's name,
 * from the register, with the wording the sentence uses.
 */
function viaOutlet(ctx: ArticleNames, clause: string): { name: string; wording: ViaWording } | undefined {
  const match =
    /\b(as quoted by|quoted by|in an? (?:[\p{L}-]+\s+){0,2}interview with|told|[Aa]ccording to)\s+((?:the\s+|The\s+)?\p{Lu}[^,.;]*)/u.exec(
      clause,
    );
  if (!match?.[1] || !match[2]) return undefined;
  const outlet = ctx.matcher.find(match[2], new Set()).find((hit) => ctx.matcher.entities.get(hit.entityId)?.outlet);
  if (!outlet) return undefined;
  return { name: ctx.matcher.entities.get(outlet.entityId)?.name ?? outlet.entityId, wording: viaWordingOf(match[1]) };
}

function withVia(ctx: ArticleNames, speaker: Speaker, clause: string): Found {
  const via = viaOutlet(ctx, clause);
  return via ? { speaker, via: via.name, viaWording: via.wording } : { speaker };
}

/**
 * The holder of a role named before `offset` of block `blockIndex`: the article's blocks (in
 * document order) read as one text, each role's uses read once (roleHolders.ts) rather than
 * once per reference. With `body` (the blocks are a standfirst or key points), a role they give
 * no one is the body's one holder of it.
 */
function holdersOf(
  blocks: readonly Block[],
  findNames: NameFinder,
  body?: readonly string[],
): (role: string, blockIndex: number, offset: number) => string | null | undefined {
  const text = blocks.map((b) => b.text).join("\n\n");
  const holderAt = roleHolders(text, findNames);
  // A standfirst's "the senator" is the body's one senator when the standfirst names none: it
  // sums up the story the body tells, holders named.
  const bodyText = body?.join("\n\n");
  const bodyHolder = bodyText === undefined ? undefined : roleHolders(bodyText, findNames);
  const starts = new Map<number, number>();
  let at = 0;
  for (const block of blocks) {
    starts.set(block.blockIndex, at);
    at += block.text.length + 2;
  }
  return (role, blockIndex, offset) => {
    const block = blocks.find((b) => b.blockIndex === blockIndex);
    const start = starts.get(blockIndex);
    if (block === undefined || start === undefined) return null;
    const holder = holderAt(role, start + block.text.slice(0, offset).length);
    return holder === undefined && bodyText !== undefined ? bodyHolder?.(role, bodyText.length) : holder;
  };
}

/**
 * The publications the blocks cite by name ("told _New Scientist_", "according to The Wall Street
 * Journal"; outlets.ts), save the surname of a person the article names in full ("Bloomberg" beside
 * "Michael Bloomberg"): whom a source told, not whom a later "he" stands for.
 */
function citedOutlets(blocks: readonly Block[], people: ArticleNames["people"]): Set<string> {
  const outlets = new Set<string>();
  for (const block of blocks)
    for (const sentence of block.sentences) {
      const italics = (block.italics ?? [])
        .filter(([start, end]) => start >= sentence.start && end <= sentence.end)
        .map(([start, end]) => [start - sentence.start, end - sentence.start] as const);
      for (const cited of [...findOutletCitations(sentence.text), ...italicOutlets(sentence.text, italics)])
        if (!people.byLast.has(cited.label)) outlets.add(cited.label);
    }
  return outlets;
}

/**
 * True when `text` (a sentence up to a pronoun) is words that run into a quotation that ends right
 * before the pronoun, with no verb of speech, colon or comma leading into the marks: "What Ruiz
 * was doing was “…,”" (then "he said"). The words and the quotation are one statement reported.
 */
function leadOfReported(text: string): boolean {
  const close = /[”"]\s*$/u.exec(
    text.replace(/[,\s]*(?:(?<!\p{L})(?:he|she|they)\s*)?$/iu, "").replace(/[,\s]+$/u, ""),
  );
  if (!close) return false;
  const open = Math.max(text.lastIndexOf("“"), text.lastIndexOf('"', close.index - 1));
  if (open <= 0) return false;
  const lead = text.slice(0, open);
  return (
    /\p{L}/u.test(lead) &&
    /\p{Ll}\s*$/u.test(lead) &&
    !/[“”"]/u.test(lead) &&
    !INTRODUCER.test(lead) &&
    !ATTRIBUTION_VERB.test(lead) &&
    !new RegExp(`(?:${ACCORDING})`, "u").test(lead)
  );
}

/**
 * True when `words` (a quotation) call the person `name` by their first name or surname alone,
 * set off as a vocative: "Thank you, Lena.", "Lena, listen:", "— Ortiz!". People do not address
 * themselves so; whoever says them speaks to that person.
 */
export function addressesByName(words: string, name: string): boolean {
  const parts = name.split(/\s+/u).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  return parts.some((part) =>
    new RegExp(`(?:^|[,;—–]\\s*)${escapeRegExp(part)}(?=\\s*[,.!?]|\\s*$)`, "u").test(words.trim()),
  );
}

/** Debug only: the route each found quotation's speaker came by (`quoteRoute`). */
const ROUTES = new WeakMap<Quote, string>();

/**
 * Debug only: how `findQuotes` reached a quotation's speaker — the step ("after", "before",
 * "continued-paragraph", …) and what it read on the way ("inverted", "pronoun=Name", "verb:said").
 * For tallies of which reading gives right and wrong speakers; nothing published reads it.
 */
export function quoteRoute(quote: Quote): string | undefined {
  return ROUTES.get(quote);
}

/** Quotations of one article, in document order. */
export function findQuotes(
  slug: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  matcher: EntityMatcher,
  options: QuoteOptions = {},
): Quote[] {
  const findNames = options.findNames ?? capitalisedNames;
  const sentenceStart = new Map<string, number>();
  for (const block of blocks) for (const s of block.sentences) sentenceStart.set(s.anchor, s.start);
  const mentionsByBlock = new Map<number, { entityId: string; start: number; end: number }[]>();
  for (const mention of mentions) {
    const offset = sentenceStart.get(mention.anchor) ?? 0;
    const list = mentionsByBlock.get(mention.blockIndex) ?? [];
    list.push({ entityId: mention.entityId, start: mention.start + offset, end: mention.end + offset });
    mentionsByBlock.set(mention.blockIndex, list);
  }
  for (const list of mentionsByBlock.values()) list.sort((a, b) => a.start - b.start);
  const texts = [...blocks.map((b) => b.text), ...(options.articleText ?? [])];
  const people = peopleOf(texts, findNames);
  const articleText = texts.join("\n\n");
  const ctx: ArticleNames = {
    matcher,
    findNames,
    mentionsByBlock,
    people,
    outlets: citedOutlets(blocks, people),
    describedHolder: (description) =>
      describedHolder(articleText, description, findNames, (name) => completeName(people, name)),
    ageHolder: (age) => ageHolder(articleText, age, findNames, (name) => completeName(people, name)),
    describedWith: (words, role, name) => describedWith(articleText, words, role, name),
    holderOf: holdersOf(blocks, findNames, options.articleText),
    // "“…,” the ministry added": the paragraph before and the clause's own up to it are in reach.
    bodyOf: (noun, blockIndex, offset) => {
      const at = blocks.findIndex((b) => b.blockIndex === blockIndex);
      const block = blocks[at];
      if (block === undefined) return undefined;
      const previous = blocks[at - 1];
      const texts = [{ blockIndex, text: block.text.slice(0, offset), offset: 0 }];
      if (previous) texts.unshift({ blockIndex: previous.blockIndex, text: previous.text, offset: 0 });
      return oneBodyOfKind(ctx, noun, texts);
    },
    unnamedAs: (words, blockIndex, offset) => {
      const at = blocks.findIndex((b) => b.blockIndex === blockIndex);
      if (at < 0) return false;
      const before = [...blocks.slice(0, at).map((b) => b.text), (blocks[at] as Block).text.slice(0, offset)];
      return unnamedIntroduced(before.map(withoutQuotations).join("\n\n"), words, (since) =>
        findNames(since).some((n) => personLike(n.name)),
      );
    },
  };
  const attributor = new Attributor(ctx, blocks);
  // Chinese quotations: their own grammar (hanQuotes.ts), over the blocks' texts by position.
  const blockTexts = blocks.map((b) => b.text);
  const han = blockTexts.some(isHanText) ? hanNames(blockTexts) : undefined;

  const found: { candidate: Candidate; text: string; result: Found | undefined; route?: string | undefined }[] = [];
  let previous:
    | { block: Block; close: number; result: Found; below: boolean; text: string; route?: string | undefined }
    | undefined;
  // Description nouns the text has tied to a named speaker ("said the actor" right after Vale's
  // quotation), and the last named speaker quoted.
  const describedAs = new Map<string, Speaker>();
  let lastNamed: Speaker | undefined;
  // Works' titles between a quotation's halves (VENUE_TITLE): no one's words.
  const venueTitles = new Set<Candidate>();
  for (const candidate of candidates(blocks)) {
    const first = candidate.parts[0] as Part;
    const last = candidate.parts.at(-1) as Part;
    const text = candidate.parts
      .map(partText)
      .filter((t) => t !== "")
      .join(" ")
      .replace(/,$/u, "");
    if (text === "") continue;
    const firstInside = partText(first);
    let result: Found | undefined;
    // Debug only (`quoteRoute`): the step that gave the speaker, and how it read it.
    attributor.notes = [];
    let route: string | undefined;
    const mark = (step: string) => {
      if (result !== undefined && route === undefined) route = step;
    };
    const label = candidate.closed ? attributor.label(last) : undefined;
    if (label) result = { speaker: label };
    mark("label");
    if (!result && han !== undefined && isHanText(text)) {
      const name = hanSpeaker(
        blockTexts,
        {
          firstBlock: blocks.indexOf(first.block),
          open: first.open,
          lastBlock: blocks.indexOf(last.block),
          close: last.close,
        },
        han,
      );
      if (name !== undefined) result = { speaker: byName(ctx, name) };
    }
    mark("han");
    // "Called a “violent rhythm game” by its creators": the group the passive's agent names, unnamed.
    if (!result && candidate.closed && first === last) {
      const sentence = sentenceAt(first.block, first.open);
      const by = sentence ? namedByGroup(sentence.text) : undefined;
      if (sentence && by && sentence.start + by.open === first.open)
        result = { speaker: { name: by.group, kind: "anonymous" } };
    }
    mark("passive-by");
    // "he said, “…,” the office said": the verb that opens the quotation names its speaker; the
    // clause after it names who reported the words.
    // "…when a professor told the class: “She said, ‘Say whatever you want.’”": words that open on
    // someone's speech and its quotation are a teller's account of it; a clause before them that
    // names the one the account quotes (whom "she" may be) names no teller. Only a clause after can.
    const recounted = RECOUNTED.exec(firstInside)?.[1];
    const teller = (found: Found | undefined): Found | undefined =>
      found && recounted !== undefined && mayBeRecounted(found.speaker, recounted, people.genders)
        ? { speaker: UNATTRIBUTED }
        : found;
    // "Does the studio's president come to you and say, “…”?": the article's own question asks
    // whether someone says the words; it reports no one saying them.
    if (!result && candidate.closed && first.block === last.block && first.open >= 0) {
      const opening = sentenceAt(first.block, first.open);
      const closing = sentenceAt(last.block, last.close);
      if (opening && closing && asksQuestion(first.block.text.slice(opening.start, closing.end)))
        result = { speaker: UNATTRIBUTED };
    }
    mark("question");
    result ??= teller(attributor.opened(first));
    mark("before-opened");
    if (!result && candidate.closed) {
      result = attributor.after(last, partText(last));
      // "Tillman told Ferro that the state would cover “…,” according to a person on the call": the
      // words run on in what Tillman told; "according to" names who reported it, not who said them.
      const sentence = sentenceAt(first.block, first.open);
      if (
        result &&
        first === last &&
        sentence &&
        ACCORDING_AFTER.test(last.block.text.slice(last.close + 1)) &&
        (TOLD_THAT_BEFORE.test(withoutQuotations(first.block.text.slice(sentence.start, first.open))) ||
          SPOKE_TO_BEFORE.test(withoutQuotations(first.block.text.slice(sentence.start, first.open))))
      ) {
        const own = attributor.before(first);
        result = own !== undefined && own.speaker.kind !== "unattributed" ? own : { speaker: UNATTRIBUTED };
        route = "after-told-that";
      }
    }
    // "Ruiz said the vote was “a beginning. We have far to go. ¶ “The people have spoken,” Vale
    // said.": a quotation never closed, that the next paragraph's quotation seems to carry on,
    // whose own lead gives it one speaker and whose closing tag another, is two quotations run
    // together; whose the joined words are is not sure.
    if (result?.speaker.kind === "named" && candidate.parts.length > 1 && first.open > 0) {
      // Read only to compare: the lead's own route notes are not this quotation's.
      const notes = attributor.notes.length;
      const lead = attributor.before(first)?.speaker;
      attributor.notes.length = notes;
      if (
        (lead?.kind === "named" || lead?.kind === "anonymous") &&
        completeName(people, lead.name) !== completeName(people, result.speaker.name)
      ) {
        result = { speaker: UNATTRIBUTED };
        route = "after-other-lead";
      }
    }
    mark("after");
    result ??= candidate.parts.length > 1 ? attributor.after(first, firstInside) : undefined;
    mark("after-first-part");
    result ??= teller(attributor.before(first));
    mark("before");
    result ??= attributor.aside(first);
    mark("aside");
    result ??= candidate.closed && candidate.parts.length === 1 ? attributor.closing(first) : undefined;
    mark("closing");
    const nextBlock = blocks[last.block.blockIndex + 1];
    let below = false;
    if (!result && candidate.closed && nextBlock && last.block.text.slice(last.close + 1).trim() === "") {
      result = attributor.follow(nextBlock);
      mark("follow");
      // Only a quotation that opens its paragraph: after words of the paragraph's own, the clause may be theirs.
      if (!result && first.open >= 0 && first.block.text.slice(0, first.open).trim() === "") {
        result = attributor.below(nextBlock, partText(last));
        below = result !== undefined;
        mark("below");
      }
    }
    // "“…” ¶ — Maria Lopez, owner of the River Shop": a quotation filling its paragraph, signed by the line after it.
    if (!result && candidate.closed && first.open >= 0 && first.block.text.slice(0, first.open).trim() === "") {
      const rest = last.block.text.slice(last.close + 1);
      if (/^[ \t]*\n/u.test(rest)) result = attributor.signed(last.block, last.close + 1, first.block);
      else if (rest.trim() === "" && nextBlock) result = attributor.signed(nextBlock, 0, first.block);
      mark("signed");
    }
    // "Others were unimpressed. “…” — a Maine Republican.": the same signature on the quotation's own
    // line, closing its paragraph (`signed` reads to its end), the quotation opening its sentence.
    if (
      !result &&
      candidate.closed &&
      first.block === last.block &&
      first.open >= 0 &&
      sentenceAt(first.block, first.open)?.start === first.open &&
      /^\s*[—–]/u.test(last.block.text.slice(last.close + 1))
    )
      result = attributor.signed(last.block, last.close + 1, first.block);
    mark("signed");
    const previousBlock = blocks[first.block.blockIndex - 1];
    if (!result && previousBlock && first.block.text.slice(0, Math.max(first.open, 0)).trim() === "")
      result = teller(attributor.lead(previousBlock));
    mark("lead-colon");
    // "##### Donated by Ana Ruiz, Tucson, Ariz." ¶ "“I kept it …”": a quotation filling its paragraph under a caption.
    if (!result && previousBlock && fillsParagraph(candidate.closed, first, last))
      result = attributor.captioned(previousBlock, text);
    mark("captioned");
    // 4. The second half of a split quotation: only an attribution clause lies between the halves.
    if (!result && previous && previous.block === first.block) {
      // "…,” Ana Ruiz recalled in “Deep Water.” “…”": a work's title where the words were written
      // is part of the attribution clause, not a quotation between the halves.
      const gap = withoutVenueTitles(first.block.text.slice(previous.close + 1, first.open));
      // The attribution may end its sentence before the next half opens one ("…,” he told reporters. “…”").
      const opensSentence = sentenceAt(first.block, first.open)?.start === first.open;
      // However long, one attribution sentence between the halves ("said Bob Alverson, head of …, and ….") still joins them.
      const oneSentence =
        opensSentence && sentenceIndexAt(first.block, first.open) - sentenceIndexAt(first.block, previous.close) === 1;
      // A participle's clause set off after the attribution lengthens it, the same speaker going on
      // ("…,” said one bank officer, referring to a basic type of hack that …, “…”).
      const participleAside = PARTICIPLE_ASIDE_END.test(gap);
      const limit = oneSentence ? 400 : opensSentence ? 160 : participleAside ? 260 : 80;
      // Any verb of an attribution clause joins them ("…,” Mr. Trump recounted in a meeting. “…”).
      // So does the first half's speaker doing something as they speak ("…,” McDowell laughed. “…”).
      // A German, Czech or Indonesian verb joins them only with the first half's speaker named after
      // it ("…,” přidává se Emile Heskey, někdejší útočník Liverpoolu. “…”").
      const same = SAME_SPEAKER_CLAUSE.exec(gap)?.[1] ?? NAME_AFTER_OTHER_VERB.exec(gap)?.[1];
      const sameSpeaker =
        same !== undefined &&
        previous.result.speaker.kind === "named" &&
        completeName(people, same) === previous.result.speaker.name;
      // Someone else named between ("…,” Cole said. Jones agreed. “…”") may speak the second half.
      const firstSpeaker = previous.result.speaker.name;
      const words = firstSpeaker.split(" ");
      // (a name that is a verb's subject there, not the first half's speaker; not a preposition's
      // object inside the speaker's description: "…,” a person close to the Murdochs said. “…”").
      const outside = withoutQuotations(gap);
      const other = findNames(outside).some(
        (n) =>
          /^\s+(?:\p{Ll}+ed|said|says|told|wrote|spoke)\b/u.test(outside.slice(n.end)) &&
          !PREPOSITION_BEFORE.test(outside.slice(0, n.start)) &&
          !words.includes(n.name.split(" ").at(-1) ?? "") &&
          // "Mueller said" after "Gerhard Müller": the same name, spelled without its accent.
          completeName(people, n.name) !== firstSpeaker,
      );
      // "…,” Tite told the programme “Grande Círculo”": the second marks name a work, not a second half.
      // So do those right after a preposition of place ("…,” Vale said on “Morning Show.”").
      const work = WORK_BEFORE.test(gap) || VENUE_END.test(gap);
      // "What she said: “…” ¶ What we said: “…”": the writer (or whom they address) speaks the
      // second; "I", "we" or "you" before the verb between is never the first half's speaker.
      const writer = WRITER_SPEAKS.test(outside);
      // "“…,” a detail that fits the plot. “…”": a remark on the first half, no attribution, then the next sentence.
      const remark = opensSentence && REMARK_ON_QUOTATION.test(gap) && !ATTRIBUTION_VERB.test(gap);
      // "“…,” Vidal said. “…,” a spokesman who asked not to be named added. “…”": someone described
      // anew, never a named speaker ("a" does not refer back), opens the clause between: the halves are not one voice.
      const source = anonymousSource(outside);
      const describedAnew =
        previous.result.speaker.kind === "named" &&
        source !== undefined &&
        /^(?:an?|one|another)\s/iu.test(source.text) &&
        outside.slice(0, source.index).replace(/[\s,]/gu, "") === "";
      // "“…,” Vidal said. “…,” a spokesman who asked not to be named added.": the second has an
      // attribution clause of its own that the grammar could not read: whoever it names, not the first half's speaker.
      const ownEnd = sentenceAt(last.block, last.close)?.end ?? last.block.text.length;
      const ownAttribution = ATTRIBUTION_VERB.test(
        withoutQuotations(last.block.text.slice(last.close + 1, Math.max(ownEnd, last.close + 1))),
      );
      // "“…” As she left, she says, Ailes tried to kiss her. “…”": a whole sentence of its own
      // between the halves, saying more than who spoke ("Forte said."), is no attribution clause of
      // the first half; its speech verb is a report of what it tells, and the halves are not joined.
      const lastOfGap = first.block.sentences[sentenceIndexAt(first.block, first.open) - 1];
      const between =
        lastOfGap && lastOfGap.start > previous.close ? first.block.text.slice(lastOfGap.start, first.open) : "";
      const ownSentence =
        between !== "" &&
        !ONLY_ATTRIBUTION.test(between) &&
        !NAMED_APPOSITIVE_ATTRIBUTION.test(maskMonths(between)) &&
        SAME_SPEAKER_CLAUSE.exec(between) === null;
      // "“…,” he wrote. The Acme report chronicled Ruiz’s “…”": the second opens no sentence, but a
      // sentence opens between the two, and its words before the second name someone of their own
      // and hold a verb: that sentence's subject, not an attribution clause of the first, leads into
      // the second. A subject alone is the first speaker's words going on ("“…,” Obama said.
      // President Mahmoud Abbas “has put aside …”"), its verb inside the marks.
      const ownStart = sentenceAt(first.block, first.open)?.start ?? 0;
      const ownLead = withoutQuotations(first.block.text.slice(ownStart, first.open));
      const leadsOwn =
        !opensSentence &&
        ownStart > previous.close &&
        !ONLY_ATTRIBUTION.test(ownLead) &&
        /(?<!\p{L})\p{Ll}+(?:ed|s)(?!\p{L})/u.test(ownLead) &&
        findNames(ownLead).some((n) => !words.includes(n.name.split(" ").at(-1) ?? ""));
      if (
        gap.length < limit &&
        !/[“”"«»„]/u.test(gap) &&
        !other &&
        !work &&
        !writer &&
        !describedAnew &&
        !ownAttribution &&
        !ownSentence &&
        !leadsOwn &&
        (ATTRIBUTION_VERB.test(gap) || sameSpeaker || remark)
      )
        result = previous.result;
      mark(`split-half<${previous.route ?? ""}>`);
    }
    // 4c. "“…,” said Jeff Eagan, president of …. He is also a longtime employee. “…”": one sentence
    // about the speaker between, "he" or "she" its subject, then words that end the paragraph.
    if (
      !result &&
      previous &&
      previous.block === first.block &&
      previous.result.speaker.kind === "named" &&
      candidate.closed &&
      sentenceAt(first.block, first.open)?.start === first.open &&
      sentenceIndexAt(first.block, first.open) - sentenceIndexAt(first.block, previous.close) === 2 &&
      last.block.text.slice(last.close + 1).trim() === ""
    ) {
      const between = first.block.sentences[sentenceIndexAt(first.block, first.open) - 1];
      if (between) result = attributor.resumed(first.block, between, previous.result.speaker);
      mark("resumed");
    }
    // 4b. The same across a paragraph break (3g): "“…,” ¶ Nandakumar said. “…”" — the half that
    // opens the sentence right after the attribution the break cut off is the same speaker's.
    if (
      !result &&
      previous?.below === true &&
      first.block.blockIndex === previous.block.blockIndex + 1 &&
      first.open >= 0 &&
      sentenceAt(first.block, first.open)?.start === first.open &&
      sentenceIndexAt(first.block, first.open) === 1
    )
      result = previous.result;
    mark("split-below");
    // A paragraph that is one more quotation, right after a paragraph that ended on an attributed
    // one, continues that speaker (the news convention that names a speaker once per run of quotes).
    if (!result && previous && nextParagraph(blocks, previous.block, first.block) && first.open >= 0) {
      const opensParagraph = first.block.text.slice(0, first.open).trim() === "";
      // The paragraph ends on the quotation's own sentence, however long its attribution
      // ("“…,” says Reiher, a harbour pilot of thirty years who trained …").
      // One speech verb, its attribution's: "“…,” said Smith, though Jones disagreed" may hand on to Jones.
      const rest = previous.block.text.slice(previous.close + 1);
      const endedOnIt =
        rest.trim().length <= 80 ||
        (sentenceIndexAt(previous.block, previous.close) === previous.block.sentences.length - 1 &&
          [...rest.matchAll(INTRODUCERS)].length <= 1);
      // A quotation with words of its own after it ("“…!” rescuers shouted") has a clause the
      // grammar could not read, which may name someone else: only a paragraph of quotations continues.
      const ownClause = /\p{L}/u.test(withoutQuotations(last.block.text.slice(last.close + 1)));
      // "“…?” Tsukauchi asked. ¶ “…”": a question asked, then words in a paragraph of their own: the
      // answer, someone else's (dialogue and interviews take turns), not the asker going on.
      const asked =
        /\?[’'"]*$/u.test(previous.text) &&
        /^[\s,]*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?(?:asked|asks|wondered)(?!\p{L})|^[\s,]*(?:asked|asks|wondered)(?!\p{L})/u.test(
          rest,
        );
      // "“…,” Ruiz told Vale. ¶ “…”": a second person named in the attribution, whom the words were
      // told to or spoke of, may answer in the paragraph after (dialogue and interviews take turns);
      // the run is then no sure sign of one voice.
      const speaking = previous.result.speaker.name;
      // Only the clause itself, up to a comma: "said Hank Sheinkopf, who advised Bloomberg" names
      // Bloomberg in the speaker's description, no listener.
      const core = withoutQuotations(rest).split(/[,;:—–]/u)[0] ?? "";
      const listener = personsIn(ctx, previous.block.blockIndex, core, previous.close + 1).some(
        (c) => c.speaker.kind === "named" && c.speaker.name !== speaking,
      );
      // A paragraph set all in bold is a subheading or a pull quote, not the run of quotes going on;
      // nor is a heading, which titles what follows it.
      // "Vale: “…” ¶ “…”": marks around an ellipsis or a dash alone hold someone's silence, no words
      // whose speaker a paragraph of quotation goes on from; the turn may be anyone's.
      const silent = !/[\p{L}\p{N}]/u.test(previous.text);
      if (
        !asked &&
        !listener &&
        !silent &&
        opensParagraph &&
        first.block.boldOnly !== true &&
        first.block.kind !== "heading" &&
        endedOnIt &&
        !ownClause &&
        quoteSpans(previous.block.text.slice(previous.close + 1)).length === 0
      )
        result = previous.result;
      mark("continued-paragraph");
    }
    // "“…,” Vale said. ¶ “…,” said the actor.": a person described by what they do, right after a
    // named speaker's quotation with no one named between, is that speaker (news style names a
    // person once, then describes them) — unless the text gives that word to anyone before.
    if (!result && previous?.result.speaker.kind === "named" && candidate.closed) {
      const adjacent = first.block === previous.block || first.block.blockIndex === previous.block.blockIndex + 1;
      const end = sentenceAt(last.block, last.close)?.end ?? last.block.text.length;
      const clause = adjacent
        ? DESCRIBED_SPEAKER_CLAUSE.exec(last.block.text.slice(last.close + 1, Math.max(end, last.close + 1)))
        : null;
      const noun = clause?.[1] ?? clause?.[2];
      if (noun !== undefined) {
        const between =
          first.block === previous.block
            ? first.block.text.slice(previous.close + 1, Math.max(first.open, 0))
            : `${previous.block.text.slice(previous.close + 1)} ${first.block.text.slice(0, Math.max(first.open, 0))}`;
        const before = blocks
          .filter((b) => b.blockIndex < first.block.blockIndex)
          .map((b) => b.text)
          .join("\n");
        if (capitalisedNames(withoutQuotations(between)).length === 0 && onlyBackReferences(before, noun)) {
          result = previous.result;
          describedAs.set(noun, previous.result.speaker);
        }
      }
      mark("described-noun");
    }
    // "…,” said the actor. ¶ … ¶ “…,” the actor said later.": a noun the text has already tied to
    // one named speaker goes on meaning them, while it gives the noun to no one, they were the
    // last named speaker quoted (no one else has spoken since), and the paragraph before and the
    // quotation's own before it name no one else (someone just named may be "the actor").
    if (!result && candidate.closed && lastNamed !== undefined) {
      const end = sentenceAt(last.block, last.close)?.end ?? last.block.text.length;
      const clause = DESCRIBED_SPEAKER_CLAUSE.exec(
        last.block.text.slice(last.close + 1, Math.max(end, last.close + 1)),
      );
      const noun = clause?.[1] ?? clause?.[2];
      const bound = noun === undefined ? undefined : describedAs.get(noun);
      const near = `${previousBlock?.text ?? ""}\n\n${first.block.text.slice(0, Math.max(first.open, 0))}`;
      const others = capitalisedNames(withoutQuotations(near)).filter(
        (n) => completeName(people, n.name) !== bound?.name,
      );
      if (noun !== undefined && bound?.name === lastNamed.name && others.length === 0) {
        const before = blocks
          .filter((b) => b.blockIndex < first.block.blockIndex)
          .map((b) => b.text)
          .join("\n");
        if (onlyBackReferences(before, noun)) result = { speaker: bound };
      }
      mark("bound-noun");
    }
    // "However, he defended his decision …" ¶ “…”: the paraphrased person, quoted in a paragraph of its own.
    if (!result && previousBlock && fillsParagraph(candidate.closed, first, last))
      result = attributor.reported(previousBlock, blocks[last.block.blockIndex + 1]);
    mark("reported-paragraph");
    // The same inside a paragraph: a quotation that opens a sentence and ends its paragraph, right
    // after a sentence that reports one named person ("Ana Ruiz told reporters the mine would stay shut. “…”").
    if (
      !result &&
      candidate.closed &&
      first.block === last.block &&
      first.open > 0 &&
      sentenceAt(first.block, first.open)?.start === first.open &&
      last.block.text.slice(last.close + 1).trim() === ""
    ) {
      const index = sentenceIndexAt(first.block, first.open);
      const before = index > 0 ? first.block.sentences[index - 1] : undefined;
      if (before) result = attributor.reported(first.block, blocks[last.block.blockIndex + 1], before);
      mark("reported-sentence");
    }
    // "“We heard you, Larry. Thank you.”": words that call someone by name speak to them; they are
    // never that person's own.
    if (result?.speaker.kind === "named" && addressesByName(text, result.speaker.name))
      result = { speaker: UNATTRIBUTED };
    // A description cut from its sentence ("Municipal’s economist") is no name (nameEnding.ts).
    if (result?.speaker.kind === "named" && !endsAsName(result.speaker.name)) result = { speaker: UNATTRIBUTED };
    const notes = attributor.notes.filter((n) => !n.startsWith("pronoun=") || n === `pronoun=${result?.speaker.name}`);
    found.push({
      candidate,
      text,
      result,
      route: route === undefined ? undefined : [route, ...new Set(notes)].join(" "),
    });
    if (result) attributor.quoted(candidate.parts, result.speaker);
    if (result?.speaker.kind === "named") lastNamed = result.speaker;
    // The title of a work where the words were said ("said on “Morning Show”") keeps the run: the
    // second half after it may still be the first's (VENUE_TITLE).
    const titleBetween =
      previous !== undefined &&
      previous.block === first.block &&
      first === last &&
      venueTitle(text) &&
      VENUE_TITLE_OPENS.test(first.block.text.slice(previous.close + 1, first.open + 1));
    if (titleBetween) venueTitles.add(candidate);
    else previous = result ? { block: last.block, close: last.close, result, below, text, route } : undefined;
  }

  // 4. Quotations listed in one clause share a speaker: one that leads straight into an attributed
  // one (`“…” because “…,” he said`), or follows one with nothing but a joint between
  // (`describes as “…” and “…”`, `“in distress at sea,” “helpless,” and “…”`).
  const joined = (a: Part, b: Part) => {
    if (a.block !== b.block || sentenceAt(a.block, a.close) !== sentenceAt(b.block, b.open)) return false;
    const gap = a.block.text.slice(a.close + 1, b.open);
    return gap.length < 40 && !INTRODUCER.test(gap) && !/[.;:!?()]/u.test(gap);
  };
  // "“…,” Benioff weighed in, telling Cook, “…”": between the two, the second's speaker by name,
  // doing something and then speaking; the first is theirs too.
  const namedBetween = (a: Part, b: Part, speaker: Speaker) => {
    if (a.block !== b.block || sentenceAt(a.block, a.close) !== sentenceAt(b.block, b.open)) return false;
    const name = NAME_THEN_SPEAKING.exec(a.block.text.slice(a.close + 1, b.open))?.[1];
    return speaker.kind === "named" && name !== undefined && completeName(people, name) === speaker.name;
  };
  const share = (from: number, to: number) => {
    const giver = found[from];
    const taker = found[to];
    if (!giver?.result || !taker || taker.result) return;
    const [a, b] = from < to ? [giver, taker] : [taker, giver];
    const [end, start] = [a.candidate.parts.at(-1) as Part, b.candidate.parts[0] as Part];
    if (joined(end, start) || (from > to && namedBetween(end, start, giver.result.speaker))) {
      taker.result = giver.result;
      taker.route = `shared<${giver.route ?? ""}>`;
    }
  };
  for (let i = found.length - 2; i >= 0; i -= 1) share(i + 1, i);
  for (let i = 1; i < found.length; i += 1) share(i - 1, i);
  // 4c. Words the article quotes again, set apart or cut with an ellipsis ("_“… Fares have
  // increased …”_" after "Uber tweeted: “We are all concerned. Fares have increased …”"), are the
  // speaker's the article gave them to first (repeatedWords).
  // Only a quotation alone in its paragraph (perhaps set in italics or bold): one with words of
  // its own around it has a clause the grammar read, or could not, that may name someone else.
  const alone = (candidate: Candidate) => {
    const [first, last] = [candidate.parts[0] as Part, candidate.parts.at(-1) as Part];
    const around = `${first.block.text.slice(0, Math.max(first.open, 0))}${last.block.text.slice(last.close + 1)}`;
    return candidate.closed && first.open >= 0 && /^[\s_*]*$/u.test(around);
  };
  for (const taker of found) {
    if (taker.result || !alone(taker.candidate)) continue;
    const givers = found.filter((giver) => giver.result && giver !== taker && repeatedWords(taker.text, giver.text));
    const speakers = new Set(givers.map((giver) => giver.result?.speaker.name));
    if (givers[0]?.result && speakers.size === 1) {
      taker.result = givers[0].result;
      taker.route = "repeated";
    }
  }

  // "the Fed said" where the article names the "U.S. Federal Reserve": the body by the name the
  // article gives it in full (clippedName.ts). Only a name the article writes after "the", as no
  // person's is, and no part of a person's fuller name.
  let articleNames: string[] | undefined;
  const fullSpeaker = (speaker: Speaker): Speaker => {
    // "Sociologist Ana Ruiz" is Ana Ruiz: the role written before a name is no part of it.
    const name =
      speaker.kind === "named" && speaker.entity === undefined ? withoutLeadingRole(speaker.name) : speaker.name;
    if (name !== speaker.name) return { ...speaker, name };
    if (speaker.kind !== "named" || speaker.entity !== undefined || name.includes(" ")) return speaker;
    if (people.byFirst.has(name) || people.byLast.has(name)) return speaker;
    if (!new RegExp(`(?<!\\p{L})the\\s+${escapeRegExp(name)}(?!\\p{L})`, "u").test(articleText)) return speaker;
    articleNames ??= findNames(withoutQuotations(articleText)).map((n) => n.name);
    const full = fullNameOfClipping(name, articleNames);
    if (full === undefined || people.persons.has(full) || people.byFirst.has(full.split(" ")[0] ?? "")) return speaker;
    // Written after "the", the clipping names a body, as sourcing counts it (an institution).
    return { ...speaker, name: full, body: true };
  };
  const quotes: Quote[] = [];
  for (const { candidate, text, result: read, route } of found) {
    // "Film Review: ‘The Long Night’", "whose tooltip says “Open File”": a title or a label,
    // capitalised word by word, is no one's speech, whatever the clause around it says.
    const said = sentenceAt(candidate.parts[0]?.block as Block, Math.max(candidate.parts[0]?.open ?? 0, 0));
    const result =
      venueTitles.has(candidate) || (read && titleOnly(text) && !SHOUTED.test(said?.text ?? "")) ? undefined : read;
    const words = quotationWords(text);
    const first = candidate.parts[0] as Part;
    const sentence = sentenceAt(first.block, Math.max(first.open, 0));
    if (!sentence) continue;
    const last = candidate.parts.at(-1) as Part;
    const lastSentence = sentenceAt(last.block, last.close) ?? sentence;
    const spoken = () =>
      first.block === last.block &&
      first.block.kind !== "heading" &&
      plainlySpoken(
        text,
        first.block.text.slice(sentence.start, lastSentence.end),
        first.open - sentence.start,
        last.close - sentence.start,
      );
    // a term or a scare quote, not a quotation
    if (words < 2 || (!result && words < 8 && !spoken())) continue;
    // "Fifty-one percent say that “…”": a poll's statement the respondents chose, no one's words.
    if (!result && first.open >= 0 && POLL_SHARE.test(first.block.text.slice(sentence.start, first.open))) continue;
    const inner = innerQuotes(text);
    const quote: Quote = {
      text,
      ...(inner.length > 0 ? { inner } : {}),
      speaker: result ? fullSpeaker(result.speaker) : UNATTRIBUTED,
      articleSlug: slug,
      anchor: sentence.anchor,
      ...(result?.via ? { via: result.via, ...(result.viaWording ? { viaWording: result.viaWording } : {}) } : {}),
    };
    if (result && route !== undefined) ROUTES.set(quote, route);
    quotes.push(quote);
  }
  return quotes;
}
