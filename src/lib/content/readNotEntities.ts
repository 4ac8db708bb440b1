/**
 * Reads `content/not-entities.yaml` under a project root (absent → an empty list), for the
 * build, `npm run check`, `npm run propose` and `npm run eval`, which all need the same list.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NOT_ENTITIES_FILE, parseNotEntities } from "./notEntities.ts";

export function readNotEntities(root: string): ReturnType<typeof parseNotEntities> {
  const path = join(root, NOT_ENTITIES_FILE);
  return parseNotEntities(existsSync(path) ? readFileSync(path, "utf8") : undefined);
}
