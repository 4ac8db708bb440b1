/**
 * One voice (issues 15 and 16): a profile or an interview feature quotes one person all through and
 * stops tagging each quotation once the reader knows whose words they are ("She allows a perfectly
 * timed beat. “I would never wear fur, I mean it.”"). The quote finder leaves such a quotation
 * unattributed, since no clause names its speaker; this pass gives it to that one person, and only
 * where the text leaves no one else who could have said it:
 *
 * - every quotation the finder did attribute is one named person's (no one else, named or
 *   unnamed, is quoted anywhere in the article), at least `LEAST` of them, one before this one;
 *   or, in any article, the quotation right before it is a named person's, at most `RESUME_REACH`
 *   sentences back in the same or the previous paragraph, and nothing from it on names or
 *   describes anyone else: the speaker resumed after a sentence about them ("“…,” said Foreman.
 *   He worked in factories before the recession. “I think it has to get better.”");
 * - the quotation is a sentence of its own, or several: it opens its sentence and nothing but
 *   punctuation follows it there (no tag the finder could not read, "“…” read one sign");
 * - it speaks in the first person singular ("I", "me", "my"): a person's own words, not a sign's,
 *   a statement's or a document's ("we" is an institution's as often as a person's);
 * - the sentences right before and after it name no other person (a full name shaped as a
 *   person's, or a word of one the article gives), describe no one by a noun ("a neighbour", "her
 *   mother"), and the one before does not end on a colon (which leads into words someone else may
 *   give: "The note read:").
 *
 * A wrong speaker is a defect and a missed one only a miss, so every condition narrows. Pure.
 */
import type { Block } from "#lib/text/sentences.ts";
import { ANONYMOUS_SOURCE_NOUNS } from "#lib/text/attribution.ts";
import { foldedWords, sameName } from "#lib/text/fold.ts";
import type { Quote } from "./quotes.ts";
import { endsOnPersonNoun } from "./personNouns.ts";
import { withoutQuotations } from "./quoteSpans.ts";
import { capitalisedNames, personLike, type Speaker } from "./speakers.ts";

/** The fewest quotations the finder must give the one person before the article reads as one voice. */
const LEAST = 3;

/** How many sentences back the quotation a resumed one goes on from may open. */
const RESUME_REACH = 3;

/** The speaker's own "I", as a person speaks (interviewTranscript.ts reads answers the same way). */
const FIRST_PERSON = /(?<!\p{L})(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|myself)(?!\p{L})/u;

