/**
 * Coverage matrix for one story: facts down the side, the story's articles across, and for
 * each cell the sentences (anchors) where that article reports the fact.
 *
 * Facts are things that can be recognised the same way in every article: register entities
 * (by mention), figures ("10,000 troops", "thousands of troops", "11 alleged members"), aircraft
 * (MQ-9 Reaper, U-2, RC-135, P-8) and named speakers' quotations. A fact only one article
 * reports is marked `onlyIn`. Whether accounts disagree is not decided here: a figure row
 * per value cannot tell "10,000 troops" from "thousands of troops" at another precision, so
 * differences come from the claim comparison (claims.ts), sentence against sentence.
 */
import type { Block } from "#lib/text/sentences.ts";
import type { EntityMatcher, Mention } from "./entities.ts";
import type { Quote } from "./quotes.ts";

export type FactKind = "entity" | "figure" | "aircraft" | "quote";

export interface CoverageRow {
  readonly kind: FactKind;
  /** Stable key: entity id, counted noun + value, aircraft type, or `quote:<speaker>`. */
  readonly key: string;
  readonly label: string;
  /** Anchors per article slug; an article that does not report the fact is absent. */
  readonly cells: Readonly<Record<string, readonly string[]>>;
  /** Set when exactly one article reports the fact. */
  readonly onlyIn?: string;
}

export interface CoverageMatrix {
  readonly slugs: readonly string[];
  readonly rows: readonly CoverageRow[];
}

/** What the matrix needs of each article. */
export interface CoverageArticle {
  readonly slug: string;
  readonly blocks: readonly Block[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
}

const FIGURE =
  /\b(\d{1,3}(?:,\d{3})+|\d+|thousands|hundreds|dozens|more than two dozen)\s+(?:of\s+)?(?:(?:alleged|additional|new|Mexican|U\.S\.|Russian|detained|cartel)\s+){0,2}(troops|agents|people|members|nationals|diplomats|soldiers|personnel|officials|detainees|drones|flights|workers)\b/giu;

const AIRCRAFT: readonly { key: string; re: RegExp }[] = [
  { key: "MQ-9 Reaper", re: /\bMQ-9(?:\s+Reaper)?\b|\bReaper drones?\b/u },
  { key: "U-2", re: /\bU-2\b/u },
  { key: "RC-135 Rivet Joint", re: /\bRC-135\b|\bRivet Joints?\b/u },
  { key: "P-8", re: /\bP-8\b/u },
];

/** Figures in a sentence: value as written and the counted noun (lower-case). */
export function findFigures(sentence: string): { value: string; noun: string; label: string }[] {
  const out: { value: string; noun: string; label: string }[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    out.push({ value: match[1] ?? "", noun: (match[2] ?? "").toLowerCase(), label: match[0] });
  }
  return out;
}

/** The coverage matrix of a story's articles. */
export function coverageMatrix(articles: readonly CoverageArticle[], matcher: EntityMatcher): CoverageMatrix {
  const rows = new Map<string, { kind: FactKind; key: string; label: string; cells: Record<string, string[]> }>();
  const note = (kind: FactKind, key: string, label: string, slug: string, anchor: string) => {
    const id = `${kind}:${key}`;
    const row = rows.get(id) ?? { kind, key, label, cells: {} };
    const cell = row.cells[slug] ?? [];
    if (!cell.includes(anchor)) cell.push(anchor);
    row.cells[slug] = cell;
    rows.set(id, row);
  };

  for (const article of articles) {
    for (const mention of article.mentions) {
      note(
        "entity",
        mention.entityId,
        matcher.entities.get(mention.entityId)?.name ?? mention.entityId,
        article.slug,
        mention.anchor,
      );
    }
    for (const block of article.blocks) {
      if (block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        for (const figure of findFigures(sentence.text)) {
          note(
            "figure",
            `${figure.noun}:${figure.value.toLowerCase()}`,
            `${figure.value} ${figure.noun}`,
            article.slug,
            sentence.anchor,
          );
        }
        for (const { key, re } of AIRCRAFT)
          if (re.test(sentence.text)) note("aircraft", key, key, article.slug, sentence.anchor);
      }
    }
    for (const quote of article.quotes) {
      if (quote.speaker.kind !== "named") continue;
      const key = quote.speaker.entity ?? quote.speaker.name;
      note("quote", key, `Quoted: ${quote.speaker.name}`, article.slug, quote.anchor);
    }
  }

  const order: Record<FactKind, number> = { entity: 0, figure: 1, aircraft: 2, quote: 3 };
  const out: CoverageRow[] = [...rows.values()]
    .map((row) => {
      const slugs = Object.keys(row.cells);
      return slugs.length === 1 && slugs[0] ? { ...row, onlyIn: slugs[0] } : row;
    })
    .sort(
      (a, b) =>
        order[a.kind] - order[b.kind] ||
        Object.keys(b.cells).length - Object.keys(a.cells).length ||
        a.label.localeCompare(b.label),
    );
  return { slugs: articles.map((a) => a.slug), rows: out };
}
