/**
 * Each article's topic matches kept between builds, so a build matches only the articles whose
 * text or whose topics' terms changed. Matching every article's text against every term of
 * every topic (one whole-word scan per term) was most of the content model's time on a rebuild:
 * 0.5 of its 0.9 CPU s at 1,000 articles with every file's parse already kept (deskCache.ts).
 *
 * An entry is named by the SHA-256 of the code version, every topic's id and terms, and the
 * parts of the article its text is made of (headline, dek, key points, body): the matches are a
 * pure function of those. An article whose editor chose its topics is not matched at all, so
 * nothing is kept for it. One JSON pack per project, holding this build's entries only, written
 * atomically when it changed; an unreadable or foreign pack is ignored.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { articleTopics, type TopicMatch, type TopicTerms } from "#lib/topics.ts";
import { writeAtomicSync } from "#lib/writeAtomic.ts";
import { articleText, type ArticleTextParts } from "./articleText.ts";

/** What an article's topics follow from: its text's parts and the topics the editor chose, if any. */
export interface TopicSource extends ArticleTextParts {
  readonly topics?: readonly string[] | undefined;
}

/** An article's topics and why, in topic order (`articleTopics` over the article's text). */
export type TopicReasons = (
  data: TopicSource,
  body: string,
  topics: readonly TopicTerms[],
) => Map<string, TopicMatch | "editor">;

/** The rule itself, matched now: what the kept matches stand in for. */
export const matchedTopicReasons: TopicReasons = (data, body, topics) =>
  articleTopics(data.topics, articleText(data, body), topics);

type Kept = Record<string, [string, TopicMatch][]>;

function readPack(file: string, version: string): Kept {
  try {
    // Read as unknown: the file may be anything, and each entry is checked before use.
    const pack = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown; entries?: unknown };
    const entries = pack.version === version ? pack.entries : undefined;
    return typeof entries === "object" && entries !== null ? (entries as Kept) : {};
  } catch {
    return {};
  }
}

/**
 * `reasons` gives what `matchedTopicReasons` gives, from the pack at `packFile` when it holds
 * the article's entry; `save()` writes the pack again (this build's entries) when it changed.
 */
export function keptTopicReasons(
  packFile: string,
  version: string,
): { reasons: TopicReasons; save(): void; counts(): { reused: number; matched: number } } {
  const kept = readPack(packFile, version);
  const next: Kept = {};
  let reused = 0;
  let matched = 0;
  // The topics are the same list for every article of a build: their part of the key is made once.
  let topicsSeen: readonly TopicTerms[] | undefined;
  let topicsKey = "";
  const reasons: TopicReasons = (data, body, topics) => {
    if (data.topics !== undefined) return matchedTopicReasons(data, body, topics);
    if (topics !== topicsSeen) {
      topicsSeen = topics;
      topicsKey = JSON.stringify([version, topics.map(({ id, terms }) => [id, terms])]);
    }
    const digest = createHash("sha256")
      .update(JSON.stringify([topicsKey, data.title, data.dek ?? "", data.keyPoints ?? [], body]))
      .digest("hex");
    const found = kept[digest];
    if (Array.isArray(found)) {
      reused += 1;
      next[digest] = found;
      return new Map(found);
    }
    matched += 1;
    const fresh = matchedTopicReasons(data, body, topics);
    // Matched from text, so every reason is a match, never "editor".
    next[digest] = [...fresh].flatMap(([id, match]) =>
      match === "editor" ? [] : [[id, match] as [string, TopicMatch]],
    );
    return fresh;
  };
  return {
    reasons,
    save() {
      if (matched > 0 || Object.keys(kept).length !== Object.keys(next).length) {
        writeAtomicSync(packFile, JSON.stringify({ version, entries: next }));
      }
    },
    counts: () => ({ reused, matched }),
  };
}
