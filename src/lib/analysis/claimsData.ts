/**
 * The claims of every story in the shape the published analysis data (`/data/analysis.json`)
 * gives them: `claims[]` with `id`, `story`, `articles[]` (`slug` and `sentence`, the anchor
 * on the article page), `kind` (agree | differ | single) and, for `differ`, `difference`.
 * Pure, so the open-data builder can plug it in beside its own schema.
 */
import type { Claim, DifferenceKind } from "./claims.ts";

export interface ClaimRecord {
  readonly id: string;
  readonly story: string;
  readonly articles: readonly { readonly slug: string; readonly sentence: string }[];
  readonly kind: Claim["kind"];
  /** Alignment score (0–1) of the sentences; 1 for a single. */
  readonly score: number;
  readonly difference?: readonly {
    readonly kind: DifferenceKind;
    readonly a: { readonly slug: string; readonly sentence: string; readonly states: string };
    readonly b: { readonly slug: string; readonly sentence: string; readonly states: string };
  }[];
}

/** Every story's claims, flattened in story order and then in the story's own order. */
export function claimRecords(claimsByStory: Readonly<Record<string, readonly Claim[]>>): ClaimRecord[] {
  return Object.entries(claimsByStory).flatMap(([story, claims]) =>
    claims.map((claim) => ({
      id: `${story}/${claim.id}`,
      story,
      articles: claim.sentences.map((s) => ({ slug: s.slug, sentence: s.anchor })),
      kind: claim.kind,
      score: claim.score,
      ...(claim.differences.length > 0
        ? {
            difference: claim.differences.map((d) => ({
              kind: d.kind,
              a: { slug: d.a.slug, sentence: d.a.anchor, states: d.a.states },
              b: { slug: d.b.slug, sentence: d.b.anchor, states: d.b.states },
            })),
          }
        : {}),
    })),
  );
}
