/**
 * Scores of one case and their summary per split. Pure: the runner (run.ts) reads files and
 * runs ingest; this module only compares and counts, so it is tested on fixtures.
 */
import {
  bodyContains,
  chromeLeft,
  chromePlace,
  compareField,
  normalizeText,
  sameByline,
  sameOutlet,
  type ChromePlace,
  type FieldOutcome,
} from "./compare.ts";
import type { Gold } from "./gold.ts";
import { f1Of, scoreBody } from "./shingles.ts";

export const FIELDS = ["title", "dek", "byline", "published", "outlet"] as const;
export type Field = (typeof FIELDS)[number];

/** What ingest produced for a case: the frontmatter fields and the body as plain text, or a refusal. */
export type CaseOutput =
  | {
      ok: true;
      fields: Partial<Record<Field, string>>;
      body: string;
      /** The article body as Markdown, for the analysis figures (entities, …). */
      markdown: string;
    }
  | { ok: false; message: string };

export interface CaseInput {
  id: string;
  gold: Gold;
  output: CaseOutput;
  /** Reference for body precision; undefined when none is known (then precision is not scored). */
  precisionReference: string | undefined;
  /** Reference for body recall: one text, or items shingled one by one. */
  recallReference: string | readonly string[];
  /** The page's shipped expected text (an extractor's own output), for HTML cases that have one. */
  expected?: string | undefined;
}

export interface CaseScore {
  id: string;
  split: Gold["split"];
  refused: boolean;
  fields: Record<Field, FieldOutcome>;
  precision: number | undefined;
  recall: number;
  keepFound: number;
  keepTotal: number;
  dropAbsent: number;
  dropTotal: number;
  /** The gold `drop` items still in the body, so `--cases` lists the chrome left, not just its count. */
  dropLeft: string[];
  /** The chrome left, counted by place and shape (`ChromeCount`). */
  chromeLeftAt: Record<ChromeCount, number>;
  /** F1 against the shipped expected text, when there is one. */
  vsExpectedF1: number | undefined;
}

export function scoreCase(input: CaseInput): CaseScore {
  const { gold, output } = input;
  const body = output.ok ? output.body : "";
  const same = { byline: sameByline(gold.outlet), outlet: sameOutlet } as const;
  const field = (name: Field): FieldOutcome =>
    compareField(
      gold[name],
      output.ok ? output.fields[name] : undefined,
      name in same ? same[name as keyof typeof same] : undefined,
    );
  const drop = gold.drop ?? [];
  const dropLeft = drop.filter((item) => chromeLeft(body, item));
  return {
    id: input.id,
    split: gold.split,
    refused: !output.ok,
    fields: {
      title: field("title"),
      dek: field("dek"),
      byline: field("byline"),
      published: field("published"),
      outlet: field("outlet"),
    },
    precision: input.precisionReference === undefined ? undefined : scoreBody(body, input.precisionReference).precision,
    recall: scoreBody(body, input.recallReference).recall,
    keepFound: gold.keep.filter((item) => bodyContains(body, item)).length,
    keepTotal: gold.keep.length,
    dropAbsent: drop.length - dropLeft.length,
    dropTotal: drop.length,
    dropLeft,
    chromeLeftAt: placesOf(body, dropLeft, gold.keep),
    vsExpectedF1: input.expected === undefined ? undefined : scoreBody(body, input.expected).f1,
  };
}

/**
 * What the chrome-left figures count: its place (`chromePlace`), its short lines (five words at
 * most), the lines that end on no full stop (labels and headlines, not sentences), and the
 * lines after the body that come in a run of two or more (a rail or a footer, not a stray line),
 * and the items set inside a longer line of the body, not as a line of their own (glued to a
 * paragraph: a rule that reads whole lines cannot see them).
 */
type ChromeCount = ChromePlace | "short" | "unstopped" | "afterRun" | "glued";

