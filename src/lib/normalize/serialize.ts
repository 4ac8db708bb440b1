/**
 * Writes the article file from an mdast tree: frontmatter as a `yaml` node, body blocks after
 * it, serialized by remark-stringify with GFM. Building a tree instead of concatenating
 * markdown means escaping is right by construction: text that starts with "1." or "#", or
 * contains "*", "_" or "<script>", stays literal text.
 */
import type { BlockContent, Root, Yaml } from "mdast";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { stringify as stringifyYaml } from "yaml";
import type { ArticleFrontmatter } from "./types.ts";

/** Frontmatter keys in the order they are written; fixed so output is byte-stable. */
const FIELD_ORDER: ReadonlyArray<keyof ArticleFrontmatter> = [
  "title",
  "dek",
  "byline",
  "published",
  "outlet",
  "url",
  "source",
  "topics",
  "keyPoints",
  "citedSources",
  "generated",
];

/**
 * YAML text for the frontmatter. Serialized as YAML 1.1 so that any string a 1.1 parser
 * (Astro's) would read as something else — "2025-02-21" as a date, "no" as false — is quoted.
 */
export function frontmatterYaml(frontmatter: ArticleFrontmatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (frontmatter[key] !== undefined) ordered[key] = frontmatter[key];
  return stringifyYaml(ordered, { version: "1.1", lineWidth: 0, minContentWidth: 0 }).trimEnd();
}

const processor = unified()
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: "-",
    listItemIndent: "one",
    emphasis: "_",
    strong: "*",
    rule: "-",
    fences: true,
    handlers: { yaml: (node: Yaml) => `---\n${node.value}\n---` },
  });

/** The whole article file: frontmatter then body, ending with one newline. */
export function toArticleMarkdown(
  frontmatter: ArticleFrontmatter,
  body: readonly BlockContent[] | Root["children"],
): string {
  const root: Root = { type: "root", children: [{ type: "yaml", value: frontmatterYaml(frontmatter) }, ...body] };
  return processor.stringify(root);
}
