// @ts-check
import eslint from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";
import { defineConfig } from "eslint/config";

export default defineConfig(
  { ignores: ["dist/", ".astro/", "node_modules/", "coverage/", ".scratch/"] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      // Type-aware rules read types through the project service (tsconfig.json).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["src/client/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // Library code returns results and errors; only CLIs under scripts/ print.
      "no-console": "error",
      // Tuned, not off: destructuring a field away to drop it from a copy (`{ a, ...rest }`) is an idiom.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // Tuned, not off: numbers print as readers expect in text ("3 articles"); objects, nullish
      // values and booleans still fail, since they print as "[object Object]", "undefined", "true".
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Off: `(resolve) => server.close(resolve)` and `return reply(res, 404)` are Node's callback
      // idiom in the servers and hooks here; the compiler already rejects using a void result.
      "@typescript-eslint/no-confusing-void-expression": "off",
      // Off: Astro's and linkinator's hooks expect a promise; `async` says so more plainly than
      // wrapping the value in Promise.resolve.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["scripts/**", "bench/**", "tests/**", "e2e/**"],
    rules: {
      // These are command-line programs and test harnesses: printing is their job.
      "no-console": "off",
      // Off here: cleanup hooks (`afterAll(() => context?.close())`) guard against a setup that
      // failed before assigning, which the declared types cannot say.
      "@typescript-eslint/no-unnecessary-condition": "off",
    },
  },
  {
    // The benchmark (bench/) is tooling beside the app: app code and its tests never import it.
    files: ["src/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/bench/**"] }] },
  },
  {
    // The benchmark never leans on test support; what it shares with tests is in scripts/support/.
    files: ["bench/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/tests/**", "**/e2e/**"] }] },
  },
  {
    // astro-eslint-parser has no project service, so type-aware rules would see `any` in every
    // .astro file; `astro check` (in `npm run check`) type-checks them instead.
    files: ["**/*.astro", "**/*.astro/*.ts"],
    ...tseslint.configs.disableTypeChecked,
  },
);
