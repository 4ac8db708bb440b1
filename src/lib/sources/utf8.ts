/**
 * A raw source's text as ingest reads it: strict UTF-8, or nothing. One rule for ingest and for
 * the evaluation scripts, so a file ingest refuses for its encoding is refused when measured too.
 */

/** The text, or undefined when the bytes are not UTF-8 (a Latin-1 or UTF-16 file, say). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
