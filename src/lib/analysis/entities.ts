/**
 * Entity mentions: which register entities each sentence names, and which capitalised names
 * the register lacks (a to-do list for editors).
 *
 * The matcher is built once over the whole register: every name, alias and short name becomes
 * a sequence of folded tokens in a trie, so scanning an article is one pass over its tokens
 * (each start walks at most the longest name's length) — never register × text pairs. Matches
 * are leftmost-longest ("U.S. Northern Command" beats "U.S.").
 *
 * Folding: case and accents are ignored ("Lopez Obrador" = "López Obrador") and initialisms
 * lose their periods ("C.I.A." = "CIA"), except that an all-capital alias ("CIA", "ICE", "US")
 * only matches capitals, so "ice" and "us" are not mentions. Possessives need nothing special:
 * "Sheinbaum’s" tokenises as "Sheinbaum" + "s". A person's short name (surname by default)
 * counts only after a full mention earlier in the same article.
 */
import type { Entity, EntityKind } from "../../schemas/entity.ts";
import type { Block } from "../text/sentences.ts";
import { stripAccents } from "../text/fold.ts";

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const exact = fold(raw);
    tokens.push({ start: match.index, end: match.index + raw.length, key: exact.toLowerCase(), exact, raw });
  }
  return tokens;
}

/** Text allowed between two tokens of one name: spaces, brackets, hyphens, an initial's period. */
const NAME_GAP = /^[\s.[\]\-‐]{0,4}$/u;

interface Pattern {
  readonly entityId: string;
  readonly kind: EntityKind;
  readonly exact: readonly string[];
  /** All-capital alias: compare `exact` tokens too. */
  readonly caseSensitive: boolean;
  /** Short name: valid only after a full mention. */
  readonly short: boolean;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  patterns: Pattern[];
}

const newNode = (): TrieNode => ({ next: new Map(), patterns: [] });

/** A raw hit in one piece of text. */
export interface Hit {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** True when the hit is a short name (only valid after a full mention). */
  readonly short: boolean;
}

export interface EntityMatcher {
  readonly entities: ReadonlyMap<string, Entity>;
  /**
   * Hits in `text`, leftmost-longest. `known` holds entities already fully mentioned (their
   * short names are enabled); it is updated with full mentions found here.
   */
  find(text: string, known?: Set<string>): Hit[];
}

/** Builds the matcher once for the whole register. */
export function buildEntityMatcher(register: readonly Entity[]): EntityMatcher {
  const root = newNode();
  let longest = 1;
  const add = (entity: Entity, form: string, short: boolean) => {
    const tokens = tokenize(form);
    if (tokens.length === 0) return;
    const caseSensitive = !/\p{Ll}/u.test(form);
    let node = root;
    for (const token of tokens) {
      let child = node.next.get(token.key);
      if (!child) {
        child = newNode();
        node.next.set(token.key, child);
      }
      node = child;
    }
    const exact = tokens.map((t) => t.exact);
    if (
      !node.patterns.some((p) => p.entityId === entity.id && p.short === short && p.caseSensitive === caseSensitive)
    ) {
      node.patterns.push({ entityId: entity.id, kind: entity.kind, exact, caseSensitive, short });
    }
    longest = Math.max(longest, tokens.length);
  };
  for (const entity of register) {
    add(entity, entity.name, false);
    for (const alias of entity.aliases) add(entity, alias, false);
    const shortName = entity.shortName ?? (entity.kind === "person" ? entity.name.split(/\s+/u).at(-1) : undefined);
    if (shortName && shortName !== entity.name) add(entity, shortName, true);
  }
  const entities = new Map(register.map((entity) => [entity.id, entity]));

  const find = (text: string, known: Set<string> = new Set()): Hit[] => {
    const tokens = tokenize(text);
    const hits: Hit[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = root;
      let best: { pattern: Pattern; last: number } | undefined;
      for (let j = i; j < tokens.length && j < i + longest; j += 1) {
        const token = tokens[j] as Token;
        if (j > i && !NAME_GAP.test(text.slice((tokens[j - 1] as Token).end, token.start))) break;
        node = node.next.get(token.key);
        if (!node) break;
        const valid = node.patterns.find(
          (p) =>
            (!p.short || known.has(p.entityId)) &&
            (!p.caseSensitive || p.exact.every((e, k) => tokens[i + k]?.exact === e)),
        );
        if (valid) best = { pattern: valid, last: j };
      }
      if (best) {
        const start = (tokens[i] as Token).start;
        const end = (tokens[best.last] as Token).end;
        hits.push({
          entityId: best.pattern.entityId,
          start,
          end,
          text: text.slice(start, end),
          short: best.pattern.short,
        });
        if (!best.pattern.short) known.add(best.pattern.entityId);
        i = best.last + 1;
      } else {
        i += 1;
      }
    }
    return hits;
  };
  return { entities, find };
}

