/**
 * Astro integration that validates all content before Astro loads it, so `astro build` and
 * `astro dev` stop with the editor-friendly `file:line: field: message` list rather than
 * publishing a page with a broken or silently rolled-over field.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { checkContent } from "../lib/content/checkContent.ts";
import { readContent } from "../lib/content/readContent.ts";
import { formatProblems } from "../lib/content/validate.ts";
import { sourceFolderProblems } from "../lib/sources/sourceFile.ts";

export default function contentCheck(): AstroIntegration {
  return {
    name: "mexico-security/content-check",
    hooks: {
      "astro:config:setup": ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = [...sourceFolderProblems(root), ...checkContent(readContent(root))];
        if (problems.length > 0) {
          throw new Error(
            `The content has ${problems.length} problem(s); fix them and build again:\n${formatProblems(problems)}`,
          );
        }
      },
    },
  };
}
