/**
 * One content file through the YAML 1.2 line-aware parser and its zod schema: either the
 * entry (validated data, the raw YAML, body and key lines) or its problems. Every check of
 * the content model reads files through here, so each is parsed once and reported one way.
 */
import type { z } from "astro/zod";
import { parseFrontmatter, parseYamlWithLines, splitFrontmatter, type ParsedYaml } from "./frontmatter.ts";
import { schemaProblems, type ContentProblem } from "./problems.ts";
import { fileId } from "./validate.ts";

export interface ContentFile {
  /** Path relative to the project root, e.g. `content/articles/x.md`. */
  readonly path: string;
  readonly text: string;
  /** `text` already parsed (`parseContentFile`, kept by deskCache.ts); parsed here when absent. */
  readonly parsed?: ParsedContent | null;
}

/** A file's YAML (a Markdown file's frontmatter) with its key lines, and its Markdown body. */
export interface ParsedContent extends ParsedYaml {
  readonly body: string;
  /** 1-based file line where the body starts; 0 for a YAML file, which has none. */
  readonly bodyLine: number;
}

/** Parses a content file; null for a Markdown file without a fenced frontmatter block. */
export function parseContentFile(file: ContentFile): ParsedContent | null {
  return file.path.endsWith(".md")
    ? parseFrontmatter(file.text)
    : { ...parseYamlWithLines(file.text), body: "", bodyLine: 0 };
}

/**
 * A Markdown file's body and the line it starts on, for the checks that read only the body
 * (links, characters, corrections): the parse the file carries when it has one, so a build
 * splits each article once; null for a file without a fenced frontmatter block.
 */
export function fileBody(file: ContentFile): { readonly body: string; readonly bodyLine: number } | null {
  return file.parsed === undefined ? splitFrontmatter(file.text) : file.parsed;
}

export interface ContentInput {
  readonly articles: readonly ContentFile[];
  readonly topics: readonly ContentFile[];
  /** The entity register, `content/entities/<id>.yaml`. */
  readonly entities: readonly ContentFile[];
  /** Editors' corrections to the analysis, `content/corrections/<article-slug>.yaml`. */
  readonly corrections?: readonly ContentFile[] | undefined;
  /** Editors' story files, `content/stories/<story-id>.yaml`. */
  readonly stories?: readonly ContentFile[] | undefined;
  /** Ingest reports, `content/reports/<slug>.json` (JSON is YAML 1.2, so one parser reads both). */
  readonly reports?: readonly ContentFile[] | undefined;
  /** The editors' list of strings that are not entities, `content/not-entities.yaml`, when there is one. */
  readonly notEntities?: ContentFile | undefined;
  /** File names in content/sources. */
  readonly sourceFiles: ReadonlySet<string>;
}

/** One file that passed its schema: its id, path, validated data, the raw YAML and key lines. */
export interface CheckedFile<Data> {
  readonly id: string;
  readonly file: string;
  readonly data: Data;
  /** The parsed YAML before the schema ran (what Astro's `parseData` is handed). */
  readonly raw: Record<string, unknown>;
  /** Markdown after the frontmatter, trimmed as Astro stores it; empty for YAML files. */
  readonly body: string;
  readonly keyLines: ReadonlyMap<string, number>;
}

export interface FileCheck<Data> {
  readonly problems: ContentProblem[];
  readonly entry?: CheckedFile<Data>;
}

export function checkFile<Schema extends z.ZodObject>(file: ContentFile, schema: Schema): FileCheck<z.output<Schema>> {
  const parsed = file.parsed === undefined ? parseContentFile(file) : file.parsed;
  if (parsed === null) {
    return {
      problems: [
        {
          file: file.path,
          line: 1,
          field: "frontmatter",
          message: 'no frontmatter: start the file with a line "---", the fields, then another "---"',
        },
      ],
    };
  }
  if (parsed.errors.length > 0) {
    return {
      problems: parsed.errors.map((error) => ({
        file: file.path,
        line: error.line,
        field: "frontmatter",
        // A parser recursing per nesting level runs out of stack on thousands of levels.
        message: /maximum call stack/i.test(error.message)
          ? 'invalid YAML: it nests too deeply to read; write flat fields, one "field: value" per line'
          : `invalid YAML: ${error.message}`,
      })),
    };
  }
  return validate(file, parsed, parsed.body.trim(), schema);
}

function validate<Schema extends z.ZodObject>(
  file: ContentFile,
  parsed: ParsedYaml,
  body: string,
  schema: Schema,
): FileCheck<z.output<Schema>> {
  const raw = (parsed.data ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(raw);
  if (!result.success) {
    return { problems: schemaProblems(file.path, result.error.issues, parsed.keyLines, Object.keys(schema.shape)) };
  }
  return {
    problems: [],
    entry: { id: fileId(file.path), file: file.path, data: result.data, raw, body, keyLines: parsed.keyLines },
  };
}

/** Checks each file, adding its problems to `problems`; returns the entries that passed. */
export function collect<Schema extends z.ZodObject>(
  files: readonly ContentFile[],
  schema: Schema,
  problems: ContentProblem[],
): CheckedFile<z.output<Schema>>[] {
  return files.flatMap((file) => {
    const { problems: found, entry } = checkFile(file, schema);
    problems.push(...found);
    return entry ? [entry] : [];
  });
}
