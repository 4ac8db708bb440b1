/**
 * Direct quotations and who said them.
 *
 * A quotation is text between curly (“…”) or straight ("…") double quotes; single quotes
 * inside it (‘…’) are kept as `inner` quotations. The speaker comes only from patterns the
 * sources actually use, tried in this order:
 *
 * 1. a parenthetical label right after the quote: `“…” (Gen. Gregory M. Guillot, U.S. Northern Command)`;
 * 2. a speech verb after it: `“…,” said Kenneth Roth, …` / `“…,” Rubio said.` / `“…,” he stated.`;
 * 3. a speech verb or "according to" before it in the same sentence: `Rubio declared, “…”`,
 *    `…, stating, “…”`, `…, saying, “…”`, `According to a CIA representative, “…”`;
 * 4. the second half of a split quote: `“…,” Rubio said. “…”` takes the first half's speaker.
 *
 * "he"/"she" resolves to the previous sentence's named person only when exactly one person is
 * named there. Indefinite descriptions ("a source familiar with these efforts", "an unnamed U.S.
 * official") are `anonymous` speakers. When no pattern applies, a quotation of eight or more
 * words is kept with an `unattributed` speaker, never a guessed one; shorter ones are terms or
 * scare quotes ("abrazos, no balazos", "waging war") and are not quotations.
 * "as quoted by X", "in an interview with X" and "X told <outlet>" set `via`.
 */
import type { Block } from "../text/sentences.ts";
import type { EntityMatcher, Mention } from "./entities.ts";

export type SpeakerKind = "named" | "anonymous" | "unattributed";

export interface Speaker {
  readonly kind: SpeakerKind;
  /** Register id of a named speaker, when the register has them. */
  readonly entityId?: string;
  /** How to show the speaker: the entity's name, the anonymous description, or "unattributed". */
  readonly label: string;
}

export interface Quote {
  /** The quoted words, without the outer quotation marks. */
  readonly text: string;
  /** Quotations inside the quotation (‘…’), without their marks. */
  readonly inner?: readonly string[];
  readonly speaker: Speaker;
  readonly articleSlug: string;
  /** Anchor of the sentence where the quotation opens. */
  readonly anchor: string;
  /** Outlet the quote was obtained through ("as quoted by The Wall Street Journal"). */
  readonly via?: string;
}

const SPEECH_VERBS =
  "said|says|stated|states|declared|added|noted|wrote|asked|explained|insisted|warned|told|argued|continued|remarked|replied|confirmed";
const SPEECH_PARTICIPLES =
  "saying|stating|declaring|adding|noting|writing|asking|explaining|insisting|warning|arguing|telling";
const SPEECH_VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "iu");

/** An indefinite description of an unnamed source ("a former intelligence official"). */
export const ANONYMOUS_SOURCE =
  /\b(?:an?|one|two|three|several|multiple|some|unnamed)\s+(?:[\p{L}.’'-]+\s+){0,5}?(?:officials?|sources?|officers?|representatives?|spokes(?:man|woman|person)|diplomats?|aides?|analysts?|insiders?|general|people|persons?)\b(?:\s+familiar with(?:\s+[\p{L}-]+){1,4}?(?=\s+(?:stated|said|says|told|confirmed|noted|added)\b|,|$))?/iu;
const ANONYMOUS_LABEL = /\b(?:unnamed|anonymous|former|source|official|officer|representative|spokes\w*|insider)\b/iu;
const PRONOUN = /^(?:he|she)$/iu;
/** Capitalised openers that start a description, not a name ("At a press conference", "The agency"). */
const NOT_A_NAME_START =
  /^(?:A|An|One|The|This|That|At|In|On|As|Former|Unnamed|Senior|Some|Several|Multiple|According)\b/u;

interface Span {
  readonly open: number;
  /** Index of the closing mark, or the block's length when the quotation runs off its end. */
  readonly close: number;
}

/** Top-level double-quoted spans of a block. */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let curly = false;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (open < 0) {
      if (ch === "“") {
        open = i;
        curly = true;
        depth = 1;
      } else if (ch === '"') {
        const prev = text[i - 1];
        if (prev === undefined || /[\s([—-]/u.test(prev)) {
          open = i;
          curly = false;
        }
      }
    } else if (curly) {
      if (ch === "“") depth += 1;
      else if (ch === "”") {
        depth -= 1;
        if (depth === 0) {
          spans.push({ open, close: i });
          open = -1;
        }
      }
    } else if (ch === '"') {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: text.length });
  return spans;
}

/** ‘…’ quotations inside a quotation: ’ closes only when no letter follows (not an apostrophe). */
function innerQuotes(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/‘([^‘]*?)’(?!\p{L})/gu)) {
    if (match[1]) out.push(match[1].trim());
  }
  return out;
}

