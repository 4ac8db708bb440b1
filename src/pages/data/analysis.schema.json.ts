/** `/data/analysis.schema.json`: the JSON Schema of the open data, generated from its zod schema. */
import type { APIRoute } from "astro";
import { jsonResponse } from "#lib/publish/json.ts";
import { openDataJsonSchema } from "#schemas/openData.ts";

export const GET: APIRoute = () => jsonResponse(openDataJsonSchema());
