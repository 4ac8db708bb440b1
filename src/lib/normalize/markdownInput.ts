/**
 * Sources that are already markdown with YAML frontmatter (some sites and CMS exports): title,
 * date, author and standfirst are taken from the frontmatter, and the markdown body is kept as
 * parsed — only raw HTML is turned into literal text, so a `<script>` can never reach a page.
 */
import type { Heading, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { parseDate } from "../content/parseDate.ts";
import type { SourceLine } from "./lines.ts";
import type { PlainTextResult } from "./plaintext.ts";
import type { NormalizeError, Removal } from "./types.ts";

/** Frontmatter keys other tools use, mapped to our field names. */
const KEY_MAP: Record<string, "title" | "dek" | "byline" | "published" | "keyPoints" | "citedSources"> = {
  title: "title",
  headline: "title",
  dek: "dek",
  description: "dek",
  subtitle: "dek",
  summary: "dek",
  excerpt: "dek",
  standfirst: "dek",
  author: "byline",
  authors: "byline",
  byline: "byline",
  date: "published",
  published: "published",
  pubdate: "published",
  publishdate: "published",
  published_at: "published",
  datepublished: "published",
  keypoints: "keyPoints",
  key_points: "keyPoints",
  highlights: "keyPoints",
  citedsources: "citedSources",
  cited_sources: "citedSources",
  sources: "citedSources",
};

/** Index of the closing fence when the text opens with a `---` YAML frontmatter block. */
export function frontmatterEnd(lines: readonly SourceLine[]): number | undefined {
  if (lines[0]?.text !== "---") return undefined;
  const end = lines.findIndex((l, i) => i > 0 && (l.text === "---" || l.text === "..."));
  return end === -1 ? undefined : end;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => v !== undefined);
    return parts.length > 0 ? parts.join(", ") : undefined;
  }
  if (value !== null && typeof value === "object" && "name" in value) return asText((value as { name: unknown }).name);
  return undefined;
}

function headingText(node: Heading): string {
  return node.children
    .map((c) => ("value" in c ? c.value : ""))
    .join("")
    .trim();
}

/**
 * Removes positions and turns raw HTML into literal text, recursively. HTML in a flow position
 * (a block of its own) becomes a paragraph, since a bare text node there would make the
 * serializer treat the whole container as phrasing.
 */
function sanitize<T extends RootContent>(node: T, flow: boolean): T {
  delete node.position;
  if (node.type === "html") {
    const text = { type: "text", value: node.value } as const;
    return (flow ? { type: "paragraph", children: [text] } : text) as unknown as T;
  }
  if ("children" in node) {
    const childrenAreFlow =
      node.type === "blockquote" || node.type === "listItem" || node.type === "footnoteDefinition";
    node.children = node.children.map((c) => sanitize(c as RootContent, childrenAreFlow)) as typeof node.children;
  }
  return node;
}

/** `title` is the editor's sidecar title, when there is one; it overrides the file's. */
export function normalizeMarkdown(
  lines: readonly SourceLine[],
  end: number,
  title?: string,
): PlainTextResult | NormalizeError {
  const removed: Removal[] = [];
  const warnings: string[] = [];
  const fields: PlainTextResult["fields"] = { title: "" };
  const yamlText = lines
    .slice(1, end)
    .map((l) => l.raw)
    .join("\n");
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) + 1 : 1;
    return {
      code: "bad-frontmatter",
      line,
      message: `YAML frontmatter does not parse at line ${line}: ${error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "") : String(error)}; fix the YAML or remove the frontmatter`,
    };
  }
  const record =
    data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const fieldOfKey = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    const field = KEY_MAP[key.toLowerCase()];
    if (field === undefined) {
      warnings.push(`frontmatter key "${key}" is not an article field and was not used`);
      continue;
    }
    if (field === "keyPoints" || field === "citedSources") {
      const items = Array.isArray(value) ? value.map(asText).filter((v): v is string => v !== undefined) : [];
      if (items.length > 0) fields[field] = items;
    } else if (field === "published") {
      const iso = value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(asText(value) ?? "");
      if (iso === undefined)
        warnings.push(`frontmatter ${key} "${String(value)}" is not a date we can read; published left empty`);
      else fields.published = iso;
    } else {
      const text = asText(value);
      if (text !== undefined && (fields[field] ?? "") === "") fields[field] = text;
    }
    fieldOfKey.set(key, field);
  }
  // Report each frontmatter line under the field its key went into.
  let currentField: string | undefined;
  for (const line of lines.slice(0, end + 1)) {
    const key = /^([^\s#:][^:]*):/.exec(line.raw)?.[1]?.trim();
    if (key !== undefined) currentField = fieldOfKey.get(key);
    if (line.n === 1 || line.n === end + 1) currentField = undefined;
    removed.push({
      line: line.n,
      text: line.raw,
      reason: "metadata",
      ...(currentField !== undefined ? { field: currentField } : {}),
    });
  }

  const bodyText = lines
    .slice(end + 1)
    .map((l) => l.raw.replace(/[ \t\u00A0]+$/, ""))
    .join("\n");
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(bodyText);
  const offset = end + 1;
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 1) + offset;
    if (node.type === "heading" && node.depth === 1) {
      const text = headingText(node);
      if (fields.title === "") {
        fields.title = text;
        removed.push({ line, text: lines[line - 1]?.raw ?? text, reason: "metadata", field: "title" });
        continue;
      }
      if (text.toLowerCase() === fields.title.toLowerCase() && children.length === 0) {
        removed.push({ line, text: lines[line - 1]?.raw ?? text, reason: "duplicate" });
        continue;
      }
    }
    // The page's h1 is the title, so body headings start at h2.
    if (node.type === "heading" && node.depth === 1) node.depth = 2;
    children.push(sanitize(node, true));
  }
  if (title !== undefined) {
    if (fields.title !== "" && fields.title !== title)
      warnings.push(`sidecar title "${title}" overrides the headline "${fields.title}" found in the file`);
    fields.title = title;
  }
  if (fields.title === "") {
    return {
      code: "no-title",
      line: 1,
      message: "the frontmatter has no title and the body has no '# ' heading",
    };
  }
  if (children.length === 0)
    return {
      code: "no-body",
      message:
        "found a headline but no body text: every other line is site chrome or metadata; check that the file holds the article itself",
    };
  return { fields, body: children as PlainTextResult["body"], removed, warnings };
}
