/**
 * Which social cards a production build needs, worked out from the content files alone: one
 * per published article (headline, date, outlet) and one per topic (its published article
 * count, by the same topic rule the pages use). Reading the files, not Astro's collections,
 * lets the cards start rendering the moment the build starts.
 */
import { createHash } from "node:crypto";
import type { ContentInput } from "../content/checkContent.ts";
import { articleText } from "../content/articleText.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { routes } from "../paths.ts";
import { articleTopics } from "../topics.ts";
import { articleCard, topicCard, type CardContent } from "./card.ts";

export interface CardJob {
  /** Where the PNG goes, relative to the output folder: `og/articles/<slug>.png`. */
  readonly path: string;
  readonly card: CardContent;
  /** Hash of the card's content: the same card is never rendered twice (see the integration's cache). */
  readonly key: string;
}

/** Bumped when the card design changes, so cached cards of the old design are not reused. */
export const CARD_DESIGN_VERSION = 2;

const fileId = (path: string) => (path.split("/").pop() ?? path).replace(/\.md$/, "");
const job = (path: string, card: CardContent): CardJob => ({
  path: path.replace(/^\//, ""),
  card,
  key: createHash("sha256")
    .update(JSON.stringify([CARD_DESIGN_VERSION, card]))
    .digest("hex")
    .slice(0, 32),
});

interface ArticleFacts {
  title?: unknown;
  dek?: unknown;
  keyPoints?: unknown;
  published?: unknown;
  outlet?: unknown;
  topics?: unknown;
  draft?: unknown;
}

/** Dates may arrive as YAML 1.1 Date objects from hand-written files; cards want `YYYY-MM-DD`. */
const isoOf = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : undefined;

export function cardJobs(content: ContentInput, siteName: string): CardJob[] {
  const topics = content.topics.flatMap((file) => {
    const data = parseFrontmatter(file.text)?.data as { title?: string; terms?: string[] } | undefined;
    return data?.title && data.terms ? [{ id: fileId(file.path), title: data.title, terms: data.terms }] : [];
  });
  const counts = new Map<string, number>();
  const jobs: CardJob[] = [];
  for (const file of content.articles) {
    const parsed = parseFrontmatter(file.text);
    const data = (parsed?.data ?? {}) as ArticleFacts;
    if (typeof data.title !== "string" || data.draft === true) continue;
    const published = isoOf(data.published);
    const outlet = typeof data.outlet === "string" ? data.outlet : undefined;
    jobs.push(
      job(routes.socialArticle(fileId(file.path)), articleCard({ title: data.title, published, outlet }, siteName)),
    );
    const text = articleText(
      {
        title: data.title,
        dek: typeof data.dek === "string" ? data.dek : undefined,
        keyPoints: Array.isArray(data.keyPoints) ? data.keyPoints.map(String) : undefined,
      },
      parsed?.body ?? "",
    );
    const chosen = Array.isArray(data.topics) ? data.topics.map(String) : undefined;
    for (const id of articleTopics(chosen, text, topics).keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  for (const topic of topics) {
    jobs.push(
      job(
        routes.socialTopic(topic.id),
        topicCard({ title: topic.title, articleCount: counts.get(topic.id) ?? 0 }, siteName),
      ),
    );
  }
  return jobs;
}
