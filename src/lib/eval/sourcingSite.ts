/**
 * The sourcing figure on the site's own articles: `eval/sourcing/<name>.yaml` holds, per article
 * slug of `content/articles/`, the named and anonymous attributions counted by hand from the raw
 * files (format in eval/README.md). The articles are analysed as the build analyses them
 * (register, corrections, the editors' non-entities), so the figure is the panel's own count.
 * Reads the disk; the scoring itself is sourcingScore.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";
import { analyseCorpus } from "#lib/analysis/index.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { frontBlocks } from "#lib/text/sentences.ts";
import {
  countedAttributions,
  goldAttributionsSchema,
  scoreSourcing,
  sumSourcingScores,
  type SourcingScore,
} from "./sourcingScore.ts";

const siteGoldSchema = z.object({
  split: z.enum(["dev", "test"]),
  articles: z.record(z.string(), goldAttributionsSchema),
});

export interface SiteSourcingScore extends SourcingScore {
  readonly name: string;
  readonly split: "dev" | "test";
}

/** Scores every `eval/sourcing/*.yaml` against the site's analysis of `content/` under `root`. */
export function runSiteSourcingEval(root: string): SiteSourcingScore[] {
  const dir = join(root, "eval", "sourcing");
  const desk = loadDesk(root);
  const analysis = analyseCorpus(
    desk.articles.map((article) => ({
      slug: article.slug,
      title: article.data.title,
      body: article.body,
      ...(article.data.published ? { published: article.data.published } : {}),
      ...(article.data.outlet ? { outlet: article.data.outlet } : {}),
      ...(article.data.dek ? { dek: article.data.dek } : {}),
      ...(article.data.keyPoints ? { keyPoints: article.data.keyPoints } : {}),
      ...(article.data.citedSources ? { citedSources: article.data.citedSources } : {}),
    })),
    desk.entities,
    desk.corrections,
    { notEntities: desk.notEntities },
  );
  const bySlug = new Map(analysis.articles.map((a) => [a.slug, a]));
  const dekOf = new Map(desk.articles.map((a) => [a.slug, a.data]));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const file = join("eval", "sourcing", name);
      const parsed = siteGoldSchema.safeParse(parseYaml(readFileSync(join(dir, name), "utf8")));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${file}: ${issue?.path.map(String).join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
      }
      const scores = Object.entries(parsed.data.articles).map(([slug, gold]) => {
        const analysed = bySlug.get(slug);
        if (!analysed) throw new Error(`${file}: articles.${slug}: no article with this slug in content/articles/`);
        const data = dekOf.get(slug);
        const blocks = [...frontBlocks(data?.dek, data?.keyPoints), ...analysed.blocks];
        const score = scoreSourcing(gold, countedAttributions(analysed.sourcing.attributions, blocks));
        return { ...score, misses: score.misses.map((m) => `${slug}: ${m}`) };
      });
      return { name: name.replace(/\.yaml$/u, ""), split: parsed.data.split, ...sumSourcingScores(scores) };
    });
}
