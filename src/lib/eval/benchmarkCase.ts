/**
 * How an eval case reads a page of the external benchmark (the article-extraction-benchmark's
 * layout: `DIR/html/<id>.html.gz` beside `DIR/ground-truth.json`), so `eval/benchmark-cases`
 * can be scored like the corpus's HTML cases: the page is read unzipped, and the benchmark's
 * hand-checked body stands where a corpus page has its shipped expected text.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The file name a case's input is read as: a gzipped page (`<id>.html.gz`) is the page inside. */
export const caseFileName = (input: string): string => basename(input).replace(/\.gz$/u, "");

/** Parsed `ground-truth.json` files, by path: read once per run, however many pages use one. */
type GroundTruth = Record<string, { articleBody?: string } | undefined>;
const groundTruths = new Map<string, GroundTruth>();

/**
 * The benchmark's hand-checked body of the page at `rawFile` (the best article text known for
 * it); undefined for a file outside the benchmark's layout or an id its ground truth lacks.
 */
export async function benchmarkBody(rawFile: string): Promise<string | undefined> {
  const truthFile = join(dirname(dirname(rawFile)), "ground-truth.json");
  if (basename(dirname(rawFile)) !== "html" || !existsSync(truthFile)) return undefined;
  if (!groundTruths.has(truthFile))
    groundTruths.set(truthFile, JSON.parse(await readFile(truthFile, "utf8")) as GroundTruth);
  return groundTruths.get(truthFile)?.[caseFileName(rawFile).replace(/\.html?$/u, "")]?.articleBody;
}
