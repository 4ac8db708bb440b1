/**
 * Astro integration that makes `astro build` all-or-nothing for `dist/`: the build writes into
 * a staging folder (`.dist-staging/` beside `dist/`; see `stagingFolder`), and only after every other integration's
 * `astro:build:done` step has succeeded (sitemap, raw sources, Pagefind, `_headers`) is the
 * staged site swapped into `dist/`. A build that fails anywhere leaves the last good site in
 * `dist/` intact. Register it last. `astro dev` and `astro preview` are left alone, so preview
 * (`npm start`) serves `dist/` as before.
 */
import type { AstroIntegration } from "astro";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { buildWriteFailure } from "#lib/publish/fsFailure.ts";
import { removeInBackground, swapFolder } from "#lib/publish/swapFolder.ts";

/**
 * The staging folder for an output folder: a hidden sibling named after it (`dist/` →
 * `.dist-staging/`), so builds into different folders (`--outDir`) never share one.
 */
export function stagingFolder(outDir: URL): URL {
  const name = basename(fileURLToPath(outDir));
  return new URL(`../.${name}-staging/`, outDir);
}

export default function stagedOutput(): AstroIntegration {
  let target = "";
  return {
    name: "mexico-security/staged-output",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        target = fileURLToPath(config.outDir);
        updateConfig({ outDir: stagingFolder(config.outDir) });
      },
      "astro:build:done": ({ dir, logger }) => {
        if (target === "") return;
        try {
          // The new site is in place once swapped; the old one need not hold up the build.
          swapFolder(fileURLToPath(dir), target, removeInBackground);
        } catch (error) {
          throw buildWriteFailure(`Moving the new site into ${target}`, error);
        }
        logger.info(`the new site replaced ${target}`);
      },
    },
  };
}
