/**
 * Serves files that exist only outside the build's output from `astro dev`: a dev-server
 * middleware answers requests under `prefix` with whatever `lookup` finds for the rest of the
 * path, never cached, and passes everything else on to Astro. Used for the in-memory Pagefind
 * index and for the raw source files, which a build writes into `dist/` instead.
 */
import type { AstroIntegration } from "astro";

type DevServer = Parameters<NonNullable<AstroIntegration["hooks"]["astro:server:setup"]>>[0]["server"];

/** A file to answer with: its bytes and its Content-Type. */
export interface DevFile {
  readonly body: Uint8Array;
  readonly type: string;
}

export function serveDevFiles(
  server: DevServer,
  prefix: string,
  lookup: (name: string) => Promise<DevFile | undefined>,
): void {
  server.middlewares.use((request, response, next) => {
    const url = request.url?.split("?")[0] ?? "";
    if (!url.startsWith(prefix)) return next();
    let name: string;
    try {
      name = decodeURIComponent(url.slice(prefix.length));
    } catch {
      return next();
    }
    lookup(name).then(
      (file) => {
        if (!file) return next();
        response.setHeader("Content-Type", file.type);
        response.setHeader("Cache-Control", "no-store");
        response.end(file.body);
      },
      (error: unknown) => next(error),
    );
  });
}
