/**
 * `npm run propose -- <id>`: turns a name the analysis found (listed by `npm run check`) into
 * a register file, `content/entities/<id>.yaml`, for an editor to finish. It never overwrites
 * a file: an existing one is reported and left alone.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDesk } from "#lib/content/desk.ts";
import { registerFileFor, registerProposals } from "#lib/content/registerProposals.ts";
import { nameKey } from "#lib/text/tokens.ts";

const root = new URL("..", import.meta.url).pathname;
const wanted = process.argv.slice(2).join(" ").trim();
if (wanted === "") {
  process.stderr.write("usage: npm run propose -- <id>   (the ids are listed by `npm run check`)\n");
  process.exit(2);
}
const desk = loadDesk(root);
const proposals = registerProposals(
  desk.articles.map((article) => ({ path: article.file, body: article.body })),
  desk.entities,
  { notEntities: desk.notEntities },
);
// The id as `npm run check` prints it, or the name as written.
const proposal = proposals.find((p) => p.id === wanted) ?? proposals.find((p) => nameKey(p.name) === nameKey(wanted));
if (!proposal) {
  process.stderr.write(`no proposal "${wanted}": run \`npm run check\` for the list of ids\n`);
  process.exit(1);
}
const file = `content/entities/${proposal.id}.yaml`;
try {
  writeFileSync(join(root, file), registerFileFor(proposal), { flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  process.stderr.write(
    `${file} already exists; it was left as it is. Edit it, or add "${proposal.name}" to its aliases.\n`,
  );
  process.exit(1);
}
process.stdout.write(`wrote ${file}: write its description, then run \`npm run check\`\n`);
