/**
 * `npm test` after the content check: the two vitest projects side by side, each in its own
 * process.
 *
 * Why two processes: vitest runs projects whose worker limits differ one after the other, and
 * the site project must run its files one at a time (they share one build, one server and the
 * checkout), so within one vitest run its long browser and build tests left a core idle while
 * the unit files waited. Here one lane runs the linters and then the site project while the
 * other runs the unit project, so the two lanes take about as long. (`npm run check` runs before
 * both: `astro check` writes `.astro/`, which the site project's build writes too.) Every line
 * is printed as it comes, marked with its lane; the run ends on one `tests: …` line for both and
 * fails when either lane does.
 *
 * Arguments are passed to both vitest runs (a file filter, `-t`), with `--passWithNoTests`,
 * since a filter usually matches files of one project only; the linters then do not run.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { formatSummary, readSummary, type TestCounts } from "./support/testSummary.ts";

const extra = process.argv.slice(2);
const vitest = (project: string) => [
  "vitest",
  "run",
  "--project",
  project,
  ...(extra.length > 0 ? ["--passWithNoTests", ...extra] : []),
];

/** Each lane's commands, run in order; a lane stops at its first failing command. */
const LANES: Record<string, readonly (readonly string[])[]> = {
  site: extra.length > 0 ? [vitest("site")] : [["npm", "run", "lint"], vitest("site")],
  unit: [vitest("unit")],
};
const width = Math.max(...Object.keys(LANES).map((name) => name.length));

/** Runs one command, printing each line marked with the lane; resolves with its exit code. */
function run(lane: string, [command, ...args]: readonly string[], counts: TestCounts[]): Promise<number> {
  const mark = `${lane.padEnd(width)} │ `;
  return new Promise((done) => {
    const child = spawn(command ?? "", args, { stdio: ["ignore", "pipe", "pipe"] });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream }).on("line", (line) => {
        const summary = readSummary(line);
        if (summary) counts.push(summary);
        out.write(`${mark}${line}\n`);
      });
    }
    child.on("error", (error) => {
      process.stderr.write(`${mark}could not start ${command ?? ""}: ${error.message}\n`);
      done(1);
    });
    child.on("close", (code) => done(code ?? 1));
  });
}

const counts: TestCounts[] = [];
const results = await Promise.all(
  Object.entries(LANES).map(async ([lane, commands]) => {
    for (const command of commands) {
      const code = await run(lane, command, counts);
      if (code !== 0) return { lane, failed: command.join(" "), code };
    }
    return { lane, failed: undefined, code: 0 };
  }),
);

process.stdout.write("\n");
for (const { lane, failed, code } of results)
  process.stdout.write(
    `${lane.padEnd(width)}: ${failed === undefined ? "passed" : `failed at \`${failed}\` (exit ${code})`}\n`,
  );
process.stdout.write(`${formatSummary(counts)}\n`);
process.exit(results.every(({ code }) => code === 0) ? 0 : 1);
