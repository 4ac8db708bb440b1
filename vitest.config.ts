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
