/**
 * Astro integration for Pagefind search.
 *
 * - `astro build`: indexes the finished static site, so `dist/` is searchable with no
 *   separate CLI step to forget. Indexing errors fail the build: a site whose search
 *   silently misses pages is broken.
 * - `astro dev`: there is no built HTML to index, so it builds an in-memory index from the
 *   content itself (src/lib/search/devRecords.ts), serves it at `<base>pagefind/` from a
 *   dev-server middleware, and rebuilds it when content changes. Nothing is copied into
 *   public/ and nothing stale from an old build is served.
 */
import type { AstroIntegration } from "astro";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { forgetDesk, sharedDesk } from "#lib/content/desk.ts";
import { routes, withBase } from "#lib/paths.ts";
import { devSearchRecord } from "#lib/search/devRecords.ts";
import { serveDevFiles } from "./devFiles.ts";

const MIME: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/**
 * Builds the development index from the content model; invalid files are skipped (the error
 * overlay reports them). The person filter comes from the same analysis the pages run.
 */
async function buildDevIndex(root: string, base: string): Promise<Map<string, Uint8Array>> {
  const { createIndex } = await import("pagefind");
  // Imported here, not at the top: a build's config loads this file and never needs the analysis.
  const { analyseCorpus } = await import("#lib/analysis/index.ts");
  const desk = sharedDesk(root);
  const register = new Map(desk.entities.map((entity) => [entity.id, entity]));
  const analysis = analyseCorpus(
    desk.articles.map((article) => ({ slug: article.slug, title: article.data.title, body: article.body })),
    desk.entities,
    desk.corrections,
  );
  const people = (slug: string) =>
    (analysis.articles.find((found) => found.slug === slug)?.entities ?? []).flatMap((mention) => {
      const entity = register.get(mention.entityId);
      return entity?.kind === "person" ? [entity.name] : [];
    });
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  for (const article of desk.articles) {
    const record = devSearchRecord(
      article,
      desk.topics,
      withBase(base, routes.article(article.slug)),
      people(article.slug),
    );
    await index.addCustomRecord({
      ...record,
      meta: { ...record.meta },
      filters: { ...record.filters },
      sort: { ...record.sort },
    });
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.map((file) => [file.path.replace(/^\/+/, ""), file.content]));
}

export default function pagefind(): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  return {
    name: "mexico-security/pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      "astro:server:setup": ({ server, logger }) => {
        let files: Promise<Map<string, Uint8Array>> = buildDevIndex(root, base);
        const rebuild = () => {
          files = buildDevIndex(root, base);
          files.then(
            (built) => logger.info(`search index rebuilt (${built.size} files)`),
            (error: unknown) => logger.error(`search index failed: ${String(error)}`),
          );
        };
        server.watcher.on("all", (_event, path) => {
          if (path.startsWith(join(root, "content"))) {
            // Whichever watcher runs first, the index is built from the edited content.
            forgetDesk(root);
            rebuild();
          }
        });
        serveDevFiles(server, withBase(base, "/pagefind/"), async (name) => {
          const body = (await files).get(name);
          return body && { body, type: MIME[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream" };
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        // The benchmark times Pagefind as its own process; everyone else gets the index here.
        if (process.env["SKIP_PAGEFIND"] === "1") return logger.warn("SKIP_PAGEFIND=1: no search index built");
        const { createIndex, close } = await import("pagefind");
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          // Only article pages carry data-pagefind-body; parsing the thousands of other pages
          // would cost time and add nothing to the index.
          const added = await index.addDirectory({ path: outDir, glob: "articles/*/index.html" });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
          if (written.errors.length > 0) {
            throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          }
          logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await close();
        }
      },
    },
  };
}
