/**
 * A page set's fields as others annotated them, as a held-out check on ingest: the headline, the
 * authors, the publication instant and the body's paragraphs that another project's authors fixed
 * for each saved page (`annotations.json` beside an exported set: page name → annotation; written by
 * `npm run eval:export-test-pages` from a source that ships such answers). Nobody here wrote them, so
 * no rule was fitted to them; where they and the page disagree, read the page.
 */
import { normalizeText } from "./compare.ts";

/** One page's annotation; a field the annotators left empty is absent (or an empty list) and not scored. */
export interface FieldAnnotation {
  /** The saved page's name (`NAMES.json`'s value). */
  readonly name: string;
  /** The address the page was saved from. */
  readonly url: string;
  /** The headline. */
  readonly title?: string;
  /** Each author's name, as the annotators wrote it; empty when the page names none. */
  readonly authors: readonly string[];
  /** The publication instant, ISO 8601 (`2024-05-02 10:00:00+10:00`; an offset only when they gave one). */
  readonly published?: string;
  /** The standfirst's paragraphs, when the page has one. */
  readonly summary: readonly string[];
  /** The body's paragraphs and subheadings, in order. */
  readonly paragraphs: readonly string[];
}

/** The non-empty strings of a JSON value that should be a list of them; anything else gives none. */
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** Reads `annotations.json` (name → fields as `FieldAnnotation`, `name` aside); a malformed entry throws, naming it. */
export function parseFieldAnnotations(json: string): FieldAnnotation[] {
  const data = JSON.parse(json) as Record<string, Record<string, unknown> | null>;
  return Object.entries(data).map(([name, entry]) => {
    if (entry === null || typeof entry !== "object" || typeof entry["url"] !== "string")
      throw new Error(`annotations.json: ${name}: expected an object with a "url" string`);
    const title = text(entry["title"]);
    const published = text(entry["published"]);
    return {
      name,
      url: entry["url"],
      ...(title === undefined ? {} : { title }),
      authors: strings(entry["authors"]),
      ...(published === undefined ? {} : { published }),
      summary: strings(entry["summary"]),
      paragraphs: strings(entry["paragraphs"]),
    };
  });
}

/** What ingest gave for one page: absent when it refused the page. */
export interface FieldOutput {
  readonly title?: string;
  readonly dek?: string;
  readonly byline?: string;
  /** The publication day, `YYYY-MM-DD` (the publisher's local day, as ingest writes it). */
  readonly published?: string;
  /** The body as text, one block per line (`bodyText`). */
  readonly body: string;
}

export type Verdict = "right" | "wrong" | "none";

/** Letters and digits only, lower case: "Ana Ruiz" and "ANA RUIZ", "O’Neil" and "O'Neil" are one name. */
const nameKey = (name: string): string =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The headline, the same text but for case, spacing and quotation-mark style. */
export function judgeTitle(annotated: string, output: string | undefined): Verdict {
  if (output === undefined) return "none";
  return normalizeText(annotated).toLowerCase() === normalizeText(output).toLowerCase() ? "right" : "wrong";
}

/**
 * The byline against the annotated authors: right when it names every one of them (in any order,
 * with or without roles or the outlet beside them), wrong when it misses one; `extra` when the
 * annotators name no author and ingest gives a byline (often a desk's name: read it), undefined
 * (nothing to score) when neither names one.
 */
export function judgeByline(authors: readonly string[], byline: string | undefined): Verdict | "extra" | undefined {
  if (authors.length === 0) return byline === undefined ? undefined : "extra";
  if (byline === undefined) return "none";
  const given = ` ${nameKey(byline)} `;
  return authors.every((author) => given.includes(` ${nameKey(author)} `)) ? "right" : "wrong";
}

/** Minutes east of UTC that any place keeps: UTC−12 to UTC+14. */
const ZONES = { west: -12 * 60, east: 14 * 60 } as const;

/**
 * The publication day against the annotated instant. The day as the annotation writes it is right;
 * so is, for an instant given in UTC (which an annotator may have converted the page's local time
 * to), a day on which that instant falls somewhere on earth, since ingest writes the publisher's
 * local day and the page, not the annotation, says which zone that is.
 */
