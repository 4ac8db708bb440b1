/**
 * File-level ingest: reads raw sources and their sidecars, normalizes them, validates the
 * result with the site's own zod schemas, and writes `<slug>.md` + `<slug>.json` atomically.
 * It never overwrites an article an editor touched (see `verifyDigest`). It returns outcomes
 * instead of printing, so the CLI decides how to show them and tests can inspect them.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { articleSchema } from "#schemas/article.ts";
import { ingestReportSchema, type IngestReport } from "#schemas/ingestReport.ts";
import { sourceMetaSchema, type SourceMeta } from "#schemas/sourceMeta.ts";
import { checkFile } from "#lib/content/checkFile.ts";
import type { ContentProblem } from "#lib/content/problems.ts";
import { SOURCE_FILE_NAME } from "#lib/sources/fileName.ts";
import { sourceFileProblem } from "#lib/sources/sourceFile.ts";
import { decodeUtf8 } from "#lib/sources/utf8.ts";
import { removeStaleTemporaryFiles, writeAllAtomic } from "#lib/writeAtomic.ts";
import { sha256Hex, verifyDigest } from "#lib/normalize/index.ts";
import { reasonCounts } from "#lib/normalize/report.ts";
import { normalizeSource } from "./normalizeSource.ts";
import { stripAccents } from "#lib/text/fold.ts";
import { fileProblem, generatedProblems, normalizeProblem, sidecarProblems } from "./problems.ts";

export interface IngestOptions {
  /** Where `<slug>.md` goes. */
  articlesDir: string;
  /** Where `<slug>.json` goes. */
  reportsDir: string;
  /** `content/topics`, whose file names are the valid topic ids. */
  topicsDir: string;
}

export type IngestStatus = "written" | "unchanged" | "kept" | "error";

export interface IngestOutcome {
  /** The source path as given. */
  file: string;
  status: IngestStatus;
  slug?: string;
  articlePath?: string;
  reportPath?: string;
  /** For errors: what went wrong, where, and how to fix it (`formatProblems` prints them). */
  problems?: readonly ContentProblem[];
  removed?: number;
  /** The removed entries counted by reason, in plain words, most first. */
  removedBy?: string[];
  warnings?: string[];
}

interface Prepared {
  file: string;
  source: string;
  slug: string;
  markdown: string;
  reportJson: string;
  removed: number;
  removedBy: string[];
  warnings: string[];
}

/** Sidecar path for a source: `x.txt` (or `x.md`, `x.html`) → `x.meta.yaml`. */
export function sidecarPath(file: string): string {
  return file.replace(/\.(txt|md|html?)$/i, "") + ".meta.yaml";
}

/** Normalizes and validates every file, then writes what is safe to write. */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestOutcome[]> {
  const topicIds = (await readdir(options.topicsDir))
    .filter((n) => n.endsWith(".md"))
    .map((n) => n.slice(0, -3))
    .sort();
  // A killed earlier run may have left hidden temporary files; no one will rename them now.
  for (const dir of [options.articlesDir, options.reportsDir]) await removeStaleTemporaryFiles(dir);
  const prepared: Array<Prepared | IngestOutcome> = [];
  // One schema for every file: building it is a zod schema's whole construction.
  const schema = articleSchema(topicIds);
  for (const file of files) prepared.push(await prepare(file, schema));

  // Two sources may not claim one URL: neither is written, and both are named.
  const bySlug = new Map<string, Prepared[]>();
  for (const p of prepared) if ("markdown" in p) bySlug.set(p.slug, [...(bySlug.get(p.slug) ?? []), p]);

  const outcomes: IngestOutcome[] = [];
  for (const p of prepared) {
    if (!("markdown" in p)) {
      outcomes.push(p);
      continue;
    }
    const clash = (bySlug.get(p.slug) ?? []).filter((other) => other !== p);
    if (clash.length > 0) {
      outcomes.push({
        file: p.file,
        status: "error",
        slug: p.slug,
        problems: [
          fileProblem(
            p.file,
            "slug",
            `"${p.slug}" is produced by both ${[p, ...clash].map((c) => c.file).join(" and ")}; set a different \`slug:\` in ${sidecarPath(p.file)} (or the other file's sidecar)`,
          ),
        ],
      });
      continue;
    }
    outcomes.push(await write(p, options));
  }
  return outcomes;
}

