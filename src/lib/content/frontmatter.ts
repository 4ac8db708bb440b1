/**
 * Splits a markdown file into its YAML frontmatter and body, and parses the frontmatter as
 * YAML 1.2 (the `yaml` library's core schema). Unlike YAML 1.1 parsers it leaves dates as
 * strings, so an impossible `2025-13-45` is reported instead of silently rolled over, and it
 * keeps each key's line so problems can point at `file:line`.
 */
import { LineCounter, parseDocument, isMap, isScalar } from "yaml";

export interface ParsedFrontmatter extends ParsedYaml {
  /** The markdown after the closing `---`. */
  readonly body: string;
  /** 1-based file line where the body starts. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export interface ParsedYaml {
  /** The parsed data, or undefined when the YAML itself is broken. */
  readonly data: unknown;
  /** 1-based file line of each top-level key. */
  readonly keyLines: ReadonlyMap<string, number>;
  /** YAML syntax errors with their 1-based file line. */
  readonly errors: readonly { line: number; message: string }[];
}

/** Parses YAML text that starts on file line `firstLine` (1-based), keeping key lines. */
export function parseYamlWithLines(yamlText: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: fileLine(error.pos[0]),
    message: error.message.split("\n")[0] ?? error.message,
  }));
  const keyLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key)) keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
    }
  }
  return { data: errors.length > 0 ? undefined : doc.toJS(), keyLines, errors };
}

/** A file split at its frontmatter fences, the YAML not parsed. */
export interface SplitFrontmatter {
  /** The YAML between the fences; it starts on file line 2. */
  readonly yaml: string;
  readonly body: string;
  readonly bodyLine: number;
}

/**
 * The frontmatter's YAML text and the body, without parsing the YAML: for checks that read
 * only the body (links, characters, corrections), which parsed every file's YAML again.
 * Returns null when the file does not start with a `---` fenced frontmatter block.
 */
export function splitFrontmatter(text: string): SplitFrontmatter | null {
  const unmarked = text.replace(/^\uFEFF/, "");
  if (!unmarked.includes("\r")) return splitAtLineFeeds(unmarked);
  const lines = unmarked.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) return null;
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return null;
  return { yaml: lines.slice(1, end).join("\n"), body: lines.slice(end + 1).join("\n"), bodyLine: end + 2 };
}

/**
 * `splitFrontmatter` of a text without a carriage return, where every line ends at a "\n": the
 * lines are walked only up to the closing fence and the body is the rest of the text as it
 * stands, rather than every line of the body split off and joined again (the content check
 * splits each article four times on every build; the same result, frontmatter.test.ts).
 */
function splitAtLineFeeds(text: string): SplitFrontmatter | null {
  const lineEnd = (from: number) => {
    const end = text.indexOf("\n", from);
    return end === -1 ? text.length : end;
  };
  const firstEnd = lineEnd(0);
  if (!FENCE.test(text.slice(0, firstEnd))) return null;
  let start = firstEnd + 1;
  for (let index = 1; start <= text.length; index += 1) {
    const end = lineEnd(start);
    if (FENCE.test(text.slice(start, end))) {
      return {
        yaml: text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1)),
        body: text.slice(end + 1),
        bodyLine: index + 2,
      };
    }
    start = end + 1;
  }
  return null;
}

/** Returns null when the file does not start with a `---` fenced frontmatter block. */
export function parseFrontmatter(text: string): ParsedFrontmatter | null {
  const split = splitFrontmatter(text);
  if (!split) return null;
  // The opening fence is line 1, so the YAML starts on line 2.
  return { ...parseYamlWithLines(split.yaml, 2), body: split.body, bodyLine: split.bodyLine };
}
