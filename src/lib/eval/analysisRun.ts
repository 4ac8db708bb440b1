/**
 * The analysis figures of `npm run eval`: runs the site's own corpus analysis over each split's
 * cases (each split one site, as an editor would add them) and scores,
 * per split, dated events (eventScore.ts), topics (topicScore.ts), stories (storyScore.ts) and
 * sourcing (sourcingScore.ts) against the gold's `events`, `topics`, `story` and `attributions`. Cases whose gold has none of these
 * fields are left out of that figure. Reading files is run.ts's job; this module is pure.
 */
import { z } from "astro/zod";
import type { Entity } from "#schemas/entity.ts";
import { analyseCorpus, type CorpusArticleInput } from "#lib/analysis/index.ts";
import { articleText } from "#lib/content/articleText.ts";
import { frontBlocks } from "#lib/text/sentences.ts";
import { articleTopics, type TopicTerms } from "#lib/topics.ts";
import { formatEventKinds, foundEventStatus, scoreEvents, sumEventScores, type EventScore } from "./eventScore.ts";
import { eventRoute } from "#lib/analysis/timeline.ts";
import type { EvalArticle, EvalCase } from "./run.ts";
import {
  countedAttributions,
  formatSourcing,
  goldAttributionsSchema,
  scoreSourcing,
  sourcingNumbers,
  sumSourcingScores,
  type SourcingScore,
} from "./sourcingScore.ts";
import { scoreStories, type StoryScore } from "./storyScore.ts";
import { scoreTopics, type TopicScore } from "./topicScore.ts";

/** The gold's analysis fields (eval/README.md); absent means "not annotated". */
const goldAnalysisSchema = z.looseObject({
  events: z
    .array(
      z.object({
        date: z.string(),
        precision: z.string(),
        derived: z.boolean().optional(),
        text: z.string(),
      }),
    )
    .optional(),
  topics: z.array(z.string()).optional(),
  story: z.string().nullable().optional(),
  attributions: goldAttributionsSchema.optional(),
});

export interface AnalysisFigures {
  readonly events: EventScore;
  readonly topics: TopicScore;
  readonly stories: StoryScore;
  readonly sourcing: SourcingScore;
}

/** A case's normalized article as the site's analysis takes it, under the case id as its slug. */
export function caseArticle(id: string, article: EvalArticle): CorpusArticleInput {
  const { title, published, byline, dek, keyPoints } = article.frontmatter;
  return {
    slug: id,
    title,
    ...(byline !== undefined ? { byline } : {}),
    body: article.body,
    ...(published !== undefined ? { published } : {}),
    ...(dek !== undefined ? { dek } : {}),
    ...(keyPoints !== undefined ? { keyPoints } : {}),
  };
}

