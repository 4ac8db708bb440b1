/**
 * The environment for a build or dev server started from a test or the benchmark. Vitest sets
 * variables of its own (TEST, VITEST*, NODE_ENV=test) and Vite's (BASE_URL, MODE, DEV, PROD,
 * SSR); an Astro child process that inherits them serves or builds the wrong thing (a dev
 * server answering 404, a build ignoring BASE_PATH). The project's pinned Node goes first on
 * PATH, since the tools' shebangs ask PATH for `node`.
 */
import { delimiter, join } from "node:path";

const VITEST_VARIABLES = /^(?:TEST|VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

export function childEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
  return {
    ...env,
    PATH: `${join(root, "node_modules/.bin")}${delimiter}${env["PATH"] ?? ""}`,
    ASTRO_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}
