/**
 * The topics figure of `npm run eval`: the share of articles whose assigned topics are exactly
 * the gold's (an empty list, "none", is an answer too). Pure: gold and assigned ids in, counts
 * out.
 */

export interface TopicScore {
  readonly cases: number;
  readonly right: number;
  readonly accuracy: number;
  /** One line per article whose topics differ: "id: got [..] want [..]". */
  readonly wrong: readonly string[];
}

export function scoreTopics(
  cases: readonly { readonly id: string; readonly gold: readonly string[]; readonly assigned: readonly string[] }[],
): TopicScore {
  const wrong: string[] = [];
  for (const c of cases) {
    const [want, got] = [[...c.gold].sort(), [...c.assigned].sort()];
    if (want.join(",") !== got.join(",")) wrong.push(`${c.id}: got [${got.join(", ")}] want [${want.join(", ")}]`);
  }
  const right = cases.length - wrong.length;
  return { cases: cases.length, right, accuracy: cases.length === 0 ? 1 : right / cases.length, wrong };
}