export function judgePublished(annotated: string, day: string | undefined): Verdict {
  if (day === undefined) return "none";
  if (annotated.slice(0, 10) === day) return "right";
  const utc = /(?:Z|[+-]00:?00)$/u.test(annotated);
  const instant = Date.parse(annotated.replace(" ", "T"));
  const dayStart = Date.parse(`${day}T00:00:00Z`);
  if (!utc || Number.isNaN(instant) || Number.isNaN(dayStart)) return "wrong";
  const minute = 60_000;
  // Somewhere the local day `day` runs from its midnight at UTC+14 to its end at UTC−12.
  const earliest = dayStart - ZONES.east * minute;
  const latest = dayStart + 24 * 60 * minute - ZONES.west * minute;
  return instant >= earliest && instant < latest ? "right" : "wrong";
}

/** The annotated paragraphs found in the body (normalized text, case kept), and those lost. */
export function keptParagraphs(paragraphs: readonly string[], body: string): { kept: number; lost: string[] } {
  const haystack = normalizeText(body);
  const lost = paragraphs.filter((p) => !haystack.includes(normalizeText(p)));
  return { kept: paragraphs.length - lost.length, lost };
}

/** The tally of one split. */
export interface FieldTally {
  pages: number;
  refused: number;
  title: Record<Verdict, number>;
  byline: Record<Verdict | "extra", number>;
  published: Record<Verdict, number>;
  /** Annotated body paragraphs (and subheadings) found in ingest's body, of all annotated. */
  paragraphs: { kept: number; total: number };
  /** Pages whose every annotated paragraph is in the body. */
  wholeBodies: number;
  /** Standfirst paragraphs found in the dek or the body, of all annotated. */
  summary: { kept: number; total: number };
}

export const emptyFieldTally = (): FieldTally => ({
  pages: 0,
  refused: 0,
  title: { right: 0, wrong: 0, none: 0 },
  byline: { right: 0, wrong: 0, none: 0, extra: 0 },
  published: { right: 0, wrong: 0, none: 0 },
  paragraphs: { kept: 0, total: 0 },
  wholeBodies: 0,
  summary: { kept: 0, total: 0 },
});

/** One page's verdicts; a field the annotation lacks is undefined. */
export interface PageVerdicts {
  readonly title?: Verdict;
  readonly byline?: Verdict | "extra";
  readonly published?: Verdict;
  readonly lost: readonly string[];
  readonly summaryLost: readonly string[];
}

const bylineField = (verdict: Verdict | "extra" | undefined): { byline?: Verdict | "extra" } =>
  verdict === undefined ? {} : { byline: verdict };

/** Judges one page that ingest did not refuse. */
export function judgePage(annotation: FieldAnnotation, output: FieldOutput): PageVerdicts {
  return {
    ...(annotation.title === undefined ? {} : { title: judgeTitle(annotation.title, output.title) }),
    ...bylineField(judgeByline(annotation.authors, output.byline)),
    ...(annotation.published === undefined
      ? {}
      : { published: judgePublished(annotation.published, output.published) }),
    lost: keptParagraphs(annotation.paragraphs, output.body).lost,
    summaryLost: keptParagraphs(annotation.summary, `${output.dek ?? ""}\n${output.body}`).lost,
  };
}

/** Adds one page to its split's tally: `verdicts` undefined when ingest refused it (every field then counts as none). */
export function addPage(tally: FieldTally, annotation: FieldAnnotation, verdicts: PageVerdicts | undefined): void {
  tally.pages += 1;
  tally.paragraphs.total += annotation.paragraphs.length;
  tally.summary.total += annotation.summary.length;
  if (verdicts === undefined) {
    tally.refused += 1;
    if (annotation.title !== undefined) tally.title.none += 1;
    if (annotation.authors.length > 0) tally.byline.none += 1;
    if (annotation.published !== undefined) tally.published.none += 1;
    return;
  }
  if (verdicts.title !== undefined) tally.title[verdicts.title] += 1;
  if (verdicts.byline !== undefined) tally.byline[verdicts.byline] += 1;
  if (verdicts.published !== undefined) tally.published[verdicts.published] += 1;
  tally.paragraphs.kept += annotation.paragraphs.length - verdicts.lost.length;
  tally.summary.kept += annotation.summary.length - verdicts.summaryLost.length;
  if (verdicts.lost.length === 0 && annotation.paragraphs.length > 0) tally.wholeBodies += 1;
}
