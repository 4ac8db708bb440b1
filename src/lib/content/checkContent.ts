/**
 * Reads the editable content (articles, topics, the entity register, corrections) from file
 * text with the YAML 1.2 line-aware parser and the same zod schemas the build uses, and
 * returns both every problem (file, line, field, what was expected and how to fix it) and the
 * entries that passed. The content model (`desk.ts`) is built on it, so the build, `astro dev`,
 * `npm run check` and scripts validate in exactly one way.
 */
import type { z } from "astro/zod";
import { eng as englishStopWords } from "stopword";
import { analyseCorpus } from "../analysis/index.ts";
import { articleSchema, type ArticleData } from "../../schemas/article.ts";
import { correctionsSchema, type Corrections } from "../../schemas/corrections.ts";
import { entitySchema, type Entity } from "../../schemas/entity.ts";
import { topicSchema, type TopicData } from "../../schemas/topic.ts";
import { articleSentences } from "../text/sentences.ts";
import { parseFrontmatter, parseYamlWithLines, type ParsedYaml } from "./frontmatter.ts";
import { routes } from "../paths.ts";
import { checkLinks } from "./links.ts";
import { schemaProblems, unappliedCorrection, type ContentProblem } from "./problems.ts";
import { fileId, validateArticleFiles, validateFileIds } from "./validate.ts";

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

/** Everything the content holds that passed its checks, and every problem found. */
export interface CheckedContent {
  readonly problems: readonly ContentProblem[];
  readonly topics: readonly CheckedFile<TopicData>[];
  readonly articles: readonly CheckedFile<ArticleData>[];
  readonly entities: readonly CheckedFile<Entity>[];
  readonly corrections: readonly CheckedFile<Corrections>[];
}

interface FileCheck<Data> {
  readonly problems: ContentProblem[];
  readonly entry?: CheckedFile<Data>;
}

