/**
 * Publishes the raw source files (content/sources/*.{txt,md,html,htm}) at `<base>sources/<file>`,
 * so readers can check what each article was normalized from. Saved HTML is published as
 * `<file>.txt` (see publishedSourceName), so a page's markup is never served as HTML.
 *
 * - `astro build` copies them into the output when it is done. They are plain files, not
 *   routes: a copy costs a fraction of Astro's work per route, which at archive scale adds up
 *   to seconds per thousand articles.
 * - `astro dev` serves them from content/sources/ through a dev-server middleware, so they are
 *   always the files on disk (a route with a `.txt` name is unreachable there under
 *   `trailingSlash: "always"`).
 */
import type { AstroIntegration } from "astro";
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { publishedSourceName, routes, withBase } from "#lib/paths.ts";
import { isSourceFile } from "#lib/sources/fileName.ts";
import { listSourceFiles, sourceFileProblem } from "#lib/sources/sourceFile.ts";
import { buildWriteFailure } from "#lib/publish/fsFailure.ts";
import { serveDevFiles } from "./devFiles.ts";

const isRawSource = (name: string) => isSourceFile(name) && !name.includes("/");
/** The file in content/sources behind a published name (`x.html.txt` → `x.html`). */
const sourceOfPublished = (name: string) => name.replace(/(\.html?)\.txt$/i, "$1");

export default function rawSources(): AstroIntegration {
  let root = process.cwd();
  let base = "/";
  return {
    name: "mexico-security/raw-sources",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      "astro:server:setup": ({ server }) => {
        // A link or a folder is never served: only regular files, checked before reading.
        serveDevFiles(server, withBase(base, routes.rawSource("")), async (name) =>
          isRawSource(sourceOfPublished(name)) &&
          publishedSourceName(sourceOfPublished(name)) === name &&
          sourceFileProblem(join(root, "content/sources", sourceOfPublished(name))) === undefined
            ? readFile(join(root, "content/sources", sourceOfPublished(name))).then(
                (body) => ({ body, type: "text/plain; charset=utf-8" }),
                () => undefined,
              )
            : undefined,
        );
      },
      "astro:build:done": async ({ dir, logger }) => {
        const from = join(root, "content/sources");
        const to = join(fileURLToPath(dir), routes.rawSource(""));
        // The content check already refused links and folders; this copy never follows one.
        const { files, refused } = listSourceFiles(from);
        const [first] = refused;
        if (first !== undefined) throw new Error(`content/sources/${first.name}: ${first.message}`);
        try {
          await mkdir(to, { recursive: true });
          await Promise.all(files.map((file) => copyFile(join(from, file), join(to, publishedSourceName(file)))));
        } catch (error) {
          throw buildWriteFailure("Copying content/sources into the site", error);
        }
        logger.info(`${files.length} raw source files copied to sources/`);
      },
    },
  };
}
