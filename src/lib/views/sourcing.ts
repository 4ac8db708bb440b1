/**
 * Sourcing panels: an article's attributions grouped by kind with counts (each group opens to
 * its list, linked to sentences), and a per-topic comparison across articles. The counting
 * itself is the analysis core's (src/lib/analysis/sourcing.ts); this only orders and labels.
 */
import type { Attribution, SourcingProfile } from "#lib/analysis/index.ts";

export type AttributionKind = Attribution["kind"];

/** Kinds in panel order, with the words a reader sees. */
export const ATTRIBUTION_KINDS: readonly { kind: AttributionKind; label: string; explain: string }[] = [
  {
    kind: "named",
    label: "Named sources",
    explain: "a person the article names as saying, stating or believing something",
  },
  {
    kind: "anonymous",
    label: "Anonymous sources",
    explain: "people or groups the article does not name: officials, critics, experts",
  },
  { kind: "outlet", label: "Other outlets", explain: "another news outlet the article reports from" },
  { kind: "cited", label: "Cited sources", explain: "the source list at the end of the article" },
];

export interface SourcingGroup {
  readonly kind: AttributionKind;
  readonly label: string;
  readonly explain: string;
  readonly items: readonly Attribution[];
}

/** An article's attributions by kind, in panel order (empty kinds included, so zero shows as 0). */
export function sourcingGroups(profile: SourcingProfile): SourcingGroup[] {
  return ATTRIBUTION_KINDS.map(({ kind, label, explain }) => ({
    kind,
    label,
    explain,
    items: profile.attributions.filter((a) => a.kind === kind),
  }));
}

export interface SourcingComparisonRow {
  readonly slug: string;
  readonly counts: Readonly<Record<AttributionKind, number>>;
  /** Attributions with a sentence (cited-source lists have none). */
  readonly inText: number;
  /** Share of in-text attributions that are anonymous, 0–1; undefined with none. */
  readonly anonymousShare?: number;
}

/** One row per article, in the order given. */
export function sourcingComparison(profiles: readonly SourcingProfile[]): SourcingComparisonRow[] {
  return profiles.map((profile) => {
    const { named, anonymous, outlet } = profile.counts;
    const inText = named + anonymous + outlet;
    return {
      slug: profile.articleSlug,
      counts: profile.counts,
      inText,
      ...(inText > 0 ? { anonymousShare: anonymous / inText } : {}),
    };
  });
}
