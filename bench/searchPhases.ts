/**
 * `node bench/searchPhases.ts DIST [--term WORD] [--runs R]`: where a typed search's time goes,
 * on the site's search page and on the bare Pagefind UI page (bench/searchTiming.ts) over the
 * same built site, interleaved. Each run opens a cold page, waits for it to settle, types the
 * word as `timeTypedSearch` does and lists, from the moment of typing, every request the search
 * made (start and end, ms) and the first result's appearance. So the typed figure splits into
 * Pagefind's index chunk fetch, its search, each fragment fetch, and what the page does between.
 */
import { parseArgs } from "node:util";
import { launchBrowser } from "#scripts/support/browser.ts";
import { serveStatic } from "#scripts/support/staticServer.ts";
import { median } from "./stats.ts";
import { BARE_SEARCH, SITE_SEARCH, writeBareSearchPage, type SearchPage } from "./searchTiming.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { term: { type: "string", default: "cartels" }, runs: { type: "string", default: "5" } },
});
const dist = positionals[0];
if (!dist) throw new Error("usage: node bench/searchPhases.ts DIST [--term WORD] [--runs R]");
writeBareSearchPage(dist);
const server = await serveStatic(dist, "/", { gzip: true });
const browser = await launchBrowser();

/** From typing, ms: the index chunk in, the first fragment asked for and in, the first result shown. */
interface Phases {
  readonly line: string;
  readonly marks: Record<string, number>;
}

async function phases(target: SearchPage): Promise<Phases> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  try {
    await page.goto(`${server.url}${target.path}`);
    await page.waitForLoadState("networkidle");
    const found = await page.evaluate(
      ({ result, input, starts, term, status, done }) =>
        new Promise<{ first: number; done: number; requests: [string, number, number, number][] }>((resolve) => {
          const field = document.querySelector<HTMLInputElement>(input);
          if (!field) throw new Error(`no ${input}`);
          field.value = term;
          const typed = performance.now();
          let first = 0;
          new MutationObserver(() => {
            if (!first && document.querySelector(result)) first = performance.now() - typed;
            const shown = document.querySelector(status)?.textContent ?? "";
            if (first && new RegExp(done).test(shown)) {
              setTimeout(() => {
                const requests = performance
                  .getEntriesByType("resource")
                  .filter((entry) => entry.startTime >= typed)
                  .map((entry) => {
                    const timing = entry as PerformanceResourceTiming;
                    return [
                      entry.name.replace(/^.*\//, ""),
                      Math.round(entry.startTime - typed),
                      Math.round(timing.responseEnd - typed),
                      timing.encodedBodySize,
                    ] as [string, number, number, number];
                  });
                resolve({ first, done: performance.now() - typed, requests });
              }, 300);
            }
          }).observe(document.body, { childList: true, subtree: true, characterData: true });
          field.dispatchEvent(new Event("input", { bubbles: true }));
          if (starts === "submit") field.form?.requestSubmit();
        }),
      {
        result: target.result,
        input: target.input,
        starts: target.starts,
        term: values.term,
        status: target.status,
        done: target.doneText.source,
      },
    );
    const requests = found.requests.map(([name, start, end, size]) => `${name} ${start}–${end} (${size} B)`);
    const index = found.requests.find(([name]) => name.endsWith(".pf_index"));
    const fragment = found.requests.find(([name]) => name.endsWith(".pf_fragment"));
    const marks: Record<string, number> = { "first result": found.first };
    if (index) marks["index chunk in"] = index[2];
    if (fragment) Object.assign(marks, { "first fragment asked": fragment[1], "first fragment in": fragment[2] });
    return { line: `${target.name}: first result ${found.first.toFixed(0)} ms; ${requests.join("; ")}`, marks };
  } finally {
    await context.close();
  }
}

const targets = [SITE_SEARCH, BARE_SEARCH];
const marks = targets.map(() => new Map<string, number[]>());
try {
  for (let run = 0; run < Number(values.runs); run += 1) {
    for (const [at, target] of targets.entries()) {
      const found = await phases(target);
      process.stdout.write(`${found.line}\n`);
      for (const [mark, ms] of Object.entries(found.marks)) marks[at]?.set(mark, [...(marks[at]?.get(mark) ?? []), ms]);
    }
  }
  for (const [at, target] of targets.entries()) {
    const medians = [...(marks[at] ?? [])].map(([mark, list]) => `${mark} ${median(list).toFixed(0)}`);
    process.stdout.write(`${target.name}, medians (ms from typing): ${medians.join(", ")}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
