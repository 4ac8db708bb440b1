/**
 * A picture's caption in a page's text, known by the credit that closes it or stands under it:
 * "… in Lima gestorben. | Jane Roe/dpa", "… in Madrid. EFE/ Ana Ruiz", "… during the first
 * lap.AFP", "… at the harbour. Foto: Harbour Police", or a description over "© Jane Roe/Agency".
 * A headline or a standfirst credits no photographer, so such a line never heads the article; the
 * header readers (./headlineAnchor.ts, ./headline.ts, ./header.ts) pass it by. Whole-line caption
 * furniture is ./chrome.ts's `isCaption`; these are the shapes a page's text runs together.
 */
import type { Unit } from "./classify.ts";

/** The words of one side of a slashed credit after its first letter: a name or an agency ("Jane Roe", "dpa", "J.J. Ruiz"). */
const SIDE_REST = String.raw`[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;

/**
 * How a caption's credit closes the line: after its full stop or a bar, "Name/Agency" or
 * "AGENCY/ Name" ("… gestorben. | Jane Roe/dpa", "… Madrid (Spain).Ana Ruiz / Europa Press");
 * after its full stop, a label and the holder ("… Foto: Harbour Police", "… Photo: Jane Roe"); an
 * agency's initials glued to the full stop ("… del GP.AFP"); "— Picture by Name" after a dash; or, after a description with a comma,
 * " / Firstname Lastname" ("…, at the quay / Ana Ruiz").
 */
const CLOSING_CREDIT = [
  // The name before the slash is capitalised; the agency after it may not be ("dpa").
  new RegExp(String.raw`(?:[.!?)]["”’]?\s*|\s\|\s*)\p{Lu}${SIDE_REST}\s*\/\s*\p{L}${SIDE_REST}$`, "u"),
  /[.!?)]["”’]?\s*(?:foto|photo|bild|image|imagen|fotografía|photographie|kuva|zdjęcie)s?\s*:\s*\p{Lu}[^.!?]{0,80}$/iu,
  /\p{Ll}{2}[.!?]\p{Lu}{2,6}$/u,
  // "… in Shah Alam on November 19, 2024. — Picture by Jane Roe": the credit after a dash.
  /[.!?]["”’]?\s*[—–]\s*(?:picture|photo|image|pic|foto)s?\s+(?:by|von|de|por)\s+\p{Lu}[^.!?]{0,60}$/iu,
  /,[^/]{3,}\s\/\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u,
];

/** True when `text` closes on a picture's credit (see `CLOSING_CREDIT`). */
export function closesOnPictureCredit(text: string): boolean {
  return CLOSING_CREDIT.some((credit) => credit.test(text.trim()));
}

/** Most words of a picture's copyright line ("© Jane Roe/Harbour Images"). */
const MAX_COPYRIGHT_CREDIT_WORDS = 8;

/** A picture's copyright credit on a line of its own: "©" and a name with its agency after a slash. */
const COPYRIGHT_CREDIT = /^©\s*\p{L}[^/]{0,60}\/\s*\S/u;

/**
 * Unit `k` is a picture's caption: it closes on its credit, or the next unit is the picture's
 * copyright credit ("© Jane Roe/Agency"), as a page prints caption and credit one under the other.
 */
export function isPictureCaption(units: readonly Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined) return false;
  if (closesOnPictureCredit(unit.text)) return true;
  const next = units[k + 1]?.text.trim() ?? "";
  return COPYRIGHT_CREDIT.test(next) && next.split(/\s+/u).length <= MAX_COPYRIGHT_CREDIT_WORDS;
}