export function analysisFigures(
  cases: readonly EvalCase[],
  register: readonly Entity[],
  topics: readonly TopicTerms[],
): Record<"dev" | "test", AnalysisFigures> {
  const annotated = cases.flatMap((c) => {
    const parsed = goldAnalysisSchema.safeParse(c.gold);
    if (!parsed.success) throw new Error(`${c.id}/gold.yaml: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return c.article ? [{ ...c, article: c.article, analysis: parsed.data }] : [];
  });
  // Each split is one site of its own, so no dev figure depends on a held-out article.
  const analyse = (split: "dev" | "test") =>
    analyseCorpus(
      annotated.filter((c) => c.gold.split === split).map((c) => caseArticle(c.id, c.article)),
      register,
    );
  const figures = (split: "dev" | "test"): AnalysisFigures => {
    const corpus = analyse(split);
    const byId = new Map(corpus.articles.map((a) => [a.slug, a]));
    const mine = annotated.filter((c) => c.gold.split === split);
    // EVAL_EVENT_ROUTES=1: each found event's route and standing, one line on stderr, to count each route's
    // right and wrong dates (analysis/timeline.ts `eventRoute`); dev only.
    if (process.env.EVAL_EVENT_ROUTES && split === "dev")
      for (const c of mine)
        for (const e of byId.get(c.id)?.events ?? []) {
          const found = {
            iso: e.date.iso,
            precision: e.date.precision,
            sentence: e.sentence,
            label: e.date.label,
            ...(e.derived ? { derived: true } : {}),
            ...(e.date.end !== undefined ? { end: e.date.end } : {}),
          };
          const status = foundEventStatus(c.analysis.events ?? [], found, c.gold.drop ?? []);
          if (c.analysis.events !== undefined)
            process.stderr.write(
              `route\t${eventRoute(e) ?? "?"}\t${status}\t${c.id}\t${e.date.iso}\t${e.sentence}\t${c.article.frontmatter.published ?? ""}\n`,
            );
        }
    const events = sumEventScores(
      mine.flatMap((c) =>
        c.analysis.events === undefined
          ? []
          : [
              scoreEvents(
                c.analysis.events,
                (byId.get(c.id)?.events ?? []).map((e) => ({
                  iso: e.date.iso,
                  precision: e.date.precision,
                  sentence: e.sentence,
                  label: e.date.label,
                  ...(e.derived ? { derived: true } : {}),
                  ...(e.date.end !== undefined ? { end: e.date.end } : {}),
                })),
                c.gold.drop ?? [],
                {
                  dated: c.article.frontmatter.published !== undefined,
                  ...(c.output.ok ? { body: c.output.body } : {}),
                },
              ),
            ].map((s) => ({ ...s, misses: s.misses.map((m) => `${c.id}: ${m}`) })),
      ),
    );
    const topicScore = scoreTopics(
      mine.flatMap((c) =>
        c.analysis.topics === undefined
          ? []
          : [
              {
                id: c.id,
                gold: c.analysis.topics,
                assigned: [
                  ...articleTopics(undefined, articleText(c.article.frontmatter, c.article.body), topics).keys(),
                ],
              },
            ],
      ),
    );
    const storyGold = new Map(
      mine.filter((c) => c.analysis.story !== undefined).map((c) => [c.id, c.analysis.story ?? null]),
    );
    const storyOf = new Map(corpus.articles.map((a) => [a.slug, a.storyId]));
    const sourcing = sumSourcingScores(
      mine.flatMap((c) => {
        const analysed = byId.get(c.id);
        if (c.analysis.attributions === undefined || !analysed) return [];
        const { dek, keyPoints } = c.article.frontmatter;
        const blocks = [...frontBlocks(dek, keyPoints), ...analysed.blocks];
        const score = scoreSourcing(
          c.analysis.attributions,
          countedAttributions(analysed.sourcing.attributions, blocks),
        );
        return [{ ...score, misses: score.misses.map((m) => `${c.id}: ${m}`) }];
      }),
    );
    return { events, topics: topicScore, stories: scoreStories(storyGold, storyOf), sourcing };
  };
  return { dev: figures("dev"), test: figures("test") };
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** Lines for the eval's printout; `details` adds every miss. */
export function formatAnalysisFigures(label: string, f: AnalysisFigures, details = false): string[] {
  const lines = [
    `${label} analysis:`,
    `  dated events found ${f.events.found}/${f.events.gold} (${pct(f.events.found, f.events.gold)}), wrong dates ${f.events.wrongDates}, furniture events ${f.events.furniture}, undated-in-gold events ${f.events.extra}, other dates of a dated sentence ${f.events.notInGold}`,
    `    ${formatEventKinds(f.events)}`,
    `  topics right ${f.topics.right}/${f.topics.cases} (${pct(f.topics.right, f.topics.cases)})`,
    `  stories pairwise precision ${f.stories.precision.toFixed(3)} (${f.stories.rightPairs}/${f.stories.predictedPairs}), recall ${f.stories.recall.toFixed(3)} (${f.stories.rightPairs}/${f.stories.goldPairs})`,
    formatSourcing(" ", f.sourcing),
  ];
  if (details) {
    for (const line of [...f.events.misses, ...f.topics.wrong, ...f.stories.wrong, ...f.sourcing.misses])
      lines.push(`    ${line}`);
  }
  return lines;
}

/** The figures as plain numbers, for the eval's JSON line and the floors test. */
export function analysisNumbers(f: AnalysisFigures) {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    eventsFound: round(f.events.gold === 0 ? 1 : f.events.found / f.events.gold),
    eventWrongDates: f.events.wrongDates,
    furnitureEvents: f.events.furniture,
    topicsAccuracy: round(f.topics.accuracy),
    storyPrecision: round(f.stories.precision),
    storyRecall: round(f.stories.recall),
    sourcing: sourcingNumbers(f.sourcing),
  };
}