function checkFile<Schema extends z.ZodObject>(file: ContentFile, schema: Schema): FileCheck<z.output<Schema>> {
  const markdown = !file.path.endsWith(".yaml");
  const parsed = markdown ? parseFrontmatter(file.text) : { ...parseYamlWithLines(file.text), body: "" };
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

/** Every problem in the content and every entry that passed, in file order. */
export function checkAndParse(input: ContentInput): CheckedContent {
  const problems: ContentProblem[] = [];
  const topicIds = input.topics.map((topic) => fileId(topic.path));
  problems.push(...validateFileIds(input.topics, "topic id", "drone-surveillance.md"));
  const topics = collect(input.topics, topicSchema, problems);

  const articles: CheckedFile<ArticleData>[] = [];
  const facts = [];
  const schema = articleSchema(topicIds);
  for (const file of input.articles) {
    const { problems: found, entry } = checkFile(file, schema);
    problems.push(...found);
    if (entry) articles.push(entry);
    facts.push({
      file: file.path,
      slug: fileId(file.path),
      source: entry?.data.source,
      sourceLine: entry?.keyLines.get("source"),
    });
  }
  problems.push(...validateArticleFiles(facts, input.sourceFiles));
  const entities = checkEntities(input.entities, problems);
  problems.push(...checkInternalLinks(input));
  const corrections = checkCorrections(input, articles, entities, problems);
  return { problems, topics, articles, entities, corrections };
}

/** Every problem in the content, in file order; an empty list means the content builds. */
export function checkContent(input: ContentInput): ContentProblem[] {
  return [...checkAndParse(input).problems];
}

function collect<Schema extends z.ZodObject>(
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

/** Folds case and accents, the way entity matching compares names. */
const nameKey = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Words so common that an alias spelled like one would be "found" in nearly every sentence
 * (the library's English list holds "the", "a", "said"); no entity is named by a reporting verb.
 */
const COMMON_WORDS = new Set([...englishStopWords, "says", "told"].map(nameKey));

/**
 * Entity files: the schema, an id that is a valid URL segment, aliases that are real names
 * (not one letter, not a common word), and no name or alias claimed by two entities (a
 * mention of it could not be attributed to either).
 */
function checkEntities(files: readonly ContentFile[], problems: ContentProblem[]): CheckedFile<Entity>[] {
  problems.push(...validateFileIds(files, "entity id", "claudia-sheinbaum.yaml"));
  const owners = new Map<string, string>();
  const entities: CheckedFile<Entity>[] = [];
  for (const file of files) {
    const { problems: found, entry } = checkFile(file, entitySchema);
    problems.push(...found);
    if (!entry) continue;
    entities.push({ ...entry, data: { ...entry.data, id: entry.id } });
    const at = (field: "name" | "aliases") => ({ file: file.path, line: entry.keyLines.get(field), field });
    for (const alias of entry.data.aliases) {
      const letters = alias.replace(/[^\p{L}\p{N}]/gu, "");
      if (letters.length < 2 || COMMON_WORDS.has(nameKey(alias))) {
        problems.push({
          ...at("aliases"),
          message: `"${alias}" is ${letters.length < 2 ? "a single letter" : "a common word"} and would match almost every article: remove it, or write the fuller name it stands for`,
        });
      }
    }
    const names = [entry.data.name, ...entry.data.aliases];
    for (const name of names) {
      const key = nameKey(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== file.path) {
        problems.push({
          ...at(name === entry.data.name ? "name" : "aliases"),
          message: `"${name}" is also a name or alias of ${owner}: keep it on one entity only`,
        });
      } else owners.set(key, file.path);
    }
  }
  return entities;
}

/** Every page path the content makes, for link checks: fixed pages plus one per article, topic and entity. */
function sitePages(input: ContentInput): Set<string> {
  const fixed = Object.values(routes)
    .filter((route) => route.length === 0)
    .map((route) => (route as () => string)());
  return new Set([
    ...fixed,
    ...input.articles.flatMap((file) => [routes.article(fileId(file.path)), routes.articleSource(fileId(file.path))]),
    ...input.topics.map((file) => routes.topic(fileId(file.path))),
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

/**
 * Correction files: the schema, a file name that is an article's slug, entity ids that exist,
 * anchors that name a sentence of that article (a stale anchor means the sentence was edited
 * and the correction must be redone), and, for files that pass all that, the analysis run
 * on the corrected article, which reports a correction that matches no quote, mention or event.
 */
function checkCorrections(
  input: ContentInput,
  articles: readonly CheckedFile<ArticleData>[],
  entities: readonly CheckedFile<Entity>[],
  problems: ContentProblem[],
): CheckedFile<Corrections>[] {
  const bodies = new Map(input.articles.map((file) => [fileId(file.path), parseFrontmatter(file.text)?.body ?? ""]));
  const entityIds = new Set(input.entities.map((file) => fileId(file.path)));
  const corrections: CheckedFile<Corrections>[] = [];
  const sound: CheckedFile<Corrections>[] = [];
  for (const file of input.corrections ?? []) {
    const slug = fileId(file.path);
    const { problems: found, entry } = checkFile(file, correctionsSchema);
    problems.push(...found);
    const body = bodies.get(slug);
    if (body === undefined) {
      problems.push({
        file: file.path,
        field: "file name",
        message: `no article content/articles/${slug}.md: name the file after the article it corrects`,
      });
      continue;
    }
    if (!entry) continue;
    corrections.push(entry);
    const before = problems.length;
    const anchors = new Set(
      articleSentences(body).flatMap((block) => block.sentences.map((sentence) => sentence.anchor)),
    );
    for (const list of ["quotes", "mentions", "events"] as const) {
      const items: readonly { anchor: string; speaker?: string | undefined; entity?: string | undefined }[] =
        entry.data[list] ?? [];
      items.forEach((item, index) => {
        const at = { file: file.path, line: entry.keyLines.get(list), field: `${list}[${index}]` };
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
    if (problems.length === before) sound.push(entry);
  }
  problems.push(...unmatchedCorrections(sound, articles, entities));
  return corrections;
}

/**
 * Runs the analysis on just the articles that have sound corrections and reports each
 * correction it could not apply, e.g. a quote correction on a sentence where no quotation
 * opens. The build would otherwise stop on it only after `npm run check` said "content ok".
 */
function unmatchedCorrections(
  corrections: readonly CheckedFile<Corrections>[],
  articles: readonly CheckedFile<ArticleData>[],
  entities: readonly CheckedFile<Entity>[],
): ContentProblem[] {
  if (corrections.length === 0) return [];
  const bySlug = new Map(corrections.map((entry) => [entry.id, entry]));
  const corrected = articles.filter((article) => bySlug.has(article.id));
  const { correctionProblems } = analyseCorpus(
    corrected.map((article) => ({ slug: article.id, title: article.data.title, body: article.body })),
    entities.map((entity) => entity.data),
    new Map(corrections.map((entry) => [entry.id, entry.data])),
  );
  return correctionProblems.map((problem) =>
    unappliedCorrection(problem, bySlug.get(problem.slug)?.keyLines.get(problem.where.replace(/\[\d+\]$/, ""))),
  );
}