/** Counts of `ChromeCount` over the chrome left in one body. */
function placesOf(body: string, left: readonly string[], keep: readonly string[]): Record<ChromeCount, number> {
  const counts = { before: 0, inside: 0, after: 0, short: 0, unstopped: 0, afterRun: 0, glued: 0 };
  const places = left.map((item) => chromePlace(body, item, keep));
  const lines = new Set(body.split("\n").map(normalizeText));
  const after = places.filter((place) => place === "after").length;
  left.forEach((item, i) => {
    const place = places[i];
    if (place !== undefined) counts[place] += 1;
    if (normalizeWords(item) <= 5) counts.short += 1;
    if (!/[.!?]["'”’)]*$/u.test(item.trim())) counts.unstopped += 1;
    if (place === "after" && after >= 2) counts.afterRun += 1;
    if (!lines.has(normalizeText(item))) counts.glued += 1;
  });
  return counts;
}

const normalizeWords = (text: string) => text.trim().split(/\s+/u).filter(Boolean).length;

export interface Summary {
  cases: number;
  refused: number;
  /** Share of cases whose field is right (see compareField). */
  accuracy: Record<Field, number>;
  /** Cases whose published date is a different date than the gold's: worse than none. */
  wrongDates: number;
  /** Mean per-case precision over cases with a precision reference, mean recall over all, and their harmonic mean. */
  precision: number;
  recall: number;
  f1: number;
  /** Share of all `keep` items found in the body. */
  keepRecall: number;
  /** Share of all `drop` items absent from the body. */
  chromeRemoved: number;
  /** Mean F1 against shipped expected texts (an extractor's own output), over cases that have one. */
  vsExpectedF1: number | undefined;
  vsExpectedCases: number;
  /** The chrome left, summed over the cases, by place and shape (`ChromeCount`). */
  chromeLeftAt: Record<ChromeCount, number>;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function summarize(scores: readonly CaseScore[]): Summary {
  const sum = (pick: (s: CaseScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const precisions = scores.map((s) => s.precision).filter((p): p is number => p !== undefined);
  const expected = scores.map((s) => s.vsExpectedF1).filter((p): p is number => p !== undefined);
  const precision = mean(precisions);
  const recall = mean(scores.map((s) => s.recall));
  const accuracy = Object.fromEntries(
    FIELDS.map((f) => [f, ratio(scores.filter((s) => s.fields[f] === "right").length, scores.length)]),
  ) as Record<Field, number>;
  return {
    cases: scores.length,
    refused: scores.filter((s) => s.refused).length,
    accuracy,
    wrongDates: scores.filter((s) => s.fields.published === "wrong").length,
    precision,
    recall,
    f1: f1Of(precision, recall),
    keepRecall: ratio(
      sum((s) => s.keepFound),
      sum((s) => s.keepTotal),
    ),
    chromeRemoved: ratio(
      sum((s) => s.dropAbsent),
      sum((s) => s.dropTotal),
    ),
    vsExpectedF1: expected.length === 0 ? undefined : mean(expected),
    vsExpectedCases: expected.length,
    chromeLeftAt: {
      before: sum((s) => s.chromeLeftAt.before),
      inside: sum((s) => s.chromeLeftAt.inside),
      after: sum((s) => s.chromeLeftAt.after),
      short: sum((s) => s.chromeLeftAt.short),
      unstopped: sum((s) => s.chromeLeftAt.unstopped),
      afterRun: sum((s) => s.chromeLeftAt.afterRun),
      glued: sum((s) => s.chromeLeftAt.glued),
    },
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const dec = (x: number) => x.toFixed(3);

/** Human-readable lines for one summary. */
export function formatSummary(label: string, s: Summary): string[] {
  const lines = [
    `${label}: ${s.cases} case(s), ${s.refused} refused`,
    `  fields   title ${pct(s.accuracy.title)}  dek ${pct(s.accuracy.dek)}  byline ${pct(s.accuracy.byline)}  date ${pct(s.accuracy.published)} (${s.wrongDates} wrong date(s))  outlet ${pct(s.accuracy.outlet)}`,
    `  body     precision ${dec(s.precision)}  recall ${dec(s.recall)}  F1 ${dec(s.f1)}  keep-recall ${pct(s.keepRecall)}  chrome removed ${pct(s.chromeRemoved)}`,
  ];
  const left = s.chromeLeftAt;
  const count = left.before + left.inside + left.after;
  if (count > 0)
    lines.push(
      `    chrome left where: before the body ${left.before}, inside it ${left.inside}, after it ${left.after} (${left.afterRun} in runs of two or more); lines of five words or fewer ${left.short}, ending on no full stop ${left.unstopped}; inside a longer line ${left.glued}`,
    );
  if (s.vsExpectedF1 !== undefined)
    lines.push(`  html     F1 vs the extractor's own output ${dec(s.vsExpectedF1)} (${s.vsExpectedCases} page(s))`);
  return lines;
}

/** Rounds every figure for the one-line JSON summary. */
export function roundSummary(s: Summary): Summary {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    ...s,
    accuracy: Object.fromEntries(Object.entries(s.accuracy).map(([k, v]) => [k, r(v)])) as Record<Field, number>,
    precision: r(s.precision),
    recall: r(s.recall),
    f1: r(s.f1),
    keepRecall: r(s.keepRecall),
    chromeRemoved: r(s.chromeRemoved),
    vsExpectedF1: s.vsExpectedF1 === undefined ? undefined : r(s.vsExpectedF1),
  };
}
