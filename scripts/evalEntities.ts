/**
 * Entities on the evaluation corpus: normalizes each case's raw file, finds its entities and
 * scores them against the gold answer (src/lib/eval/entityScore.ts). `--split dev|test`,
 * `--verbose` lists what was missed, invented and wrongly linked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { buildEntityMatcher, findEntities } from "../src/lib/analysis/entities.ts";
import { parseFrontmatter } from "../src/lib/content/frontmatter.ts";
import { parsedEntities } from "../src/lib/content/parsedContent.ts";
import { readContent } from "../src/lib/content/readContent.ts";
import { scoreEntities, sumEntityScores, type EntityScore } from "../src/lib/eval/entityScore.ts";
import { normalize } from "../src/lib/normalize/index.ts";
import { articleSentences } from "../src/lib/text/sentences.ts";

const root = new URL("..", import.meta.url).pathname;
const corpusDir = join(root, "../../shared/eval-corpus");
const args = process.argv.slice(2);
const split = args[args.indexOf("--split") + 1] ?? "dev";
const verbose = args.includes("--verbose");
const register = parsedEntities(readContent(root));
const matcher = buildEntityMatcher(register);
const byId = new Map(register.map((e) => [e.id, e]));
const scores: EntityScore[] = [];
let ms = 0;
for (const id of readdirSync(join(root, "eval/cases")).sort()) {
  const gold = parseYaml(readFileSync(join(root, "eval/cases", id, "gold.yaml"), "utf8")) as Record<string, unknown>;
  if (gold["split"] !== split) continue;
  const people = (gold["people"] ?? []) as string[];
  const organisations = (gold["organisations"] ?? []) as string[];
  const places = (gold["places"] ?? []) as string[];
  if (people.length + organisations.length + places.length === 0) continue;
  const input = String(gold["input"]);
  const raw = readFileSync(join(corpusDir, input), "utf8");
  const result = normalize(raw, { fileName: input.split("/").pop() ?? input });
  // Where ingest refuses a file (another figure of the eval), its lines stand in as paragraphs,
  // so the entity figure still measures entities.
  const body = result.ok
    ? (parseFrontmatter(result.markdown)?.body ?? "")
    : raw.replace(/^---\n[\s\S]*?\n---\n/u, "").replace(/\n+/gu, "\n\n");
  const started = performance.now();
  const { mentions, found } = findEntities(articleSentences(body), matcher);
  ms += performance.now() - started;
  const foundById = new Map(found.map((f) => [f.id, f]));
  const ids = [...new Set(mentions.map((m) => m.entityId))];
  const detected = ids.map((entityId) => {
    const texts = mentions.filter((m) => m.entityId === entityId).map((m) => m.text);
    const entity = byId.get(entityId);
    if (entity) return { kind: entity.kind, forms: [entity.name, ...entity.aliases, ...texts], registerId: entityId };
    const f = foundById.get(entityId);
    return { kind: f?.kind ?? "organisation", forms: [f?.name ?? entityId, ...texts] };
  });
  const score = scoreEntities({ people, organisations, places }, detected);
  scores.push(score);
  process.stdout.write(
    `${id}: recall ${score.recognised}/${score.gold} precision ${score.correct}/${score.found} wrong links ${score.wrongLinks}\n`,
  );
  if (verbose) {
    if (score.missed.length) process.stdout.write(`  missed: ${score.missed.join("; ")}\n`);
    if (score.spurious.length) process.stdout.write(`  invented: ${score.spurious.join("; ")}\n`);
    if (args.includes("--names"))
      process.stdout.write(`  found: ${detected.map((d) => `${d.forms[0]} [${d.kind}]`).join("; ")}\n`);
    if (score.wrong.length) process.stdout.write(`  wrong links: ${score.wrong.join("; ")}\n`);
  }
}
const total = sumEntityScores(scores);
const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
process.stdout.write(
  `\n${split}: ${scores.length} articles; people+organisations recognised ${total.recognised}/${total.gold} (${pct(total.recognised, total.gold)}), precision ${total.correct}/${total.found} (${pct(total.correct, total.found)}), wrong register links ${total.wrongLinks}; ${(ms / Math.max(1, scores.length)).toFixed(1)} ms per article\n`,
);
