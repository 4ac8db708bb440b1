/**
 * The one line `npm run build` prints when the build fails, instead of Astro's stack trace:
 * content problems as the content model words them (`file:line: field: message`), a failed
 * write (a full disk, a read-only folder) as what could not be written and what to do. Errors
 * are often wrapped (Vite, Astro, an integration hook), so the cause chain is searched for the
 * one that says what happened.
 */
import { buildWriteFailure } from "./fsFailure.ts";

/** The error and its causes, outermost first; a cycle stops the walk. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && !chain.includes(current);) {
    chain.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return chain;
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** `root` makes the failed path relative, as editors see it. */
export function explainBuildFailure(error: unknown, root: string): string {
  const chain = causes(error);
  // By name, not instanceof: the content loader runs in Vite's module runner, which loads its
  // own copy of the ContentError class.
  const content = chain.find((cause) => cause instanceof Error && cause.name === "ContentError");
  if (content instanceof Error) return content.message;
  const failedWrite = chain.find((cause) => errnoCode(cause) !== undefined);
  if (failedWrite) {
    const path = (failedWrite as NodeJS.ErrnoException).path;
    const shown = path?.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
    return buildWriteFailure(shown ? `Writing ${shown}` : "Writing the site", failedWrite).message;
  }
  // Already one line for an editor (the staged-output swap, the final steps): keep it as it is.
  const worded = chain.find((cause) => cause instanceof Error && cause.message.includes("dist/ still holds"));
  if (worded instanceof Error) return worded.message;
  const message = error instanceof Error ? error.message : String(error);
  return `The build failed: ${message.split("\n")[0] ?? ""} (run DEBUG=1 npm run build for the details). dist/ still holds the last good site.`;
}
