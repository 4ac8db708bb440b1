/**
 * The normalizer: one raw scraped article (plain text, or markdown with YAML frontmatter) in,
 * one article file out — frontmatter fields, an mdast body, the serialized markdown and a
 * report of everything removed. Pure: no file system, no console, same input → same bytes.
 */
import type { Root } from "mdast";
import { classifyLine } from "./classify.ts";
import { DIGEST_PLACEHOLDER, sha256Hex, stampDigest } from "./digest.ts";
import { screenInput, toLines, type SourceLine } from "./lines.ts";
import { frontmatterEnd } from "./frontmatterInput.ts";
import { normalizeMarkdown } from "./markdownInput.ts";
import { outletName, outletOfUrl, splitBylineOutlet } from "./outlets.ts";
import { normalizePlainText } from "./plaintext.ts";
import { isLinkOnlyLine } from "./linkDensity.ts";
import { notArticle } from "./notArticle.ts";
import { optional } from "./optional.ts";
import { toArticleMarkdown } from "./serialize.ts";
import { slugify } from "./slug.ts";
import type { ArticleFrontmatter, NormalizeError, NormalizeOptions, NormalizeResult } from "./types.ts";
import { SOURCE_FILE_NAME } from "#lib/sources/fileName.ts";
import { withSafetyNet } from "./safetyNet.ts";

export { slugify } from "./slug.ts";
export { sha256Hex, verifyDigest } from "./digest.ts";
export type * from "./types.ts";

/** Tool and rule-set version stamped into generated files; bump when output changes meaningfully. */
export const TOOL = "ingest/1";

export function normalize(raw: string, opts: NormalizeOptions): NormalizeResult {
  return withSafetyNet("normalizer", () => normalizeUnchecked(raw, opts));
}

function normalizeUnchecked(raw: string, opts: NormalizeOptions): NormalizeResult {
  const refused = screenInput(raw);
  if (refused !== undefined) return { ok: false, error: refused };
  const lines = toLines(raw);
  const fmEnd = frontmatterEnd(lines);
  if (
    fmEnd === undefined &&
    lines[0]?.text === "---" &&
    lines.some((line, i) => i > 0 && /^[\w-]+:\s/.test(line.text))
  ) {
    // "---" then "key: value" lines reads as frontmatter whose closing fence is missing.
    return {
      ok: false,
      error: {
        code: "bad-frontmatter",
        line: 1,
        message:
          'the file opens YAML frontmatter with "---" but no closing "---" line follows; add one after the last field',
      },
    };
  }
  const meta = opts.meta ?? {};
  const found =
    fmEnd !== undefined || opensWithAtxHeadline(lines)
      ? normalizeMarkdown(lines, fmEnd, meta.title, meta.url)
      : normalizePlainText(lines, meta.title);
  if ("code" in found) return { ok: false, error: found.code === "no-title" ? noTitle(found, opts.fileName) : found };
  const { fields, body, removed, warnings } = found;
  const notOne = notArticle(fields.title, body);
  if (notOne !== undefined) return { ok: false, error: notOne };

  // Sidecar values are the editor's word and override what the text says.
  for (const key of ["byline", "published", "outlet", "url"] as const) {
    const fromMeta = meta[key];
    const fromText = fields[key];
    if (fromMeta !== undefined && fromText !== undefined && fromMeta !== fromText) {
      warnings.push(`sidecar ${key} "${fromMeta}" overrides "${fromText}" found in the text`);
    }
  }
  const sourceSha256 = opts.sourceSha256 ?? sha256Hex(raw);
  const source = SOURCE_FILE_NAME.test(opts.fileName) ? opts.fileName : undefined;
  const credit = splitBylineOutlet(fields.byline);
  const frontmatter: ArticleFrontmatter = {
    title: fields.title,
    ...(fields.dek !== undefined ? { dek: fields.dek } : {}),
    ...optional("byline", meta.byline ?? credit.byline),
    ...optional("published", meta.published ?? fields.published),
    // The article's own URL names its site when nothing else does.
    ...optional(
      "outlet",
      (meta.outlet !== undefined
        ? outletName(meta.outlet, { declared: true })
        : outletName(fields.outlet ?? credit.outlet)) ?? outletOfUrl(meta.url ?? fields.url),
    ),
    ...optional("url", meta.url ?? fields.url),
    ...optional("source", source),
    ...(meta.topics !== undefined ? { topics: meta.topics } : {}),
    ...(fields.keyPoints !== undefined ? { keyPoints: fields.keyPoints } : {}),
    ...(fields.citedSources !== undefined ? { citedSources: fields.citedSources } : {}),
    generated: { tool: TOOL, sourceSha256, digest: DIGEST_PLACEHOLDER },
  };
  const slug = meta.slug ?? (slugify(fields.title) || `article-${sourceSha256.slice(0, 12)}`);
  const markdown = stampDigest(toArticleMarkdown(frontmatter, body));
  const digest = /^\s+digest:\s*"?([0-9a-f]{64})/m.exec(markdown)?.[1] ?? DIGEST_PLACEHOLDER;
  const root: Root = { type: "root", children: body };
  return {
    ok: true,
    slug,
    frontmatter: { ...frontmatter, generated: { tool: TOOL, sourceSha256, digest } },
    body: root,
    markdown,
    report: { removed, warnings },
  };
}

/**
 * Markdown's most common shape: the first line with text is a `# Headline` — after any page
 * furniture a scraper kept above it (a ticker or weather strip, a skip link, a menu of links).
 */
function opensWithAtxHeadline(lines: readonly SourceLine[]): boolean {
  const at = lines.findIndex(
    (line) => line.text !== "" && classifyLine(line.text).furniture === undefined && !isLinkOnlyLine(line.text),
  );
  const first = lines[at];
  // "# Headline", and the shapes editors also give a headline: a lower-level "## Headline", a
  // line that is all bold ("**Headline**"), or a line underlined with "===" or "---" (setext),
  // which read as plain text would leave the underline in the body.
  return (
    first !== undefined &&
    (/^#{1,6}[ \t]+\S/.test(first.text) ||
      /^(\*\*|__)[^*_].*\1$/.test(first.text) ||
      /^(?:={3,}|-{3,})$/.test(lines[at + 1]?.text ?? ""))
  );
}

/**
 * A headline is never invented from the body: the editor is told where to write one, in the
 * source's sidecar file.
 */
function noTitle(error: NormalizeError, fileName: string): NormalizeError {
  const sidecar = `${fileName.replace(/\.[^.]+$/, "")}.meta.yaml`;
  return {
    ...error,
    message: `${error.message}; if the page has none, write one as \`title: ...\` in the sidecar file ${sidecar} next to the source (or put the headline on the text's first line)`,
  };
}
