/**
 * Validates the editable content (articles and topics) from file text, with the same zod
 * schemas the build uses, and reports every problem as file, line, field, what was expected
 * and how to fix it. Used by the build (which fails on any problem) and `npm run check`.
 */
import type { z } from "astro/zod";
import { articleSchema } from "../../schemas/article.ts";
import { correctionsSchema } from "../../schemas/corrections.ts";
import { ENTITY_ID_PATTERN, entitySchema } from "../../schemas/entity.ts";
import { articleSentences } from "../text/sentences.ts";
import { describeUnsafeChar, findUnsafeChar } from "../text/unsafeChars.ts";
import { topicSchema } from "../../schemas/topic.ts";
import { parseFrontmatter, parseYamlWithLines, type ParsedYaml } from "./frontmatter.ts";
import { routes } from "../paths.ts";
import { checkLinks } from "./links.ts";
import { fileId } from "./parsedContent.ts";
import { validateArticleFiles, type ContentProblem } from "./validate.ts";

export interface ContentFile {
  /** Path relative to the project root, e.g. `content/articles/x.md`. */
  readonly path: string;
  readonly text: string;
}

export interface ContentInput {
  readonly articles: readonly ContentFile[];
  readonly topics: readonly ContentFile[];
  /** The entity register, `content/entities/<id>.yaml`. */
  readonly entities: readonly ContentFile[];
  /** Editors' corrections to the analysis, `content/corrections/<article-slug>.yaml`. */
  readonly corrections?: readonly ContentFile[] | undefined;
  /** File names in content/sources. */
  readonly sourceFiles: ReadonlySet<string>;
}

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
  const parsed = file.path.endsWith(".yaml") ? parseYamlWithLines(file.text) : parseFrontmatter(file.text);
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
  return validate(file, parsed, schema);
}

function validate(file: ContentFile, parsed: ParsedYaml, schema: z.ZodObject): FileCheck {
  const result = schema.safeParse(parsed.data ?? {});
  if (!result.success) {
    return { problems: issuesToProblems(file.path, result.error.issues, parsed.keyLines, Object.keys(schema.shape)) };
  }
  return { problems: [], data: result.data, keyLines: parsed.keyLines };
}

/** Every problem in the content, in file order; an empty list means the content builds. */
export function checkContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const topicIds = input.topics.map((topic) => fileId(topic.path));
  for (const topic of input.topics) problems.push(...checkFile(topic, topicSchema).problems);

  const schema = articleSchema(topicIds);
  const facts = [];
  for (const article of input.articles) {
    const { problems: found, data, keyLines } = checkFile(article, schema);
    problems.push(...found);
    const source = typeof data?.["source"] === "string" ? data["source"] : undefined;
    facts.push({ file: article.path, slug: fileId(article.path), source, sourceLine: keyLines?.get("source") });
  }
  problems.push(...validateArticleFiles(facts, input.sourceFiles));
  problems.push(...checkEntities(input.entities));
  problems.push(...checkInternalLinks(input));
  problems.push(...checkBodyCharacters(input));
  problems.push(...checkCorrections(input));
  return problems;
}

/**
 * Entity files: the schema, an id that is a valid URL segment, and no name or alias claimed
 * by two entities (a mention of it could not be attributed to either).
 */
function checkEntities(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    const id = fileId(file.path);
    if (!ENTITY_ID_PATTERN.test(id)) {
      problems.push({
        file: file.path,
        field: "file name",
        message: `"${id}" is not a valid entity id: rename the file to lower-case words joined by hyphens, e.g. "claudia-sheinbaum.yaml"`,
      });
    }
    const { problems: found, data, keyLines } = checkFile(file, entitySchema);
    problems.push(...found);
    if (!data) continue;
    const names = [data["name"], ...((data["aliases"] as unknown[] | undefined) ?? [])].map(String);
    for (const name of names) {
      const key = name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined && owner !== file.path) {
        problems.push({
          file: file.path,
          line: keyLines?.get(name === data["name"] ? "name" : "aliases"),
          field: name === data["name"] ? "name" : "aliases",
          message: `"${name}" is also a name or alias of ${owner}: keep it on one entity only`,
        });
      } else owners.set(key, file.path);
    }
  }
  return problems;
}

