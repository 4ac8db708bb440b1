/** Serves each raw source file as published plain text at `/sources/<file>`, so readers can check it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { SOURCES_DIR } from "../../data/contentDir.ts";

export const getStaticPaths = (() =>
  readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(SOURCES_DIR, String(params["file"]))), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
