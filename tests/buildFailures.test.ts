/**
 * The production build on content an editor might get wrong, in a throwaway copy of the site:
 * a draft never reaches any output (page, search index, feed, sitemap), and a broken article
 * stops the build with the file, line and field, leaving the previous build untouched. The build
 * writes into .dist-staging/ and replaces dist/ only when every step succeeded, so a failure
 * while pages are generated, or in the last steps (raw sources, `_headers`), leaves the last
 * good site in dist/ byte for byte. Every failure reaches the editor as one line saying what
 * failed and what to do, never a stack trace (unless DEBUG=1 asks for one).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "#scripts/support/siteCopy.ts";
import { childEnv } from "#scripts/support/childEnv.ts";

const ROOT = resolve(import.meta.dirname, "..");
/** A line of a stack trace, as Node prints them. */
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
/** Makes a write of the file ending with FAULT_PATH fail with ENOSPC (see the module). */
const NO_SPACE = { NODE_OPTIONS: `--import=${join(ROOT, "tests/support/faults/noSpace.ts")}` };
let site: SiteCopy;

/** `npm run build` in the site copy: scripts/build.ts, with `extra` in its environment. */
function build(extra: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "scripts/build.ts")], {
    cwd: site.root,
    env: childEnv(ROOT, extra),
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under dist/ with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return files;
}

const DRAFT = `---
title: "Unpublished: cartel talks stall"
published: 2025-09-10
draft: true
---

A draft sentence about drones, drones and drones that mentions the zyxwvut codeword.
`;

/** The text of every page, feed and data file, and separately of Pagefind's chunks, unzipped. */
function publishedText(dist: string): { pages: string; search: string } {
  const pages: string[] = [];
  const search: string[] = [];
  for (const path of Object.keys(snapshot(dist))) {
    const bytes = readFileSync(join(dist, path));
    if (/\.(html|xml|txt|json)$/.test(path)) pages.push(bytes.toString("utf8"));
    // Pagefind gzips its chunks; words and fragments are plain text once unzipped.
    else if (/\.pf_(index|fragment|filter|meta)$/.test(path)) search.push(gunzipSync(bytes).toString("utf8"));
  }
  return { pages: pages.join("\n"), search: search.join("\n") };
}

/** The build of the real content plus a draft, made once: both tests start from it. */
let draftBuild: { status: number | null; output: string };

beforeAll(() => {
  site = copySite(ROOT, ["sources", "articles", "reports", "topics", "entities", "corrections"], "build-failures-");
  writeFileSync(join(site.root, "content/articles/unpublished-cartel-talks-stall.md"), DRAFT);
  draftBuild = build();
}, 240_000);
afterAll(() => site.remove());

describe("a production build", () => {
  it("leaves drafts out of every output, the search index included", () => {
    expect(draftBuild.status, draftBuild.output).toBe(0);
    const dist = join(site.root, "dist");
    expect(existsSync(join(dist, "articles/unpublished-cartel-talks-stall"))).toBe(false);
    const { pages, search } = publishedText(dist);
    // The search chunks were read: a published article's words are in them.
    expect(search).toContain("Guillot");
    for (const text of [pages, search]) {
      expect(text).not.toContain("unpublished-cartel-talks-stall");
      expect(text).not.toContain("Unpublished: cartel talks stall");
      expect(text).not.toContain("zyxwvut");
    }
  });

  it(
    "stops on a broken article, names the file, line and field, and keeps the last build",
    { timeout: 180_000 },
    () => {
      expect(draftBuild.status, draftBuild.output).toBe(0);
      const dist = join(site.root, "dist");
      const before = snapshot(dist);
      const broken = join(site.root, "content/articles/broken-date.md");
      writeFileSync(broken, "---\ntitle: A broken date\npublished: 2025-13-45\n---\n\nBody.\n");
      const { status, output } = build();
      // The tests after this one need content that builds.
      rmSync(broken);
      expect(status).not.toBe(0);
      expect(output).toContain(
        'content/articles/broken-date.md:3: published: expected a real calendar date written YYYY-MM-DD (for example "2025-02-21"), got "2025-13-45"',
      );
      expect(output).not.toMatch(STACK_LINE);
      expect(snapshot(dist)).toEqual(before);
    },
  );

  /** Breaks the site copy with `make`, builds, and checks the last good dist/ survived whole. */
  function expectFailedBuildKeepsSite(make: () => () => void, env: Record<string, string> = {}): string {
    expect(draftBuild.status, draftBuild.output).toBe(0);
    const dist = join(site.root, "dist");
    const before = snapshot(dist);
    const undo = make();
    try {
      const { status, output } = build(env);
      expect(status, output).not.toBe(0);
      if (env["DEBUG"] === undefined) expect(output).not.toMatch(STACK_LINE);
      expect(snapshot(dist)).toEqual(before);
      expect(existsSync(join(dist, "_headers"))).toBe(true);
      return output;
    } finally {
      undo();
    }
  }

  it("keeps the last build whole when writing pages fails midway", { timeout: 240_000 }, () => {
    // A file where the about page's folder must go: Astro fails while writing pages.
    const blocker = join(site.root, "public/about");
    expectFailedBuildKeepsSite(() => {
      writeFileSync(blocker, "not a folder");
      return () => rmSync(blocker);
    });
  });

  it(
    "says in one line that the disk is full while pages are written, and keeps the last build",
    {
      timeout: 240_000,
    },
    () => {
      const output = expectFailedBuildKeepsSite(() => () => undefined, { ...NO_SPACE, FAULT_PATH: "about/index.html" });
      expect(output).toContain(
        "Writing .dist-staging/about/index.html failed: the disk is full; free some space, then build again. dist/ still holds the last good site.",
      );
    },
  );

  it("prints the full error with DEBUG=1, for developers", { timeout: 240_000 }, () => {
    const output = expectFailedBuildKeepsSite(() => () => undefined, {
      ...NO_SPACE,
      FAULT_PATH: "about/index.html",
      DEBUG: "1",
    });
    expect(output).toMatch(STACK_LINE);
    expect(output).toContain("failed: the disk is full");
  });

  it("keeps the last build whole when the final _headers step fails", { timeout: 240_000 }, () => {
    // A folder where _headers must be written: every page is built, then the last step fails.
    const blocker = join(site.root, "public/_headers");
    expectFailedBuildKeepsSite(() => {
      mkdirSync(join(blocker, "x"), { recursive: true });
      return () => rmSync(blocker, { recursive: true });
    });
  });

  it(
    "refuses a symbolic link in content/sources, naming it and never publishing its target",
    { timeout: 240_000 },
    () => {
      const link = join(site.root, "content/sources/x.txt");
      const output = expectFailedBuildKeepsSite(() => {
        symlinkSync("/etc/passwd", link);
        return () => rmSync(link);
      });
      expect(output).toContain("content/sources/x.txt: file: is a symbolic link");
      expect(output).not.toContain("root:x:");
      expect(existsSync(join(site.root, "dist/sources/x.txt"))).toBe(false);
    },
  );
});
