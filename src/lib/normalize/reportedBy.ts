/**
 * The publication a page credits its article to, by what the page states (eval/README,
 * "Syndicated copy: the outlet is who reported it"): two hosts of one wire story are one
 * account, so the outlet is who reported it, the host only when the page credits no one else.
 * A page credits a story wholly by
 *
 * - its byline: an agency or a paper as the byline itself ("By Reuters", "Associated Press"), a
 *   desk of one ("Reuters Staff"), or as the byline's employer ("Ana Ruiz, Associated Press",
 *   "Ana Ruiz, AP Auto Writer", the agency on the line under the name);
 * - a wire dateline opening the article ("WASHINGTON (AP) —", or with no place: "(CNN) —");
 * - a note that the article "originally appeared in" or "was first published by" X;
 * - a copyright line the article's text closes with ("Copyright 2019 The Associated Press. All
 *   rights reserved.").
 *
 * A credit in part names no one here: "Reuters contributed to this report", "staff and wire
 * reports", a photo's credit, an outlet the article quotes. Only a known outlet counts for the
 * byline, the dateline and the copyright (a name no list knows in a dateline's slot may be the
 * host's own station, a copyright the host's own holder); a syndication note names its
 * publication in words no other line uses, so any name it gives counts.
 */
import {
  copyrightHolderName,
  datelineOutlet,
  holderPublication,
  knownOutlet,
  placelessDatelineOutlet,
  splitBylineOutlet,
  syndicationOutlet,
} from "./outlets.ts";
import { isNamedDeskCredit } from "./patterns.ts";
import { markdownText } from "#lib/content/articleText.ts";

/** What a page states that may credit its article: its byline, the outlet its byline line names, its text. */
export interface Credits {
  /** The byline as read ("Reuters", "Ana Ruiz"). */
  byline?: string | undefined;
  /** The known outlet the byline's line names as its employer (read by the page's reader). */
  employer?: string | undefined;
  /** The article's paragraphs as Markdown blocks, in order (headings, "**WASHINGTON (AP)** —" and links as written). */
  paragraphs: readonly string[];
  /** Lines of the page removed around the article (notes, credits), as printed. */
  removed?: readonly string[];
}

/** How many of the article's first paragraphs of prose may hold its dateline (a kicker or a photo's line may come first). */
const DATELINE_PARAGRAPHS = 3;

/** Fewest words of a paragraph of prose: shorter lines over a lede are labels, names, menus. */
const PROSE_WORDS_MIN = 6;

/** A block read for its words, and whether it is a Markdown heading. */
interface Block {
  readonly text: string;
  readonly heading: boolean;
}

/** A Markdown block as one line of its words (the one Markdown-to-text reader, content/articleText.ts). */
const asBlock = (markdown: string): Block => ({
  text: markdownText(markdown).replace(/\s+/gu, " ").trim(),
  heading: /^\s{0,3}#{1,6}\s/u.test(markdown),
});

/** A paragraph of running text, not a heading, a label or a name a page sets over its lede ("## BREAKING NEWS", "JANE ROE"). */
const isProse = ({ text, heading }: Block): boolean => !heading && text.split(/\s+/u).length >= PROSE_WORDS_MIN;

/** How many of the article's last paragraphs may hold the copyright it closes with (a tag line may follow). */
const CLOSING_PARAGRAPHS = 2;

/** The known outlet a byline is, or whose desk it is ("Reuters Staff", "AP Staff"). */
export function bylineAgency(byline: string | undefined): string | undefined {
  const name = byline?.trim().replace(/^by\s+/iu, "");
  if (name === undefined || name === "") return undefined;
  const desk = isNamedDeskCredit(name) ? /^(.+?)\s+staff$/iu.exec(name)?.[1] : undefined;
  return knownOutlet(name) ?? (desk === undefined ? undefined : knownOutlet(desk));
}

/** The known outlet a copyright line names as the holder of the article's rights. */
function closingCopyright(line: string): string | undefined {
  const holder = /^(?:©|\(c\)|copyright\b)/iu.test(line.trim()) ? copyrightHolderName(line.trim()) : undefined;
  const publication = holder === undefined ? undefined : holderPublication(holder);
  return publication === undefined ? undefined : knownOutlet(publication);
}

/** The publication the page credits its article to (see the module's note); undefined when it credits none. */
export function reportedBy({ byline, employer, paragraphs, removed = [] }: Credits): string | undefined {
  const blocks = paragraphs.map(asBlock).filter((b) => b.text !== "");
  const texts = blocks.map((b) => b.text);
  return (
    bylineAgency(byline) ??
    employer ??
    splitBylineOutlet(byline).outlet ??
    blocks
      .filter(isProse)
      .slice(0, DATELINE_PARAGRAPHS)
      .flatMap((b) => knownOutlet(datelineOutlet(b.text) ?? "") ?? placelessDatelineOutlet(b.text) ?? [])[0] ??
    [...texts, ...removed].flatMap((p) => syndicationOutlet(p, { printIssue: false }) ?? [])[0] ??
    texts
      .slice(-CLOSING_PARAGRAPHS)
      .flatMap((p) => closingCopyright(p) ?? [])
      .at(-1)
  );
}
