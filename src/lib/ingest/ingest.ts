/**
 * File-level ingest: reads raw sources and their sidecars, normalizes them, validates the
 * result with the site's own zod schemas, and writes `<slug>.md` + `<slug>.json` atomically.
 * It never overwrites an article an editor touched (see `verifyDigest`). It returns outcomes
 * instead of printing, so the CLI decides how to show them and tests can inspect them.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { articleSchema } from "../../schemas/article.ts";
import { ingestReportSchema, type IngestReport } from "../../schemas/ingestReport.ts";
import { sourceMetaSchema, type SourceMeta } from "../../schemas/sourceMeta.ts";
import { writeAtomic } from "../writeAtomic.ts";
import { sha256Hex, verifyDigest } from "../normalize/index.ts";
import { normalizeSource } from "./normalizeSource.ts";

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
  /** For errors: what went wrong, where, and how to fix it. */
  message?: string;
  removed?: number;
  warnings?: string[];
}

interface Prepared {
  file: string;
  source: string;
  slug: string;
  markdown: string;
  reportJson: string;
  removed: number;
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
  const prepared: Array<Prepared | IngestOutcome> = [];
  for (const file of files) prepared.push(await prepare(file, topicIds));

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
        message: `slug "${p.slug}" is produced by both ${[p, ...clash].map((c) => c.file).join(" and ")}; set a different \`slug:\` in ${sidecarPath(p.file)} (or the other file's sidecar)`,
      });
      continue;
    }
    outcomes.push(await write(p, options));
  }
  return outcomes;
}

async function prepare(file: string, topicIds: readonly string[]): Promise<Prepared | IngestOutcome> {
  const fail = (message: string): IngestOutcome => ({ file, status: "error", message });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === "ENOENT"
        ? "file not found; check the path (sources live in content/sources/<name>.txt)"
        : `cannot read file: ${String(error)}`,
    );
  }
  const meta = await readSidecar(sidecarPath(file));
  if (typeof meta === "string") return fail(meta);

  const source = basename(file);
  const sourceSha256 = sha256Hex(bytes);
  const raw = decodeUtf8(bytes);
  if (raw === undefined) {
    return fail(
      `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)} starts a bad sequence): re-save the file as UTF-8 text and run ingest again`,
    );
  }
  const result = normalizeSource(raw, { fileName: source, sourceSha256, ...(meta !== undefined ? { meta } : {}) });
  if (!result.ok) {
    const where = result.error.line !== undefined ? `line ${result.error.line}: ` : "";
    return fail(`${where}${result.error.message} [${result.error.code}]`);
  }

  // Validate what a reader of the file will see: the YAML as written, parsed back.
  const frontmatterText = /^---\n([\s\S]*?)\n---\n/.exec(result.markdown)?.[1] ?? "";
  const article = articleSchema(topicIds).safeParse(parseYaml(frontmatterText));
  if (!article.success)
    return fail(
      `generated frontmatter is invalid: ${formatIssues(article.error.issues)} (a normalizer bug, or fix the sidecar ${sidecarPath(file)})`,
    );

  const report: IngestReport = {
    source,
    sourceSha256,
    slug: result.slug,
    removed: result.report.removed,
    warnings: result.report.warnings,
  };
  const checked = ingestReportSchema.safeParse(report);
  if (!checked.success) return fail(`report is invalid: ${formatIssues(checked.error.issues)} (a normalizer bug)`);

  return {
    file,
    source,
    slug: result.slug,
    markdown: result.markdown,
    reportJson: `${JSON.stringify(report, null, 2)}\n`,
    removed: report.removed.length,
    warnings: report.warnings,
  };
}

/** The text, or undefined when the bytes are not UTF-8 (a Latin-1 or UTF-16 file, say). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
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

/** The validated sidecar, undefined when there is none, or an error message. */
async function readSidecar(path: string): Promise<SourceMeta | undefined | string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    return `cannot read sidecar ${path}: ${String(error)}`;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    // linePos is already 1-based; the message repeats the position and quotes context lines.
    const line = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : "";
    const message = (error instanceof Error ? error.message : String(error))
      .split("\n")[0]
      ?.replace(/ at line \d+, column \d+:?$/, "");
    return `sidecar ${path}${line} is not valid YAML: ${message}`;
  }
  const parsed = sourceMetaSchema.safeParse(data ?? {});
  if (!parsed.success)
    return `sidecar ${path}: ${formatIssues(parsed.error.issues)}; allowed fields: title, outlet, url, published, byline, slug, topics`;
  return parsed.data;
}

function formatIssues(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string; keys?: string[] }>,
): string {
  return issues
    .map((i) =>
      i.code === "unrecognized_keys" && i.keys
        ? `unknown field${i.keys.length > 1 ? "s" : ""} ${i.keys.map((key) => `"${key}"`).join(", ")}`
        : `${i.path.length > 0 ? `field "${i.path.map(String).join(".")}": ` : ""}${i.message}`,
    )
    .join("; ");
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
  const base = { file: p.file, slug: p.slug, articlePath, reportPath, removed: p.removed, warnings: p.warnings };
  try {
    const existing = await readIfExists(articlePath);
    if (existing !== undefined) {
      if (verifyDigest(existing) !== "verified") return { ...base, status: "kept" };
      const owner = /^source:\s*"?([^"\n]+)"?$/m.exec(existing)?.[1];
      if (owner !== undefined && owner !== p.source) {
        return {
          ...base,
          status: "error",
          message: `slug "${p.slug}" already belongs to ${articlePath}, generated from ${owner}; set a different \`slug:\` in ${sidecarPath(p.file)}`,
        };
      }
      if (existing === p.markdown && (await readIfExists(reportPath)) === p.reportJson)
        return { ...base, status: "unchanged" };
    }
    await writeAtomic(reportPath, p.reportJson);
    await writeAtomic(articlePath, p.markdown);
    return { ...base, status: "written" };
  } catch (error) {
    return {
      ...base,
      status: "error",
      message: `cannot write output: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
