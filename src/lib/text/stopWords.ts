/**
 * Words that carry no fact of a story: function words and reporting filler ("the", "which",
 * "said", "according", "recently"). Read by what compares stories and claims by their words
 * (analysis/storyEvidence.ts, analysis/claimTerms.ts), so both skip the same words.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "the a an and or but of to in on at by for with from as is are was were be been being has have had it its " +
    "this that these those which who whom whose what when where while than then there their they them he she his " +
    "her we our you your not no also such into over under about after before more most other some any all both " +
    "each can could would should will may might must said says according including however very " +
    "just only even still yet already well much many new recent recently year years"
  ).split(/\s+/u),
);
