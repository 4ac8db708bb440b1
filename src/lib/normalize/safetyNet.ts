/**
 * Any input must give a result: a reader that throws (a bug of ours, or of a library on markup it
 * never met) is reported as an `internal` refusal naming the reader, never thrown at the editor.
 * One net for the text normalizer and the HTML reader.
 */
import type { NormalizeResult } from "./types.ts";

export function withSafetyNet(reader: string, read: () => NormalizeResult): NormalizeResult {
  try {
    return read();
  } catch (error) {
    return {
      ok: false,
      error: {
        code: "internal",
        message: `${reader} bug: ${error instanceof Error ? error.message : String(error)}; please report it with the source file`,
      },
    };
  }
}
