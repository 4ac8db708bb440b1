/**
 * `npm run check` (first half): validates every article, topic and entity and prints each
 * problem as `file:line: field: message`, exiting 1 when there is any. Then lists names the
 * analysis found that the entity register lacks, as proposals for editors (not errors).
 */
import { loadDesk } from "../src/lib/content/desk.ts";
import { formatProblems } from "../src/lib/content/problems.ts";
import { registerProposals } from "../src/lib/content/registerProposals.ts";

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
);
if (proposals.length > 0) {
  process.stdout.write(
    `\nNames in the articles that no entity in content/entities/ covers (add one, or an alias, if it is a person, organisation or place):\n`,
  );
  for (const proposal of proposals) {
    process.stdout.write(`  ${proposal.name} (${proposal.count}×): ${proposal.files.join(", ")}\n`);
  }
}
