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
import { html as htmlSchema, find, svg as svgSchema } from "property-information";
import { html as htmlSpec, parse, type DefaultTreeAdapterTypes } from "parse5";
import { routes } from "#lib/paths.ts";

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

/** URL-valued attributes where a `javascript:` URL would run code. */
const URL_PROPERTIES = new Set(["href", "src", "action", "formAction"]);

/** An element as hast names it: its tag and its attributes under their hast property names. */
interface NamedElement {
  readonly tagName: string;
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * The attributes of a real element that hold inline code: `style`, an `on…` event handler
 * (hast names them `onClick`, `onError` …) or a `javascript:` URL.
 */
function inlineCodeAttributes(element: NamedElement): [string, string][] {
  return Object.entries(element.properties)
    .filter(
      ([name, value]) =>
        name === "style" || /^on[A-Z]/.test(name) || (URL_PROPERTIES.has(name) && /^\s*javascript:/i.test(value)),
    )
    .map(([name, value]) => [name.toLowerCase(), value]);
}

/** A short description of the offending attributes of an element, as they read in the HTML. */
function describeTag(element: NamedElement, attributes: [string, string][]): string {
  const tag = `<${element.tagName} ${attributes.map(([name, value]) => `${name}="${value}"`).join(" ")}>`;
  return tag.length > 120 ? `${tag.slice(0, 117)}...` : tag;
}

type ParsedNode = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/**
 * Raw attribute names whose hast property can be one `collectInline` reads (`style`, `on…`,
 * the URL properties, a script's `src` and `type`): a superset, so that only these few are
 * looked up in the schema.
 */
const READ_ATTRIBUTES = /^(?:on|style$|href$|src$|action$|formaction$|type$)/i;

/**
 * Those attributes of a parsed element, keyed as hast names them (property-information, as
 * hast-util-from-parse5 does), so `onclick` is an event handler and an unknown `onfoo` is not.
 */
function hastProperties(element: DefaultTreeAdapterTypes.Element): Record<string, string> {
  const schema = element.namespaceURI === htmlSpec.NS.SVG ? svgSchema : htmlSchema;
  const properties: Record<string, string> = {};
  for (const attribute of element.attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:` : "") + attribute.name;
    if (READ_ATTRIBUTES.test(name) && !(name in Object.prototype)) {
      properties[find(schema, name).property] = attribute.value;
    }
  }
  return properties;
}

/** The text of an element's descendants, in order (what `hast-util-to-string` reads). */
function textOf(node: ParsedNode): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterTypes.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/**
 * The hashes of one page's inline scripts and styles, and any inline code hashes cannot cover.
 * The page is parsed as a browser would (parse5, the parser hast uses, with the same options
 * as `hast-util-from-html`): only real `<script>` and `<style>` elements count, so the text
 * "<script>…</script>" inside an attribute value (a headline in `og:title`) is neither hashed
 * into the site-wide policy nor mistaken for markup, and comments are skipped. It walks
 * parse5's tree itself rather than a hast tree: building hast took 60% of the time, and a
 * build runs this on every page.
 */
export function collectInline(html: string): InlineBlocks {
  const scripts: string[] = [];
  const styles: string[] = [];
  const unhashable: string[] = [];
  // Document order; a <template>'s content is not among its childNodes, as it is not in hast's children.
  const walk = (node: ParsedNode): void => {
    if ("tagName" in node) {
      const element = { tagName: node.tagName, properties: hastProperties(node) };
      if (element.tagName === "script") {
        const { src, type } = element.properties;
        if (src === undefined && isExecutableScript(type)) scripts.push(cspHash(textOf(node)));
      } else if (element.tagName === "style") {
        styles.push(cspHash(textOf(node)));
      }
      const code = inlineCodeAttributes(element);
      if (code.length > 0) unhashable.push(describeTag(element, code));
    }
    if ("childNodes" in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { scriptingEnabled: false }));
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

/**
 * The content file a built page (a path relative to dist/) is rendered from, when one file
 * is: so an error about a page can say which file an editor should open.
 */
export function contentFileFor(page: string): string | undefined {
  const [section, id, rest] = page.split("/");
  if (section === "articles" && id && rest) return `content/articles/${id}.md`;
  if (section === "topics" && id && rest) return `content/topics/${id}.md`;
  if (section === "entities" && id && rest) return `content/entities/${id}.yaml`;
  return undefined;
}

/** "dist/articles/x/index.html (from content/articles/x.md)": a page as an error names it. */
export function describePage(page: string): string {
  const source = contentFileFor(page);
  return `dist/${page}${source ? ` (from ${source})` : ""}`;
}

/** One built page's inline blocks, by its path relative to dist/. */
export interface PageBlocks {
  readonly file: string;
  readonly blocks: InlineBlocks;
}

/** Throws, naming every page and its code, if any page holds inline code a hash cannot allow. */
export function assertNoUnhashable(pages: readonly PageBlocks[]): void {
  const found = pages.flatMap(({ file, blocks }) => blocks.unhashable.map((tag) => `${describePage(file)}: ${tag}`));
  if (found.length === 0) return;
  throw new Error(
    "Inline style attributes, event handlers and javascript: URLs break the Content-Security-Policy; " +
      `move them into a stylesheet or script:\n${found.join("\n")}`,
  );
}

/**
 * Throws if the site-wide policy would make a `_headers` line longer than Cloudflare Pages
 * reads, naming the pages whose own inline blocks (hashes no other page shares) grow it most:
 * those are where an inline script or style should move into a file.
 */
export function assertPolicyFits(pages: readonly PageBlocks[]): void {
  const inline = mergeInline(pages.map(({ blocks }) => blocks));
  const line = `  Content-Security-Policy: ${contentSecurityPolicy(inline)}`;
  if (line.length <= MAX_LINE_LENGTH) return;
  const owners = new Map<string, Set<string>>();
  for (const { file, blocks } of pages) {
    for (const hash of [...blocks.scripts, ...blocks.styles])
      owners.set(hash, (owners.get(hash) ?? new Set()).add(file));
  }
  const own = pages
    .map(({ file, blocks }) => ({
      file,
      count: new Set([...blocks.scripts, ...blocks.styles].filter((hash) => owners.get(hash)?.size === 1)).size,
    }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.file.localeCompare(b.file));
  const listed = own
    .slice(0, 10)
    .map(({ file, count }) => `${describePage(file)}: ${count} inline block(s) of its own`);
  throw new Error(
    `the Content-Security-Policy line in _headers would be ${line.length} characters, over Cloudflare Pages' ` +
      `${MAX_LINE_LENGTH}: ${inline.scripts.length} script and ${inline.styles.length} style hashes. ` +
      `Move inline scripts and styles into files; the pages with blocks of their own:\n${
        listed.length > 0 ? listed.join("\n") : "(none: every hash is shared by several pages)"
      }`,
  );
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

/**
 * The open data files (src/pages/data/, src/pages/articles/[slug]/analysis.json.ts): public
 * data, so any origin may fetch it — a researcher's notebook or another site — without a proxy.
 */
const OPEN_DATA_PATHS = [routes.openData(), routes.openDataSchema(), routes.articleOpenData("*")];

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
    ...OPEN_DATA_PATHS.map((path) => ({
      path: `${root}${path.replace(/^\/+/, "")}`,
      headers: [["Access-Control-Allow-Origin", "*"]] as const,
    })),
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
