/** `/data/analysis.json`: the whole corpus's analysis as open data (src/schemas/openData.ts). */
import type { APIRoute } from "astro";
import { getOpenData } from "#data/openData.ts";
import { jsonResponse } from "#lib/publish/json.ts";

export const GET: APIRoute = async () => jsonResponse(await getOpenData());
