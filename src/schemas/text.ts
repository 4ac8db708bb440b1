/**
 * The one string type for every editor-written text field (frontmatter, sidecars, entities,
 * topics, corrections): trimmed, non-empty, and free of control characters and text-direction
 * overrides (src/lib/text/unsafeChars.ts), which are refused with where they are rather than
 * silently dropped, so the editor sees what was in the file.
 */
import { z } from "astro/zod";
import { describeUnsafeChar, findUnsafeChar, stripUnsafeChars } from "#lib/text/unsafeChars.ts";

/** The refusal message for a string holding an unsafe character, or undefined. */
export function unsafeCharMessage(text: string): string | undefined {
  const found = findUnsafeChar(text);
  if (!found) return undefined;
  return `contains ${describeUnsafeChar(found.char)} at character ${found.index + 1}; remove it (control characters and text-direction overrides are not allowed)`;
}

/** `schema` with unsafe characters refused, with where they are. */
function refusingUnsafe<T extends z.ZodType<string>>(schema: T): T {
  return schema.check((ctx) => {
    const message = unsafeCharMessage(ctx.value);
    if (message) ctx.issues.push({ code: "custom", message, input: ctx.value });
  });
}

/** A plain string with no unsafe character (not trimmed; for values with their own format). */
export const safeString = () => refusingUnsafe(z.string());

/** An http(s) URL (an article's original address) with no unsafe character. */
export const httpUrl = () => refusingUnsafe(z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }));

/** A trimmed, non-empty text field with no unsafe character; `empty` is the message when blank. */
export const text = (empty?: string) =>
  safeString()
    .trim()
    .min(1, empty ?? "expected text, not an empty value");

/**
 * Machine-written text that quotes raw input (an ingest report's removed lines): kept as it
 * stood in the file, read without the unsafe characters, since refusing it would lose the record.
 */
export const quotedText = () => z.string().transform(stripUnsafeChars);
