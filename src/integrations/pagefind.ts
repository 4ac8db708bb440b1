/**
 * Astro integration that builds the Pagefind search index over the finished static site,
 * so `astro build` alone yields a searchable `dist/` (no separate CLI step to forget).
 * Indexing errors fail the build: a site whose search silently misses pages is broken.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export default function pagefind(): AstroIntegration {
  return {
    name: "mexico-security/pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { createIndex, close } = await import("pagefind");
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
