/**
 * The benchmark corpus's vocabulary, read from the site's own content: names from the entity
 * register and terms from the topics, so synthetic articles name who real ones name and land in
 * topics as real ones do.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseFrontmatter } from "../content/frontmatter.ts";
import type { CorpusVocabulary } from "./corpus.ts";

export function readVocabulary(contentDir: string): CorpusVocabulary {
  const byKind: Record<string, string[]> = { person: [], organisation: [], place: [] };
  for (const name of readdirSync(join(contentDir, "entities")).filter((file) => file.endsWith(".yaml"))) {
    const entity = parseYaml(readFileSync(join(contentDir, "entities", name), "utf8")) as {
      name: string;
      kind: string;
    };
    byKind[entity.kind]?.push(entity.name);
  }
  const topicTerms = readdirSync(join(contentDir, "topics"))
    .filter((file) => file.endsWith(".md"))
    .map(
      (file) =>
        (parseFrontmatter(readFileSync(join(contentDir, "topics", file), "utf8"))?.data as { terms: string[] }).terms,
    );
  return {
    people: byKind["person"] ?? [],
    organisations: byKind["organisation"] ?? [],
    places: byKind["place"] ?? [],
    topicTerms,
  };
}
