/**
 * `npm run check` (first half): validates every article and topic and prints each problem
 * as `file:line: field: message`. Exits 1 when there is any problem.
 */
import { checkContent } from "../src/lib/content/checkContent.ts";
import { readContent } from "../src/lib/content/readContent.ts";
import { formatProblems } from "../src/lib/content/validate.ts";

const root = new URL("..", import.meta.url).pathname;
const input = readContent(root);
const problems = checkContent(input);
if (problems.length > 0) {
  process.stderr.write(`${formatProblems(problems)}\n\n${problems.length} problem(s) in the content.\n`);
  process.exit(1);
}
process.stdout.write(`content ok: ${input.articles.length} articles, ${input.topics.length} topics\n`);
