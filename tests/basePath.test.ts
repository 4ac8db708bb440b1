/**
 * The site deployed under a subpath, as GitHub Pages serves a project site: built once with
 * BASE_PATH=/mexico-security/ and SITE_URL=https://example.org into a temporary folder (dist/
 * is left alone), served under that subpath, and crawled from the home page. Every internal
 * link and asset must load and stay under the base; canonical URLs are SITE_URL + base.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHeaders } from "#lib/publish/headers.ts";
import { childEnv } from "#scripts/support/childEnv.ts";
import { serveStatic, type RunningServer } from "#scripts/support/staticServer.ts";

const BASE = "/mexico-security/";
const SITE_URL = "https://example.org";
const root = resolve(import.meta.dirname, "..");

let outDir: string;
let server: RunningServer;
let crawl: Crawl;

/** Where a URL was found: the page and the element that carries it. */
interface Reference {
  readonly url: URL;
  readonly from: string;
  readonly via: string;
}

interface Crawl {
  /** Every internal URL reached, with its HTTP status and first reference. */
  readonly fetched: Map<string, { status: number; reference: Reference }>;
  /** Internal references whose path is outside the base. */
  readonly escaped: Reference[];
  /** Canonical and og:url values, by page. */
  readonly canonical: Map<string, { canonical?: string; ogUrl?: string }>;
  /** Pages crawled (URL paths). */
  readonly pages: string[];
}

const LINKING = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["form[action]", "action"],
] as const;

function describeElement(element: Element, attribute: string): string {
  return `<${element.tagName} ${attribute}="${String(element.properties[attribute === "action" ? "action" : attribute])}">`;
}

async function crawlSite(start: string): Promise<Crawl> {
  const origin = new URL(start).origin;
  const fetched: Crawl["fetched"] = new Map();
  const escaped: Reference[] = [];
  const canonical: Crawl["canonical"] = new Map();
  const pages: string[] = [];
  const queue: Reference[] = [{ url: new URL(start), from: "(start)", via: "home page" }];

  const enqueue = (reference: Reference) => {
    const url = new URL(reference.url);
    url.hash = "";
    if (url.origin !== origin) return;
    if (!url.pathname.startsWith(BASE)) escaped.push(reference);
    if (!fetched.has(url.href) && !queue.some((queued) => queued.url.href === url.href))
      queue.push({ ...reference, url });
  };

  while (queue.length > 0) {
    const reference = queue.shift() as Reference;
    const { url } = reference;
    if (fetched.has(url.href)) continue;
    const response = await fetch(url, { redirect: "manual" });
    fetched.set(url.href, { status: response.status, reference });
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200) {
      await response.body?.cancel();
      continue;
    }
    const body = await response.text();
    if (type.startsWith("text/css")) {
      for (const [, target = ""] of body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (!target.startsWith("data:"))
          enqueue({ url: new URL(target, url), from: url.pathname, via: `url(${target})` });
      }
      continue;
    }
    if (!type.startsWith("text/html")) continue;
    pages.push(url.pathname);
    const tree = fromHtml(body);
    for (const [selector, attribute] of LINKING) {
      for (const element of selectAll(selector, tree)) {
        const value = element.properties[attribute] ?? "";
        if (value === "" || /^(mailto|tel|data|javascript):/i.test(value)) continue;
        const target = new URL(value, url);
        if (!/^https?:$/.test(target.protocol)) continue;
        const isMeta = element.tagName === "link" && String(element.properties["rel"]).includes("canonical");
        if (!isMeta) enqueue({ url: target, from: url.pathname, via: describeElement(element, attribute) });
      }
    }
    // The search page's Pagefind bundle is loaded by script, from its data-bundle attribute.
    for (const element of selectAll("[data-bundle]", tree)) {
      const bundle = new URL(String(element.properties["dataBundle"]), url);
      enqueue({ url: bundle, from: url.pathname, via: `data-bundle="${bundle.pathname}"` });
    }
    const canonicalHref = selectAll("link[rel~=canonical]", tree)[0]?.properties["href"];
    const ogUrl = selectAll('meta[property="og:url"]', tree)[0]?.properties["content"];
    canonical.set(url.pathname, {
      ...(canonicalHref === undefined ? {} : { canonical: canonicalHref }),
      ...(ogUrl === undefined ? {} : { ogUrl }),
    });
  }
  return { fetched, escaped, canonical, pages };
}

