/**
 * `npx node bench/headlinePerturb.ts DIR [--cases]`: how well the text path's headline rules
 * hold when what stands around a headline changes, as it does from site to site. Each DEV page
 * of the article-extraction-benchmark (ids 0–7; the held-out pages are never read) is turned
 * into its plain-text extraction; the line holding its declared headline is found, and lines
 * of page furniture are set around it, one kind at a time (a menu, a ticker, crumbs, the
 * page's own date or byline moved above, a photo caption and credit, a section label, the site
 * name, a related-stories list, "Advertisement", share buttons). The inserted lines come from
 * OTHER dev pages' chrome (their lines above their own headline, or between it and their
 * body), never from a test page and never written here. Prints, per kind, how many pages keep
 * their title, how many get a wrong one and how many are refused, over the pages whose
 * unperturbed title is right. A reading tool for finding general failures, not a test.
 */
import { parseHTML } from "linkedom";
import { declaredOf, loadBenchmark } from "#lib/eval/benchmark.ts";
import { normalizeText } from "#lib/eval/compare.ts";
import { pageMeta } from "#lib/html/pageMeta.ts";
import { pageText } from "#lib/html/pageText.ts";
import { parseDateLine } from "#lib/normalize/dateLines.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";

const dir = process.argv[2];
const listCases = process.argv.includes("--cases");
const only = process.argv.find((a) => a.startsWith("--kind="))?.slice(7);
/** `--show=ID`: print the perturbed lines around the headline of the dev page whose id starts so. */
const show = process.argv.find((a) => a.startsWith("--show="))?.slice(7);
if (dir === undefined) {
  process.stderr.write("usage: npx node bench/headlinePerturb.ts DIR [--cases] [--kind=K]\n");
  process.exit(2);
}

const key = (title: string): string => normalizeText(title.normalize("NFKC")).toLowerCase();
const words = (line: string): number => line.split(/\s+/u).filter(Boolean).length;

interface DevPage {
  id: string;
  lines: string[];
  /** Index of the line holding the declared headline. */
  at: number;
  headlines: string[];
  site?: string;
  /** Lines above the headline: the page's chrome. */
  above: string[];
  /** Lines between the headline and the first paragraph of prose (byline, date, caption, credit). */
  header: string[];
}

const pages: DevPage[] = [];
for (const page of await loadBenchmark(dir)) {
  if (page.split !== "dev") continue;
  const headlines = declaredOf(page.html).headlines.slice();
  const lines = pageText(page.html).split("\n");
  const at = lines.findIndex((l) => headlines.includes(key(l)));
  if (at === -1) continue;
  let end = at + 1;
  while (end < lines.length && end < at + 8 && words(lines[end] ?? "") < 25) end++;
  const site = pageMeta(parseHTML(page.html).document).siteName;
  pages.push({
    id: page.id,
    lines,
    at,
    headlines,
    ...(site ? { site } : {}),
    above: lines.slice(0, at).filter((l) => l.trim() !== ""),
    header: lines.slice(at + 1, end).filter((l) => l.trim() !== ""),
  });
}

/** The first other page (after `i`, round the list) that gives `pick` something. */
function donor<T>(i: number, pick: (p: DevPage) => T | undefined): T | undefined {
  for (let k = 1; k < pages.length; k++) {
    const got = pick(pages[(i + k) % pages.length] as DevPage);
    if (got !== undefined) return got;
  }
  return undefined;
}

const SHARE =
  /^(?:share|share this|facebook|twitter|x|email|e-mail|print|whatsapp|linkedin|copy link|tweet|pinterest|reddit|comments?)$/iu;
const CREDIT = /\b(?:photo|image|credit|getty|associated press|ap photo|reuters|afp|shutterstock|file)\b/iu;
const isNav = (l: string): boolean => words(l) <= 3 && !/[.!?,:;]$/u.test(l) && !/\d/u.test(l);
/** A price line: short, mostly figures, with a change in per cent ("Dow 27,934.02 +0.11%"). */
const isTicker = (l: string): boolean =>
  words(l) <= 10 && /[+-−]?\d[\d.,]*\s?%/u.test(l) && (l.match(/\d[\d.,]*/gu) ?? []).length >= 2;
const someOf = (xs: string[], n: number): string[] | undefined => (xs.length >= n ? xs.slice(0, n) : undefined);

type Perturb = (p: DevPage, i: number) => string[] | undefined;
/** Lines set directly above the headline, or between it and what follows it. */
const above =
  (get: (p: DevPage, i: number) => string[] | undefined): Perturb =>
  (p, i) => {
    const add = get(p, i);
    return add === undefined ? undefined : [...p.lines.slice(0, p.at), ...add, ...p.lines.slice(p.at)];
  };
