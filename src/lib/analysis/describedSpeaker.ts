/**
 * A speaker described right after being named (issues 15 and 16): news style names a person once
 * and then calls them by what they are, "Chris Grayling warned that the sector faces cuts.
 * Speaking in the Commons, the Conservative MP said: “…”". The quote finder leaves such a
 * quotation unattributed, since "the Conservative MP" alone may be anyone; this pass gives it to
 * the person named in the sentence right before, and only where nobody else is in reach:
 *
 * - the quotation's sentence reads "the <description> <verb of saying>" right before it, the
 *   description ending on a noun for a person ("actress", "host", "MP"), not on one an unnamed
 *   source is called by ("the official said" is most often someone else), and owning nothing
 *   ("the company's chief" may be another's);
 * - the sentence right before (same paragraph, or the last of the one before) names exactly one
 *   person, and neither it nor the quotation's sentence names anyone else or describes anyone
 *   by a noun for a person (soleVoice.ts `describesAnyone`).
 *
 * A wrong speaker is a defect and a missed one only a miss. Pure.
 */
import type { Block } from "#lib/text/sentences.ts";
import { alternation, SPEECH_VERBS, TAG_VERBS } from "#lib/text/attribution.ts";
import { foldedWords } from "#lib/text/fold.ts";
import type { Quote } from "./quotes.ts";
import { endsOnPersonNoun } from "./personNouns.ts";
import { sameName } from "#lib/text/fold.ts";
import { describesAnyone, peopleIn, personWords, SOURCE_NOUN } from "./soleVoice.ts";
import type { Speaker } from "./speakers.ts";

/** "the Conservative MP said:", "the actress authoritatively stated,", "The host quipped," right before the opening mark. */
const DESCRIPTION_TAG = new RegExp(
  `(?:^|[,;]\\s+|(?<!\\p{L})(?:and|but|then)\\s+)[Tt]he\\s+((?:[\\p{L}-]+\\s+){0,4}?)([\\p{L}-]+)\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation([...SPEECH_VERBS, ...TAG_VERBS])})\\s*[,:]?\\s*$`,
  "u",
);

/** Capitalised nouns for a person's office that the lower-case lexicon cannot hold. */
const OFFICE_ABBREVIATIONS = /^(?:MP|MEP|MSP|CEO|CFO|CTO|COO)$/u;

/** The description a quotation's sentence gives its speaker right before the opening mark, if it is a person's. */
function describedBefore(prefix: string): { description: string; at: number } | undefined {
  const m = DESCRIPTION_TAG.exec(prefix);
  if (!m) return undefined;
  const before = (m[1] ?? "").trim();
  const head = m[2] ?? "";
  if (/[’']s$/u.test(before.split(/\s+/u).at(-1) ?? "") || SOURCE_NOUN.test(head.toLowerCase())) return undefined;
  const description = `${before} ${head}`.trim();
  return OFFICE_ABBREVIATIONS.test(head) || endsOnPersonNoun(description) ? { description, at: m.index } : undefined;
}

/**
 * The quotations of `quotes` whose sentence describes the speaker the sentence before names,
 * given to that person; every other quotation as it was. `blocks` are the article's blocks.
 */
export function describedSpeakerQuotes(quotes: readonly Quote[], blocks: readonly Block[]): Quote[] {
  const order = blocks.flatMap((block) => block.sentences.map((sentence) => ({ block, sentence })));
  const indexOf = new Map(order.map((o, index) => [o.sentence.anchor, index]));
  // The speakers the finder named, so a name the sentence before gives in part takes its full form and entity.
  const known = personWords(blocks);
  const named = quotes.flatMap((q) => (q.speaker.kind === "named" && q.speaker.body !== true ? [q.speaker] : []));
  return quotes.map((quote) => {
    if (quote.speaker.kind !== "unattributed") return quote;
    const index = indexOf.get(quote.anchor);
    const here = index === undefined ? undefined : order[index];
    const previous = index === undefined ? undefined : order[index - 1];
    if (here === undefined || previous === undefined || previous.block.kind === "heading") return quote;
    if (previous.block !== here.block && previous.block.blockIndex !== here.block.blockIndex - 1) return quote;
    // A quotation over several paragraphs holds more than its first: find where its words begin.
    const open = here.block.text.indexOf(quote.text.slice(0, 40), here.sentence.start) - 1;
    if (open < here.sentence.start || !/[“"‘'«„]/u.test(here.block.text[open] ?? "")) return quote;
    const prefix = here.block.text.slice(here.sentence.start, open);
    const described = describedBefore(prefix);
    if (described === undefined || peopleIn(prefix, known).length > 0) return quote;
    const people = [...new Set(peopleIn(previous.sentence.text, known))];
    const [person] = people;
    if (person === undefined || people.some((p) => !sameName(p, person))) return quote;
    if (describesAnyone(previous.sentence.text) || describesAnyone(prefix.slice(0, described.at))) return quote;
    const fuller = named.filter((s) => sameName(s.name, person));
    const speaker: Speaker =
      fuller.length > 0 && fuller.every((s) => sameName(s.name, fuller[0]?.name ?? ""))
        ? fuller.reduce((a, b) => (foldedWords(b.name).length > foldedWords(a.name).length ? b : a))
        : { name: person, kind: "named" };
    return { ...quote, speaker };
  });
}
