/**
 * Words of a text with their offsets, folded for comparison: the one tokenizer that entity
 * matching and name finding share, so a name found by one is keyed the same by the other.
 * An initialism keeps its periods in `raw` ("U.S.") and loses them in `key` ("us").
 */
import { LruCache } from "#lib/lruCache.ts";
import { stripAccents } from "./fold.ts";

/** A word of text: letters/digits, or an initialism with periods ("U.S.", "C.I.A."). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-case, accents removed, periods removed: what the trie is keyed on. */
  readonly key: string;
  /** Accents and periods removed, case kept: compared for all-capital aliases. */
  readonly exact: string;
  readonly raw: string;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+/gu;

function fold(text: string): string {
  return stripAccents(text).replace(/\./gu, "");
}

/**
 * The words of `text`, in order. Kept for the last texts asked (read-only, shared): entity
 * matching, name finding, initialisms and shared surnames each tokenize the same sentence, and
 * a name's words are asked again for each of its mentions; nine calls in ten repeat a text.
 */
export function tokenize(text: string): readonly Token[] {
  return tokenized.getOrMake(text, readTokens);
}

const tokenized = new LruCache<string, readonly Token[]>(5_000);

function readTokens(text: string): readonly Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const exact = fold(raw);
    tokens.push({ start: match.index, end: match.index + raw.length, key: exact.toLowerCase(), exact, raw });
  }
  // Shared by every caller that asks of the same text: frozen, so none can change another's.
  return Object.freeze(tokens);
}

/**
 * The comparable form of a name: folded tokens joined by spaces, without a possessive "’s" or
 * a leading "the" ("The Washington Post’s" → "washington post"). Two spellings of one name
 * that differ only in case, accents, periods or punctuation get the same key.
 */
export function nameKey(name: string): string {
  const keys = tokenize(name.replace(/['’‘ʼ]s\b/gu, "")).map((t) => t.key);
  if (keys[0] === "the" && keys.length > 1) keys.shift();
  return keys.join(" ");
}
