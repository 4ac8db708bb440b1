/**
 * Stable sentence anchors: `s-` + 8 hex digits of a hash of the sentence's normalized text.
 *
 * Why hash the text rather than number the sentences: an anchor must survive edits elsewhere
 * in the article, so links like `/articles/<slug>/#s-1a2b3c4d` from an analysis panel keep
 * pointing at the same sentence after a typo is fixed two paragraphs above. Repeats within one
 * article get `-2`, `-3` … in document order (`AnchorAllocator`).
 *
 * Normalization before hashing: Unicode NFC, whitespace collapsed to single spaces, and
 * typographic quotes/ellipsis folded to their ASCII forms, so the Markdown text and the HTML
 * text of the same sentence hash alike even if a typography plugin is switched on later.
 * The hash is 32-bit FNV-1a: tiny, synchronous, the same in Node and the browser.
 */

/** The text a sentence's anchor is computed from. */
export function normalizeForAnchor(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/…/gu, "...")
    .replace(/\s+/gu, " ")
    .trim();
}

/** 32-bit FNV-1a over the UTF-16 code units of `text`, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The base anchor of a sentence (without any `-2` repeat suffix); `prefix` "r" for a table row. */
export function sentenceAnchor(text: string, prefix = "s"): string {
  return `${prefix}-${fnv1a32(normalizeForAnchor(text))}`;
}

/**
 * Hands out anchors for one article in document order, suffixing repeats with `-2`, `-3` ….
 * Create one per article; the Markdown and HTML sides must see sentences in the same order.
 */
export class AnchorAllocator {
  readonly #seen = new Map<string, number>();

  /**
   * `prefix` "r" hands out table rows' anchors (`r-xxxxxxxx`), counted apart from the sentences',
   * so that reading tables leaves every sentence's anchor as it was.
   */
  readonly #prefix: string;

  constructor(prefix = "s") {
    this.#prefix = prefix;
  }

  next(text: string): string {
    const base = sentenceAnchor(text, this.#prefix);
    const count = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

/** Page ids of the standfirst and of the n-th key point (1-based): where their sentences link to. */
export const FRONT_ANCHORS = {
  dek: "standfirst",
  keyPoint: (n: number) => `key-point-${n}`,
} as const;

/**
 * The shape of a body sentence's anchor, repeats included (`s-1a2b3c4d`, `s-1a2b3c4d-2`), or of a
 * table row's (`r-1a2b3c4d`), which the timeline may link to too.
 */
export const SENTENCE_ANCHOR = /^[sr]-[0-9a-f]{8}(?:-[0-9]+)?$/;

/** The shape of a key point's id (`FRONT_ANCHORS.keyPoint`). */
export const KEY_POINT_ANCHOR = /^key-point-[0-9]+$/;

/**
 * Every id an analysis item may link to on its article page: a body sentence or table row, or the
 * standfirst or a key point, whose sentences share their element's id (they live in
 * frontmatter, where sentences carry no anchors of their own). Written without flags so
 * the JSON Schema generated from the open-data schema can carry it as is.
 */
export const ITEM_ANCHOR = /^(?:[sr]-[0-9a-f]{8}(?:-[0-9]+)?|standfirst|key-point-[0-9]+)$/;
