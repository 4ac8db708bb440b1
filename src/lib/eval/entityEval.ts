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
import { scoreEntities, sumEntityScores, type DetectedEntity, type EntityScore } from "./entityScore.ts";
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

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

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
    const gold = {
      people: list(c.gold["people"]),
      organisations: list(c.gold["organisations"]),
      places: list(c.gold["places"]),
    };
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
