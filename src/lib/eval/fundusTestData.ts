/**
 * The fundus news crawler's test pages (github.com/flairNLP/fundus,
 * `tests/resources/parser/test_data`) read as an annotated page set: per country folder, each
 * publisher's saved pages `<Publisher>_<YYYY_MM_DD>.html.gz`, the output its parsers are held to in
 * `<Publisher>.json` (one entry per parser version, in the order of the pages' days) and
 * `meta.info` (page file → the address it was saved from). Several hundred pages of 2023–2026 from
 * about 150 publishers in some 40 countries, each with a title, authors, a publication instant and
 * the body's paragraphs that fundus's authors checked: what `npm run eval:fields` scores against.
 * Only the reading is here; scripts/exportTestPages.ts writes the files.
 */
import { strings, type FieldAnnotation } from "./fieldAnnotations.ts";

/** One entry of `<Publisher>.json`, as far as it is read. */
export interface FundusEntry {
  readonly title?: unknown;
  readonly authors?: unknown;
  readonly publishing_date?: unknown;
  readonly body?: {
    readonly summary?: unknown;
    readonly sections?: readonly { readonly headline?: unknown; readonly paragraphs?: unknown }[];
  };
}

/** A saved page's file name: the publisher's name, then its crawl day. */
const PAGE_FILE = /^(?<publisher>.+)_(?<day>\d{4}_\d{2}_\d{2})\.html\.gz$/u;

/** The publisher a page file belongs to (`APNews_2023_04_28.html.gz` → `APNews`), undefined for other files. */
export const publisherOf = (file: string): string | undefined => PAGE_FILE.exec(file)?.groups?.["publisher"];

/**
 * Pairs a publisher's page files with the entries of its JSON: the pages sorted by their day, the
 * entries in the file's order (fundus keeps one parser version per period, oldest first). A count
 * that differs pairs nothing: the folder is not the layout this reads.
 */
export function pairPages(files: readonly string[], entries: Record<string, FundusEntry>): [string, FundusEntry][] {
  const pages = [...files].sort();
  const values = Object.values(entries);
  return pages.length === values.length ? pages.map((file, i) => [file, values[i] as FundusEntry]) : [];
}

/** One page's annotation from its fundus entry: the body's subheadings and paragraphs in order. */
export function fundusAnnotation(name: string, url: string, entry: FundusEntry): FieldAnnotation {
  const title = typeof entry.title === "string" && entry.title.trim() !== "" ? entry.title.trim() : undefined;
  const published = typeof entry.publishing_date === "string" ? entry.publishing_date : undefined;
  const paragraphs = (entry.body?.sections ?? []).flatMap((section) => [
    ...strings(section.headline),
    ...strings(section.paragraphs),
  ]);
  return {
    name,
    url,
    ...(title === undefined ? {} : { title }),
    authors: strings(entry.authors),
    ...(published === undefined ? {} : { published }),
    summary: strings(entry.body?.summary),
    paragraphs,
  };
}
