/**
 * Where the content lives on disk. Resolved from the working directory (the project root
 * for every npm script) because bundled page code no longer sits beside its source file.
 */
import { resolve } from "node:path";
import { sharedDesk, type Desk } from "#lib/content/desk.ts";

export const CONTENT_DIR = resolve(process.cwd(), "content");

/** The content model of the site being built: the same desk the content loader filled. */
export const siteDesk = (): Desk => sharedDesk(resolve(CONTENT_DIR, ".."));
