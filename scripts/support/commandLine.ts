/**
 * How every `npm run <command>` reads its options, so they all behave the same at the edges:
 * `--help` (or `-h`) prints the usage and exits 0; an unknown option or a missing value prints
 * one line naming it and the usage, and exits 2 — never Node's stack trace.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` returns for these options, with `help` always defined. */
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O & { help: { type: "boolean"; short: "h" } }; allowPositionals: true }>
>;

/**
 * Reads `process.argv` for `command` (named in messages) or exits as described above. Bare
 * arguments (file names, paths) are refused unless `takesArguments` says the command takes them.
 */
export function readCommandLine<const O extends Options>(
  command: string,
  usage: string,
  options: O,
  takesArguments = false,
): Parsed<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    // Node's message goes on to explain positional values after "--", which misleads here:
    // its first sentence says what was wrong.
    const what = (error instanceof Error ? error.message : String(error)).split(/\n|(?<=\.) To specify /)[0] ?? "";
    process.stderr.write(`${command}: ${what}\n\n${usage}\n`);
    process.exit(2);
  }
  const stray = parsed.positionals[0];
  if (!takesArguments && stray !== undefined) {
    process.stderr.write(`${command}: unexpected argument '${stray}' (options start with --)\n\n${usage}\n`);
    process.exit(2);
  }
  // The generic result type loses the added option; it is there, as a boolean.
  const asked: { help?: unknown } = parsed.values;
  if (asked.help === true) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** Exits with one line saying what to run when `dist` holds no built site (no index.html). */
export function requireBuiltSite(command: string, dist: string): void {
  if (existsSync(join(dist, "index.html"))) return;
  const shown = relative(process.cwd(), dist);
  const where = shown === "" ? "." : shown.startsWith("..") ? dist : shown;
  process.stderr.write(`${command}: no built site in ${where}/: run npm run build first\n`);
  process.exit(1);
}