interface ArticleContext {
  readonly slug: string;
  readonly matcher: EntityMatcher;
  /** Mentions by block index, offsets already in block coordinates. */
  readonly mentionsByBlock: Map<number, { entityId: string; start: number; end: number }[]>;
  /** Person ids named per sentence anchor. */
  readonly personsBySentence: Map<string, string[]>;
  /** All sentences in order, for "previous sentence" look-ups. */
  readonly sentenceOrder: string[];
  /** Each anchor's index in `sentenceOrder`: a look-up per quote, not a scan. */
  readonly sentenceIndex: ReadonlyMap<string, number>;
}

/**
 * The sentence of `sentences` (in text order, not overlapping) holding `offset`, by binary
 * search: one paragraph can hold tens of thousands of sentences and quotes, and a scan per
 * quote made the analysis quadratic in paragraph length.
 */
function sentenceAt<T extends { start: number; end: number }>(sentences: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as T;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function entityName(ctx: ArticleContext, id: string): string {
  return ctx.matcher.entities.get(id)?.name ?? id;
}

/** The first person (else organisation) mentioned within [from, to) of a block. */
function firstEntityIn(ctx: ArticleContext, blockIndex: number, from: number, to: number, kinds: readonly string[]) {
  const mentions = (ctx.mentionsByBlock.get(blockIndex) ?? []).filter((m) => m.start >= from && m.end <= to);
  for (const kind of kinds) {
    const found = mentions.find((m) => ctx.matcher.entities.get(m.entityId)?.kind === kind);
    if (found) return found;
  }
  return undefined;
}

/** Resolves a speaker phrase (already cut out of the block) to a speaker. */
function speakerFromPhrase(
  ctx: ArticleContext,
  blockIndex: number,
  phrase: { text: string; start: number },
  previousAnchor: string | undefined,
): Speaker | undefined {
  const text = phrase.text.trim();
  if (text === "") return undefined;
  const firstWord = /^[\p{L}]+/u.exec(text)?.[0] ?? "";
  if (PRONOUN.test(firstWord)) {
    const persons = previousAnchor ? (ctx.personsBySentence.get(previousAnchor) ?? []) : [];
    const distinct = [...new Set(persons)];
    if (distinct.length === 1 && distinct[0]) {
      return { kind: "named", entityId: distinct[0], label: entityName(ctx, distinct[0]) };
    }
    return { kind: "unattributed", label: "unattributed" };
  }
  const person = firstEntityIn(ctx, blockIndex, phrase.start, phrase.start + phrase.text.length, ["person"]);
  if (person) return { kind: "named", entityId: person.entityId, label: entityName(ctx, person.entityId) };
  // A capitalised name opening the phrase ("Jane Doe, a spokeswoman") that the register lacks.
  const name = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*/u.exec(text);
  if (name && !NOT_A_NAME_START.test(name[0]) && !ANONYMOUS_LABEL.test(name[0]))
    return { kind: "named", label: name[0] };
  const anonymous = ANONYMOUS_SOURCE.exec(text);
  if (anonymous) return { kind: "anonymous", label: anonymous[0] };
  const organisation = firstEntityIn(ctx, blockIndex, phrase.start, phrase.start + phrase.text.length, [
    "organisation",
  ]);
  if (organisation && text.length < 60) {
    return { kind: "named", entityId: organisation.entityId, label: entityName(ctx, organisation.entityId) };
  }
  return undefined;
}

/** Resolves a parenthetical label after a quote: "(Carlos Pérez Ricart, Center for …)". */
function speakerFromLabel(ctx: ArticleContext, blockIndex: number, label: string, start: number): Speaker | undefined {
  const person = firstEntityIn(ctx, blockIndex, start, start + label.length, ["person"]);
  if (person) return { kind: "named", entityId: person.entityId, label: entityName(ctx, person.entityId) };
  if (ANONYMOUS_LABEL.test(label)) return { kind: "anonymous", label: label.trim() };
  const organisation = firstEntityIn(ctx, blockIndex, start, start + label.length, ["organisation"]);
  if (organisation)
    return { kind: "named", entityId: organisation.entityId, label: entityName(ctx, organisation.entityId) };
  // An unknown capitalised name ("Jane Doe, Acme Corp") still reads as a label; anything else does not.
  const name = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*(?=,|$)/u.exec(label.trim());
  return name ? { kind: "named", label: name[0] } : undefined;
}

/** "as quoted by X", "in an interview with X", "told X": the outlet's name, from the register when possible. */
function viaOutlet(ctx: ArticleContext, clause: string): string | undefined {
  const match =
    /\b(?:as quoted by|quoted by|in an? (?:[\p{L}-]+\s+){0,2}interview with|told)\s+((?:the\s+|The\s+)?\p{Lu}[^,.;]*)/u.exec(
      clause,
    );
  if (!match?.[1]) return undefined;
  const outlet = ctx.matcher.find(match[1], new Set()).find((hit) => ctx.matcher.entities.get(hit.entityId)?.outlet);
  return outlet ? entityName(ctx, outlet.entityId) : undefined;
}

function attribute(
  ctx: ArticleContext,
  block: Block,
  span: Span,
  previous: { speaker: Speaker; close: number; via?: string } | undefined,
): { speaker: Speaker; via?: string } | undefined {
  const text = block.text;
  const sentence = sentenceAt(block.sentences, span.open);
  const closeSentence = sentenceAt(block.sentences, span.close) ?? sentence;
  const anchorIndex = sentence ? (ctx.sentenceIndex.get(sentence.anchor) ?? -1) : -1;
  const previousAnchor = anchorIndex > 0 ? ctx.sentenceOrder[anchorIndex - 1] : undefined;

  // 1. Parenthetical label right after the quotation.
  const after = text.slice(span.close + 1);
  const paren = /^[\s,.]*\(([^()]{3,160})\)/u.exec(after);
  if (paren?.[1]) {
    const labelStart = span.close + 1 + paren[0].indexOf(paren[1]);
    const speaker = speakerFromLabel(ctx, block.blockIndex, paren[1], labelStart);
    // A translation or aside ("(hugs, not gunfire)") names nobody: not an attribution.
    if (speaker) return { speaker };
  }

  // 2. Speech verb after the quotation, within the same sentence.
  const clauseEnd = closeSentence ? Math.max(closeSentence.end, span.close + 1) : text.length;
  const afterClause = text.slice(span.close + 1, clauseEnd);
  const verbFirst = new RegExp(`^[\\s,.!?]*(?:${SPEECH_VERBS})\\s+`, "iu").exec(afterClause);
  if (verbFirst) {
    const start = span.close + 1 + verbFirst[0].length;
    const phrase = { text: text.slice(start, clauseEnd), start };
    const speaker = speakerFromPhrase(ctx, block.blockIndex, phrase, previousAnchor);
    const via = viaOutlet(ctx, phrase.text);
    if (speaker) return via ? { speaker, via } : { speaker };
  }
  const subjectFirst = new RegExp(`^[\\s,.!?]*([^“”"(),.;]{1,60}?)\\s+(?:${SPEECH_VERBS})\\b`, "iu").exec(afterClause);
  if (subjectFirst?.[1]) {
    const start = span.close + 1 + subjectFirst[0].indexOf(subjectFirst[1]);
    const speaker = speakerFromPhrase(ctx, block.blockIndex, { text: subjectFirst[1], start }, previousAnchor);
    const via = viaOutlet(ctx, afterClause);
    if (speaker) return via ? { speaker, via } : { speaker };
  }

  // 3. Speech verb or "according to" before the quotation, in its sentence.
  if (sentence) {
    const before = text.slice(sentence.start, span.open);
    const according = /\baccording to\s+([^,“”"]+?),?\s*$/iu.exec(before);
    if (according?.[1]) {
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      const speaker = speakerFromPhrase(ctx, block.blockIndex, { text: according[1], start }, previousAnchor);
      if (speaker) return { speaker };
    }
    const verbBefore = new RegExp(`\\b(?:${SPEECH_VERBS}|${SPEECH_PARTICIPLES})\\b[^,“”"]{0,40}[,:]\\s*$`, "iu").exec(
      before,
    );
    if (verbBefore) {
      const subject = { text: before.slice(0, verbBefore.index), start: sentence.start };
      const speaker = speakerFromPhrase(ctx, block.blockIndex, subject, previousAnchor);
      const via = viaOutlet(ctx, before);
      if (speaker) return via ? { speaker, via } : { speaker };
    }
  }

  // 4. Second half of a split quotation: only an attribution clause lies between the halves.
  if (previous && previous.speaker.kind !== "unattributed") {
    const gap = text.slice(previous.close + 1, span.open);
    if (gap.length < 80 && !/[“”"]/u.test(gap) && SPEECH_VERB_RE.test(gap)) {
      return previous.via ? { speaker: previous.speaker, via: previous.via } : { speaker: previous.speaker };
    }
  }
  return undefined;
}

/** Quotations of one article, in document order. */
export function findQuotes(
  slug: string,
  blocks: readonly Block[],
  mentions: readonly Mention[],
  matcher: EntityMatcher,
): Quote[] {
  const mentionsByBlock = new Map<number, { entityId: string; start: number; end: number }[]>();
  const personsBySentence = new Map<string, string[]>();
  const sentenceStart = new Map<string, number>();
  const sentenceOrder: string[] = [];
  const sentenceIndex = new Map<string, number>();
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      sentenceStart.set(sentence.anchor, sentence.start);
      if (!sentenceIndex.has(sentence.anchor)) sentenceIndex.set(sentence.anchor, sentenceOrder.length);
      sentenceOrder.push(sentence.anchor);
    }
  }
  for (const mention of mentions) {
    const offset = sentenceStart.get(mention.anchor) ?? 0;
    const list = mentionsByBlock.get(mention.blockIndex) ?? [];
    list.push({ entityId: mention.entityId, start: mention.start + offset, end: mention.end + offset });
    mentionsByBlock.set(mention.blockIndex, list);
    if (matcher.entities.get(mention.entityId)?.kind === "person") {
      const persons = personsBySentence.get(mention.anchor) ?? [];
      persons.push(mention.entityId);
      personsBySentence.set(mention.anchor, persons);
    }
  }
  const ctx: ArticleContext = { slug, matcher, mentionsByBlock, personsBySentence, sentenceOrder, sentenceIndex };

  const quotes: Quote[] = [];
  for (const block of blocks) {
    let previous: { speaker: Speaker; close: number; via?: string } | undefined;
    for (const span of quoteSpans(block.text)) {
      // The quoted words; a comma that only leads back into the sentence is dropped.
      const inside = block.text
        .slice(span.open + 1, span.close)
        .trim()
        .replace(/,$/u, "");
      const sentence = sentenceAt(block.sentences, span.open);
      if (!sentence || inside === "") continue;
      const found = attribute(ctx, block, span, previous);
      if (!found && wordCount(inside) < 8) {
        previous = undefined;
        continue; // a term or scare quote, not a quotation
      }
      const speaker: Speaker = found?.speaker ?? { kind: "unattributed", label: "unattributed" };
      const inner = innerQuotes(inside);
      quotes.push({
        text: inside,
        ...(inner.length > 0 ? { inner } : {}),
        speaker,
        articleSlug: slug,
        anchor: sentence.anchor,
        ...(found?.via ? { via: found.via } : {}),
      });
      previous = found?.via ? { speaker, close: span.close, via: found.via } : { speaker, close: span.close };
    }
  }
  return quotes;
}
