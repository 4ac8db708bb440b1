/**
 * Names an editor might add to the entity register: capitalised names that recur in the
 * articles but match no entity, name or alias (from the analysis' `unknownNames`). A
 * proposal, not an error: "Three Barriers" may be a programme, not a person.
 */
import type { Entity } from "../../schemas/entity.ts";
import { buildEntityMatcher, unknownNames } from "../analysis/entities.ts";
import { articleSentences } from "../text/sentences.ts";

export interface RegisterProposal {
  readonly name: string;
  /** Mentions across all articles. */
  readonly count: number;
  /** Files that mention it, in path order. */
  readonly files: readonly string[];
}

export function registerProposals(
  articles: readonly { path: string; body: string }[],
  register: readonly Entity[],
): RegisterProposal[] {
  const matcher = buildEntityMatcher(register);
  const found = new Map<string, { count: number; files: Set<string> }>();
  for (const article of articles) {
    for (const unknown of unknownNames(articleSentences(article.body), matcher)) {
      const entry = found.get(unknown.name) ?? { count: 0, files: new Set<string>() };
      entry.count += unknown.count;
      entry.files.add(article.path);
      found.set(unknown.name, entry);
    }
  }
  return [...found]
    .map(([name, { count, files }]) => ({ name, count, files: [...files].sort() }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
