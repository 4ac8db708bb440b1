/**
 * Astro integration that renders the per-article and per-topic social cards alongside the
 * build instead of inside it. As soon as `astro build` has its configuration it works out every
 * card from the content model (src/lib/social/cardJobs.ts) and hands them to worker threads
 * (cardPool.ts), which write PNGs into a content-addressed cache in `.astro/social-cards/`;
 * Astro meanwhile renders Markdown and then pages on the main thread. (Starting at
 * `astro:build:start` would leave the other core idle while Astro syncs content, a quarter
 * of a large build.) At `astro:build:done` it waits for the last card and puts them into
 * the output as hard links to the cache (linkOrCopy.ts: the cache never rewrites a file). A
 * card whose content has not changed since the last build is not rendered again, and cards
 * the build no longer uses are pruned (src/lib/social/cardCache.ts).
 * SOCIAL_IMAGES=0 skips it all (pages then point at the default card).
 */
import type { AstroIntegration } from "astro";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { forgetDesk, sharedDesk } from "#lib/content/desk.ts";
import { ContentError } from "#lib/content/problems.ts";
import { linkOrCopy } from "#lib/publish/linkOrCopy.ts";
import { cachedCard, pruneCards } from "#lib/social/cardCache.ts";
import { renderCardOffThread } from "#lib/social/cardPool.ts";
import { cardJobs, type CardJob } from "#lib/social/cardJobs.ts";
import { socialImagesEnabled } from "#lib/social/images.ts";
import { SITE_NAME } from "#data/site.ts";

export default function socialCards(): AstroIntegration {
  let rendering: Promise<{ job: CardJob; file: string }[]> | undefined;
  let cacheDir = "";
  return {
    name: "mexico-security/social-cards",
    hooks: {
      "astro:config:setup": async ({ config, command }) => {
        const root = fileURLToPath(config.root);
        // A second build in the same process must not reuse the previous build's content.
        forgetDesk(root);
        if (command !== "build" || !socialImagesEnabled(process.env["SOCIAL_IMAGES"])) return;
        cacheDir = join(root, ".astro/social-cards");
        await mkdir(cacheDir, { recursive: true });
        // The content model, read here once for the whole build (its loader reuses it); a
        // problem stops the build before any card or page is made.
        const desk = sharedDesk(root);
        if (desk.problems.length > 0) throw new ContentError(desk.problems);
        const jobs = cardJobs(desk, SITE_NAME);
        rendering = Promise.all(
          jobs.map(async (job) => ({
            job,
            file: await cachedCard(cacheDir, job.key, () => renderCardOffThread(job.card)),
          })),
        );
        // Reported at build:done; a failure must not surface as an unhandled rejection before then.
        rendering.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!rendering) return;
        const started = Date.now();
        const done = await rendering;
        const outDir = fileURLToPath(dir);
        await Promise.all(
          done.map(async ({ job, file }) => {
            const target = join(outDir, job.path);
            await mkdir(dirname(target), { recursive: true });
            await linkOrCopy(file, target);
          }),
        );
        const pruned = await pruneCards(
          cacheDir,
          done.map(({ file }) => file),
        );
        logger.info(
          `${done.length} social cards written (waited ${Date.now() - started} ms for the last ones); ${pruned} unused cards pruned from the cache`,
        );
      },
    },
  };
}
