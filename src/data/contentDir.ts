/**
 * Where the content lives on disk. Resolved from the working directory (the project root
 * for every npm script) because bundled page code no longer sits beside its source file.
 */
import { resolve } from "node:path";

export const CONTENT_DIR = resolve(process.cwd(), "content");
