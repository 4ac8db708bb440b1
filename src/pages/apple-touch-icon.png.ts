/**
 * The 180×180 home-screen icon iOS asks for, drawn from public/favicon.svg at build time so
 * the two never drift; its rounded corners are filled with the icon colour (iOS rounds them).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { pngResponse } from "#data/social.ts";
import { svgToPng } from "#lib/social/card.ts";

export const GET: APIRoute = () =>
  pngResponse(
    svgToPng(readFileSync(join(process.cwd(), "public/favicon.svg"), "utf8"), { width: 180, background: "#8a1c1c" }),
  );
