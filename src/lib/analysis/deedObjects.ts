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
 *   how …", "wrote about the case, arguing that …" stay statements);
 * - a measure decreed: "would declare martial law", "declared a state of emergency", "declared
 *   bankruptcy" put a state in force; nothing is said that a reader could quote (`MEASURE_DECLARED`;
 *   "declared that …" and "declared the vote invalid" stay statements);
 * - a body or a place ruled: "ruled Fox News like a surveillance state" (`RULED_OVER`; a court's
 *   "ruled that …", "ruled on …", "ruled it unlawful", "ruled Acme must pay" stay statements);
 * - a person recommended, a referral: "recommended a psychiatrist, who …" (`RECOMMENDED`, a
 *   person noun ending the object; "recommended a 25 percent cut" and "recommended that …" stay statements).
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

/**
 * A thing written, named by a pronoun that ends the sentence: "To the person who wrote it." (not
 * "He wrote this:", whose colon opens what he wrote).
 */
const PRONOUN_WRITTEN = String.raw`wr(?:ote|ites)\s+(?:it|this|that|them)\s*[.!]?\s*$`;

/** A topic written about up to the sentence's end, with no clause, quotation or aside (see the module comment). */
const TOPIC_WRITTEN = String.raw`wr(?:ote|ites)\s+about\s+(?!(?:how|what|why|whether|when|where|who|which|that)\b)[^,;:“”"()—–]*?[.!]?\s*$`;

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

const DEED_OBJECT = new RegExp(
  String.raw`^(?:${WORK_WRITTEN}|${PRONOUN_WRITTEN}|${TOPIC_WRITTEN}|${MEASURE_DECLARED}|${RULED_OVER})`,
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