const list = (references: Reference[]) => references.map((r) => `${r.from}: ${r.via} → ${r.url.pathname}`);

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "mexico-security-base-"));
  await promisify(execFile)("astro", ["build", "--outDir", outDir], {
    cwd: root,
    env: childEnv(root, { BASE_PATH: BASE, SITE_URL }),
    maxBuffer: 64 * 1024 * 1024,
  });
  server = await serveStatic(outDir, BASE);
  crawl = await crawlSite(server.url);
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`the site built for ${SITE_URL}${BASE}`, { timeout: 120_000 }, () => {
  it("reaches every kind of page from the home page", () => {
    const reached = [...crawl.fetched]
      .filter(([, { status }]) => status === 200)
      .map(([href]) => new URL(href).pathname);
    const kinds = {
      home: new RegExp(`^${BASE}$`),
      topic: new RegExp(`^${BASE}topics/[^/]+/$`),
      article: new RegExp(`^${BASE}articles/[^/]+/$`),
      provenance: new RegExp(`^${BASE}articles/[^/]+/source/$`),
      rawSource: new RegExp(`^${BASE}sources/[^/]+\\.txt$`),
      search: new RegExp(`^${BASE}search/$`),
    };
    const missing = Object.entries(kinds)
      .filter(([, pattern]) => !reached.some((path) => pattern.test(path)))
      .map(([kind]) => kind);
    expect(missing).toEqual([]);
  });

  it("has no internal link or asset that ignores the base path", () => {
    expect(list(crawl.escaped)).toEqual([]);
  });

  it("has no broken internal link or asset", () => {
    const broken = [...crawl.fetched.values()]
      .filter(({ status }) => status !== 200)
      .map(({ status, reference }) => `${status} ${reference.from}: ${reference.via} → ${reference.url.pathname}`);
    expect(broken).toEqual([]);
  });

  it("loads the Pagefind bundle and its index under the base", async () => {
    const bundle = new URL("pagefind/pagefind.js", server.url);
    expect(crawl.fetched.get(bundle.href)?.status).toBe(200);
    const entryResponse = await fetch(new URL("pagefind/pagefind-entry.json", server.url));
    expect(entryResponse.status).toBe(200);
    const entry = (await entryResponse.json()) as { languages: Record<string, { hash: string; wasm: string }> };
    const languages = Object.values(entry.languages);
    expect(languages.length).toBeGreaterThan(0);
    for (const { hash, wasm } of languages) {
      for (const file of [`pagefind/pagefind.${hash}.pf_meta`, `pagefind/wasm.${wasm}.pagefind`]) {
        expect((await fetch(new URL(file, server.url))).status, file).toBe(200);
      }
    }
  });

  it("gives every page a canonical URL and og:url of SITE_URL + base + its path", () => {
    const wrong = [...crawl.canonical].filter(
      ([path, { canonical, ogUrl }]) => canonical !== `${SITE_URL}${path}` || ogUrl !== `${SITE_URL}${path}`,
    );
    expect(wrong).toEqual([]);
    expect(crawl.canonical.size).toBe(crawl.pages.length);
  });

  it("gives social images, JSON-LD, feeds, the sitemap and robots.txt absolute URLs under SITE_URL + base", async () => {
    const prefix = `${SITE_URL}${BASE}`;
    /** An absolute URL of the deployed site, fetched from the test server instead. */
    const local = (url: string) => new URL(url.slice(prefix.length), server.url);
    const article = crawl.pages.find((path) => /\/articles\/[^/]+\/$/.test(path));
    for (const path of [BASE, article ?? `${BASE}articles/`]) {
      const tree = fromHtml(await (await fetch(new URL(path.slice(BASE.length), server.url))).text());
      const image = String(selectAll('meta[property="og:image"]', tree)[0]?.properties["content"]);
      expect(image.startsWith(`${prefix}og/`), image).toBe(true);
      expect((await fetch(local(image))).status, image).toBe(200);
      for (const script of selectAll('script[type="application/ld+json"]', tree)) {
        const child = script.children[0];
        const json = child?.type === "text" ? child.value : "";
        const urls = [...json.matchAll(/"(https?:[^"]+)"/g)].map(([, url = ""]) => url.replace(/\{[^}]*\}$/, ""));
        expect(urls.filter((url) => url !== "https://schema.org" && !url.startsWith(prefix))).toEqual([]);
      }
    }
    const robots = readFileSync(join(outDir, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${prefix}sitemap-index.xml`);
    const sitemap = readFileSync(join(outDir, "sitemap-0.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = ""]) => loc);
    expect(locs.length).toBeGreaterThan(5);
    expect(locs.filter((loc) => !loc.startsWith(prefix))).toEqual([]);
    const feed = readFileSync(join(outDir, "rss.xml"), "utf8");
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map(([, link = ""]) => link);
    expect(links[0]).toBe(prefix);
    expect(links.filter((link) => !link.startsWith(prefix))).toEqual([]);
  });

  it("writes _headers whose paths are under the base", () => {
    const rules = parseHeaders(readFileSync(join(outDir, "_headers"), "utf8"));
    expect(rules.map((rule) => rule.path)).toContain(`${BASE}*`);
    expect(rules.map((rule) => rule.path)).toContain(`${BASE}_astro/*`);
    expect(rules.filter((rule) => !rule.path.startsWith(BASE))).toEqual([]);
  });
});
