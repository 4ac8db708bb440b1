/**
 * How far along a reported action is, as the sentence states it: `considering` ("is
 * considering classifying"), `planned` ("with plans to designate", "intends to") or `done`
 * ("signed an executive order … designating", "has begun integrating").
 *
 * Why: two accounts of the same fact can disagree on whether it happened — one outlet says
 * the administration is considering a step another says it took. The status is read from the
 * marker nearest before the words the two sentences share (the reported action), so "signed
 * an order …, with plans to designate" is `planned` for the designation. Only explicit
 * markers count; a sentence without one has no status and is never compared. "Will" and
 * "set to" are left out: they state a future the two accounts usually agree on.
 */

export type Status = "considering" | "planned" | "done";

/**
 * A status as readers are shown it, beside the sentence it is read from: a phrase that reads on
 * its own, where the marker as written ("signed an", "is also considering") is a fragment.
 */
export const STATUS_PHRASE: Readonly<Record<Status, string>> = {
  considering: "under consideration",
  planned: "planned",
  done: "done",
};

const MARKERS: readonly { status: Status; re: RegExp }[] = [
  { status: "considering", re: /\b(?:is|are|was|were)\s+(?:also\s+)?(?:considering|weighing|mulling|exploring)\b/giu },
  { status: "considering", re: /\bmay\s+consider\b|\bconsidering\s+whether\b/giu },
  { status: "planned", re: /\b(?:plans?|planning|intends?|intending|aims?)\s+to\b|\bwith\s+plans\s+to\b/giu },
  {
    status: "done",
    re: /\b(?:has|have|had)\s+(?:already\s+)?(?:begun|started|signed|designated|launched|approved|issued|enacted)\b|\b(?:signed|began|launched|enacted|issued)\s+(?:an?|the)\b/giu,
  },
];

/**
 * The status of the action at character `before` (the first word the accounts share, in the
 * sentence): the last marker that ends before it, or undefined when none does.
 */
export function statusBefore(sentence: string, before: number): Status | undefined {
  let best: { end: number; status: Status } | undefined;
  for (const { status, re } of MARKERS) {
    for (const m of sentence.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end <= before && (!best || end > best.end)) best = { end, status };
    }
  }
  return best?.status;
}
