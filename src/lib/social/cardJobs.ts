/**
 * Which social cards a production build needs, worked out from the content files alone: one
 * per published article (headline, date, outlet) and one per topic (its published article
 * count, by the content model's topic rule the pages use). Taking the model, not Astro's
 * collections, lets the cards start rendering the moment the build starts.
 */
import { createHash } from "node:crypto";
import type { Desk } from "#lib/content/desk.ts";
import { routes } from "#lib/paths.ts";
import { articleCard, topicCard, type CardContent } from "./card.ts";

export interface CardJob {
  /** Where the PNG goes, relative to the output folder: `og/articles/<slug>.png`. */
  readonly path: string;
  readonly card: CardContent;
  /** Hash of the card's content: the same card is never rendered twice (see the integration's cache). */
  readonly key: string;
}

/**
 * Bumped when the card design or its PNG encoding changes, so cached cards of the old design
 * (or bytes) are not reused: a rebuild's cards must be the bytes a cold build writes. 3: palette PNGs.
 */
export const CARD_DESIGN_VERSION = 3;

const job = (path: string, card: CardContent): CardJob => ({
  path: path.replace(/^\//, ""),
  card,
  key: createHash("sha256")
    .update(JSON.stringify([CARD_DESIGN_VERSION, card]))
    .digest("hex")
    .slice(0, 32),
});

export function cardJobs(desk: Pick<Desk, "articles" | "topics">, siteName: string): CardJob[] {
  const counts = new Map<string, number>();
  const jobs: CardJob[] = [];
  for (const { slug, data, topicIds } of desk.articles) {
    if (data.draft === true) continue;
    jobs.push(job(routes.socialArticle(slug), articleCard(data, siteName)));
    for (const id of topicIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const topic of desk.topics) {
    jobs.push(
      job(
        routes.socialTopic(topic.id),
        topicCard({ title: topic.title, articleCount: counts.get(topic.id) ?? 0 }, siteName),
      ),
    );
  }
  return jobs;
}
