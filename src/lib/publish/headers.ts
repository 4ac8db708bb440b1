/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a Content-Security-Policy whose
 * `script-src` and `style-src` allow the site's own files plus the exact inline `<script>` and
 * `<style>` blocks the build emitted (by sha256 hash, never `'unsafe-inline'`), the usual
 * hardening headers, and long immutable caching for content-hashed assets only.
 *
 * Pure functions: the build integration (src/integrations/securityHeaders.ts) reads dist/ and
 * writes the file; tests parse the same text to serve the built site with the same headers.
 */
import { createHash } from "node:crypto";

/** Cloudflare Pages ignores `_headers` lines longer than this (Netlify has no such limit). */
export const MAX_LINE_LENGTH = 2000;
/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_RULES = 100;

export interface InlineBlocks {
  /** CSP sources (`'sha256-…'`) for every inline `<script>` without `src` that a browser runs (see `isExecutableScript`). */
  readonly scripts: readonly string[];
  /** CSP sources for every `<style>` element. */
  readonly styles: readonly string[];
  /** Inline code a hash cannot allow (`style="…"`, `onclick="…"`, `javascript:` URLs). */
  readonly unhashable: readonly string[];
}

/** The CSP hash source of a block's text, as browsers compute it (UTF-8, newlines normalized). */
export function cspHash(text: string): string {
  // The HTML parser turns CRLF and lone CR into LF before a script or style sees its text.
  const normalized = text.replace(/\r\n?/g, "\n");
  return `'sha256-${createHash("sha256").update(normalized, "utf8").digest("base64")}'`;
}

