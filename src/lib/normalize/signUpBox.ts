/**
 * A newsletter sign-up box set as lines of text: a short title, one paragraph of pitch and a
 * button ("Breaking News Emails" / "Get breaking news alerts …" / "SUBSCRIBE"). The button is
 * chrome on its own (./chrome.ts calls it a promo); the title and pitch are chrome only because
 * of the button under them. This pass marks them promo furniture once, after ./classify.ts, so
 * the headline search and the header reader pass over the box as over any other furniture
 * instead of each recognising it again.
 */
import { nextContentIndex, type Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { mainRunStart } from "./headline.ts";
import { wordCount } from "./lines.ts";
import { addressesReader } from "./uiText.ts";
import { TERMINAL } from "./units.ts";

/** Most words of a sign-up box's title ("Breaking News Emails"); a headline runs longer. */
const MAX_BOX_TITLE_WORDS = 5;

/** Most words of a line without a full stop that is not yet a paragraph (a headline's bound). */
const MAX_PHRASE_WORDS = 30;

/**
 * The pitch is a paragraph (a sentence, or longer than any headline) that speaks to the reader
 * of what the box offers ("Get the day's top stories in your inbox"); a lede over an ad or a
 * newsletter line further down reports in the third person and stays the article's.
 */
const isPitch = (unit: Unit): boolean =>
  (TERMINAL.test(unit.text) || wordCount(unit.text) > MAX_PHRASE_WORDS) && addressesReader(unit.text);

/** The box's title: a few words, heading-shaped, without a full stop. */
const isBoxTitle = (text: string): boolean =>
  !TERMINAL.test(text) && wordCount(text) <= MAX_BOX_TITLE_WORDS && isHeadingLike(text);

/**
 * Unit `i` opens a sign-up box: its title, then (furniture aside) a pitch, then a run of
 * furniture holding the box's promo button. Returns the pitch's index, or undefined.
 */
function boxPitch(units: readonly Unit[], i: number): number | undefined {
  const title = units[i];
  if (title === undefined || title.furniture !== undefined || !isBoxTitle(title.text)) return undefined;
  const pitch = nextContentIndex(units, i);
  const pitchUnit = units[pitch];
  if (pitchUnit === undefined || !isPitch(pitchUnit)) return undefined;
  for (let b = pitch + 1; b < units.length && units[b]?.furniture !== undefined; b++)
    if (units[b]?.furniture === "promo") return pitch;
  return undefined;
}

/**
 * The units with every sign-up box above the article's text marked promo furniture: its title
 * and pitch, as its button is. Inside the body the same shape is also a section heading and its
 * paragraph over a promo line, which stay.
 */
export function markSignUpBoxes(units: readonly Unit[]): Unit[] {
  const marked = new Set<number>();
  const runStart = mainRunStart(units);
  units.slice(0, runStart).forEach((_, i) => {
    const pitch = boxPitch(units, i);
    if (pitch === undefined) return;
    marked.add(i);
    marked.add(pitch);
  });
  return units.map((unit, i) => (marked.has(i) ? { ...unit, furniture: "promo" } : unit));
}