/** Marks that open a quotation, and those that close one. */
const OPENING = /^[“"‘'«„]/u;

/** A determiner or possessive before a noun that may describe a person ("a neighbour", "her mother"). */
const DESCRIBED =
  /(?<!\p{L})(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/gu;

/** The nouns an unnamed source is called by ("a resident", "one official"), which the person lexicon may not hold. */
export const SOURCE_NOUN = new RegExp(`^(?:${ANONYMOUS_SOURCE_NOUNS.join("|")})$`, "u");

/** True when `text`, outside its quotations, describes someone by a noun for a person ("a neighbour", "her mother", "one resident"). */
export function describesAnyone(text: string): boolean {
  return [...withoutQuotations(text).matchAll(DESCRIBED)].some((m) => {
    const words = (m[1] ?? "").split(/\s+/u);
    return words.some((word, i) => endsOnPersonNoun(words.slice(0, i + 1).join(" ")) || SOURCE_NOUN.test(word));
  });
}

/**
 * The people `text` names outside its quotations: a full name shaped as a person's, or one word
 * that is a word of such a name the article gives (`known`: "Aniston" after "Jennifer Aniston").
 * A capitalised word alone is no one ("Speaking in the Commons").
 */
export function peopleIn(text: string, known: ReadonlySet<string>): string[] {
  return capitalisedNames(withoutQuotations(text))
    .map((span) => span.name)
    .filter((name) => (/\s/u.test(name) ? personLike(name) : known.has(name)));
}

/** The words of every full name shaped as a person's that `blocks` give outside quotations, for `peopleIn`. */
export function personWords(blocks: readonly Block[]): Set<string> {
  return new Set(
    blocks.flatMap((b) =>
      capitalisedNames(withoutQuotations(b.text)).flatMap((span) =>
        /\s/u.test(span.name) && personLike(span.name) ? span.name.split(/\s+/u) : [],
      ),
    ),
  );
}

/**
 * True when `text`, outside its quotations, names a person other than `name` (as `peopleIn` reads
 * people: a place or a body named there is no one who could have spoken the words) or describes
 * someone by a person noun.
 */
export function someoneElse(text: string, name: string, known: ReadonlySet<string>): boolean {
  const own = new Set(foldedWords(name));
  return peopleIn(text, known).some((person) => !foldedWords(person).every((w) => own.has(w))) || describesAnyone(text);
}

interface Placed {
  readonly block: Block;
  /** The sentence's index among all sentences in reading order. */
  readonly index: number;
}

/**
 * The quotations of `quotes` that speak in the one voice of an article quoting one person only,
 * given to that person; every other quotation as it was. `blocks` are the article's blocks the
 * quotations were found in.
 */
export function soleVoiceQuotes(quotes: readonly Quote[], blocks: readonly Block[]): Quote[] {
  const attributed = quotes.filter((q) => q.speaker.kind !== "unattributed");
  const order = blocks.flatMap((block) => block.sentences.map((sentence) => ({ block, sentence })));
  const placed = new Map<string, Placed>(order.map((o, index) => [o.sentence.anchor, { block: o.block, index }]));
  const voice = articleVoice(attributed);
  const known = personWords(blocks);
  const firstVoiced = Math.min(...attributed.map((q) => placed.get(q.anchor)?.index ?? Infinity));

  return quotes.map((quote, q) => {
    if (quote.speaker.kind !== "unattributed" || !FIRST_PERSON.test(quote.text)) return quote;
    const at = placed.get(quote.anchor);
    if (at === undefined) return quote;
    const speaker =
      voice !== undefined && at.index > firstVoiced ? voice : resumedVoice(quotes[q - 1], at, order, placed, known);
    if (speaker === undefined) return quote;
    const sentence = order[at.index]?.sentence;
    if (sentence === undefined || !OPENING.test(sentence.text)) return quote;
    // The quotation closes in its own paragraph, and its last sentence holds nothing after the closing mark.
    const open = at.block.text.indexOf(quote.text, sentence.start);
    if (open !== sentence.start + 1) return quote;
    const close = open + quote.text.length;
    const last = order.findIndex((o, i) => i >= at.index && o.block === at.block && o.sentence.end >= close);
    const closing = order[last]?.sentence;
    if (closing === undefined || /\p{L}/u.test(at.block.text.slice(close + 1, closing.end))) return quote;
    const before = order[at.index - 1]?.sentence.text ?? "";
    const after = order[last + 1]?.sentence.text ?? "";
    if (/:\s*$/u.test(before) || someoneElse(before, speaker.name, known) || someoneElse(after, speaker.name, known))
      return quote;
    return { ...quote, speaker };
  });
}

/** The one named person every attributed quotation is given to, by their fullest name, when there are `LEAST` of them. */
function articleVoice(attributed: readonly Quote[]): Speaker | undefined {
  if (attributed.length < LEAST || attributed.some((q) => q.speaker.kind !== "named" || q.speaker.body === true))
    return undefined;
  // The fullest name the finder wrote, which every other one must be a part of.
  const voice = attributed.reduce((a, b) =>
    foldedWords(b.speaker.name).length > foldedWords(a.speaker.name).length ? b : a,
  ).speaker;
  return attributed.every((q) => sameName(q.speaker.name, voice.name)) ? voice : undefined;
}

/**
 * The speaker a quotation resumes after a sentence or two about them ("“…,” said Foreman. He worked
 * in factories before the recession. “I think it has to get better.”"): the speaker of the quotation
 * right before it, a named person quoted at most `RESUME_REACH` sentences back in the same or the
 * previous paragraph, when no sentence from that quotation's on names or describes anyone else.
 */
function resumedVoice(
  previous: Quote | undefined,
  at: Placed,
  order: readonly { block: Block; sentence: { text: string } }[],
  placed: ReadonlyMap<string, Placed>,
  known: ReadonlySet<string>,
): Speaker | undefined {
  if (previous?.speaker.kind !== "named" || previous.speaker.body === true) return undefined;
  const from = placed.get(previous.anchor);
  if (from === undefined || at.index - from.index > RESUME_REACH || at.block.blockIndex - from.block.blockIndex > 1)
    return undefined;
  const between = order.slice(from.index, at.index);
  return between.some((o) => someoneElse(o.sentence.text, previous.speaker.name, known)) ? undefined : previous.speaker;
}
