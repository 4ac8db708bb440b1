/**
 * The story page's coverage table, shaped from a story's coverage matrix: facts grouped into
 * sections (people, organisations, places, figures, aircraft, quoted speakers, dates) down
 * the side, one column per article, each cell holding the sentences that report the fact.
 *
 * Figures are listed one row per value as written; whether two of them disagree is the claim
 * comparison's call (analysis/claims.ts), since "10,000" and "thousands" may be one report.
 * Dates come from the timeline: the matrix marks which articles give which date, since
 * whether two dates are "the same event" is not something the text lets us decide.
 */
import type { EntityKind } from "#schemas/entity.ts";
import type { CoverageMatrix, TimelineEvent } from "#lib/analysis/index.ts";
import { dateDisplay } from "./timeline.ts";

export interface TableRow {
  readonly key: string;
  readonly label: string;
  /** Anchors per column (same order as `columns`); empty when the article does not report it. */
  readonly cells: readonly (readonly string[])[];
  /** Set when exactly one article reports the fact. */
  readonly onlyIn?: string;
  /** The register entity of an entity row (its page lists every sentence). */
  readonly entityId?: string;
}

export interface TableSection {
  readonly id: string;
  readonly heading: string;
  readonly rows: readonly TableRow[];
}

export interface CoverageTable {
  readonly columns: readonly string[];
  readonly sections: readonly TableSection[];
}

/** "10,000 troops", but "thousands of troops": how a counted figure reads. */
export function figureLabel(value: string, noun: string): string {
  return /^\d/u.test(value) ? `${value} ${noun}` : `${value} of ${noun}`;
}

const ENTITY_SECTIONS: readonly { kind: EntityKind; id: string; heading: string }[] = [
  { kind: "person", id: "people", heading: "People" },
  { kind: "organisation", id: "organisations", heading: "Organisations" },
  { kind: "place", id: "places", heading: "Places" },
];

/**
 * The table for `matrix`, columns in the order given (normally by date). `eventsOf` supplies
 * each article's dated events for the dates section.
 */
export function coverageTable(
  matrix: CoverageMatrix,
  columns: readonly string[],
  kindOf: (entityId: string) => EntityKind | undefined,
  eventsOf: (slug: string) => readonly TimelineEvent[] = () => [],
): CoverageTable {
  const toRow = (row: CoverageMatrix["rows"][number], extra: Partial<TableRow> = {}): TableRow => ({
    key: `${row.kind}:${row.key}`,
    label: row.label,
    cells: columns.map((slug) => row.cells[slug] ?? []),
    ...(row.onlyIn ? { onlyIn: row.onlyIn } : {}),
    ...extra,
  });

  const sections: TableSection[] = ENTITY_SECTIONS.map(({ kind, id, heading }) => ({
    id,
    heading,
    rows: matrix.rows
      .filter((r) => r.kind === "entity" && kindOf(r.key) === kind)
      .map((r) => toRow(r, { entityId: r.key })),
  }));
  sections.push({
    id: "figures",
    heading: "Figures",
    rows: matrix.rows
      .filter((r) => r.kind === "figure")
      .map((r) => {
        const [noun = "", value = ""] = r.key.split(":");
        const label = figureLabel(r.label.slice(0, r.label.length - noun.length).trim() || value, noun);
        return toRow(r, { label });
      }),
  });
  sections.push({
    id: "aircraft",
    heading: "Aircraft",
    rows: matrix.rows.filter((r) => r.kind === "aircraft").map((r) => toRow(r)),
  });
  sections.push({
    id: "quotes",
    heading: "Quoted",
    rows: matrix.rows
      .filter((r) => r.kind === "quote")
      .map((r) => toRow(r, { label: r.label.replace(/^Quoted: /u, "") })),
  });

  const dates = new Map<string, { label: string; cells: Map<string, string[]> }>();
  for (const slug of columns) {
    for (const event of eventsOf(slug)) {
      const key = `${event.date.precision}:${event.date.iso}:${event.date.end ?? ""}`;
      const display = dateDisplay(event.date);
      const label = display.endLabel ? `${display.label}–${display.endLabel}` : display.label;
      const entry = dates.get(key) ?? { label, cells: new Map<string, string[]>() };
      const anchors = entry.cells.get(slug) ?? [];
      if (!anchors.includes(event.anchor)) anchors.push(event.anchor);
      entry.cells.set(slug, anchors);
      dates.set(key, entry);
    }
  }
  sections.push({
    id: "dates",
    heading: "Dates given",
    rows: [...dates.entries()]
      .sort(([a], [b]) => (a.split(":")[1] ?? "").localeCompare(b.split(":")[1] ?? ""))
      .map(([key, { label, cells }]) => {
        const reporting = [...cells.keys()];
        return {
          key: `date:${key}`,
          label,
          cells: columns.map((slug) => cells.get(slug) ?? []),
          ...(reporting.length === 1 && reporting[0] ? { onlyIn: reporting[0] } : {}),
        };
      }),
  });

  return { columns, sections: sections.filter((s) => s.rows.length > 0) };
}
