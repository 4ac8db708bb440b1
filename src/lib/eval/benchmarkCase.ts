/**
 * How an eval case reads a page of the external benchmark (the article-extraction-benchmark's
 * layout: `DIR/html/<id>.html.gz` beside `DIR/ground-truth.json`), so `eval/benchmark-cases`
 * can be scored like the corpus's HTML cases: the page is read unzipped, and the benchmark's
 * hand-checked body stands where a corpus page has its shipped expected text.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The file name a case's input is read as: a gzipped page (`<id>.html.gz`) is the page inside. */
export const caseFileName = (input: string): string => basename(input).replace(/\.gz$/u, "");

/** The bytes of an input file; a gzipped one (as the benchmark keeps its pages) unzipped. */
export async function readInput(file: string): Promise<Buffer> {
  const bytes = await readFile(file);
  return file.endsWith(".gz") ? gunzipSync(bytes) : bytes;
}

/** What `ground-truth.json` holds for each page id. */
export type GroundTruth = Record<string, { articleBody?: string; url?: string } | undefined>;
const groundTruths = new Map<string, GroundTruth>();

/** The benchmark's `DIR/ground-truth.json`, parsed once per run; undefined when DIR has none. */
export async function groundTruthOf(dir: string): Promise<GroundTruth | undefined> {
  const truthFile = join(dir, "ground-truth.json");
  if (!existsSync(truthFile)) return undefined;
  if (!groundTruths.has(truthFile))
    groundTruths.set(truthFile, JSON.parse(await readFile(truthFile, "utf8")) as GroundTruth);
  return groundTruths.get(truthFile);
}

/**
 * The benchmark's hand-checked body of the page at `rawFile` (the best article text known for
 * it); undefined for a file outside the benchmark's layout or an id its ground truth lacks.
 */
export async function benchmarkBody(rawFile: string): Promise<string | undefined> {
  if (basename(dirname(rawFile)) !== "html") return undefined;
  const truth = await groundTruthOf(dirname(dirname(rawFile)));
  return truth?.[caseFileName(rawFile).replace(/\.html?$/u, "")]?.articleBody;
}
