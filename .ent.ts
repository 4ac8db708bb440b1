import { loadDesk } from "#lib/content/desk.ts";
import { buildEntityMatcher, findEntities } from "#lib/analysis/entities.ts";
import { articleSentences } from "#lib/text/sentences.ts";
const desk = loadDesk(process.cwd());
const matcher = buildEntityMatcher(desk.entities);
const texts = (await import("node:fs")).readFileSync(process.argv[2]!, "utf8").split(/\n{2,}/u);
for (const t of texts) {
  const { mentions } = findEntities(articleSentences(t), matcher, { notEntities: desk.notEntities });
  const reg = mentions.filter((m) => desk.entities.some((e: any) => e.id === m.entityId)).map((m) => `${m.text}→${m.entityId}`);
  console.log(reg.length ? "LINK " + reg.join(", ") : "     -", "|", t.slice(0, 90).replace(/\n/g, " "));
}