async function prepare(file: string, schema: ReturnType<typeof articleSchema>): Promise<Prepared | IngestOutcome> {
  const refuse = (...problems: ContentProblem[]): IngestOutcome => ({ file, status: "error", problems });
  const fail = (field: string, message: string): IngestOutcome => refuse(fileProblem(file, field, message));
  // Only the directory entry is looked at before refusing: a link's target is never read.
  const problem = sourceFileProblem(file);
  if (problem !== undefined) return fail("file", problem);
  const source = basename(file);
  if (!SOURCE_FILE_NAME.test(source)) {
    return fail(
      "file name",
      `has characters other than letters, digits, "_", "." and "-", so the article could not record where it came from; rename the file (for example "${suggestName(source)}") and run ingest again`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return fail(
      "file",
      `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions`,
    );
  }
  const sidecar = await readSidecar(sidecarPath(file));
  if (sidecar && "problems" in sidecar) return refuse(...sidecarProblems(file, sidecar.problems));
  const meta = sidecar?.meta;

  const sourceSha256 = sha256Hex(bytes);
  // UTF-16 of Latin text can even decode as UTF-8 (NUL-interleaved ASCII), so it is named first.
  const utf16 = utf16Kind(bytes);
  if (utf16 !== undefined)
    return fail("encoding", `the file is UTF-16 (${utf16}), not UTF-8: save it as UTF-8 text and run ingest again`);
  const raw = decodeUtf8(bytes);
  if (raw === undefined) {
    return fail(
      "encoding",
      `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} starts a bad sequence): re-save the file as UTF-8 text and run ingest again`,
    );
  }
  const result = normalizeSource(raw, { fileName: source, sourceSha256, ...(meta !== undefined ? { meta } : {}) });
  if (!result.ok) return refuse(normalizeProblem(file, result.error));

  // Validate what a reader of the file will see: the YAML as written, parsed back.
  const frontmatterText = /^---\n([\s\S]*?)\n---\n/.exec(result.markdown)?.[1] ?? "";
  const article = schema.safeParse(parseYaml(frontmatterText));
  if (!article.success) return refuse(...generatedProblems(file, article.error.issues, sidecar));

  const report: IngestReport = {
    source,
    sourceSha256,
    slug: result.slug,
    removed: result.report.removed,
    warnings: result.report.warnings,
  };
  const checked = ingestReportSchema.safeParse(report);
  if (!checked.success) return refuse(...generatedProblems(file, checked.error.issues));

  return {
    file,
    source,
    slug: result.slug,
    markdown: result.markdown,
    reportJson: `${JSON.stringify(report, null, 2)}\n`,
    removed: report.removed.length,
    removedBy: reasonCounts(report.removed),
    warnings: report.warnings,
  };
}

/**
 * "little-endian"/"big-endian" (with how that was seen) when the bytes look like UTF-16 text:
 * a byte-order mark, or a NUL in every other byte as Latin letters give in UTF-16.
 */
export function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "little-endian, with a byte-order mark";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "big-endian, with a byte-order mark";
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return "little-endian, no byte-order mark";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return "big-endian, no byte-order mark";
  return undefined;
}

