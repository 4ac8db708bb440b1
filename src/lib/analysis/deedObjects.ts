/**
 * Verbs of speech whose object makes them a deed, not a statement (attributionGrammar.ts `isAct`
 * reads these beside its own list of acts):
 *
 * - a work written, with no clause of what it says: "wrote hundreds of songs", "wrote a novel",
 *   "wrote the first of his many, many books" (`WORK_WRITTEN`; "wrote in the book that …" and
 *   "wrote a letter" stay statements), or a pronoun for it that ends the sentence ("the person who
 *   wrote it.": `PRONOUN_WRITTEN`);
 * - a topic written about, with nothing stated of it: "Kaplan wrote about the painter." runs to the
 *   sentence's end with no clause, quotation or participle of speech (`TOPIC_WRITTEN`; "wrote about
 *   how …", "wrote about the case, arguing that …" stay statements), and so a topic said about
 *   (`TOPIC_SAID`: "the things people say about your brand are amplified");
 * - a measure decreed: "would declare martial law", "declared a state of emergency", "declared
 *   bankruptcy" put a state in force; nothing is said that a reader could quote (`MEASURE_DECLARED`;
 *   "declared that …" and "declared the vote invalid" stay statements);
 * - a body or a place ruled: "ruled Fox News like a surveillance state" (`RULED_OVER`; a court's
 *   "ruled that …", "ruled on …", "ruled it unlawful", "ruled Acme must pay" stay statements);
 * - a person recommended, a referral: "recommended a psychiatrist, who …" (`RECOMMENDED`, a
 *   person noun ending the object; "recommended a 25 percent cut" and "recommended that …" stay statements);
 * - a prize won, a score added, a post reported to: "claimed the title", "added a third goal",
 *   "reported for duty" (`PRIZE_CLAIMED`, `SCORE_ADDED`, `DUTY_REPORTED`; "claimed victory",
 *   "added that …" stay statements);
 * - a thing withheld, a lawyer's cases, a hospital stay: "denied bail to the defendant", "argues cases
 *   before the Supreme Court", "admitted to hospital" (`GRANT_DENIED`, `CASES_ARGUED`,
 *   `HOSPITAL_ADMITTED`; "denied the claims", "admitted that …" stay statements);
 * - nothing said: "said nothing.", "told reporters nothing about it" (`NOTHING_SAID`; "said
 *   nothing had changed" stays a statement).
 */
import { endsOnPersonNoun } from "./personNouns.ts";

/** Works a writer writes. */
const WORKS = String.raw`songs?|music|lyrics|poems?|poetry|novels?|books?|blogs?|plays?|screenplays?|scripts?|code|software|symphon(?:y|ies)|operas?|albums?`;
/** A count or a determiner before the works: "a", "his", "hundreds of". */
const WORKS_COUNT = String.raw`(?:an?|the|his|her|their|its|\d+|hundreds|dozens|thousands|many|several|some|two|three|four|five)\s+(?:of\s+)?`;
/** A part of the writer's works: "the first of his", "one of her". */
const PART_OF = String.raw`(?:the\s+)?(?:first|second|third|last|latest|final|next|one|two|three|some|many|several|most|\d+)\s+of\s+(?:his|her|their|its|the)\s+`;
/** A work written, with no clause of what it says (see the module comment). */
const WORK_WRITTEN = String.raw`wr(?:ote|ites)\s+(?:${PART_OF}|${WORKS_COUNT})?(?:(?!(?:in|on|at|to|about|for|from|with|that|of)\s)[\p{Ll}-]+,?\s+){0,2}?(?:${WORKS})\b(?!\s+(?:arguing|saying|claiming|warning|calling|in\s+which))`;

/** Pieces a writer publishes in a paper or a site: an op-ed, a column, an essay. */
const PIECES = String.raw`op-eds?|columns?|essays?|articles?|editorials?|memoirs?|pieces?|reviews?`;
/**
 * A piece written for a paper with nothing stated of it anywhere after it in the sentence: "Barbara
 * Bowman wrote an op-ed for the Washington Post." (not "wrote an op-ed arguing that …", "wrote a column
 * in which she said …", "wrote an essay saying …": the piece's words given).
 */
