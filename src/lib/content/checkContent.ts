/**
 * Reads the content (articles, topics, the entity register, corrections, story files and
 * ingest reports) from file
 * text with the YAML 1.2 line-aware parser and the same zod schemas the build uses, and
 * returns both every problem (file, line, field, what was expected and how to fix it) and the
 * entries that passed. The content model (`desk.ts`) is built on it, so the build, `astro dev`,
 * `npm run check` and scripts validate in exactly one way.
 */
import { articleSchema, type ArticleData } from "#schemas/article.ts";
import type { Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";
import { ingestReportSchema, type IngestReport } from "#schemas/ingestReport.ts";
import { storyEditSchema, type StoryEdit } from "#schemas/storyEdit.ts";
import { topicSchema, type TopicData } from "#schemas/topic.ts";
import { routes } from "#lib/paths.ts";
import { describeUnsafeChar, findUnsafeChar } from "#lib/text/unsafeChars.ts";
import { checkCorrections } from "./checkCorrections.ts";
import { checkEntities } from "./checkEntities.ts";
import { checkFile, collect, fileBody, type CheckedFile, type ContentFile, type ContentInput } from "./checkFile.ts";
import { checkLinks } from "./links.ts";
import type { ContentProblem } from "./problems.ts";
import { fileId, validateArticleFiles, validateFileIds } from "./validate.ts";

/** Everything the content holds that passed its checks, and every problem found. */
export interface CheckedContent {
  readonly problems: readonly ContentProblem[];
  readonly topics: readonly CheckedFile<TopicData>[];
  readonly articles: readonly CheckedFile<ArticleData>[];
  readonly entities: readonly CheckedFile<Entity>[];
  readonly corrections: readonly CheckedFile<Corrections>[];
  readonly stories: readonly CheckedFile<StoryEdit>[];
  readonly reports: readonly CheckedFile<IngestReport>[];
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
  problems.push(...checkBodyCharacters(input));
  const corrections = checkCorrections(input, articles, entities, problems);
  const stories = collect(input.stories ?? [], storyEditSchema, problems);
  const reports = collect(input.reports ?? [], ingestReportSchema, problems);
  return { problems, topics, articles, entities, corrections, stories, reports };
}

/** Every problem in the content, in file order; an empty list means the content builds. */
export function checkContent(input: ContentInput): ContentProblem[] {
  return [...checkAndParse(input).problems];
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
    const parsed = fileBody(file);
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
    const parsed = fileBody(file);
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
