/**
 * Editors' corrections to the analysis of one article: `content/corrections/<article-slug>.yaml`.
 * The analysis is derived by rules and rules err; a correction names the sentence (its anchor,
 * shown in every sentence link: `/articles/<slug>/#s-1a2b3c4d`) and says what is right. Anchors
 * are hashes of the sentence's words, so a correction survives edits elsewhere in the article
 * and stops applying, with an error from `npm run check`, if that sentence itself changes.
 */
import { z } from "astro/zod";
import { ITEM_ANCHOR } from "#lib/text/anchors.ts";
import { text } from "./text.ts";
import { isoDate } from "./isoDate.ts";

const anchor = z
  .string()
  .regex(ITEM_ANCHOR, 'expected a sentence anchor such as "s-1a2b3c4d", or "standfirst" or "key-point-<n>"');
/** Why the correction was made, shown to readers next to the corrected item. */
const note = text().optional();

const quoteCorrection = z
  .strictObject({
    /** Sentence where the quotation opens. */
    anchor,
    /** The quote's first words, when the sentence holds more than one quotation. */
    startsWith: text().optional(),
    /** The right speaker: an entity id from content/entities/. */
    speaker: text().optional(),
    /** The speaker is anonymous: their description as the article gives it. */
    anonymous: text().optional(),
    /** The article does not say who spoke. */
    unattributed: z.literal(true).optional(),
    /** It is not a quotation (scare quotes, a title, a slogan): drop it. */
    notAQuote: z.literal(true).optional(),
    note,
  })
  .refine(
    (value) =>
      [value.speaker, value.anonymous, value.unattributed, value.notAQuote].filter((v) => v !== undefined).length === 1,
    { message: "give exactly one of speaker, anonymous, unattributed or notAQuote" },
  );

const mentionCorrection = z.strictObject({
  /** Sentence holding the wrong mention. */
  anchor,
  /** The entity wrongly found there; the mention is dropped. */
  entity: text(),
  note,
});

const eventCorrection = z
  .strictObject({
    /** Sentence the event was dated from. */
    anchor,
    /** The right date, `YYYY-MM-DD`. */
    date: isoDate.optional(),
    /** The sentence does not date an event: drop it from the timeline. */
    remove: z.literal(true).optional(),
    note,
  })
  .refine((value) => (value.date === undefined) !== (value.remove === undefined), {
    message: "give exactly one of date or remove",
  });

export const correctionsSchema = z.strictObject({
  /** Quotations whose speaker is wrong, or that are not quotations. */
  quotes: z.array(quoteCorrection).optional(),
  /** Mentions of an entity that are not about it. */
  mentions: z.array(mentionCorrection).optional(),
  /** Timeline events with a wrong date, or that are not events. */
  events: z.array(eventCorrection).optional(),
});

export type Corrections = z.infer<typeof correctionsSchema>;
