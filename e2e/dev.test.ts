/**
 * `npm run dev`: the development server serves search from an in-memory index of the content
 * (nothing is copied into public/), so an editor previewing the site can search it too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv } from "#scripts/support/childEnv.ts";
import { articleFromSource } from "#tests/support/corpus.ts";
import { useBrowserPage } from "./support/browser.ts";

const ROOT = resolve(import.meta.dirname, "..");
let page: Page;
let dev: ChildProcess | undefined;
let url = "";
useBrowserPage((opened) => (page = opened));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === "object" && address ? address.port : 4399;
}

beforeAll(async () => {
  const port = await freePort();
  dev = spawn(join(ROOT, "node_modules/.bin/astro"), ["dev", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: ROOT,
    env: childEnv(ROOT),
    stdio: ["ignore", "pipe", "pipe"],
  });
  url = `http://127.0.0.1:${port}/`;
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    dev?.stdout?.on("data", listen);
    dev?.stderr?.on("data", listen);
  });
}, 90_000);

afterAll(() => {
  dev?.kill();
});

describe("npm run dev", () => {
  it("serves a working search from the content, without writing into public/", { timeout: 150_000 }, async () => {
    // The first visit makes Vite optimize dependencies and reload the page: warm it up first.
    await page.goto(`${url}search/`);
    await page.waitForLoadState("networkidle", { timeout: 60_000 });
    await page.goto(`${url}search/?q=Guillot`);
    await page.locator(".search-status", { hasText: /found$/ }).waitFor({ timeout: 60_000 });
    const titles = (await page.locator(".search-results h3").allTextContents()).sort();
    expect(titles).toEqual([articleFromSource("001").data.title, articleFromSource("003").data.title].sort());
    expect(existsSync(join(ROOT, "public/pagefind"))).toBe(false);
  });

  it("serves the raw source files, which a build copies instead", { timeout: 60_000 }, async () => {
    const source = articleFromSource("001").data.source;
    if (!source) throw new Error("article 001 names no source file");
    const response = await fetch(`${url}sources/${source}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    expect(await response.text()).toBe(readFileSync(join(ROOT, "content/sources", source), "utf8"));
  });
});
