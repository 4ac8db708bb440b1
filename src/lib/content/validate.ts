/**
 * Cross-file checks that a single entry's schema cannot make: file names that are valid URL
 * segments, slugs unique once case is ignored, and `source` fields that name a raw file that
 * exists. Returns problems instead of throwing so every problem is reported at once.
 */
import { SLUG_PATTERN } from "#schemas/article.ts";
import type { ContentProblem } from "./problems.ts";

/** `content/articles/<slug>.md` → `<slug>`: a file's id is its name without the extension. */
export const fileId = (path: string): string => (path.split("/").pop() ?? path).replace(/\.(md|yaml|json)$/, "");

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

/**
 * A file's name (without its extension) is its id and a URL segment, so articles, topics and
 * entities share one rule: lower-case words joined by hyphens. `Evil Topic.md` would make a
 * link with a space, `h#x.md` one that ends at the `#`.
 */
export function validateFileIds(
  files: readonly { readonly path: string }[],
  what: string,
  example: string,
): ContentProblem[] {
  return files.flatMap((file) => {
    const id = fileId(file.path);
    if (SLUG_PATTERN.test(id)) return [];
    return [
      {
        file: file.path,
        field: "file name",
        message: `"${id}" is not a valid ${what}: rename the file to lower-case words joined by hyphens, e.g. "${example}"`,
      },
    ];
  });
}

export function validateArticleFiles(
  articles: readonly ArticleFileFacts[],
  sourceFiles: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = validateFileIds(
    articles.map((article) => ({ path: article.file })),
    "slug",
    "cia-drones-over-mexico.md",
  );
  const seen = new Map<string, string>();
  for (const article of articles) {
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
