/**
 * `npm run eval:export-test-pages -- PAGES OUT` — writes Mozilla Readability's test pages
 * (PAGES: `test/test-pages` of a checkout of github.com/mozilla/readability) to OUT in the
 * article-extraction-benchmark's layout (`html/<id>.html.gz`, `ground-truth.json`), plus
 * `NAMES.json` (id → page name), so `npm run eval:benchmark -- OUT` and the gold in
 * `eval/readability-cases` can be run on them. A folder of pages saved on their own
 * (`<name>.html`, as other extractors keep their fixtures) is written the same way, with no
 * expected body: only gold cases score those, and `eval:benchmark` leaves them out. Pages the eval corpus already holds
 * (`html/readability-<name>` in EVAL_CORPUS or ../shared/eval-corpus) are left out, so no page is
 * scored twice. The fundus crawler's test data (`tests/resources/parser/test_data`: country folders of
 * `<Publisher>_<day>.html.gz`, `<Publisher>.json`, `meta.info`) is written the same way, with the
 * body fundus expects as the expected text and its title, authors, date and paragraphs in
 * `annotations.json`, which `npm run eval:fields` scores. The pages are third-party: OUT is outside
 * the repository and never committed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { splitOf } from "#lib/eval/benchmark.ts";
import type { FieldAnnotation } from "#lib/eval/fieldAnnotations.ts";
import { fundusAnnotation, pairPages, publisherOf, type FundusEntry } from "#lib/eval/fundusTestData.ts";
import { evalPaths } from "#lib/eval/run.ts";
import { expectedText, testPageId } from "#lib/eval/testPages.ts";
import { readCommandLine } from "./support/commandLine.ts";

const USAGE = `usage: npm run eval:export-test-pages -- PAGES OUT

  PAGES   test/test-pages of a checkout of github.com/mozilla/readability,
          tests/resources/parser/test_data of github.com/flairNLP/fundus,
          or a folder of saved pages (<name>.html)
  OUT     the folder to write (html/<id>.html.gz, ground-truth.json, NAMES.json)
  --help  print this message`;
const args = readCommandLine("eval:export-test-pages", USAGE, {}, true);
const [pagesArg, outArg] = args.positionals;
if (pagesArg === undefined || outArg === undefined) {
  process.stderr.write(`eval:export-test-pages: expected PAGES and OUT\n\n${USAGE}\n`);
  process.exit(2);
}
const pages = resolve(pagesArg);
const out = resolve(outArg);
if (!existsSync(pages)) {
  process.stderr.write(`eval:export-test-pages: ${pages}: no such folder\n`);
  process.exit(1);
}

const { corpusDir } = evalPaths();
const truth: Record<string, { articleBody?: string; url: string }> = {};
const names: Record<string, string> = {};
mkdirSync(join(out, "html"), { recursive: true });
const saved = readdirSync(pages)
  .filter((file) => /\.html?$/iu.test(file))
  .sort();
for (const file of saved) {
  const name = file.replace(/\.html?$/iu, "");
  const id = testPageId(name, "saved-page");
  writeFileSync(join(out, "html", `${id}.html.gz`), gzipSync(readFileSync(join(pages, file))));
  truth[id] = { url: `https://example.invalid/${name}` };
  names[id] = name;
}
for (const name of readdirSync(pages).sort()) {
  const source = join(pages, name, "source.html");
  const expected = join(pages, name, "expected.html");
  if (!existsSync(source) || !existsSync(expected)) continue;
  if (existsSync(join(corpusDir, "html", `readability-${name}`))) continue;
  const id = testPageId(name);
  writeFileSync(join(out, "html", `${id}.html.gz`), gzipSync(readFileSync(source)));
  truth[id] = { articleBody: expectedText(readFileSync(expected, "utf8")), url: `https://example.invalid/${name}` };
  names[id] = name;
}
// fundus: country folders, each with meta.info; a page's name is `<country>-<file without .html.gz>`.
const annotations: Record<string, FieldAnnotation> = {};
for (const country of readdirSync(pages).sort()) {
  const folder = join(pages, country);
  if (!statSync(folder).isDirectory() || !existsSync(join(folder, "meta.info"))) continue;
  const meta = JSON.parse(readFileSync(join(folder, "meta.info"), "utf8")) as Record<string, { url?: string }>;
  const files = readdirSync(folder).filter((file) => publisherOf(file) !== undefined);
  for (const publisher of new Set(files.map((file) => publisherOf(file)))) {
    const json = join(folder, `${String(publisher)}.json`);
    if (!existsSync(json)) continue;
    const entries = JSON.parse(readFileSync(json, "utf8")) as Record<string, FundusEntry>;
    for (const [file, entry] of pairPages(
      files.filter((f) => publisherOf(f) === publisher),
      entries,
    )) {
      const name = `${country}-${file.replace(/\.html\.gz$/u, "")}`;
      const id = testPageId(name, "saved-page");
      const annotation = fundusAnnotation(name, meta[file]?.url ?? `https://example.invalid/${name}`, entry);
      writeFileSync(join(out, "html", `${id}.html.gz`), readFileSync(join(folder, file)));
      truth[id] = { articleBody: annotation.paragraphs.join("\n"), url: annotation.url };
      names[id] = name;
      annotations[name] = annotation;
    }
  }
}
if (Object.keys(annotations).length > 0)
  writeFileSync(join(out, "annotations.json"), `${JSON.stringify(annotations, null, 1)}\n`);
writeFileSync(join(out, "ground-truth.json"), `${JSON.stringify(truth, null, 1)}\n`);
writeFileSync(join(out, "NAMES.json"), `${JSON.stringify(names, null, 1)}\n`);
const ids = Object.keys(names);
const dev = ids.filter((id) => splitOf(id) === "dev").length;
console.log(`${String(ids.length)} pages written to ${out} (${String(dev)} dev, ${String(ids.length - dev)} test)`);
