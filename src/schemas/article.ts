/**
 * Frontmatter of an article, `content/articles/<slug>.md`, whether the ingest script wrote it
 * or an editor did. Field names are shared with other tools (title, dek, byline, published,
 * outlet, source, topics): keep them stable. What a source does not state stays absent, and
 * pages show "unknown" or "undated" rather than a guess.
 */
import { z } from "astro/zod";
import { httpUrl, text, safeString } from "./text.ts";
import { isoDate } from "./isoDate.ts";

/** A slug is what `/articles/<slug>/` is made of: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The ingest script's stamp on a file it generated; see README "Generated and hand-edited articles". */
export const generatedSchema = z.strictObject({
  /** Which tool and rule-set version wrote the file, for example `ingest/1`. */
  tool: z.string().regex(/^ingest\/\d+$/, 'expected "ingest/<version>"'),
  /** SHA-256 (hex) of the raw source file the article was normalized from. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 hex digits"),
  /**
   * SHA-256 (hex) of the file as written, computed with this value set to 64 zeros. If the
   * file's bytes no longer match it, an editor has changed the file and ingest will not
   * overwrite it.
   */
  digest: z.string().regex(/^[0-9a-f]{64}$/, "expected 64 hex digits"),
});

/** Builds the schema for a given set of topic ids, so an unknown topic fails with the list of valid ones. */
export function articleSchema(topicIds: readonly string[]) {
  const topicId = safeString().refine((id) => topicIds.includes(id), {
    error: (issue) =>
      `unknown topic "${String(issue.input)}"; use one of: ${topicIds.join(", ")} (or add content/topics/${String(
        issue.input,
      )}.md)`,
  });
  return z.strictObject({
    /** Headline as published; the article page's `h1`. */
    title: text("an article needs a non-empty title"),
    /** Standfirst: the one- or two-sentence summary under the headline, when the source has one. */
    dek: text().optional(),
    /** Author(s) as the source states them, for example "bellecarter". Absent when not stated. */
    byline: text().optional(),
    /** Publication date as the source (or the editor's sidecar) states it, `YYYY-MM-DD`. */
    published: isoDate.optional(),
    /** Publishing outlet, only when known from the source or an editor; never guessed. */
    outlet: text().optional(),
    /** Original URL of the article, from the editor's sidecar. */
    url: httpUrl().optional(),
    /** File name of the raw scraped text in `content/sources/` this article was normalized from. */
    source: z
      .string()
      .regex(/^[\w.-]+\.(?:txt|md|html?)$/, 'expected a file name in content/sources, such as "000_abc.txt"')
      .optional(),
    /** Topic ids; when set they replace the automatic assignment from topic terms. */
    topics: z.array(topicId).optional(),
    /** Key points (bullet summary) the source gives under its headline. */
    keyPoints: z.array(text()).optional(),
    /** Sources the article itself cites (a "Sources include" list), as written. */
    citedSources: z.array(text()).optional(),
    /** Drafts show in `npm run dev` and never in a production build. */
    draft: z.boolean().optional(),
    /** Present only on files the ingest script wrote; see `generatedSchema`. */
    generated: generatedSchema.optional(),
  });
}

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
