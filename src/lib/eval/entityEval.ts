/**
 * The entities figure for `npm run eval`: runs the site's entity analysis (the register in
 * content/entities/ plus `findEntities`) on each case ingest accepted and scores it against
 * the gold's people, organisations and places (`scoreEntities`). Cases whose gold lists no
 * entity at all (the non-news HTML pages) are not scored; cases ingest refused are counted
 * apart, since the site would not publish them.
 */
import type { Entity } from "#schemas/entity.ts";
import { buildEntityMatcher, findEntities, type EntityOptions } from "#lib/analysis/entities.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { scoreEntities, sumEntityScores, type DetectedEntity, type EntityScore, type GoldName } from "./entityScore.ts";
import type { EvalCase } from "./run.ts";

export interface EntityFigures {
  readonly score: EntityScore;
  /** Cases scored. */
  readonly cases: number;
  /** Cases with gold entities that ingest refused (not scored). */
  readonly refused: number;
  /** Mean milliseconds of entity analysis per scored article. */
  readonly msPerArticle: number;
  readonly perCase: readonly { id: string; score: EntityScore }[];
}

/**
 * A gold list of names: each a string, or `{ name, register }` where `register` is the register
 * id the name must link to or `none` (eval/README.md). Anything else is a gold error.
 */
export function goldNames(value: unknown, where: string): GoldName[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown, i) => {
    if (typeof item === "string") return item;
    const fields = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
    const { name, register } = fields;
    if (typeof name !== "string" || typeof register !== "string" || register === "") {
      throw new Error(
        `${where}[${i}]: expected a name, or { name: "…", register: <register id> | none }; got ${JSON.stringify(item)}`,
      );
    }
    return { name, register: register === "none" ? null : register };
  });
}

export function entityFigures(
  cases: readonly EvalCase[],
  register: readonly Entity[],
  options: EntityOptions = {},
): EntityFigures {
  const matcher = buildEntityMatcher(register);
  const byId = new Map(register.map((entity) => [entity.id, entity]));
  const perCase: { id: string; score: EntityScore }[] = [];
  let refused = 0;
  let ms = 0;
  for (const c of cases) {
    const where = (field: string) => `eval/cases/${c.id}/gold.yaml: ${field}`;
    const gold = {
      people: goldNames(c.gold["people"], where("people")),
      organisations: goldNames(c.gold["organisations"], where("organisations")),
      places: goldNames(c.gold["places"], where("places")),
    };
    for (const [field, names] of Object.entries(gold)) {
      for (const g of names) {
        if (typeof g !== "string" && g.register !== null && !byId.has(g.register))
          throw new Error(`${where(field)}: "${g.name}": no register entity "${g.register}" in content/entities/`);
      }
    }
    if (gold.people.length + gold.organisations.length + gold.places.length === 0) continue;
    if (!c.output.ok) {
      refused += 1;
      continue;
    }
    const started = performance.now();
    const { mentions, found } = findEntities(articleSentences(c.output.markdown), matcher, options);
    ms += performance.now() - started;
    const foundById = new Map(found.map((entity) => [entity.id, entity]));
    const detected: DetectedEntity[] = [...new Set(mentions.map((m) => m.entityId))].flatMap((id) => {
      const texts = mentions.filter((m) => m.entityId === id).map((m) => m.text);
      const entity = byId.get(id);
      if (entity) return [{ kind: entity.kind, forms: [entity.name, ...entity.aliases, ...texts], registerId: id }];
      const other = foundById.get(id);
      return other ? [{ kind: other.kind, forms: [other.name, ...other.aliases, ...texts] }] : [];
    });
    perCase.push({ id: c.id, score: scoreEntities(gold, detected) });
  }
  return {
    score: sumEntityScores(perCase.map((p) => p.score)),
    cases: perCase.length,
    refused,
    msPerArticle: perCase.length === 0 ? 0 : ms / perCase.length,
    perCase,
  };
}

/** The figures as report lines. */
export function formatEntityFigures(label: string, f: EntityFigures): string[] {
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const s = f.score;
  return [
    `${label} entities: ${f.cases} article(s) with gold entities (${f.refused} more refused by ingest, not scored)`,
    `  people+organisations recognised ${s.recognised}/${s.gold} (${pct(s.recognised, s.gold)})  precision ${s.correct}/${s.found} (${pct(s.correct, s.found)})  wrong register links ${s.wrongLinks}  ${f.msPerArticle.toFixed(1)} ms/article`,
  ];
}
