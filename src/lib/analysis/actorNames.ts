/**
 * Names the name reader leaves out because neither compromise nor a name's shape tells what they
 * are ("Apple", "Meetup", "Steelers"), kept when the sentence's grammar says they name a body that
 * acts: the subject of a body's verb ("Apple plans to release", "Toyota said"), the agent a
 * report or an act is credited to ("according to Toyota", "an email reviewed by Reuters"), the
 * service a film streams on ("streaming on Hulu"), or a
 * team before a player's position and name ("Browns pass rusher Myles Garrett"). They are taken
 * as organisations: a person named by one word is the surname of a full name the article gave
 * before, which the caller links instead. Only what a capital inside a sentence marks as a name
 * counts: never a sentence's first word (unless the article writes it inside a sentence too and it
 * acts, `inside`), a word after a determiner ("the Legislature said"), a
 * title ("Mr Mugabe said", "Mr. Okonkwo said") or a given name's initials ("P.J. Fleck said"), a time word, a demonym, a person-role noun ("Mom said"), a pronoun ("…: It raised prices"), a word that is no noun ("Wild"), or a
 * plural noun outside a team's place ("Democrats said": a party's members, not its name). Pure.
 */
import { termTags } from "./termTags.ts";
import { LruCache } from "#lib/lruCache.ts";
import { COUNTRY_INITIALISMS, POSITION_QUALIFIERS, POSITIONS, TIME_WORDS, TITLES, type NameSpan } from "./names.ts";

