/**
 * A made-up text page for the text path's unit tests: three paragraphs of plain prose to put under
 * the lines a test is about, so the page has an article body and the header rules are what decide.
 * One body for every such test, not a copy per file.
 */
import { normalize } from "./index.ts";
import type { ArticleFrontmatter } from "./types.ts";

/** Three sentences of prose, each a paragraph of its own. */
export const PROSE_BODY: readonly string[] = [
  "Officials in the state capital said on Monday that the new water rules would take effect in the spring, after a year of talks.",
  "Farmers in the valley said the rules would cut their deliveries by a third and asked the court to delay them.",
  "The agency said it would publish the final figures for each district before the end of the month.",
];

/** The frontmatter ingest writes for `lines` read as a text page (`page.txt`); throws when it refuses. */
export function textPageFields(lines: readonly string[]): ArticleFrontmatter {
  const result = normalize(lines.join("\n"), { fileName: "page.txt" });
  if (!result.ok) throw new Error(result.error.message);
  return result.frontmatter;
}
