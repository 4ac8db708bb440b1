/**
 * The production build on content an editor might get wrong, in a throwaway copy of the site:
 * a draft never reaches any output (page, search index, feed, sitemap), and a broken article
 * stops the build with the file, line and field, leaving the previous build untouched.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "../src/lib/bench/siteCopy.ts";
import { childEnv } from "./support/childEnv.ts";

const ROOT = resolve(import.meta.dirname, "..");
let site: SiteCopy;

function build(): { status: number | null; output: string } {
  const result = spawnSync(join(ROOT, "node_modules/.bin/astro"), ["build"], {
    cwd: site.root,
    env: childEnv(ROOT),
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

beforeAll(() => {
  site = copySite(ROOT, ["sources", "articles", "reports", "topics", "entities", "corrections"], "build-failures-");
  writeFileSync(join(site.root, "content/articles/unpublished-cartel-talks-stall.md"), DRAFT);
}, 60_000);
afterAll(() => site.remove());

describe("a production build", () => {
  it("leaves drafts out of every output", { timeout: 180_000 }, () => {
    const { status, output } = build();
    expect(status, output).toBe(0);
    const dist = join(site.root, "dist");
    expect(existsSync(join(dist, "articles/unpublished-cartel-talks-stall"))).toBe(false);
    const everything = Object.keys(snapshot(dist))
      .filter((path) => /\.(html|xml|txt|json)$/.test(path))
      .map((path) => readFileSync(join(dist, path), "utf8"))
      .join("\n");
    expect(everything).not.toContain("unpublished-cartel-talks-stall");
    expect(everything).not.toContain("Unpublished: cartel talks stall");
  });

  it(
    "stops on a broken article, names the file, line and field, and keeps the last build",
    { timeout: 180_000 },
    () => {
      const dist = join(site.root, "dist");
      const before = snapshot(dist);
      const broken = join(site.root, "content/articles/broken-date.md");
      writeFileSync(broken, "---\ntitle: A broken date\npublished: 2025-13-45\n---\n\nBody.\n");
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain(
        'content/articles/broken-date.md:3: published: expected a real calendar date written YYYY-MM-DD (for example "2025-02-21"), got "2025-13-45"',
      );
      expect(snapshot(dist)).toEqual(before);
    },
  );
});
