/**
 * The stories figure of `npm run eval`: pairwise precision and recall of the story grouping
 * against the gold `story` labels. Two articles belong together when their labels are equal;
 * a `null` label is an article of its own story. Pure: labels and groups in, figures out.
 *
 * Pairwise, because it rewards the grouping an editor sees: every pair of articles shown as
 * one story that should not be is a precision error, every pair kept apart that should be
 * together a recall error. With no pair predicted (or none in the gold), the figure is 1.
 */

export interface StoryScore {
  /** Pairs of articles in the same gold story. */
  readonly goldPairs: number;
  /** Pairs the grouping puts in one story. */
  readonly predictedPairs: number;
  /** Pairs that are both. */
  readonly rightPairs: number;
  readonly precision: number;
  readonly recall: number;
  /** Wrongly joined and wrongly separated pairs, "a + b". */
  readonly wrong: readonly string[];
}

/**
 * `gold` maps each scored article to its label; `groupOf` maps it to the story the grouping
 * gave it. Only articles in `gold` are scored.
 */
export function scoreStories(
  gold: ReadonlyMap<string, string | null>,
  groupOf: ReadonlyMap<string, string>,
): StoryScore {
  const ids = [...gold.keys()].sort();
  let [goldPairs, predictedPairs, rightPairs] = [0, 0, 0];
  const wrong: string[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [ids[i] as string, ids[j] as string];
      const label = gold.get(a);
      const same = label !== null && label !== undefined && label === gold.get(b);
      const joined = groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);
      if (same) goldPairs += 1;
      if (joined) predictedPairs += 1;
      if (same && joined) rightPairs += 1;
      else if (same) wrong.push(`apart: ${a} + ${b}`);
      else if (joined) wrong.push(`joined: ${a} + ${b}`);
    }
  }
  return {
    goldPairs,
    predictedPairs,
    rightPairs,
    precision: predictedPairs === 0 ? 1 : rightPairs / predictedPairs,
    recall: goldPairs === 0 ? 1 : rightPairs / goldPairs,
    wrong,
  };
}