const PIECE_WRITTEN = String.raw`wr(?:ote|ites)\s+${WORKS_COUNT}?(?:[\p{Ll}-]+\s+){0,2}?(?:${PIECES})\b(?![^.;:!?]*?(?:\b(?:arguing|saying|claiming|warning|calling|urging|noting|asserting|suggesting|insisting|explaining|that|which|where|who)\b|[“"]))`;

/**
 * A thing written, named by a pronoun that ends the sentence: "To the person who wrote it." (not
 * "He wrote this:", whose colon opens what he wrote).
 */
const PRONOUN_WRITTEN = String.raw`wr(?:ote|ites)\s+(?:it|this|that|them)\s*[.!]?\s*$`;

/** A topic written about up to the sentence's end, with no clause, quotation or aside (see the module comment). */
const TOPIC_WRITTEN = String.raw`wr(?:ote|ites)\s+about\s+(?!(?:how|what|why|whether|when|where|who|which|that)\b)[^,;:“”"()—–]*?[.!]?\s*$`;
/**
 * A topic said about with nothing stated of it, as one written about: "the things people say about
 * your brand are amplified" (a relative clause's "say" whose object is the noun before it). Not a
 * clause or a quotation after it ("said about the plan that it failed").
 */
const TOPIC_SAID = String.raw`sa(?:y|ys|id)\s+about\s+(?!(?:how|what|why|whether|when|where|who|which|that)\b)(?![^,;:“”"()—–]*\bthat\b)[^,;:“”"()—–]*?[.!]?\s*$`;

/** Measures a body or a leader puts in force by declaring them. */
const MEASURES = String.raw`martial\s+law|state\s+of\s+(?:emergency|siege|war|disaster|calamity|alarm)|emergency|war|bankruptcy|insolvency|independence|curfew|cease-?fire|truce|holiday|lockdown|pandemic|epidemic|quarantine|moratorium|amnesty`;
/** A measure decreed (see the module comment); not one declared over, lost or unlawful (a statement about it). */
const MEASURE_DECLARED = String.raw`declar(?:e|es|ed|ing)\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:(?!(?:that|it|this|these|those|how|what|whether|to|on|in)\s)[\p{Ll}-]+\s+){0,2}?(?:${MEASURES})\b(?!\s+(?:over|lost|won|ended|finished|illegal|unlawful|unconstitutional|invalid|void|null)\b)`;

/**
 * A body or a place ruled, governed: "ruled Fox News like a surveillance state", "ruled the
 * country for a decade". Not a court's ruling ("ruled that …", "ruled on the appeal", "ruled
 * against", "ruled it unlawful", "ruled out").
 */
const RULED_OVER = String.raw`rul(?:ed|es)\s+(?:(?:the|his|her|their|its)\s+)?(?:\p{Lu}[\p{L}&’'-]*(?:\s+\p{Lu}[\p{L}&’'-]*)*|country|nation|state|city|company|network|empire|kingdom|party|region|island|province|roost)(?=\s+(?:like|for|with|until|from|since|during|through|as|over|and)\b|\s*[,.;!]|\s*$)`;

/** A prize or a place won: "claimed the title in 2019", "claimed a silver medal" (not "claimed victory", a statement of it). */
const PRIZE_CLAIMED = String.raw`claim(?:s|ed)?\s+(?:(?:the|an?|his|her|their|its|another)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?(?:titles?|crowns?|gold|silver|bronze|medals?|troph(?:y|ies)|championships?|pole|prizes?|awards?|top\s+spot|jackpot)\b`;

