/**
 * Files an endpoint writes into the build's output itself, instead of returning their text as a
 * `Response`'s body. Astro reads an endpoint's body with `Response.arrayBuffer()` and copies it
 * into a `Buffer` before writing it; for `/data/analysis.json` (73 MB at 5,000 articles, made
 * again on every build) that round trip cost as much as serialising the value and left its
 * copies to the collector (docs/performance.md, 2026-12-03 and 2026-12-04). A `Response` without
 * a body makes Astro write no file; the text is written where Astro would have written it (the
 * output folder, which is the staging folder in a build) as soon as it is made, so it is not
 * held until the build ends.
 *
 * Open only while a build with the handedFiles integration runs (src/integrations/handedFiles.ts
 * opens it at `astro:build:start` and closes it at `astro:build:done`): in `astro dev`, in a test
 * calling the endpoint, `writeHandedFile` says no and the endpoint answers with the body as
 * before. Kept on the global object, as the desk is (content/desk.ts): the integrations and the
 * pages' bundle are two module graphs in one process.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const KEY = Symbol.for("mexico-security/handed-files");

interface HandOver {
  readonly outDir: string;
  readonly written: Set<string>;
}
type Holder = { [KEY]?: HandOver | undefined };
const holder = globalThis as Holder;

/** Opens the hand-over for a build writing into `outDir`: `writeHandedFile` writes there from now on. */
export function openHandOver(outDir: string): void {
  holder[KEY] = { outDir, written: new Set() };
}

/**
 * Writes `text` at `path` (relative to the output folder, "/"-separated) when a build has opened
 * the hand-over, and says so; false when none has: the caller then returns the body itself.
 */
export async function writeHandedFile(path: string, text: string): Promise<boolean> {
  const handOver = holder[KEY];
  if (handOver === undefined) return false;
  if (handOver.written.has(path)) throw new Error(`${path} was written twice in one build`);
  handOver.written.add(path);
  const target = join(handOver.outDir, ...path.split("/"));
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  return true;
}

/** Closes the hand-over; the paths written through it in this build, in order. */
export function closeHandOver(): readonly string[] {
  const written = [...(holder[KEY]?.written ?? [])];
  holder[KEY] = undefined;
  return written;
}
