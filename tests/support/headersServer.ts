/**
 * Serves a built site the way Netlify and Cloudflare Pages would with its `_headers` file:
 * a front server adds the headers `_headers` gives each path to every response of the
 * ordinary test server (tests/support/staticServer.ts) behind it.
 */
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { headersFor, parseHeaders } from "#lib/publish/headers.ts";
import { serveStatic, type RunningServer } from "#scripts/support/staticServer.ts";

export async function serveWithHeaders(root: string, base = "/"): Promise<RunningServer> {
  const rules = parseHeaders(readFileSync(join(root, "_headers"), "utf8"));
  const backend = await serveStatic(root, base);
  const target = new URL(backend.url);
  const front: Server = createServer((request, response) => {
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: request.url,
        method: request.method,
        headers: request.headers,
        agent: false,
      },
      (reply) => {
        const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
        const headers = { ...reply.headers };
        for (const [name, value] of headersFor(rules, pathname)) headers[name.toLowerCase()] = value;
        response.writeHead(reply.statusCode ?? 502, headers);
        reply.pipe(response);
      },
    );
    upstream.on("error", (error) => {
      response.statusCode = 502;
      response.end(String(error));
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve, reject) => front.close((error) => (error ? reject(error) : resolve())));
      await backend.close();
    },
  };
}
