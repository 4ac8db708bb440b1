/**
 * The Astro content loader over the content model (as Starlight's `docsLoader()` is over its
 * docs): each collection's `load()` takes its entries from `loadDesk(root)`, already read with
 * the YAML 1.2 parser, validated and checked across files, so Astro parses nothing a second
 * time. Any content problem stops the build (and shows in `astro dev`'s overlay) as the
 * `file:line: field: message` list. The desk is read once per build and shared by every
 * collection; in `astro dev` an edit under `content/` marks it stale and every collection reloads.
 */
import type { ContentEntryType } from "astro";
import type { Loader, LoaderContext } from "astro/loaders";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { processCodeVersion } from "#lib/publish/codeVersion.ts";
import { forgetDesk, sharedDesk, type Desk } from "./desk.ts";
import { ContentError } from "./problems.ts";

/** The collections the model feeds: every collection of the site. */
export type DeskCollection = "articles" | "topics" | "entities" | "corrections" | "stories" | "reports";

/**
 * Collections whose Markdown their pages render themselves (src/lib/markdown/renderArticle.ts)
 * rather than the content sync: Astro keeps a sync's rendering in its store, which the build
 * bundles into one module held in memory for the whole build, and articles' HTML was most of it.
 * Topics, a handful of short introductions, stay rendered by the sync for `render(entry)`.
 */
const RENDERED_BY_PAGE: ReadonlySet<DeskCollection> = new Set(["articles"]);

const watched = new WeakSet<object>();

function entriesOf(desk: Desk, collection: DeskCollection) {
  switch (collection) {
    case "articles":
      return desk.articles;
    case "topics":
      return desk.topics;
    case "entities":
      return desk.entityFiles;
    case "corrections":
      return desk.correctionFiles;
    case "stories":
      return desk.storyFiles;
    case "reports":
      return desk.reportFiles;
  }
}

/** What Astro's Markdown rendering of an entry returns (its HTML and metadata). */
type Rendered = Awaited<ReturnType<LoaderContext["renderMarkdown"]>>;

/**
 * A rendering as the store keeps it: without the copy of the entry's frontmatter Astro's
 * Markdown renderer adds to its metadata (only `render()`'s `remarkPluginFrontmatter`, which no
 * page reads, would show it); the entry's `data` already holds the same fields.
 */
export function withoutFrontmatter(rendered: Rendered): Rendered {
  if (!rendered.metadata || !("frontmatter" in rendered.metadata)) return rendered;
  const { frontmatter: _frontmatter, ...metadata } = rendered.metadata;
  return { ...rendered, metadata };
}

/** Astro passes the entry types (how to render `.md`) to loaders without typing them. */
type Context = LoaderContext & { readonly entryTypes?: ReadonlyMap<string, ContentEntryType> };

async function sync(context: Context, collection: DeskCollection, root: string): Promise<void> {
  const desk = sharedDesk(root);
  if (desk.problems.length > 0) throw new ContentError(desk.problems);
  const { store, config } = context;
  const markdown = RENDERED_BY_PAGE.has(collection)
    ? undefined
    : await context.entryTypes?.get(".md")?.getRenderFunction?.(config);
  // Everything an entry's stored data and rendering follow from: what the desk hands Astro (the
  // file's fields plus what the desk derives, such as topics) and the code that parses and
  // renders it. An entry whose digest is unchanged since the last build keeps its stored
  // rendering, so an incremental build re-renders only what changed. An article's page key
  // takes its digest (src/data/pageKeys.ts): it covers the body the page renders.
  // The address is in the rendering (links are rebased under it); Astro clears the store when its
  // config changes, and this keeps that true should it stop doing so.
  const code = `${processCodeVersion(root)}\n${JSON.stringify({ base: config.base, site: config.site })}`;
  const seen = new Set<string>();
  for (const entry of entriesOf(desk, collection)) {
    seen.add(entry.id);
    const absolute = join(root, entry.file);
    const digest = context.generateDigest(`${code}\n${entry.file}\n${JSON.stringify(entry.raw)}\n${entry.body}`);
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await context.parseData({ id: entry.id, data: entry.raw, filePath: absolute });
    if (entry.file.endsWith(".md") && markdown) {
      const rendered = await markdown({ id: entry.id, data: entry.raw, body: entry.body, filePath: absolute, digest });
      const assetImports = rendered.metadata?.imagePaths;
      // No `body`: pages take it from the content model (src/data/corpus.ts), which holds it
      // anyway; Astro bundles its whole store into one module that stays in memory for the build.
      store.set({
        id: entry.id,
        data,
        filePath: entry.file,
        digest,
        rendered: withoutFrontmatter(rendered),
        ...(assetImports ? { assetImports } : {}),
      });
    } else {
      store.set({ id: entry.id, data, filePath: entry.file, digest });
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/** The loader of one collection; all of them share the desk of the project root. */
export function deskLoader(collection: DeskCollection): Loader {
  return {
    name: `desk-${collection}`,
    load: async (context: Context) => {
      const root = fileURLToPath(context.config.root);
      const { watcher } = context;
      if (watcher && !watched.has(watcher)) {
        watched.add(watcher);
        watcher.add(join(root, "content"));
        // Registered before any collection's own handler, so the desk is stale when they run.
        watcher.on("all", (_event, path) => {
          if (path.startsWith(join(root, "content"))) forgetDesk(root);
        });
      }
      await sync(context, collection, root);
      watcher?.on("all", (_event, path) => {
        if (path.startsWith(join(root, "content"))) {
          sync(context, collection, root).catch((error: unknown) => context.logger.error(String(error)));
        }
      });
    },
  };
}