/** A score or a prize added: "added a third goal", "added 12 points", "added a second one" after a title (not "added a point", an argument made). */
const SCORE_ADDED = String.raw`add(?:s|ed)\s+(?:(?:(?:a|an|the|his|her|their|its|another)\s+)?(?:[\p{Ll}-]+\s+)?(?:goals?|tries|try|runs?|touchdowns?|baskets?|assists?|wickets?|birdies?|rebounds?|strikeouts?|saves?|titles?|crowns?|troph(?:y|ies)|medals?|championships?|wins?)|\d+\s+(?:more\s+)?(?:points|yards|runs|goals|rebounds|assists)|(?:another|(?:a|his|her|their|its)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+one)\b`;

/**
 * A quantity added, a figure that grew: "has added about 80 jobs since July", "the index added 2
 * percent", "added more than 1,000 workers" (a number right after the verb: "added that …" and
 * "added, “…”" stay statements).
 */
const QUANTITY_ADDED = String.raw`add(?:s|ed)\s+(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|another|an\s+additional|an\s+estimated)\s+)?[$€£]?\d`;

/** Turning up for a post: "reported for duty on Monday". */
const DUTY_REPORTED = String.raw`report(?:s|ed)?\s+(?:back\s+)?(?:for|to)\s+(?:duty|work|training|camp|practice)\b`;

/**
 * Nothing said: "Critics of the plan said nothing.", "she told reporters nothing about it" — silence,
 * not a statement ("said nothing had changed" is one: "nothing" opens the clause said).
 */
const NOTHING_SAID = String.raw`\p{L}+\s+(?:(?:him|her|them|us|me|reporters|the\s+\p{Ll}+)\s+)?nothing(?=\s*(?:[.,;:!?]|$)|\s+(?:about|of|on|to|at|in|when|while|during|and|but|as|for|since|after|before|further|more|else|publicly|new)\b)`;

/** A thing withheld by a ruling or a gate: "denied bail to the defendant", "denied him entry" (not "denied the claims"). */
const GRANT_DENIED = String.raw`den(?:y|ies|ied)\s+(?:(?:him|her|them|us|me|the\s+\p{Ll}+)\s+)?(?:bail|entry|parole|access|visas?|permission|permits?|asylum|admission|a\s+visa|a\s+permit|a\s+license|a\s+licence)\b`;

/** A lawyer's work, a patient's stay: "argues cases before the Supreme Court", "admitted to hospital on Monday". */
const CASES_ARGUED = String.raw`argu(?:e|es|ed)\s+(?:(?:a|the|his|her|their|\d+|many|several|dozens\s+of|hundreds\s+of)\s+)?(?:[\p{Ll}-]+\s+)?cases?\s+(?:before|in\s+front\s+of|at)\b`;
const HOSPITAL_ADMITTED = String.raw`admitted\s+to\s+(?:(?:the|a)\s+)?(?:hospital|intensive\s+care|ICU|rehab)\b`;

const DEED_OBJECT = new RegExp(
  String.raw`^(?:${WORK_WRITTEN}|${PRONOUN_WRITTEN}|${TOPIC_WRITTEN}|${TOPIC_SAID}|${MEASURE_DECLARED}|${RULED_OVER}|${PRIZE_CLAIMED}|${SCORE_ADDED}|${QUANTITY_ADDED}|${PIECE_WRITTEN}|${DUTY_REPORTED}|${NOTHING_SAID}|${GRANT_DENIED}|${CASES_ARGUED}|${HOSPITAL_ADMITTED})`,
  "u",
);

/** A recommendation's object up to a comma, a relative or the sentence's end (group 1): "recommended a psychiatrist, who". */
const RECOMMENDED =
  /^recommend(?:s|ed)?\s+((?:an?|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s*(?:[,.;!]|(?:who|whom)\s|$))/u;

/** Whether a verb of speech and the words after it (`"wrote a novel"`, `"wrote about the painter."`) state a deed by its object. */
export function deedByObject(verbAndRest: string): boolean {
  if (DEED_OBJECT.test(verbAndRest)) return true;
  const recommended = RECOMMENDED.exec(verbAndRest)?.[1];
  return recommended !== undefined && endsOnPersonNoun(recommended);
}
