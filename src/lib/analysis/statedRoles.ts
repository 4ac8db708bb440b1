/**
 * What the articles themselves say a person is: the title written before a name ("Defense
 * Minister Ricardo Trevilla", "Secretary of State Marco Rubio") and a role in apposition after
 * it ("Juan Ramón de la Fuente, Mexico’s foreign minister,"), each with the sentences that state
 * it. The entity page leads with these, since they are sourced; the register's description is
 * the editors' note. Title words are the quotation grammar's (speakers.ts). Only a person has
 * them: a body's mention may hold a person's name ("President Donald Trump's administration"),
 * and the title before it is that person's, not the body's. Pure.
 */
import type { EntityKind } from "#schemas/entity.ts";
import type { Mention } from "./entities.ts";
import { DEMONYM, TITLES } from "./speakers.ts";

export interface RoleSentence {
  readonly slug: string;
  readonly anchor: string;
}

export interface StatedRole {
  /** The role as the first article to state it writes it. */
  readonly role: string;
  readonly sentences: readonly RoleSentence[];
}

interface ArticleInput {
  readonly slug: string;
  readonly mentions: readonly Mention[];
  readonly sentenceText: (anchor: string) => string | undefined;
}

/** Title words that name a department or a rank modifier, not a role on their own. */
const NOT_A_ROLE_ALONE = new Set(
  "Defense Defence State Foreign Interior Homeland Security Treasury Commerce Justice War Navy Army Air Force Press Former Acting Senior Special Under Deputy Vice Assistant Mr. Mrs. Ms. Dr. Sir Lord".split(
    " ",
  ),
);
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,})$/u;
const LOWER_TITLES = new Set([...TITLES].filter((t) => !NOT_A_ROLE_ALONE.has(t)).map((t) => t.toLowerCase()));

/** The title run just before a name: "Mexican President", "Secretary of State", "C.I.A. Director". */
export function titleBefore(before: string): string | undefined {
  const words = before.trimEnd().split(/\s+/u);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i] ?? "";
    const isTitle = TITLES.has(word) || DEMONYM.test(word) || ACRONYM.test(word);
    const isConnector = (word === "of" || word === "the") && run.length > 0;
    if (!isTitle && !isConnector) break;
    run.unshift(word);
  }
  while (run[0] === "of" || run[0] === "the") run.shift();
  return run.some((w) => !NOT_A_ROLE_ALONE.has(w) && TITLES.has(w)) ? run.join(" ") : undefined;
}

/** A role in apposition just after a name: ", Mexico’s foreign minister," (up to the next comma). */
export function roleAfter(after: string): string | undefined {
  const aside = /^,\s+((?:a|an|the)\s+)?([^,;“”"()]{3,100}),/u.exec(after);
  const phrase = aside?.[2]?.trim();
  if (!phrase || /^(?:who|which|whose|where|when|and|but|as|said|says)\b/iu.test(phrase)) return undefined;
  const words = phrase.toLowerCase().split(/[\s’']+/u);
  return words.some((w) => LOWER_TITLES.has(w)) ? `${aside?.[1] ?? ""}${phrase}` : undefined;
}

/** Every role the articles state for a person, in the order first stated, with their sentences; none for a body or place. */
export function statedRoles(
  entity: { readonly id: string; readonly kind: EntityKind | undefined },
  articles: readonly ArticleInput[],
): StatedRole[] {
  if (entity.kind !== "person") return [];
  const entityId = entity.id;
  const roles = new Map<string, { role: string; sentences: RoleSentence[] }>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (mention.entityId !== entityId) continue;
      const text = article.sentenceText(mention.anchor);
      if (text === undefined) continue;
      for (const role of [titleBefore(text.slice(0, mention.start)), roleAfter(text.slice(mention.end))]) {
        if (role === undefined) continue;
        const key = role.toLowerCase().replace(/[’']/gu, "'");
        const entry = roles.get(key) ?? { role, sentences: [] };
        if (!entry.sentences.some((s) => s.slug === article.slug && s.anchor === mention.anchor))
          entry.sentences.push({ slug: article.slug, anchor: mention.anchor });
        roles.set(key, entry);
      }
    }
  }
  return [...roles.values()];
}
