/**
 * Rehype plugin: makes sure no heading id from an article or topic body takes an id the page
 * already uses. rehype-slug names headings after their text, so `## Main` would become
 * `id="main"` (the skip link's target) and `## S 1bf34e61` would become `id="s-1bf34e61"`,
 * a sentence anchor analysis panels link to. Such a heading gets `section-<slug>`; a heading
 * id that another element of the body already carries gets `-2`, `-3` … Every other heading
 * keeps rehype-slug's id, so existing `#heading` links stay valid.
 *
 * Runs after rehype-slug and the sentence anchors, before Astro collects the headings for the
 * table of contents, which then links to the final ids.
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { KEY_POINT_ANCHOR, SENTENCE_ANCHOR } from "#lib/text/anchors.ts";

/**
 * Every id the layouts, components and pages emit around a rendered body. A test reads the
 * `.astro` sources and fails when an id there is missing from this list.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  "article-quotes-heading",
  "cited-heading",
  "claims",
  "claims-all",
  "claims-differ",
  "claims-only",
  "claims-some",
  "coverage",
  "coverage-caption",
  "header-q",
  "key-points-heading",
  "latest-heading",
  "main",
  "mentions",
  "mentions-heading",
  "notfound-q",
  "open-data",
  "people",
  "provenance-heading",
  "quotes",
  "quotes-heading",
  "related-heading",
  "search",
  "search-q",
  "sentences",
  "shared",
  "single-heading",
  "sourcing",
  "sourcing-heading",
  "stated-heading",
  // The article's standfirst and key points (FRONT_ANCHORS in src/lib/text/anchors.ts): quotes link to them.
  "standfirst",
  "stories",
  "timeline",
  "toc-heading",
  "topics",
  "topics-heading",
  "who-heading",
  "who-unreviewed",
  "who-more-unreviewed",
  "with-heading",
  // The entity index's group headings (`id={group.kind}`).
  "person",
  "organisation",
  "place",
]);

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Whether a heading may not carry `id` as it is, whatever else the body holds. */
export function isReservedId(id: string): boolean {
  return LAYOUT_IDS.has(id) || SENTENCE_ANCHOR.test(id) || KEY_POINT_ANCHOR.test(id);
}

export default function rehypeUniqueHeadingIds() {
  return (tree: Root) => {
    const headings: Element[] = [];
    const taken = new Set(LAYOUT_IDS);
    visit(tree, "element", (element: Element) => {
      const { id } = element.properties;
      if (typeof id !== "string") return;
      if (HEADINGS.has(element.tagName)) headings.push(element);
      else taken.add(id);
    });
    for (const heading of headings) {
      const id = String(heading.properties["id"]);
      const base = isReservedId(id) ? `section-${id}` : id;
      let candidate = base;
      for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
      taken.add(candidate);
      heading.properties["id"] = candidate;
    }
  };
}
