/**
 * Ingest's refusals in the content model's one shape (`ContentProblem`, printed by
 * `formatProblems` as `file:line: field: message`): which field each normalizer refusal is
 * about, and whom a schema issue in the generated article blames — the editor's sidecar when
 * the field came from it, the normalizer otherwise.
 */
import type { z } from "astro/zod";
import type { NormalizeError, NormalizeErrorCode } from "#lib/normalize/types.ts";
import { schemaProblems, type ContentProblem } from "#lib/content/problems.ts";

/** The part of the source each normalizer refusal is about. */
const FIELD_OF_CODE: Readonly<Record<NormalizeErrorCode, string>> = {
  empty: "body",
  binary: "encoding",
  "too-large": "file",
  "only-chrome": "body",
  "no-title": "title",
  "no-body": "body",
  "bad-frontmatter": "frontmatter",
  internal: "normalizer",
};

/** A normalizer refusal of `file` (its code stays at the end, for a bug report). */
export function normalizeProblem(file: string, error: NormalizeError): ContentProblem {
  return { file, line: error.line, field: FIELD_OF_CODE[error.code], message: `${error.message} [${error.code}]` };
}

/** A problem of the whole file, with no line or field of its own (not found, unreadable, wrong encoding). */
export function fileProblem(file: string, field: string, message: string): ContentProblem {
  return { file, field, message };
}

/** Problems in the sidecar of `source`, each saying which source it belongs to. */
export function sidecarProblems(source: string, problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.map((problem) => ({ ...problem, message: `${problem.message} (sidecar of ${source})` }));
}

/**
 * Schema issues in what ingest generated from `source`. A top-level field the sidecar set is
 * the sidecar's problem, at its line there; any other is a normalizer bug to report.
 */
export function generatedProblems(
  source: string,
  issues: readonly z.core.$ZodIssue[],
  sidecar?: { readonly path: string; readonly keyLines: ReadonlyMap<string, number> },
): ContentProblem[] {
  return issues.flatMap((issue) => {
    const top = issue.path[0];
    if (sidecar && top !== undefined && sidecar.keyLines.has(String(top))) {
      return sidecarProblems(source, schemaProblems(sidecar.path, [issue], sidecar.keyLines, []));
    }
    return schemaProblems(source, [issue], new Map(), []).map((problem) => ({
      ...problem,
      message: `${problem.message} (in what ingest generated: a normalizer bug; please report it with the source file)`,
    }));
  });
}