/** A capitalised word with a lower-case letter in it ("Apple", "DigiTimes"; not "CEO"), no possessive. */
const WORD = String.raw`\p{Lu}(?:[\p{L}\p{N}&-]|['’](?!s\b))*\p{Ll}(?:[\p{L}\p{N}&-]|['’](?!s\b))*`;
/** One to four such words one space apart, starting and ending at a word's edge. */
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’.&-])${WORD}(?: ${WORD}){0,3}(?![\p{L}\p{N}&-])`, "gu");

/** Words that may stand between a subject and its verb ("Apple also said", "Apple has had"). */
const AUXILIARY = String.raw`(?:also|reportedly|previously|recently|now|already|still|later|first|then|finally|eventually|quietly|publicly|officially|has|have|had|will|would)`;
/** Verbs of a body's acts: saying, reporting, deciding, buying, employing. */
const ACTS = String.raw`(?:said|says|told|tells|reported|reports|announced|announces|confirmed|confirms|declined|declines|denied|denies|acquired|acquires|bought|buys|launched|launches|unveiled|unveils|employs|hired|hires|sued|sues|plans|planned|intends|intended|expects|expected|views|sells|sold|owns|agreed|agrees|invested|invests|estimated|estimates|predicted|predicts|warned|warns|introduced|introduces|issued|issues|admitted|admits|apologized|apologised|apologizes|apologises|replaces|releases|ships|reveals|manufactures|develops|designs)`;
/**
 * More acts of a firm, in the past tense a participle shares ("the MacBook released in 2015"):
 * an act only when no preposition or time follows, as it would the participle.
 */
const PAST_ACTS = String.raw`(?:replaced|released|delivered|partnered|raised|filed|settled|fired|axed|shipped|revealed|pledged|manufactured|developed|designed)(?!\s+(?:in|on|at|by|for|to|from|with|during|last|earlier|this|since|after|before)\b)`;
/** The body's verb right after the name. */
const ACT_AFTER = new RegExp(String.raw`^\s+(?:${AUXILIARY}\s+){0,2}(?:${ACTS}|${PAST_ACTS})\b`, "u");
/**
 * What credits a report or an act to the name after it: "according to", "reviewed by", "acquired by";
 * and where a film or a show streams or airs, a service's or a broadcaster's name ("streaming on Acme").
 */
const AGENT_BEFORE =
  /(?:\b[Aa]ccording to|\b(?:streaming|streams|streamed|airs|aired|airing|premieres|premiered) on|\b(?:contacted|reviewed|reported|published|owned|acquired|bought|founded|operated|developed|funded|backed|sponsored|commissioned|conducted|obtained|sued|hired|employed|provided|compiled|collected|produced|prepared) by)\s+$/u;
/**
 * After the credited name: the sentence's end or its punctuation, or a word that begins the next
 * phrase; never a noun it modifies, nor an abbreviation's period ("according to Adm. Frank Bradley").
 */
const AGENT_END =
  /^(?:\s*$|[.!?]["”’)]*\s*$|[,;:)”"’]|\s+(?:and|or|that|which|who|in|on|at|for|with|as|to|about|last|this|earlier|after|before|over|since|when|while|but)\b)/u;
/** A player's position (or a coach's role) on a team, with the words that qualify it. */
const POSITION_AFTER = new RegExp(String.raw`^\s+(?:(?:${POSITION_QUALIFIERS})\s+){0,2}(?:${POSITIONS})\s+\p{Lu}`, "u");
/** Words that make the capitalised word after them a common noun's use ("the Legislature", "her Instagram page"). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)\s+$/iu;
/**
 * Right after a quotation closes: the speaker's slot ("“…,” Marsh said"), where a one-word name is a
 * person's surname as often as a body's name, so its kind is not told by the verb.
 */
const AFTER_QUOTE = /["”’]\s*$/u;
/**
 * A given name's initials right before the run ("P.J. Fleck", "J. Smith"): it is a person's
 * surname. A country's initials are no given name's ("U.S. Steel said").
 */
const INITIALS_BEFORE = /(?:^|[^\p{L}.])((?:\p{Lu}\.\s?){1,3})\s$/u;
/**
 * A title right before the run that the run cannot hold: abbreviated with its period ("Mr. Okonkwo",
 * "Gen. Okafor") or written in small letters ("former senator Okafor"). The run is a person's name.
 */
const TITLE_BEFORE = /(?<![\p{L}.])(?:(\p{Lu}\p{Ll}{0,3})\.|(\p{Ll}+))\s+$/u;
/** A small-letter title word a body is also called by ("market leader Apple said"): it types no one. */
const TITLES_OF_BODIES = new Set(["leader"]);

/** Whether the run after `before` follows a title outside it (`TITLE_BEFORE`). */
function afterTitle(before: string): boolean {
  const match = TITLE_BEFORE.exec(before);
  const word = (match?.[1] ?? match?.[2])?.toLowerCase();
  return word !== undefined && TITLES.has(word) && !(match?.[2] !== undefined && TITLES_OF_BODIES.has(word));
}

/** Whether the run after `before` follows a given name's initials (`INITIALS_BEFORE`). */
function afterInitials(before: string): boolean {
  const initials = INITIALS_BEFORE.exec(before)?.[1];
  return initials !== undefined && !COUNTRY_INITIALISMS.has(initials.replace(/[.\s]/gu, "").toLowerCase());
}
/** Only quotation marks, brackets or dashes before the run: it opens its sentence or clause. */
const OPENS = /^[\s"“”‘’'([{—–-]*$/u;

interface Reading {
  /** A noun that is neither a demonym, nor a person's role ("Mom"), nor a plural. */
  readonly singular: boolean;
  /** A noun that is neither a demonym nor a person's role. */
  readonly noun: boolean;
}

const readings = new LruCache<string, Reading>(5_000);

/** A reading from a word's tags. */
function reading(tags: ReadonlySet<string>): Reading {
  // "…: It raised prices": a pronoun capitalised after a colon refers back; it names nothing.
  const noun = tags.has("Noun") && !tags.has("Demonym") && !tags.has("Actor") && !tags.has("Pronoun");
  return { noun, singular: noun && !tags.has("Plural") };
}

/** compromise's reading of the run's last word, cached per word. */
function readWord(word: string): Reading {
  return readings.getOrMake(word, (key) => reading(new Set<string>(termTags(key).flatMap((t) => [...t]))));
}

/**
 * compromise's reading of a run's last word: alone, and where that is no noun, in the run, whose
 * words before it make it one ("Research" alone is a verb, in "Coresight Research" a noun).
 */
function readLast(name: string, words: readonly string[]): Reading {
  const alone = readWord(words.at(-1) ?? "");
  if (alone.noun || words.length < 2) return alone;
  return readings.getOrMake(name, (key) => reading(termTags(key).at(-1) ?? new Set<string>()));
}

/** A colon or a semicolon, perhaps then an opening quotation mark or bracket: a clause opens after it. */
const CLAUSE_OPENS = /[:;]\s*["“‘'(]*\s*$/u;

/**
 * The runs of capitalised words (`RUN`) that `texts` (an article's body sentences) write inside a
 * sentence, where only a name's capital can put them: not a sentence's first words, nor a
 * clause's after a colon. A run one of them opens a sentence with is a name there too
 * (`actorNames`' `inside`). One pass of one pattern over each sentence.
 */
export function namesWrittenInside(texts: readonly string[]): Set<string> {
  const inside = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(RUN)) {
      const before = text.slice(0, match.index);
      if (OPENS.test(before) || CLAUSE_OPENS.test(before)) continue;
      inside.add(match[0].replace(/^The /u, ""));
    }
  return inside;
}

/**
 * The organisations `text` (one sentence) names by their place in it, as above, that overlap none
 * of `taken` (the names already read in the sentence). Offsets into `text`.
 *
 * A sentence's first words are a name's, and may act ("Nomura said the order …"), only where the
 * article writes the same words capitalised inside a sentence too (`inside`, `namesWrittenInside`):
 * the capital of "Officials said" or "Police said" is grammar's. Not when the part-of-speech reader
 * takes them for a person's name ("Marco said"): a body's verb does not tell a person from a body.
 */
export function actorNames(
  text: string,
  taken: readonly { start: number; end: number }[],
  inside: ReadonlySet<string> = new Set(),
): NameSpan[] {
  const out: NameSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    let start = match.index;
    let name = match[0];
    // "according to The Wrap": a capitalised article inside a sentence marks a title's name, whatever its last word.
    const titled = /^The /u.test(name);
    if (titled) {
      start += 4;
      name = name.slice(4);
    }
    const end = start + name.length;
    const before = text.slice(0, match.index);
    const after = text.slice(end);
    const opens = OPENS.test(before);
    // "The Teamsters said": at a sentence's opening, "The" is grammar's capital, a determiner as anywhere else.
    if ((opens && (titled || !inside.has(name))) || DETERMINER_BEFORE.test(before)) continue;
    if (taken.some((t) => t.start < end && t.end > start)) continue;
    if (opens && !ACT_AFTER.test(after)) continue;
    const words = name.split(" ");
    if (words.some((w) => TIME_WORDS.has(w.toLowerCase()))) continue;
    // "Mr Mugabe said", "Mr. Okonkwo said": a title opens a person's name; "P.J. Fleck said": so do a given name's initials.
    if (TITLES.has(words[0]?.toLowerCase() ?? "") || afterTitle(before) || afterInitials(before)) continue;
    if (opens && termTags(name).some((tags) => tags.has("Person"))) continue;
    const last = readLast(name, words);
    const team = last.noun && POSITION_AFTER.test(after);
    const actor =
      (titled || last.singular) &&
      ((ACT_AFTER.test(after) && !AFTER_QUOTE.test(before)) || (AGENT_BEFORE.test(before) && AGENT_END.test(after)));
    if (team || actor) out.push({ start, end, text: name, kind: "organisation" });
  }
  return out;
}
