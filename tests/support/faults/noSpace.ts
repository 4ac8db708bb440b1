/**
 * Fault injection for the build-failure tests, loaded with `node --import` into a build: the
 * first write of a file whose path ends with $FAULT_PATH fails as a full disk does (ENOSPC),
 * as if the disk filled up while Astro wrote pages. Nothing else changes.
 */
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { fileURLToPath } from "node:url";

const target = process.env["FAULT_PATH"] ?? "";
const writeFile = fs.promises.writeFile;

fs.promises.writeFile = async (...args: Parameters<typeof writeFile>) => {
  // Astro names its output files by URL.
  const file = args[0] instanceof URL ? fileURLToPath(args[0]) : args[0];
  if (target !== "" && typeof file === "string" && file.endsWith(target)) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), {
      code: "ENOSPC",
      errno: -28,
      syscall: "open",
      path: file,
    });
  }
  return writeFile(...args);
};
syncBuiltinESMExports();
