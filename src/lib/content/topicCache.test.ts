import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deskOf } from "./desk.ts";
import { readContent } from "./readContent.ts";
import { keptTopicReasons, matchedTopicReasons } from "./topicCache.ts";

const desk = deskOf(readContent(resolve(import.meta.dirname, "../../..")));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every article's reasons through `reasons`, as entries (Maps compare by entries in order). */
const all = (reasons: typeof matchedTopicReasons, topics = desk.topics) =>
  desk.articles.map((article) => [...reasons(article.data, article.body, topics)]);

describe("kept topic matches", () => {
  it("give what matching gives, cold and then from the pack, in the same order", () => {
    dir = mkdtempSync(join(tmpdir(), "topic-cache-"));
    const pack = join(dir, "topics.json");
    const expected = all(matchedTopicReasons);
    const cold = keptTopicReasons(pack, "code-1");
    expect(all(cold.reasons)).toEqual(expected);
    cold.save();
    const warm = keptTopicReasons(pack, "code-1");
    expect(all(warm.reasons)).toEqual(expected);
    const matched = desk.articles.filter((article) => article.data.topics === undefined).length;
    expect(matched).toBeGreaterThan(0);
    expect(warm.counts()).toEqual({ reused: matched, matched: 0 });
  });

  it("match again an edited article, every article when a topic's terms or the code change", () => {
    dir = mkdtempSync(join(tmpdir(), "topic-cache-"));
    const pack = join(dir, "topics.json");
    const first = keptTopicReasons(pack, "code-1");
    all(first.reasons);
    first.save();
    const article = desk.articles.find((entry) => entry.data.topics === undefined);
    if (!article) throw new Error("the project has no article whose topics are matched");
    const edited = { ...article.data, title: `${article.data.title} drones drones drones` };
    const again = keptTopicReasons(pack, "code-1");
    expect([...again.reasons(edited, article.body, desk.topics)]).toEqual([
      ...matchedTopicReasons(edited, article.body, desk.topics),
    ]);
    expect(again.counts().matched).toBe(1);
    const topics = desk.topics.map((topic, index) => (index === 0 ? { ...topic, terms: ["the"] } : topic));
    const retermed = keptTopicReasons(pack, "code-1");
    expect(all(retermed.reasons, topics)).toEqual(all(matchedTopicReasons, topics));
    expect(retermed.counts().reused).toBe(0);
    const recoded = keptTopicReasons(pack, "code-2");
    all(recoded.reasons);
    expect(recoded.counts().reused).toBe(0);
  });

  it("ignore a pack that is not one", () => {
    dir = mkdtempSync(join(tmpdir(), "topic-cache-"));
    const pack = join(dir, "topics.json");
    writeFileSync(pack, "{ not json");
    const kept = keptTopicReasons(pack, "code-1");
    expect(all(kept.reasons)).toEqual(all(matchedTopicReasons));
  });
});
