/**
 * Words a sentence's subject passes on rather than says: read out from a document or another's
 * message ("Ruiz read from a statement by Carl Brenner:", "Ruiz, reading from a letter written by
 * a resident, said:"), quoted as another's ("Ruiz quoted Tom Vale as saying “…”"), cited or
 * repeated from another ("cited a line from Brenner's letter:", "repeated Brenner's words:"), or
 * remembered from another's mouth ("recalled her father telling her:"), or said by another in what
 * the subject reports ("told the court that Vale had threatened him:"). Whoever passes them on is
 * never the quotation's speaker: it is the source the text names for them, or no one. Pure: the
 * text of a sentence up to its quotation in, the relay and the words naming its source out.
 */

/** Verbs of reading out loud, perhaps with "aloud" or "out": "read", "reading aloud", "recited". */
const READ = String.raw`(?:read|reads|reading|recited|recites|reciting)(?:\s+(?:aloud|out))?`;
/** What may stand between a verb of reading and the source after it: no sentence, clause or quotation break. */
const REST = String.raw`[^.!?;“”"«»]`;
/** What may stand between a verb and the end of the text: no sentence break or quotation. */
const TO_END = String.raw`[^.!?;“”"«»]*$`;

/**
 * "quoted Tom Vale as saying", "quoting her mother as telling her" (group 1: the one quoted); not
 * "was quoted by CNN as saying" nor "quoted in a statement as saying", whose subject is the speaker.
 */
const QUOTED_AS = new RegExp(
  String.raw`(?<!\p{L})(?<!(?:was|were|is|are|be|been|being)\s+)(?:quoted|quoting|quotes|quote)\s+(?!(?:by|as|in|on|at|from|during|after)\s)([^;:“”"«»]{1,80}?),?\s+as\s+(?:saying|telling|writing|having\s+(?:said|told|written))(?!\p{L})${TO_END}`,
  "du",
);
/**
 * "read from a statement by Carl Brenner:", "reading aloud from a letter", "read out a message sent
 * by a neighbour": reading from something, or something another wrote (group 1, when given: its
 * writer, after "by"). Not "read from her notes": what the subject's own holds is the subject's.
 */
const READ_FROM = new RegExp(
  String.raw`(?<!\p{L})${READ}\s+(?:from(?!\p{L})(?!\s+(?:his|her|their|its|my|our)\s)|${REST}{0,60}?\s(?:written|sent|signed|posted|penned)\s+by\s)(?:${REST}*?\sby\s+([^,;:“”"«»]{1,60}?)(?=\s*(?:,|:|$)))?${TO_END}`,
  "du",
);
/** Nouns of words someone said or wrote, which a verb of citing or repeating passes on. */
const WORDS_NOUN = String.raw`(?:line|lines|passage|sentence|phrase|words|excerpt|paragraph|verse|remark|remarks|comment|comments|motto|slogan|saying|quote|quotation|warning|message|advice|promise|pledge|vow|threat|prediction|statement|tweet|post|letter|email|note|question|answer|joke)`;
/** A word between a determiner and such a noun: not a preposition ("quoted in a statement" is where, not what). */
const MODIFIER = String.raw`(?!(?:in|on|at|by|from|to|for|with|as|of|about)\s)\p{Ll}[\p{L}-]*`;
/** An owner before such a noun: a name ("Brenner's", group 1) or a noun ("the union's"). */
const OWNER = String.raw`(?:(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})|\p{Ll}[\p{L}-]*)['’]s\s+`;
/**
 * "cited a line from Brenner's letter:", "quoted Murtagh's warning", "echoing the union's slogan":
 * words cited, quoted or echoed (group 1, when given: their owner, a name before "'s"). Not with
 * "his", "her" or "their" before the noun, which may be the subject's own.
 */
const CITED = new RegExp(
  String.raw`(?<!\p{L})(?<!(?:was|were|is|are|be|been|being)\s+)(?:cited|cites|citing|quoted|quotes|quoting|echoed|echoes|echoing)\s+(?:(?:a|an|the|one|some)\s+)?(?:${OWNER})?(?:${MODIFIER}\s+){0,2}?${WORDS_NOUN}(?!\p{L})${TO_END}`,
  "du",
);
/**
 * "repeated Brenner's words back to him:", "repeating the mayor's promise": another's words
 * repeated (group 1, when given: their owner's name); "repeated his promise" and "repeated the
 * warning" may be the subject's own, and are not read.
 */
const REPEATED = new RegExp(
  String.raw`(?<!\p{L})(?:repeated|repeats|repeating)\s+(?:the\s+)?${OWNER}(?:${MODIFIER}\s+){0,2}?${WORDS_NOUN}(?!\p{L})${TO_END}`,
  "du",
);
/**
 * "recalled her father telling her:", "remembers a teacher saying": someone remembered speaking,
 * not who remembers (group 1: the one remembered).
 */
const RECALLED_SPEAKING = new RegExp(
  String.raw`(?<!\p{L})(?:recalled|recalls|recalling|remembered|remembers|remembering)\s+([^,;:.!?“”"«»]{1,60}?)\s+(?:telling|saying|asking|warning|writing)(?!\p{L})${TO_END}`,
  "du",
);

/**
 * "told the court that Vale had threatened him:", "said that a guard warned her": an act of speech
 * by another inside what the subject reports, right before the quotation (group 1: its subject).
 */
const REPORTED_ACT = new RegExp(
  String.raw`(?<!\p{L})that\s+([^,;:“”"«»]{1,60}?)\s+(?:had\s+|has\s+)?(?:threatened|warned|promised|ordered|shouted\s+at|yelled\s+at|screamed\s+at|begged|urged|assured|pleaded\s+with|told)\s+(?:him|her|them|me|us|him\s+and\s+\p{L}+)\s*[:,]?\s*$`,
  "du",
);

/** Where a sentence's quotation is passed on, and the words naming its source (text and offset), if any. */
export interface Relay {
  readonly source?: { readonly text: string; readonly at: number };
}

/**
 * The relay that leads into the quotation at the end of `text` (a sentence up to its quotation,
 * earlier quotations blanked), or undefined when the words are the subject's own as far as these
 * shapes tell.
 */
export function relayedWords(text: string): Relay | undefined {
  for (const pattern of [QUOTED_AS, READ_FROM, CITED, REPEATED, RECALLED_SPEAKING, REPORTED_ACT]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const source = match[1];
    if (source === undefined) return {};
    const at = match.indices?.[1]?.[0] ?? match.index + match[0].indexOf(source);
    return { source: { text: source, at } };
  }
  return undefined;
}
