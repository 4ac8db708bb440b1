/**
 * `npm run build`: Astro's build through its programmatic API, so a failure prints one line
 * naming what failed and what to do (src/lib/publish/buildFailure.ts) instead of a stack
 * trace, and exits 1. The staged-output integration keeps the last good dist/ on any failure.
 * `DEBUG=1 npm run build` prints the full error as well, for developers.
 */
import { build } from "astro";
import { explainBuildFailure } from "#lib/publish/buildFailure.ts";

try {
  await build({});
} catch (error) {
  if (process.env["DEBUG"]) console.error(error);
  // A newline first: the failure may cut off a progress line Astro was printing.
  console.error(`\n${explainBuildFailure(error, process.cwd())}`);
  process.exit(1);
}
