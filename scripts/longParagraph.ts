/**
 * `node scripts/longParagraph.ts [CHARS...]`: how the article pipeline scales with one long
 * paragraph. For each size (default 100k, 200k and 400k characters) it renders a generated
 * single-paragraph article through the site's Markdown pipeline and runs the analysis on it,
 * and prints the time of each, so superlinear steps show as a ratio above 2 per doubling.
 * Profile a run with `node --cpu-prof scripts/longParagraph.ts`. A measurement, not a test.
 */
import { performance } from "node:perf_hooks";
import { analyseCorpus } from "#lib/analysis/index.ts";
import { markdownProcessor } from "#lib/markdown/pipeline.ts";

const SENTENCES = [
  "Officials in Sinaloa said on Monday that the convoy had been stopped near Culiacán.",
  '"We will not negotiate with anyone," the governor told reporters, according to Reuters.',
  "The State Department said the talks would resume in Washington next week.",
  "Analysts at the Wilson Center noted that seizures of fentanyl rose 40 percent in 2024.",
  "Mr. López Obrador's successor, Claudia Sheinbaum, rejected U.S. troops on Mexican soil.",
];

/** One paragraph of about `chars` characters, of varied sentences numbered so none repeats. */
function paragraph(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const sentence = `${SENTENCES[i % SENTENCES.length] ?? ""} (${i})`;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(" ");
}

const sizes = process.argv.slice(2).map(Number);
const renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
for (const chars of sizes.length > 0 ? sizes : [100_000, 200_000, 400_000]) {
  const body = `${paragraph(chars)}\n`;
  let start = performance.now();
  const html = await renderer.render(body, {});
  const render = performance.now() - start;
  start = performance.now();
  analyseCorpus([{ slug: "long", title: "A Long Paragraph", body }], []);
  const analysis = performance.now() - start;
  const mb = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  console.log(
    `${chars.toLocaleString("en-US").padStart(11)} chars: render ${render.toFixed(0).padStart(6)} ms, analysis ${analysis.toFixed(0).padStart(6)} ms, ${html.code.length} bytes of HTML, rss ${mb} MB`,
  );
}
