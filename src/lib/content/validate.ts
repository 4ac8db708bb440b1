/**
 * Cross-file checks that a single entry's schema cannot make: slugs that are valid URL
 * segments and unique once case is ignored, and `source` fields that name a raw file that
 * exists. Returns problems instead of throwing so the build and `npm run check` can both
 * report every problem at once.
 */
import { SLUG_PATTERN } from "../../schemas/article.ts";

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

export interface ArticleFileFacts {
  /** Path relative to the project root, e.g. `content/articles/x.md`. */
  readonly file: string;
  /** Slug: the file name without `.md`. */
  readonly slug: string;
  /** The `source` frontmatter field, when set. */
  readonly source?: string | undefined;
  /** 1-based line of the `source` field. */
  readonly sourceLine?: number | undefined;
}

export function validateArticleFiles(
  articles: readonly ArticleFileFacts[],
  sourceFiles: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const article of articles) {
    if (!SLUG_PATTERN.test(article.slug)) {
      problems.push({
        file: article.file,
        field: "file name",
        message: `"${article.slug}" is not a valid slug: rename the file to lower-case words joined by hyphens, e.g. "cia-drones-over-mexico.md"`,
      });
    }
    const key = article.slug.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        file: article.file,
        field: "file name",
        message: `duplicate slug "${key}", also used by ${earlier}: rename one of the two files`,
      });
    } else {
      seen.set(key, article.file);
    }
    if (article.source !== undefined && !sourceFiles.has(article.source)) {
      problems.push({
        file: article.file,
        line: article.sourceLine,
        field: "source",
        message: `no raw file content/sources/${article.source}: fix the file name or remove the field`,
      });
    }
  }
  return problems;
}

/** One line per problem, `file:line: field: message`, the format editors see from the build and `npm run check`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.field}: ${problem.message}`)
    .join("\n");
}
