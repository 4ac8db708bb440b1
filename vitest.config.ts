import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "./tests/support/summaryReporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          testTimeout: 30_000,
          // One worker process runs file after file with the modules it has loaded, instead of a
          // fresh process per file: nearly every file imports the analysis (compromise and a few
          // hundred stripped modules, about two seconds of CPU), and re-evaluating that graph for
          // each of ~270 files was 39% of the project's time on CI's two cores (where vitest runs
          // one worker). Safe because no unit test mocks modules, stubs globals or env, or changes
          // the working directory, and the modules' own caches are keyed by their inputs; each
          // test file itself is still evaluated afresh.
          isolate: false,
        },
      },
      {
        // Builds the real site once (tests/support/globalSetup.ts), then asserts on dist/
        // and drives it in Chromium. Files run one at a time: they share one server.
        test: {
          name: "site",
          include: ["tests/**/*.test.ts", "e2e/**/*.test.ts"],
          globalSetup: ["tests/support/globalSetup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
