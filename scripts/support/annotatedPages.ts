/**
 * The pages of an exported set (`DIR/html/<id>.html.gz`, `DIR/NAMES.json`) that others annotated,
 * each read as ingest reads a file, for the scripts that score ingest against such annotations
 * (`eval:dates`, `eval:fields`): one loop, so both read a page the same way. In the `text` form
 * each page is read as its plain-text page extraction instead (`DIR/text/<id>.txt`, written by
 * `eval:export-page-texts`), the shape most raw articles an editor gets arrive in.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { splitOf } from "#lib/eval/benchmark.ts";
import { caseFileName, readInput } from "#lib/eval/benchmarkCase.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import type { NormalizeResult } from "#lib/normalize/types.ts";
import { decodeUtf8 } from "#lib/sources/utf8.ts";

export interface AnnotatedPage<A> {
  readonly id: string;
  readonly split: "dev" | "test";
  readonly annotation: A;
  /** Ingest's result; undefined for a file that is not UTF-8, which ingest refuses. */
  readonly result: NormalizeResult | undefined;
}

/** Every page of `dir` with an annotation in `byName` (keyed by its `NAMES.json` name), in id order. */
export async function* annotatedPages<A>(
  dir: string,
  byName: ReadonlyMap<string, A>,
  form: "html" | "text" = "html",
): AsyncGenerator<AnnotatedPage<A>> {
  const names = JSON.parse(await readFile(join(dir, "NAMES.json"), "utf8")) as Record<string, string>;
  for (const file of (await readdir(join(dir, "html"))).sort()) {
    const id = file.replace(/\..*$/u, "");
    const annotation = byName.get(names[id] ?? "");
    if (annotation === undefined) continue;
    const input = form === "html" ? join(dir, "html", file) : join(dir, "text", `${id}.txt`);
    const raw = decodeUtf8(await readInput(input));
    const result = raw === undefined ? undefined : normalizeSource(raw, { fileName: caseFileName(input) });
    yield { id, split: splitOf(id), annotation, result };
  }
}
