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
import {
  assertNoUnhashable,
  assertPolicyFits,
  collectInline,
  mergeInline,
  pagefindHashedPatterns,
  renderHeaders,
} from "#lib/publish/headers.ts";

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
  return {
    name: "mexico-security/security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir);
        const pages = files.filter((file) => file.endsWith(".html"));
        const perPage = pages.map((file) => ({
          file,
          blocks: collectInline(readFileSync(join(outDir, file), "utf8")),
        }));
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
        logger.info(
          `wrote _headers: ${inline.scripts.length} inline script and ${inline.styles.length} inline style hash(es) ` +
            `from ${pages.length} pages, ${immutable.length} immutable path(s)`,
        );
      },
    },
  };
}
