/**
 * Date, clock, byline and outlet-credit lines around the headline. A page clock is furniture, an update date
 * is a different fact from the publication date (reported, never used), and the first stated
 * publication date wins over later ones (a differing second one is a warning).
 */
import type { Unit } from "./classify.ts";
import { SOURCE_CREDIT } from "./dateLines.ts";
import { knownOutlet, roleCreditOutlet } from "./outlets.ts";
import { isNewsroomCredit } from "./patterns.ts";
import { removeUnit, type Report } from "./report.ts";

/** What the lines around the headline state about the article. */
export interface Metadata {
  byline?: string;
  published?: string;
  outlet?: string;
  /** An update stamp's day, the publication date only when none is stated (see `withUpdateDate`). */
  updated?: string;
}

function withPublished(meta: Metadata, iso: string, line: number, text: string, report: Report): Metadata {
  if (meta.published === undefined) return { ...meta, published: iso };
  if (meta.published !== iso)
    report.warnings.push(`line ${line}: second date "${text}" differs from ${meta.published}; kept the first`);
  return meta;
}

/**
 * The publication an author's card names after the role on the byline's line ("Sam Roe Senior
 * Politics Editor, The Daily Post"): what follows the name, read by ./outlets.ts's `roleCreditOutlet`.
 */
function creditRoleOutlet(line: string, name: string): string | undefined {
  const at = line.indexOf(name);
  if (at < 0) return undefined;
  return roleCreditOutlet(line.slice(at + name.length).replace(/^[\s,·|—–-]+/u, ""));
}

/** The metadata with this unit's date or byline added, or undefined when the unit is neither. */
export function readMetadataLine(unit: Unit, meta: Metadata, report: Report): Metadata | undefined {
  const line = unit.lines[0];
  if (line === undefined || unit.lines.length > 1) return undefined;
  const date = unit.date;
  if (date?.kind === "clock") {
    removeUnit(report, unit, "page-clock");
    return meta;
  }
  if (date?.kind === "label") {
    removeUnit(report, unit, "metadata");
    return meta;
  }
  // A credit line that is only an outlet's name: "CNN" under the headline.
  const outlet = knownOutlet(unit.text);
  if (outlet !== undefined && meta.outlet === undefined) {
    removeUnit(report, unit, "metadata", "outlet");
    return { ...meta, outlet };
  }
  if (date?.kind === "updated") {
    removeUnit(report, unit, "metadata");
    report.warnings.push(`line ${line.n}: update date "${unit.text}" is not the publication date and was not used`);
    return meta;
  }
  if (date?.kind === "published") {
    removeUnit(report, unit, "metadata", "published");
    // The provider the stamp credits after its date ("… 3:36 PM UTC / Source: Harbour Wire").
    const source = SOURCE_CREDIT.exec(unit.text)?.[1]?.trim();
    const credited = source !== undefined && meta.outlet === undefined ? { ...meta, outlet: source } : meta;
    return withPublished(credited, date.iso, line.n, unit.text, report);
  }
  const byline = meta.byline === undefined ? unit.byline : undefined;
  if (byline === undefined) return undefined;
  if (isNewsroomCredit(byline.byline)) {
    // "Por Redacción": the newsroom, not a person; the line is metadata, and no byline is stated.
    removeUnit(report, unit, "metadata");
    return meta;
  }
  report.removed.push({ line: line.n, text: line.raw, reason: "metadata", field: "byline" });
  // "By Reuters": an agency byline also names the outlet, as does "Jane Doe, Reuters".
  const agency =
    meta.outlet === undefined
      ? (byline.outlet ?? knownOutlet(byline.byline) ?? creditRoleOutlet(unit.text, byline.byline))
      : undefined;
  const next = {
    ...meta,
    byline: byline.byline,
    ...(agency !== undefined ? { outlet: agency } : {}),
    ...(byline.updated !== undefined && meta.updated === undefined ? { updated: byline.updated } : {}),
  };
  if (byline.updated !== undefined && byline.dateText !== undefined)
    report.removed.push({ line: line.n, text: byline.dateText, reason: "metadata" });
  if (byline.published === undefined || byline.dateText === undefined) return next;
  report.removed.push({ line: line.n, text: byline.dateText, reason: "metadata", field: "published" });
  return withPublished(next, byline.published, line.n, byline.dateText, report);
}

/**
 * The header's fields once read: an update stamp's day stands as the publication date only
 * when the page states no other date (it is then the article's one date), with a warning.
 */
export function withUpdateDate({ updated, ...meta }: Metadata, report: Report): Metadata {
  if (updated === undefined || meta.published !== undefined) return meta;
  report.warnings.push(`the only date stated is an update stamp; used ${updated} as the publication date`);
  return { ...meta, published: updated };
}