// Script and style contents are raw text: they end at the first `</script` / `</style`,
// whatever comes before it, which is what these lazy matches do. Comments are removed first
// so a commented-out block is neither hashed nor mistaken for a real one.
const COMMENT = /<!--[\s\S]*?-->/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const OPEN_TAG = /<[a-z][^\s/>]*(?:\s+[^>]*)?>/gi;
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** A tag's attributes as [lower-case name, unquoted value]. */
function attributes(tag: string): [string, string][] {
  return [...tag.matchAll(ATTRIBUTE)].map(([, name = "", value = ""]) => [
    name.toLowerCase(),
    value.replace(/^(["'])([\s\S]*)\1$/, "$2"),
  ]);
}

/** JavaScript MIME types (HTML's list) under which a `<script>` runs as a classic script. */
const JAVASCRIPT_TYPES = new Set([
  "application/ecmascript",
  "application/javascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);

/**
 * Whether a `<script>` with this `type` is run (or, for import maps and speculation rules,
 * read as code) by the browser and so needs a CSP hash. Any other type makes it a data block
 * — JSON-LD (`application/ld+json`), `application/json` — which browsers never execute and CSP
 * does not govern. Hashing data blocks would only grow `script-src` by one hash per page with
 * unique data (every article's JSON-LD) until `_headers` passed Cloudflare's line limit.
 */
export function isExecutableScript(type: string | undefined): boolean {
  if (type === undefined) return true;
  const essence = type.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    essence === "" || JAVASCRIPT_TYPES.has(essence) || ["module", "importmap", "speculationrules"].includes(essence)
  );
}

/** Anything that could be inline code in an attribute; a cheap test before the exact one. */
const INLINE_CODE_HINT = /\sstyle\s*=|\son[a-z]+\s*=|javascript:/i;

/** Inline code in an attribute: `style="…"`, an `on…` handler or a `javascript:` URL. */
function hasInlineCode(tag: string): boolean {
  return attributes(tag).some(
    ([name, value]) =>
      name === "style" ||
      /^on[a-z]+$/.test(name) ||
      (["href", "src", "action", "formaction"].includes(name) && /^\s*javascript:/i.test(value)),
  );
}

/** The hashes of one page's inline scripts and styles, and any inline code hashes cannot cover. */
export function collectInline(html: string): InlineBlocks {
  const text = html.replace(COMMENT, "");
  const scripts: string[] = [];
  const styles: string[] = [];
  const unhashable: string[] = [];
  for (const [, tagAttributes = "", body = ""] of text.matchAll(SCRIPT)) {
    const scriptAttributes = attributes(` ${tagAttributes}`);
    const type = scriptAttributes.find(([name]) => name === "type")?.[1];
    if (!scriptAttributes.some(([name]) => name === "src") && isExecutableScript(type)) scripts.push(cspHash(body));
  }
  for (const [, body = ""] of text.matchAll(STYLE)) styles.push(cspHash(body));
  const markup = text.replace(SCRIPT, "").replace(STYLE, "");
  // Most pages hold no candidate at all; only then is every tag's attribute list worth reading.
  const candidates = INLINE_CODE_HINT.test(markup) ? markup.matchAll(OPEN_TAG) : [];
  for (const [tag] of candidates) {
    if (hasInlineCode(tag)) unhashable.push(tag.length > 120 ? `${tag.slice(0, 117)}...` : tag);
  }
  return { scripts, styles, unhashable };
}

/** Merges many pages' blocks: each hash once, in a stable (sorted) order. */
export function mergeInline(pages: readonly InlineBlocks[]): InlineBlocks {
  const unique = (values: string[]) => [...new Set(values)].sort();
  return {
    scripts: unique(pages.flatMap((page) => page.scripts)),
    styles: unique(pages.flatMap((page) => page.styles)),
    unhashable: unique(pages.flatMap((page) => page.unhashable)),
  };
}

/** The Content-Security-Policy value for a site whose inline blocks are `inline`. */
export function contentSecurityPolicy(inline: Pick<InlineBlocks, "scripts" | "styles">): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Pagefind compiles its WebAssembly search engine in the page and in its worker.
    ["script-src", "'self'", "'wasm-unsafe-eval'", ...inline.scripts],
    ["style-src", "'self'", ...inline.styles],
    ["img-src", "'self'", "data:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
].join(", ");

export const IMMUTABLE = "public, max-age=31536000, immutable";

/** "/" or "/sub/path/": one leading and one trailing slash, whatever BASE_PATH looked like. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/**
 * The content-hashed files a Pagefind bundle holds, as paths relative to its folder, given
 * the bundle's file list (relative paths with "/" separators). Pagefind names its index
 * chunks, fragments, filters and per-language metadata by content hash; its loader
 * (`pagefind.js`), worker, WebAssembly (`wasm.<lang>.pagefind`), UI files and
 * `pagefind-entry.json` keep fixed names, so they must not be cached as immutable.
 */
export function pagefindHashedPatterns(files: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const file of files) {
    const folder = /^(index|fragment|filter)\//.exec(file)?.[1];
    if (folder) patterns.add(`${folder}/*`);
    else if (/^pagefind\.[^/]+\.pf_meta$/.test(file)) patterns.add(file);
  }
  return [...patterns].sort();
}

export interface HeadersInput {
  /** The site's base path (BASE_PATH / Astro's `base`). */
  readonly base: string;
  readonly inline: Pick<InlineBlocks, "scripts" | "styles">;
  /** Content-hashed paths relative to the base, `*` allowed at the end (e.g. "_astro/*"). */
  readonly immutable: readonly string[];
}

export interface HeaderRule {
  readonly path: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
}

/** The rules `_headers` holds, in order. */
export function headerRules({ base, inline, immutable }: HeadersInput): HeaderRule[] {
  const root = normalizeBase(base);
  return [
    {
      path: `${root}*`,
      headers: [
        ["Content-Security-Policy", contentSecurityPolicy(inline)],
        ["X-Content-Type-Options", "nosniff"],
        ["Referrer-Policy", "strict-origin-when-cross-origin"],
        ["Permissions-Policy", PERMISSIONS_POLICY],
      ],
    },
    ...immutable.map((path) => ({
      path: `${root}${path.replace(/^\/+/, "")}`,
      headers: [["Cache-Control", IMMUTABLE]] as const,
    })),
  ];
}

/** `_headers` text for Netlify and Cloudflare Pages; throws if Cloudflare would ignore part of it. */
export function renderHeaders(input: HeadersInput): string {
  const rules = headerRules(input);
  if (rules.length > MAX_RULES)
    throw new Error(`_headers would hold ${rules.length} rules; Cloudflare Pages reads ${MAX_RULES}`);
  const lines = [
    "# Generated by src/integrations/securityHeaders.ts at build time; do not edit.",
    ...rules.flatMap((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)]),
  ];
  const long = lines.find((line) => line.length > MAX_LINE_LENGTH);
  if (long) {
    throw new Error(
      `a _headers line is ${long.length} characters, over Cloudflare Pages' ${MAX_LINE_LENGTH}: ${long.slice(0, 80)}...`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Parses `_headers` text back into rules (comments and blank lines skipped). */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1} is not "  Name: value" under a path: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern (a `*` matches any run of characters) matches a URL path. */
export function pathMatches(pattern: string, pathname: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a host sends for a URL path: every matching rule applies, in file order, and a
 * header set by more than one rule is joined with ", " (as Netlify and Cloudflare do).
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const previous = result.get(name);
      result.set(name, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return result;
}
