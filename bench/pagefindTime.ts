/**
 * `node bench/pagefindTime.ts --site DIR [--glob G]` (with `node --cpu-prof` for a profile).
 *
 * Splits the time of a Pagefind index over an already built site into its parts, to know what
 * caching could save: reading the pages, Pagefind parsing them (`addHTMLFile`, one call each),
 * and Pagefind building and writing the index (`writeFiles` into a temporary folder), twice over.
 * Pagefind's Node API runs its binary as a child process: the CPU figures are that process's
 * (user + system, from /proc, so Linux only), steadier than wall time on a shared machine. The
 * parse figure includes handing each page to the binary, which the CLI does not pay.
 * Prints one JSON line.
 */
import { globSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { close, createIndex } from "pagefind";

const { values } = parseArgs({
  options: { site: { type: "string" }, glob: { type: "string", default: "articles/*/index.html" } },
});
if (!values.site) throw new Error("usage: node bench/pagefindTime.ts --site DIR [--glob G]");
const site = values.site;

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** CPU seconds (user + system) used so far by this process's child processes: Pagefind's service. */
function childCpu(): number {
  const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").trim().split(/\s+/);
  return children
    .filter((pid) => pid !== "")
    .reduce((sum, pid) => {
      // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      // In clock ticks, 100 a second on Linux.
      return sum + (Number(fields[11]) + Number(fields[12])) / 100;
    }, 0);
}

let start = process.hrtime.bigint();
const names = globSync(values.glob, { cwd: site }).sort();
const pages = names.map((name) => ({ name, html: readFileSync(join(site, name), "utf8") }));
const read = since(start);

/** Adds every page and writes the index; seconds for each half. */
async function index(label: string, html: (page: { name: string; html: string }) => string) {
  const { index: created, errors } = await createIndex({ forceLanguage: "en" });
  if (!created) throw new Error(errors.join("; "));
  start = process.hrtime.bigint();
  let cpu = childCpu();
  for (const page of pages) {
    const added = await created.addHTMLFile({ sourcePath: page.name, content: html(page) });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
  }
  const parse = since(start);
  const parseCpu = childCpu() - cpu;
  const out = mkdtempSync(join(tmpdir(), "pagefind-time-"));
  start = process.hrtime.bigint();
  cpu = childCpu();
  const written = await created.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  const write = since(start);
  const writeCpu = childCpu() - cpu;
  rmSync(out, { recursive: true, force: true });
  await created.deleteIndex();
  const round = (value: number) => Number(value.toFixed(2));
  return { label, parse: round(parse), parseCpu: round(parseCpu), write: round(write), writeCpu: round(writeCpu) };
}

const bytes = pages.reduce((sum, page) => sum + page.html.length, 0);
const whole = await index("whole pages", (page) => page.html);
const again = await index("whole pages, again", (page) => page.html);
await close();
process.stdout.write(
  `${JSON.stringify({ pages: pages.length, bytes, read: Number(read.toFixed(2)), runs: [whole, again] })}\n`,
);
