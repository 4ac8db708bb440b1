/**
 * Names an editor might add to the entity register: the people, organisations and places the
 * analysis found in the articles (`findEntities`) that no entity, name or alias covers. The
 * site already shows them, marked "found by the machine, not yet reviewed"; `npm run check`
 * lists them, and `npm run propose -- <id>` turns one into a register file to edit.
 */
import type { Entity } from "#schemas/entity.ts";
import { buildEntityMatcher, findEntities, type EntityOptions } from "#lib/analysis/entities.ts";
import type { NameKind } from "#lib/analysis/names.ts";
import { articleSentences } from "#lib/text/sentences.ts";

export interface RegisterProposal {
  /** The id its page has now and its register file would have. */
  readonly id: string;
  readonly name: string;
  readonly kind: NameKind;
  /** Other spellings seen. */
  readonly aliases: readonly string[];
  /** Mentions across all articles. */
  readonly count: number;
  /** Files that mention it, in path order. */
  readonly files: readonly string[];
}

/** Proposals, most mentioned first (ties by name). */
export function registerProposals(
  articles: readonly { path: string; body: string }[],
  register: readonly Entity[],
  options: EntityOptions = {},
): RegisterProposal[] {
  const matcher = buildEntityMatcher(register);
  const found = new Map<
    string,
    { name: string; kind: NameKind; aliases: Set<string>; count: number; files: Set<string> }
  >();
  for (const article of articles) {
    const { mentions, found: entities } = findEntities(articleSentences(article.body), matcher, options);
    for (const entity of entities) {
      const entry = found.get(entity.id) ?? {
        name: entity.name,
        kind: entity.kind,
        aliases: new Set<string>(),
        count: 0,
        files: new Set<string>(),
      };
      for (const alias of [entity.name, ...entity.aliases]) if (alias !== entry.name) entry.aliases.add(alias);
      entry.count += mentions.filter((m) => m.entityId === entity.id).length;
      entry.files.add(article.path);
      found.set(entity.id, entry);
    }
  }
  return [...found]
    .map(([id, { name, kind, aliases, count, files }]) => ({
      id,
      name,
      kind,
      aliases: [...aliases],
      count,
      files: [...files].sort(),
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * The register file a proposal becomes, for an editor to finish: name, kind and the other
 * spellings filled in, the description left for the editor (the check fails until it is
 * written, so nothing enters the register unreviewed), and where the name was found.
 */
export function registerFileFor(proposal: RegisterProposal): string {
  const quote = (text: string) => JSON.stringify(text);
  return [
    `# Proposed from the articles by \`npm run propose\`. Check the name and kind, merge any`,
    `# spelling into aliases, write the description, and delete these comments. If this is the`,
    `# same as an existing entity, delete this file and add the name to that entity's aliases.`,
    `# Found in: ${proposal.files.join(", ")}`,
    `name: ${quote(proposal.name)}`,
    `kind: ${proposal.kind}`,
    proposal.aliases.length > 0
      ? `aliases:\n${proposal.aliases.map((a) => `  - ${quote(a)}`).join("\n")}`
      : "aliases: []",
    `# description: "One line: who or what this is, as the sources state it."`,
    "",
  ].join("\n");
}
