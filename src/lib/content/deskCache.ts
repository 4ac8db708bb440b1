/**
 * The parsed YAML of each content file kept between builds, so a build parses only the files
 * that changed: YAML parsing was most of the content check's time (every article's
 * frontmatter and every ingest report, a thousand of each at 1,000 articles). One JSON pack
 * per project, each entry named by the SHA-256 of the code version, the file's path and its
 * bytes: an edit, a rename or any code change parses the file again.
 *
 * Only what parsed cleanly into plain JSON values is kept, so a YAML error is reported by
 * every build, and a value JSON cannot carry (`.inf`, `.nan`) is never changed by a round trip.
 * The schema and every cross-file check still run on every file each build: a kept parse
 * never stands in for a validation. The pack is written atomically (a temporary file renamed
 * over it) and holds this build's files only; an unreadable or foreign pack is ignored.
 * A Markdown body is not kept: it is the file's text after its frontmatter, split off again in
 * one pass, and keeping it made the pack three times its size (18 of 25.6 MB at 5,000 articles),
 * read on every build and written again on every one that changed a file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeAtomicSync } from "#lib/writeAtomic.ts";
import { parseContentFile, type ContentFile, type ContentInput, type ParsedContent } from "./checkFile.ts";
import { splitFrontmatter } from "./frontmatter.ts";

interface KeptParse {
  readonly data: unknown;
  readonly keyLines: readonly (readonly [string, number])[];
}

interface Pack {
  readonly version: string;
  readonly files: Record<string, KeptParse>;
}

/** Strings, finite numbers, booleans, null, and arrays and plain objects of them: what JSON keeps as is. */
export function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isPlainJson);
}

function readPack(file: string, version: string): Record<string, KeptParse> {
  try {
    // Read as unknown: the file may be anything, and each entry is checked before use.
    const pack = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown; files?: unknown };
    const files = pack.version === version ? pack.files : undefined;
    return typeof files === "object" && files !== null ? (files as Record<string, KeptParse>) : {};
  } catch {
    return {};
  }
}

const isKept = (kept: unknown): kept is KeptParse =>
  typeof kept === "object" && kept !== null && Array.isArray((kept as KeptParse).keyLines);

/** The body `parseContentFile` gives a file it parsed, and its line: a Markdown file's text after its frontmatter. */
const bodyOf = (file: ContentFile): { body: string; bodyLine: number } | undefined =>
  file.path.endsWith(".md") ? (splitFrontmatter(file.text) ?? undefined) : { body: "", bodyLine: 0 };

/**
 * `input` with every file's parse attached: the kept one for a file whose digest is in the pack
 * at `packFile`, else parsed now. Writes the pack again when it changed; returns the counts.
 */
export function withKeptParses(
  input: ContentInput,
  packFile: string,
  version: string,
): { input: ContentInput; reused: number; parsed: number } {
  const kept = readPack(packFile, version);
  const next: Record<string, KeptParse> = {};
  let reused = 0;
  let parsed = 0;
  const attach = (file: ContentFile): ContentFile => {
    const digest = createHash("sha256").update(`${file.path}\0${file.text}`).digest("hex");
    const found = kept[digest];
    const body = isKept(found) ? bodyOf(file) : undefined;
    if (isKept(found) && body !== undefined) {
      reused += 1;
      next[digest] = { data: found.data, keyLines: found.keyLines };
      const parse: ParsedContent = { data: found.data, keyLines: new Map(found.keyLines), errors: [], ...body };
      return { ...file, parsed: parse };
    }
    parsed += 1;
    const parse = parseContentFile(file);
    if (parse && parse.errors.length === 0 && isPlainJson(parse.data)) {
      next[digest] = { data: parse.data, keyLines: [...parse.keyLines] };
    }
    return { ...file, parsed: parse };
  };
  const all = (files: readonly ContentFile[] | undefined) => files?.map(attach);
  const result: ContentInput = {
    ...input,
    articles: input.articles.map(attach),
    topics: input.topics.map(attach),
    entities: input.entities.map(attach),
    corrections: all(input.corrections),
    stories: all(input.stories),
    reports: all(input.reports),
  };
  if (parsed > 0 || Object.keys(kept).length !== reused)
    writeAtomicSync(packFile, JSON.stringify({ version, files: next } satisfies Pack));
  return { input: result, reused, parsed };
}