const below =
  (get: (p: DevPage, i: number) => string[] | undefined): Perturb =>
  (p, i) => {
    const add = get(p, i);
    return add === undefined ? undefined : [...p.lines.slice(0, p.at + 1), ...add, ...p.lines.slice(p.at + 1)];
  };

const kinds: Record<string, Perturb> = {
  nav: above((_, i) => donor(i, (d) => someOf(d.above.filter(isNav), 6))),
  ticker: above((_, i) => donor(i, (d) => someOf(d.above.filter(isTicker), 1))),
  crumbs: above((_, i) =>
    donor(i, (d) =>
      someOf(
        d.above.filter((l) => /[›»]|\s[>|/]\s/u.test(l) && words(l) <= 8),
        1,
      ),
    ),
  ),
  section: above((_, i) => donor(i, (d) => someOf(d.above.filter((l) => isNav(l) && words(l) <= 2).slice(-1), 1))),
  site: above((_, i) => donor(i, (d) => (d.site === undefined ? undefined : [d.site]))),
  related: above((_, i) => {
    const heads = [1, 2, 3].map((k) => pages[(i + k) % pages.length]).map((d) => d?.lines[d.at] ?? "");
    return heads.every((h) => h !== "") ? heads : undefined;
  }),
  advert: below((_, i) =>
    donor(i, (d) =>
      someOf(
        [...d.above, ...d.header].filter((l) => /^advertisements?$/iu.test(l.trim())),
        1,
      ),
    ),
  ),
  share: below((_, i) =>
    donor(i, (d) =>
      someOf(
        [...d.above, ...d.header].filter((l) => SHARE.test(l.trim())),
        3,
      ),
    ),
  ),
  caption: below((_, i) =>
    donor(i, (d) => {
      const c = d.header.findIndex((l, k) => k > 0 && CREDIT.test(l) && words(l) <= 8);
      const caption = d.header[c - 1];
      return c === -1 || caption === undefined || words(caption) < 4 || parseDateLine(caption) !== undefined
        ? undefined
        : [caption, d.header[c] as string];
    }),
  ),
  /** The page's own date or byline line moved from under the headline to over it. */
  dateAbove: (p) => {
    const k = p.header.findIndex(
      (l) => words(l) <= 12 && (/^by\s/iu.test(l) || parseDateLine(l)?.kind === "published"),
    );
    if (k === -1) return undefined;
    const line = p.header[k] as string;
    const idx = p.lines.indexOf(line, p.at + 1);
    const rest = p.lines.filter((_, j) => j !== idx);
    return [...rest.slice(0, p.at), line, ...rest.slice(p.at)];
  },
};

interface Tally {
  of: number;
  kept: number;
  wrong: number;
  refused: number;
}
const run = (lines: string[], p: DevPage): "kept" | "wrong" | "refused" => {
  const result = normalizeSource(lines.join("\n"), { fileName: `${p.id}.txt` });
  if (!result.ok) return "refused";
  return p.headlines.includes(key(result.frontmatter.title)) ? "kept" : "wrong";
};

const baseRight = pages.filter((p) => run(p.lines, p) === "kept");
console.log(`${pages.length} dev pages with their headline on a line; ${baseRight.length} right unperturbed`);
const total: Tally = { of: 0, kept: 0, wrong: 0, refused: 0 };
for (const [name, perturb] of Object.entries(kinds)) {
  if (only !== undefined && name !== only) continue;
  const t: Tally = { of: 0, kept: 0, wrong: 0, refused: 0 };
  for (const p of baseRight) {
    const lines = perturb(p, pages.indexOf(p));
    if (lines === undefined) continue;
    const outcome = run(lines, p);
    t.of++;
    t[outcome]++;
    if (listCases && outcome !== "kept") {
      const result = normalizeSource(lines.join("\n"), { fileName: `${p.id}.txt` });
      const got = result.ok ? JSON.stringify(result.frontmatter.title) : `refused ${result.error.code}`;
      console.log(`  ${name} ${p.id.slice(0, 8)} ${outcome}: ${got}`);
      if (show !== undefined && p.id.startsWith(show))
        console.log(
          lines
            .slice(Math.max(0, p.at - 8), p.at + 8)
            .map((l) => `    | ${l.slice(0, 100)}`)
            .join("\n"),
        );
    }
  }
  for (const f of ["of", "kept", "wrong", "refused"] as const) total[f] += t[f];
  console.log(`${name.padEnd(10)} kept ${t.kept}/${t.of}  wrong ${t.wrong}  refused ${t.refused}`);
}
console.log(`${"all".padEnd(10)} kept ${total.kept}/${total.of}  wrong ${total.wrong}  refused ${total.refused}`);
