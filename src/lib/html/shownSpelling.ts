/**
 * A declared name in one case, capitals or small letters ("JANE ROE", "jane roe" in JSON-LD),
 * written as the page's own text writes it ("Jane Roe"): a CMS may store a byline in one case
 * that the page prints in mixed case, and the byline is the name as a reader sees it. Only the page's spelling is taken; a name the page
 * never prints in mixed case stays as declared, since title-casing it would guess ("McDONALD",
 * "DeSANTIS").
 */
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

/** `name` as `shown` (the page's visible text) writes it in mixed case, or `name` unchanged. */
export function shownSpelling(name: string, shown: string): string {
  const mixed = (text: string) => /\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
  if (mixed(name) || (name.match(/\p{L}/gu) ?? []).length < 2) return name;
  const words = name.trim().split(/\s+/u).map(escapeRegExp).join("\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "giu");
  for (const match of shown.matchAll(pattern)) if (mixed(match[0])) return match[0].replace(/\s+/gu, " ");
  return name;
}
