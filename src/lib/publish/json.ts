/**
 * A JSON file as a static endpoint's response: pretty-printed (researchers read it), ending
 * in a newline, and typed so hosts and browsers treat it as JSON, not a page.
 */
export function jsonResponse(value: unknown): Response {
  return new Response(serializeJson(value), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}

/** The published text of a JSON value; the committed schema file is written the same way. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
