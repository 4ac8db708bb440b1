/**
 * Astro integration that writes `dist/_headers` (read by Netlify and Cloudflare Pages) once
 * the HTML and the Pagefind bundle exist: a Content-Security-Policy allowing exactly the
 * inline scripts and styles the build emitted, hardening headers, and immutable caching for
 * content-hashed assets. It only does the I/O; the policy lives in src/lib/publish/headers.ts.
 * Register it after the Pagefind integration, whose files it lists.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { processCodeVersion } from "#lib/publish/codeVersion.ts";
import {
  assertNoUnhashable,
  assertPolicyFits,
  mergeInline,
  pagefindHashedPatterns,
  renderHeaders,
} from "#lib/publish/headers.ts";
import { inlineCache } from "#lib/publish/inlineCache.ts";

/** Every file under `dir`, as paths relative to it with "/" separators. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

export default function securityHeaders(): AstroIntegration {
  let base = "/";
  let root = process.cwd();
  let cacheDir = "";
  return {
    name: "mexico-security/security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir);
        const pages = files.filter((file) => file.endsWith(".html"));
        // In Astro's cache folder: what clears or restores that does the same to this.
        const cache = inlineCache(join(cacheDir, "inline-blocks.json"), processCodeVersion(root));
        const perPage = pages.map((file) => ({ file, blocks: cache.blocks(readFileSync(join(outDir, file))) }));
        assertNoUnhashable(perPage);
        assertPolicyFits(perPage);
        const inline = mergeInline(perPage.map(({ blocks }) => blocks));
        const pagefindFiles = files.filter((file) => file.startsWith("pagefind/")).map((file) => file.slice(9));
        const immutable = ["_astro/*", ...pagefindHashedPatterns(pagefindFiles).map((path) => `pagefind/${path}`)];
        const text = renderHeaders({ base, inline, immutable });

        // Write beside the target, then rename: a reader never sees a half-written file.
        const target = join(outDir, "_headers");
        const temporary = `${target}.${process.pid}.tmp`;
        writeFileSync(temporary, text);
        renameSync(temporary, target);
        const { parsed } = await cache.save();
        logger.info(
          `wrote _headers: ${inline.scripts.length} inline script and ${inline.styles.length} inline style hash(es) ` +
            `from ${pages.length} pages (${parsed} parsed, the rest unchanged since the last build), ` +
            `${immutable.length} immutable path(s)`,
        );
      },
    },
  };
}
