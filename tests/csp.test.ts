/**
 * The built site under its own `_headers`: every page gets the security headers, hashed
 * assets are cached as immutable, and the search page — inline script, inline style,
 * Pagefind's worker and WebAssembly — runs in Chromium with no Content-Security-Policy
 * violation. Two controls show the check has teeth: without `'wasm-unsafe-eval'` or without
 * the inline script's hash, the same search is blocked.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "#e2e/support/browser.ts";
import { IMMUTABLE, collectInline } from "#lib/publish/headers.ts";
import { readArticles } from "./support/corpus.ts";
import { serveWithHeaders } from "./support/headersServer.ts";
import type { RunningServer } from "#scripts/support/staticServer.ts";

const distDir = inject("distDir");
let server: RunningServer;
let browser: Browser;
useBrowser((launched) => (browser = launched));

beforeAll(async () => {
  server = await serveWithHeaders(distDir);
});
afterAll(async () => {
  await server?.close();
});

/** A word every search should find: the longest word of the first article's title. */
function searchTerm(): string {
  const [article] = readArticles();
  if (!article) throw new Error("content/articles has no article to search for");
  const words = article.data.title.match(/\p{L}{4,}/gu) ?? [];
  const longest = words.sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error(`no searchable word in "${article.data.title}"`);
  return longest;
}

interface Outcome {
  readonly status: string;
  readonly results: number;
  readonly problems: string[];
}

/** Runs a search on the built search page, collecting CSP violations, console errors and warnings. */
async function search(rewriteCsp?: (csp: string) => string, timeout = 10_000): Promise<Outcome> {
  const context: BrowserContext = await browser.newContext();
  const problems: string[] = [];
  try {
    if (rewriteCsp) {
      await context.route("**/*", async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        const csp = headers["content-security-policy"];
        if (csp) headers["content-security-policy"] = rewriteCsp(csp);
        await route.fulfill({ response, headers });
      });
    }
    // Violations in the page and in Pagefind's worker (Chromium also logs each as a console error).
    await context.addInitScript(() => {
      self.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
      });
    });
    const page: Page = await context.newPage();
    page.on("console", (message) => {
      // Warnings too: Pagefind only warns when its worker fails and it falls back. Failed loads
      // are reported below with their URL.
      if (["error", "warning"].includes(message.type()) && !message.text().startsWith("Failed to load resource"))
        problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      // Headless Chromium may still ask for /favicon.ico on its own; the site declares an SVG icon instead.
      if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico")
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${server.url}search/?q=${encodeURIComponent(searchTerm())}`);
    const status = page.locator(".search-status");
    await status
      .filter({ hasText: /found$/ })
      .waitFor({ timeout })
      .catch(() => undefined);
    return {
      status: (await status.textContent()) ?? "",
      results: await page.locator(".search-results li").count(),
      problems,
    };
  } finally {
    await context.close();
  }
}

describe("_headers", () => {
  it("is written by the build, with a CSP that has no unsafe-inline", () => {
    const file = join(distDir, "_headers");
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/m);
    expect(text).not.toContain("unsafe-inline");
  });

  it("sends the security headers on pages and immutable caching only on hashed assets", async () => {
    const page = await fetch(`${server.url}search/`);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(page.headers.get("permissions-policy")).toContain("camera=()");
    expect(page.headers.get("cache-control")).toBeNull();

    const html = await page.text();
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    expect((await fetch(new URL(stylesheet ?? "", server.url))).headers.get("cache-control")).toBe(IMMUTABLE);
    expect((await fetch(`${server.url}pagefind/pagefind-entry.json`)).headers.get("cache-control")).toBeNull();
    expect((await fetch(`${server.url}pagefind/pagefind.js`)).headers.get("cache-control")).toBeNull();
  });
});

describe("the search page's script", () => {
  it("is inline in the page and allowed by its hash, not an external file", () => {
    const html = readFileSync(join(distDir, "search/index.html"), "utf8");
    const external = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
    expect(
      external,
      "The search page's bundled script was emitted as a file, so the CSP's inline hash no longer covers it. " +
        "astro.config.mjs inlines page scripts of any size (src/lib/publish/inlineScripts.ts), but Astro inlines a " +
        "script only when it imports no shared chunk and has no dynamic import(): import the client code from one " +
        "page script only, or load a second module at run time by URL (as Pagefind is).",
    ).toEqual([]);
    const { scripts } = collectInline(html);
    expect(scripts.length).toBeGreaterThan(0);
    const csp = readFileSync(join(distDir, "_headers"), "utf8");
    for (const hash of scripts) expect(csp).toContain(hash);
  });
});

describe("the search page under the Content-Security-Policy", () => {
  it("runs a search with no CSP violation, console error or warning", async () => {
    const outcome = await search();
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toMatch(/^[1-9]\d* articles? found$/);
    expect(outcome.results).toBeGreaterThan(0);
  });

  it("is blocked without 'wasm-unsafe-eval' (Pagefind needs it)", async () => {
    const outcome = await search((csp) => csp.replace(" 'wasm-unsafe-eval'", ""), 3000);
    expect(outcome.results).toBe(0);
    expect(outcome.problems.join("\n")).toMatch(/WebAssembly|wasm-eval/i);
  });

  it("is blocked without the inline script's hash", async () => {
    const outcome = await search(
      (csp) =>
        csp.replace(
          /script-src ([^;]*)/,
          (_, sources: string) => `script-src ${sources.replace(/ 'sha256-[^']+'/g, "")}`,
        ),
      3000,
    );
    expect(outcome.results).toBe(0);
    expect(outcome.problems.join("\n")).toMatch(/script-src|inline/i);
  });
});
