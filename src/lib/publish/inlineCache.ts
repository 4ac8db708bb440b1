/**
 * The inline `<script>` and `<style>` blocks of built pages, kept between builds by the digest
 * of each page's bytes, so the `_headers` pass parses only the pages whose HTML changed. An
 * incremental build copies most pages unchanged from Astro's cache; parsing every one of them
 * again was most of that pass (4 of 27 CPU-seconds of an edit rebuild at 300 articles).
 *
 * The cache is one JSON file: the distinct block sets, and each page digest's index into them
 * (most pages share one set). A file that is missing, does not parse, or is not of this shape
 * is ignored; a digest says nothing about the code that collected its blocks, so the file also
 * names a `version` (the code version), and one of another version is ignored too. Each save
 * keeps only this build's pages, written atomically.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeAtomic } from "#lib/writeAtomic.ts";
import { collectInline, type InlineBlocks } from "./headers.ts";

interface Stored {
  readonly version: string;
  readonly sets: readonly InlineBlocks[];
  readonly pages: Readonly<Record<string, number>>;
}

export interface InlineCache {
  /** The page's blocks: kept ones for bytes seen before, else parsed now. */
  blocks(html: Buffer): InlineBlocks;
  /** Writes this build's pages (only those) to the cache file; returns how many were parsed and reused. */
  save(): Promise<{ parsed: number; reused: number }>;
}

const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string");

function isBlocks(value: unknown): value is InlineBlocks {
  if (typeof value !== "object" || value === null) return false;
  const { scripts, styles, unhashable } = value as Record<string, unknown>;
  return isStrings(scripts) && isStrings(styles) && isStrings(unhashable);
}

/** The kept page digests and their blocks, empty when the file is missing, broken or of another version. */
function load(file: string, version: string): Map<string, InlineBlocks> {
  let stored: unknown;
  try {
    stored = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return new Map();
  }
  if (typeof stored !== "object" || stored === null) return new Map();
  const { sets, pages } = stored as Record<string, unknown>;
  if ((stored as Partial<Stored>).version !== version) return new Map();
  if (!Array.isArray(sets) || !sets.every(isBlocks)) return new Map();
  if (typeof pages !== "object" || pages === null) return new Map();
  return new Map(
    Object.entries(pages).flatMap(([digest, index]) => {
      const set: InlineBlocks | undefined = typeof index === "number" ? sets[index] : undefined;
      return set ? [[digest, set] as const] : [];
    }),
  );
}

export function inlineCache(file: string, version: string): InlineCache {
  const kept = load(file, version);
  const used = new Map<string, InlineBlocks>();
  let parsed = 0;
  let reused = 0;
  return {
    blocks(html) {
      const digest = createHash("sha256").update(html).digest("base64url");
      let blocks = used.get(digest) ?? kept.get(digest);
      if (blocks) reused += 1;
      else {
        blocks = collectInline(html.toString("utf8"));
        parsed += 1;
      }
      used.set(digest, blocks);
      return blocks;
    },
    async save() {
      const sets: InlineBlocks[] = [];
      const indexOf = new Map<string, number>();
      const pages: Record<string, number> = {};
      for (const [digest, blocks] of used) {
        const text = JSON.stringify(blocks);
        let index = indexOf.get(text);
        if (index === undefined) {
          indexOf.set(text, (index = sets.length));
          sets.push(blocks);
        }
        pages[digest] = index;
      }
      await writeAtomic(file, JSON.stringify({ version, sets, pages } satisfies Stored));
      return { parsed, reused };
    },
  };
}
