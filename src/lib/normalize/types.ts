/**
 * Shared types of the normalizer. The result is a discriminated union so callers must look at
 * `ok` before touching the article, and every failure carries a stable machine-readable code.
 */
import type { Root } from "mdast";
import type { IngestReport } from "#schemas/ingestReport.ts";
import type { SourceMeta } from "#schemas/sourceMeta.ts";

export type { SourceMeta };

/** One removed piece of raw text, as recorded in the ingest report. */
export type Removal = IngestReport["removed"][number];
export type RemovalReason = Removal["reason"];

/** Why a raw file could not be turned into an article at all. */
export type NormalizeErrorCode =
  | "empty" // nothing but whitespace
  | "binary" // NUL bytes or many control characters: not a text file
  | "too-large" // over MAX_INPUT_CHARS; almost certainly not one article
  | "only-chrome" // every line is site chrome (clock, navigation, captions…)
  | "no-title" // the text starts with a paragraph, so no headline can be identified
  | "no-body" // a headline, but every other line is chrome or metadata: nothing to publish
  | "bad-frontmatter" // markdown input whose YAML frontmatter does not parse
  | "internal"; // a bug in the normalizer (never expected; reported instead of thrown)

export interface NormalizeError {
  code: NormalizeErrorCode;
  message: string;
  line?: number;
}

/** The article frontmatter in the field order we write it (see src/schemas/article.ts). */
export interface ArticleFrontmatter {
  title: string;
  dek?: string;
  byline?: string;
  published?: string;
  outlet?: string;
  url?: string;
  source?: string;
  topics?: string[];
  keyPoints?: string[];
  citedSources?: string[];
  generated?: { tool: string; sourceSha256: string; digest: string };
}

export interface NormalizeReport {
  removed: Removal[];
  warnings: string[];
}

export type NormalizeResult =
  | {
      ok: true;
      slug: string;
      frontmatter: ArticleFrontmatter;
      body: Root;
      markdown: string;
      report: NormalizeReport;
    }
  | { ok: false; error: NormalizeError };

export interface NormalizeOptions {
  /** Raw file name, written to `source` (for example "000_abc.txt"). */
  fileName: string;
  /** Editor's sidecar; its values override what the text states. */
  meta?: SourceMeta;
  /**
   * SHA-256 of the raw file's bytes when the caller has them (the CLI does); otherwise the
   * UTF-8 encoding of `raw` is hashed, which is the same for any valid UTF-8 file.
   */
  sourceSha256?: string;
}
