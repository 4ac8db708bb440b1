/**
 * The benchmark corpus's vocabulary, read from the site's own content: names from the entity
 * register and terms from the topics, so synthetic articles name who real ones name and land in
 * topics as real ones do.
 */
import { loadDesk } from "#lib/content/desk.ts";
import type { CorpusVocabulary } from "./corpus.ts";

/** `root` is the project root; content is read from `root/content`. */
export function readVocabulary(root: string): CorpusVocabulary {
  const desk = loadDesk(root);
  const entities = desk.entities;
  const named = (kind: string) => entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
  return {
    people: named("person"),
    organisations: named("organisation"),
    places: named("place"),
    topicTerms: desk.topics.map((topic) => topic.terms),
  };
}