/** Every page path the content makes, for link checks: fixed pages plus one per article, topic and entity. */
function sitePages(input: ContentInput): Set<string> {
  const fixed = Object.values(routes)
    .filter((route) => route.length === 0)
    .map((route) => (route as () => string)());
  return new Set([
    ...fixed,
    ...input.articles.flatMap((file) => [
      routes.article(fileId(file.path)),
      routes.articleSource(fileId(file.path)),
      routes.socialArticle(fileId(file.path)),
    ]),
    ...input.topics.flatMap((file) => [routes.topic(fileId(file.path)), routes.socialTopic(fileId(file.path))]),
    ...input.entities.map((file) => `/entities/${fileId(file.path)}/`),
    ...[...input.sourceFiles].map((name) => routes.rawSource(name)),
  ]);
}

/** Links in article and topic bodies that point at no page of the site. */
function checkInternalLinks(input: ContentInput): ContentProblem[] {
  const pages = sitePages(input);
  const check = (file: ContentFile, pagePath: string) => {
    const parsed = parseFrontmatter(file.text);
    return parsed ? checkLinks(file.path, parsed.body, parsed.bodyLine, pagePath, pages) : [];
  };
  return [
    ...input.articles.flatMap((file) => check(file, routes.article(fileId(file.path)))),
    ...input.topics.flatMap((file) => check(file, routes.topic(fileId(file.path)))),
  ];
}

/** Control characters and text-direction overrides in article and topic bodies, with their line. */
function checkBodyCharacters(input: ContentInput): ContentProblem[] {
  return [...input.articles, ...input.topics].flatMap((file): ContentProblem[] => {
    const parsed = parseFrontmatter(file.text);
    const found = parsed ? findUnsafeChar(parsed.body) : undefined;
    if (!parsed || !found) return [];
    return [
      {
        file: file.path,
        line: parsed.bodyLine + parsed.body.slice(0, found.index).split("\n").length - 1,
        field: "body",
        message: `contains ${describeUnsafeChar(found.char)}; remove it (control characters and text-direction overrides are not allowed)`,
      },
    ];
  });
}

/**
 * Correction files: the schema, a file name that is an article's slug, entity ids that exist,
 * and anchors that name a sentence of that article (a stale anchor means the sentence was
 * edited and the correction must be redone).
 */
function checkCorrections(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const articles = new Map(input.articles.map((file) => [fileId(file.path), file]));
  const entityIds = new Set(input.entities.map((file) => fileId(file.path)));
  for (const file of input.corrections ?? []) {
    const slug = fileId(file.path);
    const { problems: found, data, keyLines } = checkFile(file, correctionsSchema);
    problems.push(...found);
    const article = articles.get(slug);
    if (!article) {
      problems.push({
        file: file.path,
        field: "file name",
        message: `no article content/articles/${slug}.md: name the file after the article it corrects`,
      });
      continue;
    }
    if (!data) continue;
    const anchors = new Set(
      articleSentences(parseFrontmatter(article.text)?.body ?? "").flatMap((block) =>
        block.sentences.map((sentence) => sentence.anchor),
      ),
    );
    for (const list of ["quotes", "mentions", "events"] as const) {
      const items = (data[list] as { anchor: string; speaker?: string; entity?: string }[] | undefined) ?? [];
      items.forEach((item, index) => {
        const at = { file: file.path, line: keyLines?.get(list), field: `${list}[${index}]` };
        if (!anchors.has(item.anchor)) {
          problems.push({
            ...at,
            message: `sentence ${item.anchor} is not in ${slug}: it was edited or the anchor is mistyped; copy the anchor from the sentence link again`,
          });
        }
        for (const id of [item.speaker, item.entity]) {
          if (id !== undefined && !entityIds.has(id)) {
            problems.push({
              ...at,
              message: `unknown entity "${id}": use a file name from content/entities/ without .yaml`,
            });
          }
        }
      });
    }
  }
  return problems;
}
