/**
 * Lets endpoints write their file into the build's output themselves
 * (src/lib/publish/handedFiles.ts): the whole corpus's open data is written from its text, not
 * read back out of a `Response`. Opened at `astro:build:start` with the final output folder (the
 * staging folder, which stagedOutput sets), closed at `astro:build:done`. `astro dev` never opens it.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { closeHandOver, openHandOver } from "#lib/publish/handedFiles.ts";

export default function handedFiles(): AstroIntegration {
  let outDir = "";
  return {
    name: "mexico-security/handed-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      "astro:build:start": () => openHandOver(outDir),
      "astro:build:done": ({ logger }) => {
        const written = closeHandOver();
        if (written.length > 0) logger.info(`wrote ${written.join(", ")} from the endpoint's text`);
      },
    },
  };
}