/** A safe file name close to `name`: accents dropped, other characters turned into "-". */
function suggestName(name: string): string {
  const ext = /\.(?:txt|md|html?)$/i.exec(name)?.[0] ?? "";
  const stem = stripAccents(name.slice(0, name.length - ext.length))
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${stem || "source"}${ext.toLowerCase() || ".txt"}`;
}

/** 0-based offset of the first byte that does not start a valid UTF-8 character, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 0x80 ? 1 : lead >> 5 === 0b110 ? 2 : lead >> 4 === 0b1110 ? 3 : lead >> 3 === 0b11110 ? 4 : 0;
    // The decoder itself judges each character, so overlong forms and surrogates count as invalid.
    if (length === 0 || decodeUtf8(bytes.subarray(index, index + length)) === undefined) return index;
    index += length;
  }
  return bytes.length;
}

/** A sidecar read and checked as content is: its fields and their lines. */
interface Sidecar {
  readonly path: string;
  readonly meta: SourceMeta;
  readonly keyLines: ReadonlyMap<string, number>;
}

/**
 * The sidecar through the content model's YAML 1.2 parser and `sourceMetaSchema`, undefined
 * when there is none, or its problems at their lines.
 */
async function readSidecar(path: string): Promise<Sidecar | { problems: ContentProblem[] } | undefined> {
  const problem = sourceFileProblem(path);
  if (problem?.startsWith("file not found") === true) return undefined;
  if (problem !== undefined)
    return {
      problems: [fileProblem(path, "file", problem.replace("sources must be", "sidecars, like sources, must be"))],
    };
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return { problems: [fileProblem(path, "file", `cannot read the sidecar: ${String(error)}`)] };
  }
  try {
    const { problems, entry } = checkFile({ path, text }, sourceMetaSchema);
    return entry ? { path, meta: entry.data, keyLines: entry.keyLines } : { problems };
  } catch (error) {
    // A parser recursing per nesting level runs out of stack on thousands of levels.
    if (error instanceof RangeError || /maximum call stack/i.test(String(error)))
      return {
        problems: [
          fileProblem(
            path,
            "frontmatter",
            'nests too deeply to read; a sidecar holds only flat fields (outlet, url, published, byline, slug, topics), so rewrite it as one "field: value" per line',
          ),
        ],
      };
    throw error;
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

async function write(p: Prepared, options: IngestOptions): Promise<IngestOutcome> {
  const articlePath = join(options.articlesDir, `${p.slug}.md`);
  const reportPath = join(options.reportsDir, `${p.slug}.json`);
  const base = {
    file: p.file,
    slug: p.slug,
    articlePath,
    reportPath,
    removed: p.removed,
    removedBy: p.removedBy,
    warnings: p.warnings,
  };
  try {
    const existing = await readIfExists(articlePath);
    if (existing !== undefined) {
      const owner = /^source:\s*"?([^"\n]+)"?$/m.exec(existing)?.[1];
      // The article at this slug is another one (hand-written, or from another source):
      // keeping it silently would drop the new source, so both files are named instead.
      if (owner !== p.source) {
        const from = owner === undefined ? "written by hand (it names no source)" : `generated from ${owner}`;
        return {
          ...base,
          status: "error",
          problems: [
            fileProblem(
              p.file,
              "slug",
              `"${p.slug}" already belongs to ${articlePath}, ${from}; set a different \`slug:\` in ${sidecarPath(p.file)}`,
            ),
          ],
        };
      }
      if (verifyDigest(existing) !== "verified") return { ...base, status: "kept" };
      if (existing === p.markdown && (await readIfExists(reportPath)) === p.reportJson)
        return { ...base, status: "unchanged" };
    }
    // Both or neither: a report without its article would describe something unpublished.
    await writeAllAtomic([
      { path: articlePath, data: p.markdown },
      { path: reportPath, data: p.reportJson },
    ]);
    return { ...base, status: "written" };
  } catch (error) {
    return {
      ...base,
      status: "error",
      problems: [fileProblem(p.file, "output", writeFailure(error))],
    };
  }
}

/** One line for a failed write: what the system said, and what the editor can do about it. */
function writeFailure(error: unknown): string {
  const { code, path } = error as NodeJS.ErrnoException;
  const where = path !== undefined ? ` ${path}` : "";
  if (code === "ENOSPC")
    return `cannot write${where}: the disk is full; free some space and run ingest again (nothing was written)`;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS")
    return `cannot write${where}: the folder is read-only or not yours (${code}); fix its permissions and run ingest again (nothing was written)`;
  return `cannot write output (${code ?? (error instanceof Error ? error.message : String(error))})${where}; nothing was written`;
}
