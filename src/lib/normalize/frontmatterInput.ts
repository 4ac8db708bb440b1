/**
 * Frontmatter written by other tools and CMSs, mapped to article fields instead of thrown
 * away: `title`/`headline`, `date`/`published_at` → published, `author` → byline,
 * `url`/`link`/`canonical`/`source_url` → url, `source`/`publisher`/`site_name` → outlet when it
 * names one (a bare domain such as "example.com" is where a copy came from, not a name).
 * Nested records (`structured_data:`, `seo:`) fill what the top level leaves empty. Every key
 * that maps to nothing is listed in the report as unused.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { parseDate } from "#lib/content/parseDate.ts";
import type { SourceLine } from "./lines.ts";
import type { PlainTextResult } from "./plaintext.ts";
import type { NormalizeError, Removal } from "./types.ts";

type Field = "title" | "dek" | "byline" | "published" | "outlet" | "url" | "keyPoints" | "citedSources";

/** Frontmatter keys other tools use, mapped to our field names (compared lower-case). */
const KEY_MAP: Record<string, Field> = {
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
  creator: "byline",
  date: "published",
  published: "published",
  pubdate: "published",
  publishdate: "published",
  published_at: "published",
  publishedat: "published",
  datepublished: "published",
  date_published: "published",
  url: "url",
  link: "url",
  canonical: "url",
  canonical_url: "url",
  canonicalurl: "url",
  source_url: "url",
  original_source: "url",
  original_url: "url",
  permalink: "url",
  source: "outlet",
  publisher: "outlet",
  site_name: "outlet",
  sitename: "outlet",
  outlet: "outlet",
  publication: "outlet",
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
  if (value !== null && typeof value === "object" && "name" in value) return asText(value.name);
  return undefined;
}

/**
 * An author list (`author: [A, B, C]`) as a byline reads: "A, B and C". A page that prints
 * several authors writes them so, and the site shows the byline as one line.
 */
function asByline(value: unknown): string | undefined {
  if (!Array.isArray(value)) return asText(value);
  const names = value.map(asText).filter((v): v is string => v !== undefined);
  const last = names.pop();
  return names.length === 0 ? last : `${names.join(", ")} and ${last}`;
}

/** A plain scalar: not YAML syntax ([, {, |, >, &, *, !, %, @, `), and quoted only when closed. */
const PLAIN_VALUE = /^(?:"[^"]*"|'[^']*'|[^\s"'[\]{}|>&*!%@`#][^\n]*)$/u;

/**
 * Frontmatter that YAML refuses only for a scraper's unquoted colon (`title: Sheinbaum: no
 * troops`), read as the "key: value" lines it plainly is: each top-level line a key and a plain
 * value, or a key over "- item" lines. Undefined when any line is something else, so real YAML
 * mistakes (an unclosed "[", a bad indent) still get the parser's error.
 */
function readKeyValueLines(yamlText: string): Record<string, unknown> | undefined {
  const record: Record<string, unknown> = {};
  let list: string[] | undefined;
  for (const line of yamlText.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const item = /^\s+-\s+(\S.*)$/u.exec(line)?.[1];
    if (item !== undefined && list !== undefined && PLAIN_VALUE.test(item)) {
      list.push(unquote(item));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):(?:\s+(\S.*?))?\s*$/u.exec(line);
    const [key, value] = [pair?.[1], pair?.[2]];
    if (key === undefined) return undefined;
    if (value === undefined) {
      list = [];
      record[key] = list;
    } else if (PLAIN_VALUE.test(value)) {
      list = undefined;
      record[key] = unquote(value);
    } else return undefined;
  }
  return record;
}

function unquote(value: string): string {
  return /^(["']).*\1$/u.test(value) ? value.slice(1, -1) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/** The day in an article URL's path ("/2025/12/04/slug", "/2014/7/4/5870663/slug"), which the site fixed when it published. */
export function urlDate(url: string | undefined): string | undefined {
  const match = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url ?? "");
  return match ? parseDate(`${match[1]}-${match[2]?.padStart(2, "0")}-${match[3]?.padStart(2, "0")}`) : undefined;
}

export interface Frontmatter {
  fields: PlainTextResult["fields"];
  removed: Removal[];
  warnings: string[];
}

/** Reads the YAML between line 1 and `end` into article fields. */
export function readFrontmatter(lines: readonly SourceLine[], end: number): Frontmatter | NormalizeError {
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
    data = readKeyValueLines(yamlText);
    if (data !== undefined)
      warnings.push(
        `line ${line}: the YAML frontmatter does not parse (an unquoted ":" in a value?); read it line by line as "key: value"`,
      );
    else
      return {
        code: "bad-frontmatter",
        line,
        message: `the YAML frontmatter does not parse: ${error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "") : String(error)}; fix the YAML or remove the frontmatter`,
      };
  }
  const fieldOfKey = new Map<string, string>();
  const later: [Record<string, unknown>, string][] = [];
  const take = (record: Record<string, unknown>, path: string, nested: boolean): void => {
    for (const [key, value] of Object.entries(record)) {
      const field = KEY_MAP[key.toLowerCase()];
      if (field === undefined) {
        if (!nested && isRecord(value)) later.push([value, `${key}.`]);
        else if (!nested) warnings.push(`frontmatter key "${path}${key}" is not an article field and was not used`);
        continue;
      }
      if (!nested) fieldOfKey.set(key, field);
      if (fields[field] !== undefined && fields[field] !== "") continue;
      if (field === "keyPoints" || field === "citedSources") {
        const items = Array.isArray(value) ? value.map(asText).filter((v): v is string => v !== undefined) : [];
        if (items.length > 0) fields[field] = items;
      } else if (field === "published") {
        const iso = value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(asText(value) ?? "");
        if (iso === undefined) {
          if (asText(value) !== undefined)
            warnings.push(
              `frontmatter ${path}${key} "${String(value)}" is not a date we can read; published left empty`,
            );
          continue;
        }
        fields.published = iso;
      } else if (field === "url") {
        const url = asText(value);
        if (url === undefined || !/^https?:\/\/\S+$/i.test(url)) continue;
        fields.url = url;
      } else if (field === "outlet") {
        const name = asText(value);
        // A domain or URL says where a copy came from; an outlet is a name.
        if (name === undefined || /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/?$/i.test(name)) {
          if (name !== undefined)
            warnings.push(`frontmatter ${path}${key} "${name}" is not an outlet's name and was not used`);
          continue;
        }
        fields.outlet = name;
      } else {
        const text = field === "byline" ? asByline(value) : asText(value);
        if (text !== undefined) fields[field] = text;
      }
    }
  };
  if (isRecord(data)) take(data, "", false);
  // Nested records only fill what the top level left empty.
  for (const [record, path] of later) take(record, path, true);
  // A `date` later than the day in the article's own URL is when this copy was made.
  const fromUrl = urlDate(fields.url);
  if (fromUrl !== undefined && fields.published !== undefined && fromUrl < fields.published) {
    warnings.push(`frontmatter date ${fields.published} is later than the date in the article's URL; used ${fromUrl}`);
    fields.published = fromUrl;
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
  return { fields, removed, warnings };
}