/** One mention of a register entity in an article sentence. */
export interface Mention {
  readonly entityId: string;
  /** The words as written ("Sheinbaum", "C.I.A."). */
  readonly text: string;
  readonly anchor: string;
  readonly blockIndex: number;
  /** Offsets within the sentence text. */
  readonly start: number;
  readonly end: number;
}

/** All mentions in an article's blocks, in document order (short names after full mentions). */
export function findMentions(blocks: readonly Block[], matcher: EntityMatcher): Mention[] {
  const known = new Set<string>();
  const mentions: Mention[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      for (const hit of matcher.find(sentence.text, known)) {
        mentions.push({
          entityId: hit.entityId,
          text: hit.text,
          anchor: sentence.anchor,
          blockIndex: block.blockIndex,
          start: hit.start,
          end: hit.end,
        });
      }
    }
  }
  return mentions;
}

/** Mention counts per entity, most mentioned first (ties by id). */
export function mentionCounts(mentions: readonly Mention[]): { entityId: string; count: number; anchors: string[] }[] {
  const byId = new Map<string, { entityId: string; count: number; anchors: string[] }>();
  for (const mention of mentions) {
    const entry = byId.get(mention.entityId) ?? { entityId: mention.entityId, count: 0, anchors: [] };
    entry.count += 1;
    if (!entry.anchors.includes(mention.anchor)) entry.anchors.push(mention.anchor);
    byId.set(mention.entityId, entry);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
}

/** Lower-case words that join a name's capitalised parts ("Juan Ramón de la Fuente"). */
const CONNECTORS = new Set(["de", "la", "del", "los", "las", "y", "of", "for", "and", "the", "on"]);
/** Days and months are capitalised but end a name: "Harfuch on Tuesday" is not one name. */
const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
/** Capitalised words that are not names when they open a sentence or a name. */
const NOT_NAME_START = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "as",
  "and",
  "but",
  "yet",
  "so",
  "or",
  "if",
  "while",
  "when",
  "after",
  "before",
  "during",
  "since",
  "despite",
  "although",
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "his",
  "her",
  "their",
  "our",
  "some",
  "many",
  "most",
  "both",
  "any",
  "each",
  "every",
  "no",
  "not",
  "from",
  "for",
  "with",
  "by",
  "to",
  "of",
  "according",
  "back",
  "however",
  "moreover",
  "meanwhile",
  "notably",
  "looking",
  "what",
  "who",
  "how",
  "why",
  "where",
  "more",
  "all",
  "one",
  "other",
  "others",
  "former",
  "current",
  "new",
  "top",
  "mexican",
  "american",
  "russian",
  "venezuelan",
  "latin",
  "president",
  "secretary",
  "director",
  "general",
  "gen",
  "minister",
  "defense",
  "security",
  "national",
  "expert",
  "analysts",
  "experts",
  "critics",
  "officials",
  "mr",
  "ms",
  "dr",
  "head",
  "watch",
  "related",
]);

/** A capitalised multi-word name that no register entry covers. */
export interface UnknownName {
  readonly name: string;
  readonly count: number;
  readonly anchors: readonly string[];
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw);
}

/**
 * Capitalised multi-word sequences in body sentences (headings are skipped: they are in title
 * case) that overlap no register mention. Leading sentence-openers and titles are dropped
 * ("The Wall…", "Director John …"), so what remains is the name itself. A report, not a truth:
 * editors add real names to the register and ignore the rest.
 */
export function unknownNames(blocks: readonly Block[], matcher: EntityMatcher): UnknownName[] {
  const found = new Map<string, { count: number; anchors: string[] }>();
  for (const block of blocks) {
    if (block.kind === "heading") continue;
    for (const sentence of block.sentences) {
      const covered = matcher.find(sentence.text, new Set(matcher.entities.keys()));
      const tokens = tokenize(sentence.text);
      const inMention = (t: Token) => covered.some((h) => t.start < h.end && t.end > h.start);
      let i = 0;
      while (i < tokens.length) {
        const first = tokens[i] as Token;
        if (!isCapitalised(first) || NOT_NAME_START.has(first.key) || inMention(first)) {
          i += 1;
          continue;
        }
        let j = i;
        let lastCap = i;
        while (j + 1 < tokens.length) {
          const next = tokens[j + 1] as Token;
          const gap = sentence.text.slice((tokens[j] as Token).end, next.start);
          if (!/^[\s-]{1,2}$/u.test(gap) || inMention(next) || TIME_WORDS.has(next.key)) break;
          if (isCapitalised(next)) lastCap = j + 1;
          else if (!CONNECTORS.has(next.raw)) break;
          j += 1;
        }
        if (lastCap > i) {
          const name = sentence.text.slice(first.start, (tokens[lastCap] as Token).end);
          const entry = found.get(name) ?? { count: 0, anchors: [] };
          entry.count += 1;
          if (!entry.anchors.includes(sentence.anchor)) entry.anchors.push(sentence.anchor);
          found.set(name, entry);
        }
        i = lastCap + 1;
      }
    }
  }
  return [...found.entries()]
    .map(([name, { count, anchors }]) => ({ name, count, anchors }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
