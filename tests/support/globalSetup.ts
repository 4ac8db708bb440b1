/**
 * Builds the real site once for the "site" test project and serves dist/ on a loopback
 * port; tests read `inject("siteUrl")` and `inject("distDir")`. Set SKIP_BUILD=1 to reuse
 * an existing build while iterating on tests, and SITE_DIST=DIR to test a build made elsewhere.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { childEnv } from "#scripts/support/childEnv.ts";
import { serveStatic } from "#scripts/support/staticServer.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  const distDir = resolve(root, process.env["SITE_DIST"] ?? "dist");
  if (process.env["SKIP_BUILD"] !== "1" || !existsSync(distDir)) {
    const result = spawnSync("astro", ["build", "--outDir", distDir], {
      cwd: root,
      env: childEnv(root),
      encoding: "utf8",
    });
    if (result.status !== 0) {
      throw new Error(`astro build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
    }
  }
  const server = await serveStatic(distDir);
  project.provide("siteUrl", server.url);
  project.provide("distDir", distDir);
  return () => server.close();
}
