/**
 * The content model: the one place that reads `content/`, validates it (YAML 1.2 with lines,
 * the zod schemas, the cross-file checks; problems in `file:line: field: message` form) and
 * assigns topics. The Astro content loader (`src/data/deskLoader.ts`) hands its entries to the
 * collections; `loadDesk(root)` gives the same model to scripts, the dev search index, social
 * cards, the benchmark and tests, so none of them splits frontmatter or assigns topics itself.
 */
import type { ArticleData } from "#schemas/article.ts";
import type { Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";
import type { IngestReport } from "#schemas/ingestReport.ts";
import type { StoryEdit } from "#schemas/storyEdit.ts";
import type { TopicData } from "#schemas/topic.ts";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { processCodeVersion } from "#lib/publish/codeVersion.ts";
import type { TopicMatch } from "#lib/topics.ts";
import { checkAndParse } from "./checkContent.ts";
import { withKeptParses } from "./deskCache.ts";
import type { CheckedFile, ContentFile, ContentInput } from "./checkFile.ts";
import type { ContentProblem } from "./problems.ts";
import { parseNotEntities } from "./notEntities.ts";
import { readContent } from "./readContent.ts";
import { keptTopicReasons, matchedTopicReasons, type TopicReasons } from "./topicCache.ts";
import { sourceFolderProblems } from "#lib/sources/sourceFile.ts";

export interface DeskTopic extends CheckedFile<TopicData> {
  readonly title: string;
  readonly terms: readonly string[];
}

export interface DeskArticle extends CheckedFile<ArticleData> {
  readonly slug: string;
  /** Topic ids, in topic order. */
  readonly topicIds: readonly string[];
  /** Why the article is in each topic: the terms that matched, or `editor` when set in frontmatter. */
  readonly topicReasons: ReadonlyMap<string, TopicMatch | "editor">;
}

/** A content file once checked: its path, without its text. */
export type FilePath = Pick<ContentFile, "path">;

/**
 * The files the desk was read from, by kind, as paths only, and the file names in
 * content/sources. Their text is not kept: the checks and entries hold what later stages need,
 * and at 20,000 articles a second copy of every file would stay in memory for the whole build.
 */
export interface DeskFiles {
  readonly articles: readonly FilePath[];
  readonly topics: readonly FilePath[];
  readonly entities: readonly FilePath[];
  readonly corrections: readonly FilePath[];
  readonly stories: readonly FilePath[];
  readonly reports: readonly FilePath[];
  readonly notEntities?: FilePath | undefined;
  readonly sourceFiles: ReadonlySet<string>;
}

export interface Desk {
  /** The files the content was read from (paths, not text). */
  readonly files: DeskFiles;
  /** Every problem; the build refuses to start while there is one. */
  readonly problems: readonly ContentProblem[];
  /** Topics that passed their schema, in `order`. */
  readonly topics: readonly DeskTopic[];
  /** Articles that passed their schema, drafts included, in file-name order. */
  readonly articles: readonly DeskArticle[];
  /** The entity register, each entity with its id. */
  readonly entities: readonly Entity[];
  /** Strings editors say are not entities (`content/not-entities.yaml`), as name keys. */
  readonly notEntities: ReadonlySet<string>;
  /** Editors' corrections by article slug. */
  readonly corrections: ReadonlyMap<string, Corrections>;
  /** Editors' story files (`content/stories/<id>.yaml`): names, pins and splits, by story id. */
  readonly storyFiles: readonly CheckedFile<StoryEdit>[];
  /** Ingest reports (`content/reports/<slug>.json`), by article slug. */
  readonly reportFiles: readonly CheckedFile<IngestReport>[];
  /** Raw YAML and lines of entities and corrections, for the content loader. */
  readonly entityFiles: readonly CheckedFile<Entity>[];
  readonly correctionFiles: readonly CheckedFile<Corrections>[];
}

/**
 * An article's topics, in topic order, and why: the one topic rule pages, search and cards
 * share. `topics` must be in `order`.
 */
function topicsOf(
  data: ArticleData,
  body: string,
  topics: readonly { readonly id: string; readonly terms: readonly string[] }[],
  reasons: TopicReasons,
): Pick<DeskArticle, "topicIds" | "topicReasons"> {
  const topicReasons = reasons(data, body, topics);
  return { topicIds: topics.map((topic) => topic.id).filter((id) => topicReasons.has(id)), topicReasons };
}

/** The paths of `input`'s files: what the desk keeps of them once they are checked. */
function pathsOf(input: ContentInput): DeskFiles {
  const paths = (files: readonly ContentFile[] | undefined) => (files ?? []).map(({ path }) => ({ path }));
  return {
    articles: paths(input.articles),
    topics: paths(input.topics),
    entities: paths(input.entities),
    corrections: paths(input.corrections),
    stories: paths(input.stories),
    reports: paths(input.reports),
    notEntities: input.notEntities ? { path: input.notEntities.path } : undefined,
    sourceFiles: input.sourceFiles,
  };
}

/**
 * The model of in-memory files (tests and the loader use this; `loadDesk` reads the disk).
 * `reasons` assigns topics: the rule itself unless kept matches stand in for it (topicCache.ts).
 */
export function deskOf(files: ContentInput, reasons: TopicReasons = matchedTopicReasons): Desk {
  const checked = checkAndParse(files);
  const notEntities = parseNotEntities(files.notEntities?.text, files.notEntities?.path);
  const topics = [...checked.topics]
    .sort((a, b) => a.data.order - b.data.order)
    .map((topic) => ({ ...topic, title: topic.data.title, terms: topic.data.terms }));
  return {
    files: pathsOf(files),
    problems: [...checked.problems, ...notEntities.problems],
    topics,
    articles: checked.articles.map((article) => ({
      ...article,
      slug: article.id,
      ...topicsOf(article.data, article.body, topics, reasons),
    })),
    entities: checked.entities.map((entity) => entity.data),
    notEntities: notEntities.keys,
    corrections: new Map(checked.corrections.map((entry) => [entry.id, entry.data])),
    storyFiles: checked.stories,
    reportFiles: checked.reports,
    entityFiles: checked.entities,
    correctionFiles: checked.corrections,
  };
}

/**
 * `root` is the project root; content is read from `root/content`. With `kept` (a folder and
 * the code version), files unchanged since the last build are not parsed again (deskCache.ts)
 * and articles whose text and topics are unchanged are not matched again (topicCache.ts); they
 * are validated and checked all the same.
 */
export function loadDesk(root: string, kept?: { readonly folder: string; readonly version: string }): Desk {
  const files = readContent(root);
  if (!kept) return withSourceProblems(root, deskOf(files));
  const topics = keptTopicReasons(join(kept.folder, "content-topics.json"), kept.version);
  const parsed = withKeptParses(files, join(kept.folder, "content-parses.json"), kept.version).input;
  const desk = deskOf(parsed, topics.reasons);
  topics.save();
  return withSourceProblems(root, desk);
}

/** `desk` with the problems of `root`'s raw source folder first. */
function withSourceProblems(root: string, desk: Desk): Desk {
  // A link or a folder where a raw source should be is a problem of the content too.
  return { ...desk, problems: [...sourceFolderProblems(root), ...desk.problems] };
}

/**
 * The desks of this process by project root. Astro loads `content.config.ts` through Vite,
 * a second module graph beside the one the integrations run in, so a module-level cache
 * would read the content twice per build; one keyed on the global object is shared by both.
 */
const shared: Map<string, Desk> = ((globalThis as { [key: symbol]: Map<string, Desk> | undefined })[
  Symbol.for("mexico-security/desks")
] ??= new Map<string, Desk>());

/** The desk of `root`, read once per build (and again in `astro dev` after `forgetDesk`). */
export function sharedDesk(root: string): Desk {
  // One key per folder however it is spelled (Astro's root URL ends in a slash).
  const key = resolve(root);
  let desk = shared.get(key);
  if (!desk) {
    // Inside Astro's cache folder, so whatever clears or restores that (a cold benchmark run, a
    // CI cache) does the same to it; a folder without node_modules (a test's) keeps nothing.
    const modules = join(key, "node_modules");
    desk = loadDesk(
      key,
      existsSync(modules) ? { folder: join(modules, ".astro"), version: processCodeVersion(key) } : undefined,
    );
    shared.set(key, desk);
  }
  return desk;
}

/** Marks the content of `root` as edited: the next `sharedDesk` reads it again. */
export function forgetDesk(root: string): void {
  shared.delete(resolve(root));
}
