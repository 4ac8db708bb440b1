/**
 * The reference body an output is scored against (decided in eval/README.md):
 * - text cases: the raw file with its YAML frontmatter, the index's date marker, the title,
 *   the dek and every `drop` item removed (the gold's `drop` list is exhaustive);
 * - HTML cases: recall against the gold's `keep` items; precision against the page's article
 *   text as best known — the shipped expected text with `drop` items removed and `keep` items
 *   that it lacks added; undefined when the page ships no full expected text.
 */
import { bodyContains, normalizeText } from "./compare.ts";
import type { Gold } from "./gold.ts";

function removeAll(text: string, item: string): string {
  const needle = normalizeText(item);
  return needle === "" ? text : text.split(needle).join("\n");
}

function removeFirst(text: string, item: string | null): string {
  if (item === null) return text;
  const needle = normalizeText(item);
  const at = needle === "" ? -1 : text.indexOf(needle);
  return at === -1 ? text : `${text.slice(0, at)}\n${text.slice(at + needle.length)}`;
}

/** Reference body of a text or markdown case. */
export function textReference(raw: string, gold: Gold): string {
  let text = raw.replace(/^\uFEFF/, "").replace(/^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)\r?\n/, "");
  text = text.replace(/^ date \d{4}-\d{2}-\d{2} /, "");
  // Line by line so normalization never joins paragraphs.
  text = text
    .split(/\r?\n/)
    .map((line) => normalizeText(line))
    .join("\n");
  for (const item of gold.drop ?? []) text = removeAll(text, item);
  text = removeFirst(text, gold.title);
  text = removeFirst(text, gold.dek);
  return text;
}

/** Precision reference of an HTML case, from the page's shipped expected text. */
export function htmlReference(expected: string | undefined, gold: Gold): string | undefined {
  if (expected === undefined) return undefined;
  let text = normalizeText(expected);
  for (const item of gold.drop ?? []) text = removeAll(text, item);
  const missing = gold.keep.filter((item) => !bodyContains(text, item));
  return [text, ...missing].join("\n");
}
