/**
 * `npm run check` (first half): validates every article, topic and entity and prints each
 * problem as `file:line: field: message`, exiting 1 when there is any. Then lists names the
 * analysis found that the entity register lacks, as proposals for editors (not errors), with
 * the id `npm run propose` takes.
 */
import { loadDesk } from "#lib/content/desk.ts";
import { formatProblems } from "#lib/content/problems.ts";
import { NOT_ENTITIES_FILE } from "#lib/content/notEntities.ts";
import { registerProposals } from "#lib/content/registerProposals.ts";

const root = new URL("..", import.meta.url).pathname;
const desk = loadDesk(root);
const { problems, files: input } = desk;
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n\n${problems.length} problem(s) in the content.\n`);
  process.exit(1);
}
process.stdout.write(
  `content ok: ${input.articles.length} articles, ${input.topics.length} topics, ${input.entities.length} entities\n`,
);

// Only valid content reaches here, so every entity of the register parses.
const proposals = registerProposals(
  desk.articles.map((article) => ({ path: article.file, body: article.body })),
  desk.entities,
  { notEntities: desk.notEntities },
);
if (proposals.length > 0) {
  process.stdout.write(
    `\n${proposals.length} name(s) found in the articles that no entity in content/entities/ covers. The site shows them as "found by the machine, not yet reviewed". To review one, run \`npm run propose -- <id>\` and edit the file it writes (or add the name as an alias of an existing entity); if it is not a person, organisation or place, add it to ${NOT_ENTITIES_FILE}:\n`,
  );
  for (const proposal of proposals) {
    process.stdout.write(
      `  ${proposal.id} — ${proposal.name}, ${proposal.kind} (${proposal.count}×): ${proposal.files.join(", ")}\n`,
    );
  }
}
