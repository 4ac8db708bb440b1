/**
 * Validates the editable content (articles and topics) from file text, with the same zod
 * schemas the build uses, and reports every problem as file, line, field, what was expected
 * and how to fix it. Used by the build (which fails on any problem) and `npm run check`.
 */
import type { z } from "astro/zod";
import { articleSchema } from "../../schemas/article.ts";
import { topicSchema } from "../../schemas/topic.ts";
import { parseFrontmatter } from "./frontmatter.ts";
import { validateArticleFiles, type ContentProblem } from "./validate.ts";

export interface ContentFile {
  /** Path relative to the project root, e.g. `content/articles/x.md`. */
  readonly path: string;
  readonly text: string;
}

export interface ContentInput {
  readonly articles: readonly ContentFile[];
  readonly topics: readonly ContentFile[];
  /** File names in content/sources. */
  readonly sourceFiles: ReadonlySet<string>;
}

const baseName = (path: string) => (path.split("/").pop() ?? path).replace(/\.md$/, "");

function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  keyLines: ReadonlyMap<string, number>,
  allowed: readonly string[],
): ContentProblem[] {
  // zod does not echo inputs in issues, so "missing" is read off the parsed keys.
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
        message: missing ? `required field is missing; add "${field}: …"` : issue.message,
      },
    ];
  });
}

interface FileCheck {
  problems: ContentProblem[];
  data?: Record<string, unknown>;
  keyLines?: ReadonlyMap<string, number>;
}

function checkFile(file: ContentFile, schema: z.ZodObject): FileCheck {
  const parsed = parseFrontmatter(file.text);
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
        message: `invalid YAML: ${error.message}`,
      })),
    };
  }
  const result = schema.safeParse(parsed.data ?? {});
  if (!result.success) {
    return { problems: issuesToProblems(file.path, result.error.issues, parsed.keyLines, Object.keys(schema.shape)) };
  }
  return { problems: [], data: result.data as Record<string, unknown>, keyLines: parsed.keyLines };
}

/** Every problem in the content, in file order; an empty list means the content builds. */
export function checkContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = input.topics.map((topic) => baseName(topic.path));
  for (const topic of input.topics) problems.push(...checkFile(topic, topicSchema).problems);

  const schema = articleSchema(topicIds);
  const facts = [];
  for (const article of input.articles) {
    const { problems: found, data, keyLines } = checkFile(article, schema);
    problems.push(...found);
    const source = typeof data?.["source"] === "string" ? data["source"] : undefined;
    facts.push({ file: article.path, slug: baseName(article.path), source, sourceLine: keyLines?.get("source") });
  }
  problems.push(...validateArticleFiles(facts, input.sourceFiles));
  return problems;
}
