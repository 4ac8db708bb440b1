/**
 * The one shape and the one wording of a content problem, as Starlight's
 * `parseWithFriendlyErrors` does for its collections: every schema (zod) issue and every
 * cross-file check becomes `file:line: field: message`, where the message says what was
 * expected and how to fix it. The build, `npm run check` and scripts all print through here.
 */
import type { z } from "astro/zod";

export interface ContentProblem {
  /** Path of the offending file, relative to the project root. */
  readonly file: string;
  /** 1-based line of the offending field, when known. */
  readonly line?: number | undefined;
  /** Frontmatter field, or "file name". */
  readonly field: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/** One line per problem, `file:line: field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.field}: ${problem.message}`)
    .join("\n");
}

/** The error a build stops with: a count, then the formatted list, and no stack trace worth reading. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`The content has ${problems.length} problem(s); fix them and build again:\n${formatProblems(problems)}`);
    this.name = "ContentError";
    this.problems = problems;
    // The list is the whole message; a stack of loader internals would only bury it.
    this.stack = this.message;
  }
}

/**
 * zod issues of one file as problems. zod does not echo inputs in issues, so whether a field
 * is missing (rather than wrong) is read off the keys the YAML actually has.
 */
export function schemaProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  keyLines: ReadonlyMap<string, number>,
  allowed: readonly string[],
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        line: keyLines.get(key),
        field: key,
        message: `unknown field; remove it or fix its spelling (allowed: ${allowed.join(", ")})`,
      }));
    }
    const top = issue.path[0];
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "frontmatter";
    const missing = issue.code === "invalid_type" && issue.path.length === 1 && !keyLines.has(String(top));
    return [
      {
        file,
        line: top === undefined ? undefined : keyLines.get(String(top)),
        field,
        message: missing ? `required field is missing; add "${field}: …"` : friendlyMessage(issue),
      },
    ];
  });
}

/**
 * A correction the analysis could not apply (`where` is e.g. `quotes[0]`), as a problem of
 * its file; `line` is that list's line when the caller has the file's key lines.
 */
export function unappliedCorrection(
  found: { readonly slug: string; readonly where: string; readonly message: string },
  line?: number,
): ContentProblem {
  return {
    file: `content/corrections/${found.slug}.yaml`,
    line,
    field: found.where,
    message: `${found.message}: the analysis finds nothing there to correct; fix the anchor or remove the correction`,
  };
}

/** How to write a value of each type zod names, for an editor who wrote another. */
const HOW_TO_WRITE: Readonly<Record<string, string>> = {
  boolean: "write true or false",
  array: 'write a list, e.g. [first, second], or one "- item" line each',
  number: "write a number, without quotes",
  int: "write a whole number, without quotes",
  string: "write text, in quotes if it starts with a symbol or holds a colon",
};

/**
 * zod's own wording ("Invalid input: expected boolean, received string", "Too small: expected
 * number to be >=0") says what is wrong but not what to write; schema-specific messages
 * (a real calendar date, an unknown topic) already do and pass through unchanged.
 */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid input|Invalid string|Too small|Too big|Invalid option)\b/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type": {
      const found = /received (\w+)/.exec(issue.message)?.[1];
      const how = HOW_TO_WRITE[issue.expected] ?? "fix the value";
      return `expected ${issue.expected}${found ? `, found ${found}` : ""}: ${how}`;
    }
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const bound =
        issue.code === "too_small"
          ? issue.inclusive
            ? "at least"
            : "more than"
          : issue.inclusive
            ? "at most"
            : "less than";
      const what = issue.origin === "array" ? "items in the list" : issue.origin === "string" ? "characters" : "";
      return `must be ${bound} ${String(limit)}${what ? ` ${what}` : ""}: change the value`;
    }
    case "invalid_format":
      return issue.format === "regex" && issue.pattern !== undefined
        ? `expected text matching ${issue.pattern}: fix the value`
        : `expected ${issue.format}: fix the value`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}: write one of them`;
    default:
      return issue.message;
  }
}
