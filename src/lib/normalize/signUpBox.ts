/**
 * A newsletter sign-up box set as lines of text: a short title, one paragraph of pitch and a
 * button ("Breaking News Emails" / "Get breaking news alerts …" / "SUBSCRIBE"). The button is
 * chrome on its own (./chrome.ts calls it a promo); the title and pitch are chrome only because
 * of the button under them. This pass marks them promo furniture once, after ./classify.ts, so
 * the headline search and the header reader pass over the box as over any other furniture
 * instead of each recognising it again.
 */
import type { Unit } from "./classify.ts";
import { isHeadingLike } from "./headings.ts";
import { mainRunStart } from "./headline.ts";
import { wordCount } from "./lines.ts";
import { addressesReader, REPORTED } from "./uiText.ts";
import type { RemovalReason } from "./types.ts";
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
const isPitch = (text: string): boolean =>
  (TERMINAL.test(text) || wordCount(text) > MAX_PHRASE_WORDS) && addressesReader(text);

/** The box's title: a few words, heading-shaped, without a full stop. */
const isBoxTitle = (text: string): boolean =>
  !TERMINAL.test(text) && wordCount(text) <= MAX_BOX_TITLE_WORDS && isHeadingLike(text);

/** What the box reader needs of a line or block: its text and, when it is page furniture, why. */
export interface BoxPart {
  readonly text: string;
  readonly furniture: RemovalReason | undefined;
}

/**
 * Part `i` opens a sign-up box: its title, then (furniture aside) a pitch, then a run of
 * furniture holding the box's promo button. Returns the pitch's index, or undefined. Read the
 * same way on a text's units and on a markdown body's blocks (./markdownInput.ts).
 */
export function signUpBoxPitch(parts: readonly BoxPart[], i: number): number | undefined {
  const title = parts[i];
  if (title === undefined || title.furniture !== undefined || !isBoxTitle(title.text)) return undefined;
  let pitch = i + 1;
  while (parts[pitch]?.furniture !== undefined) pitch++;
  const pitchPart = parts[pitch];
  if (pitchPart === undefined || !isPitch(pitchPart.text)) return undefined;
  for (let b = pitch + 1; b < parts.length && parts[b]?.furniture !== undefined; b++)
    if (parts[b]?.furniture === "promo") return pitch;
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
    const pitch = signUpBoxPitch(units, i);
    if (pitch === undefined) return;
    marked.add(i);
    marked.add(pitch);
  });
  return units.map((unit, i) => (marked.has(i) ? { ...unit, furniture: "promo" } : unit));
}

/** Most words of a sign-up box's pitch set between its prompt and its fine print. */
const MAX_INNER_PITCH_WORDS = 30;

/** An offer put as an order to the reader: "Get breaking news on …", "Receive our best stories …". */
const OFFER_ORDER = /^(?:get|receive|stay\s+(?:up\s+to\s+date|informed)|be\s+the\s+first\s+to)\b/iu;

/**
 * Unit `i` is the pitch of a sign-up box set after the article's text: a short line between the
 * box's prompt ("Sign up for e-mail newsletters") and its fine print ("No spam, we promise. You
 * can unsubscribe at any time."), both already promo furniture that speak of the service, which
 * offers what the box sends ("Get breaking space news and the latest updates on launches!").
 * Read by the body as it goes, so it does not move where the page's tail starts; a paragraph
 * between two advertisement markers, which speak of no service, stays.
 */
export function isInnerPitch(units: readonly Unit[], i: number): boolean {
  const [prompt, pitch, finePrint] = [units[i - 1], units[i], units[i + 1]];
  if (prompt === undefined || pitch === undefined || finePrint === undefined) return false;
  if (prompt.furniture !== "promo" || finePrint.furniture !== "promo" || pitch.furniture !== undefined) return false;
  if (!addressesReader(prompt.text) || !addressesReader(finePrint.text)) return false;
  return (
    pitch.marker === undefined &&
    wordCount(pitch.text) <= MAX_INNER_PITCH_WORDS &&
    // A reporting verb or a quotation mark: the line tells what someone said, so it is the article's.
    !REPORTED.test(pitch.text) &&
    !/["“”]/u.test(pitch.text) &&
    (OFFER_ORDER.test(pitch.text) || addressesReader(pitch.text))
  );
}
