/**
 * A site's ad-blocker notice and the box it opens: "We noticed you're using an ad blocker." /
 * "We get it: you like to have control of your own internet experience." / "To read our full
 * stories, please turn off your ad blocker." / "How do I whitelist Harbour Wire?" / "Click the
 * AdBlock button on your browser and select Don't run on pages on this site." The site speaks to
 * the reader of the reader's ad blocker, which no article does in the site's voice; a story about
 * ad blocking tells of it in the third person and says who said so. The box's other lines read
 * like prose ("But advertising revenue helps support our journalism."), so they are known only by
 * standing between two notices, or by naming the ad blocker right under the box's last one.
 */
import type { Unit } from "./classify.ts";
import { wordCount } from "./lines.ts";
import { REPORTED } from "./uiText.ts";

/** The reader's ad blocker named: "ad blocker", "ad-blocker", "AdBlock Plus", "adblocker". */
const AD_BLOCKER = /\bad[-\s]?block(?:er|ers|ing)?\b/iu;
/** Letting a site through the blocker: "whitelist", "allowlist". */
const WHITELIST = /\b(?:white|allow)[-\s]?list(?:ing|ed)?\b/iu;
/** The site speaking of itself: "we", "our", "this site", "this domain"; asked with the reader spoken to. */
const SITE_VOICE = /\b(?:we|we['’](?:d|ll|re|ve)|us|our)\b|\bthis\s+(?:site|domain|page|website)\b/iu;
/** The reader spoken to, or asking in the first person ("How do I whitelist …?"). */
const TO_READER = /\b(?:you|your|you['’](?:re|ve))\b|^how\s+(?:do|can)\s+i\b/iu;

/** Most words of a notice line; the site's plea runs to two sentences at most. */
const MAX_NOTICE_WORDS = 40;
/** Most units a box sets between two of its notices. */
const MAX_GAP = 3;
/** Most units naming the ad blocker right under the box's last notice (a label and its step). */
const MAX_AFTER = 2;

/** True when `text` is the site's notice about the reader's ad blocker. */
export function isAdBlockNotice(text: string): boolean {
  if (wordCount(text) > MAX_NOTICE_WORDS || REPORTED.test(text) || /["“”]/u.test(text)) return false;
  return TO_READER.test(text) && ((AD_BLOCKER.test(text) && SITE_VOICE.test(text)) || WHITELIST.test(text));
}

/** A line of the box's under its last notice: short, naming the ad blocker, with no reporting in it. */
const namesBlocker = (text: string): boolean =>
  wordCount(text) <= MAX_NOTICE_WORDS && AD_BLOCKER.test(text) && !REPORTED.test(text) && !/["“”]/u.test(text);

/**
 * The units with every ad-blocker box marked notice furniture: its notices, the units between
 * two notices at most three units apart, and up to two units naming the ad blocker under the last.
 */
export function markAdBlockBoxes(units: readonly Unit[]): Unit[] {
  const notices = units.flatMap((u, i) => (u.marker === undefined && isAdBlockNotice(u.text) ? [i] : []));
  if (notices.length === 0) return [...units];
  const marked = new Set(notices);
  notices.forEach((i, n) => {
    const next = notices[n + 1];
    if (next !== undefined && next - i - 1 <= MAX_GAP) for (let k = i + 1; k < next; k++) marked.add(k);
  });
  const last = notices[notices.length - 1] ?? 0;
  for (let k = last + 1; k <= last + MAX_AFTER && namesBlocker(units[k]?.text ?? ""); k++) marked.add(k);
  return units.map((unit, i) =>
    marked.has(i) && unit.furniture === undefined ? { ...unit, furniture: "notice" as const } : unit,
  );
}
