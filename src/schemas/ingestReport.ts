/**
 * The ingest report for one article, `content/reports/<slug>.json`, written by the ingest
 * script next to the article. It lets an editor see, line by line, what the normalizer took
 * out of the raw text and why, and where each metadata field came from.
 */
import { z } from "astro/zod";
import { quotedText } from "./text.ts";

/** Why a raw line (or part of one) is not in the article body. */
export const removalReason = z.enum([
  "blank", // empty or whitespace-only line (including no-break spaces)
  "page-clock", // the site's "today is …" clock, not the publication date
  "section-crumb", // a section label above the headline ("World News")
  "navigation", // previous/next links, "Explore more", share and subscribe prompts
  "promo", // self-promotion inside or after the body ("Head over to …", "Watch the video below")
  "related-links", // a block of other stories' headlines
  "caption", // photo caption or credit line
  "duplicate", // a line repeated verbatim (for example the headline printed twice)
  "metadata", // moved into frontmatter: title, dek, byline, date, key points, cited sources
  "notice", // the page's own notices: cookies, JavaScript, audio player, reading time, logo text
  "embed", // embed and editor markup left in text (<iframe …>, shortcodes), social-post embeds
  "credit", // wire credits: "(Reporting by …; Editing by …)", "— Agencies"
  "tags", // tag and topic chips
  "ticker", // market quotes and price tickers
  "author-bio", // a note on who the author is, after the article
  "comments", // a reader comment thread after the article
  "scraper-marker", // a stamp a scraper or text index put before the page text
  "sign-up", // a saved page's newsletter, subscription or paywall box
  "not-extracted", // a saved page's text block the article extractor (Readability) left out
]);

export const ingestReportSchema = z.strictObject({
  /** Raw file name in `content/sources/`. */
  source: z.string().min(1),
  /** SHA-256 (hex) of the raw file's bytes. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Slug of the article written from it. */
  slug: z.string().min(1),
  /** Every piece of raw text that is not in the body, in source order. */
  removed: z.array(
    z.strictObject({
      /** 1-based line number in the raw file (after line endings are normalized). */
      line: z.number().int().positive(),
      /** The removed text, exactly as it stood (read without control characters or overrides). */
      text: quotedText(),
      /** Why it was removed. */
      reason: removalReason,
      /** For `metadata`: the frontmatter field it went into. */
      field: z.string().optional(),
    }),
  ),
  /** Non-fatal observations for the editor (for example "text ends mid-sentence: truncated?"). */
  warnings: z.array(quotedText()),
});

export type IngestReport = z.infer<typeof ingestReportSchema>;
