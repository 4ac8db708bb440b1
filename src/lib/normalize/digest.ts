/**
 * Tamper evidence for generated articles. The ingest script stamps each file with
 * `generated.digest`: the SHA-256 of the file's exact bytes as written, computed while the
 * digest value is 64 zeros. If an editor later changes anything, the digest no longer verifies
 * and ingest leaves the file alone instead of overwriting their work.
 */
import { createHash } from "node:crypto";

export const DIGEST_PLACEHOLDER = "0".repeat(64);

/** SHA-256 as lower-case hex; strings are hashed as their UTF-8 bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The frontmatter block: text between the opening `---` line and the next `---` line. */
function frontmatterRange(text: string): { start: number; end: number } | undefined {
  if (!text.startsWith("---\n")) return undefined;
  const end = text.indexOf("\n---\n", 3);
  const endAtEof = text.endsWith("\n---") ? text.length - 4 : -1;
  const close = end !== -1 ? end : endAtEof;
  return close === -1 ? undefined : { start: 4, end: close + 1 };
}

/** The `digest:` value inside the `generated:` mapping of the frontmatter, with its offset. */
function findDigest(text: string, value: RegExp): { index: number; length: number } | undefined {
  const range = frontmatterRange(text);
  if (range === undefined) return undefined;
  const fm = text.slice(range.start, range.end);
  const block = /^generated:[ \t]*\n((?:[ \t]+.*\n)*)/m.exec(fm);
  if (!block) return undefined;
  const blockStart = range.start + block.index + block[0].length - (block[1]?.length ?? 0);
  const line = new RegExp(`^([ \\t]+digest:[ \\t]*["']?)(${value.source})["']?[ \\t]*$`, "m").exec(block[1] ?? "");
  if (!line) return undefined;
  return { index: blockStart + line.index + (line[1]?.length ?? 0), length: line[2]?.length ?? 0 };
}

/** Replaces the placeholder digest in freshly serialized `text` with the real digest. */
export function stampDigest(text: string): string {
  const at = findDigest(text, new RegExp(DIGEST_PLACEHOLDER));
  if (at === undefined) throw new Error("stampDigest: no placeholder digest in generated.digest");
  return text.slice(0, at.index) + sha256Hex(text) + text.slice(at.index + at.length);
}

export type DigestStatus =
  | "verified" // generated and untouched since
  | "modified" // generated, then edited by hand
  | "not-generated"; // no generated.digest: written by hand

/** Whether `text` (a whole article file) is untouched generated output. */
export function verifyDigest(text: string): DigestStatus {
  const at = findDigest(text, /[0-9a-f]{64}/);
  if (at === undefined) return "not-generated";
  const digest = text.slice(at.index, at.index + at.length);
  const blanked = text.slice(0, at.index) + DIGEST_PLACEHOLDER + text.slice(at.index + at.length);
  return sha256Hex(blanked) === digest ? "verified" : "modified";
}
