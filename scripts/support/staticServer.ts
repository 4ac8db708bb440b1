/**
 * A minimal static file server for tests: serves a built site from a folder, with
 * directory index.html, the site's 404.html for misses, and an optional base path, on a
 * free loopback port. It exists so tests need no global tools and can pick their port.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { createGzip } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
};

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Types a static host compresses on the fly (Pagefind's own files are already compressed). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|image\/svg/;

export interface ServeOptions {
  /** Gzip text responses when the client accepts it, as static hosts do (for byte budgets). */
  readonly gzip?: boolean;
}

export async function serveStatic(root: string, base = "/", options: ServeOptions = {}): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const notFound = () => {
      response.statusCode = 404;
      const page = join(root, "404.html");
      if (existsSync(page)) {
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        createReadStream(page).pipe(response);
      } else response.end("not found");
    };
    if (!pathname.startsWith(base)) return notFound();
    const relative = normalize(pathname.slice(base.length));
    if (relative.startsWith("..") || relative.includes(`${sep}..`)) return notFound();
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith("/")) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    response.setHeader("Content-Type", type);
    if (options.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers["accept-encoding"]))) {
      response.setHeader("Content-Encoding", "gzip");
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
