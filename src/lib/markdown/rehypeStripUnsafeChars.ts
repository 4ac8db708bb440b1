/**
 * Rehype plugin: removes control characters and text-direction overrides
 * (src/lib/text/unsafeChars.ts) from every text node and string property of a rendered body.
 * The content check refuses them in hand-written bodies and the normalizer drops them from
 * scraped ones; this pass makes sure none reaches a page whatever path the text took.
 */
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { stripUnsafeChars } from "#lib/text/unsafeChars.ts";

export default function rehypeStripUnsafeChars() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === "text") node.value = stripUnsafeChars(node.value);
      else if (node.type === "element") {
        const { properties } = node;
        for (const [key, value] of Object.entries(properties))
          if (typeof value === "string") properties[key] = stripUnsafeChars(value);
      }
    });
  };
}
