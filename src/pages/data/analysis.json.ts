/** `/data/analysis.json`: the whole corpus's analysis as open data (src/schemas/openData.ts). */
import type { APIRoute } from "astro";
import { getOpenData } from "#data/openData.ts";
import { writeHandedFile } from "#lib/publish/handedFiles.ts";
import { jsonResponse, serializeJson } from "#lib/publish/json.ts";

// In a build the text is written into the output here (handedFiles.ts), and the empty body makes
// Astro write nothing: at 5,000 articles it is 73 MB, which Astro would read back out of the
// `Response` and copy before writing.
export const GET: APIRoute = async () => {
  const data = await getOpenData();
  return (await writeHandedFile("data/analysis.json", serializeJson(data))) ? new Response(null) : jsonResponse(data);
};
