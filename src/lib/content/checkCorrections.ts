/**
 * Editors' corrections checked against the articles they correct: the file is named after an
 * article, names sentences and entities that exist, and matches what the analysis finds.
 */
import { createRequire } from "node:module";
import type { ArticleData } from "#schemas/article.ts";
import { correctionsSchema, type Corrections } from "#schemas/corrections.ts";
import type { Entity } from "#schemas/entity.ts";
import { articleText } from "#lib/text/sentences.ts";
import { checkFile, fileBody, type CheckedFile, type ContentInput } from "./checkFile.ts";
import { unappliedCorrection, type ContentProblem } from "./problems.ts";
import { fileId } from "./validate.ts";

/**
 * Correction files: the schema, a file name that is an article's slug, entity ids that exist,
 * anchors that name a sentence of that article (a stale anchor means the sentence was edited
 * and the correction must be redone), and, for files that pass all that, the analysis run
 * on the corrected article, which reports a correction that matches no quote, mention or event.
 */
export function checkCorrections(
  input: ContentInput,
  articles: readonly CheckedFile<ArticleData>[],
  entities: readonly CheckedFile<Entity>[],
  problems: ContentProblem[],
): CheckedFile<Corrections>[] {
  const bodies = new Map(input.articles.map((file) => [fileId(file.path), fileBody(file)?.body ?? ""]));
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
    // A timeline date may sit in a table row (`r-…`): its anchor is one a correction may name too.
    const { blocks, rows } = articleText(body);
    const anchors = new Set(
      [...blocks, ...rows].flatMap((block) => block.sentences.map((sentence) => sentence.anchor)),
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
  const { analyseCorpus } = analysisModule();
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

/**
 * The analysis, loaded on first use: it brings compromise's lexicon and the entity matcher
 * (about 1 CPU s), which a desk with no corrections to check, the usual case, never needs.
 * Every reader of the desk is synchronous, so it is required, not imported; a build's config
 * would otherwise load it for nothing. Type only below: no load at import time.
 */
function analysisModule(): typeof import("#lib/analysis/index.ts") {
  return createRequire(import.meta.url)("#lib/analysis/index.ts") as typeof import("#lib/analysis/index.ts");
}
