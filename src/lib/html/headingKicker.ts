/**
 * A kicker set in its own element inside the headline's heading ("<h1><span>Premier League</span>
 * <span>Late goal sinks leaders</span></h1>"): a topic line the page styles above the headline,
 * which the heading's text runs into the headline without a separator ("Premier League Late goal
 * sinks leaders"). The declared titles tell the two apart: a title that is the rest of the heading
 * says the kicker is no part of the headline, and it is taken out of the heading; a title that
 * joins the kicker to the rest with a separator ("Flood inquiry: Two resign") says it is, and the
 * heading gets the separator the declaration writes between them. A kicker that ends on its own
 * separator ("Flood inquiry:") and runs into the headline's text with no space between (the
 * stylesheet sets it) gets the space the declared title has there.
 */
import { squash } from "#lib/text/squash.ts";

/** The separators a declared title sets between a kicker and the headline. */
const SEPARATORS = [": ", " - ", " – ", " — ", " | "] as const;

/** Case and curly quotes aside, for comparing a heading's parts with a declared title. */
const fold = (s: string): string => squash(s).toLowerCase().replace(/[’‘]/gu, "'").replace(/[“”„]/gu, '"');

/** A kicker that closes on a separator mark of its own ("Flood inquiry:"). */
const ENDS_ON_SEPARATOR = /[:|–—-]$/u;

const ELEMENT_NODE = 1;

/** Words a kicker has at most: a topic line, never a sentence. */
const KICKER_WORDS = 6;

/** Reads each h1's kicker against the declared titles, changing the document as described above; how many it changed. */
export function settleHeadingKickers(document: Document, titles: readonly string[]): number {
  const declared = titles.map(fold).filter((t) => t !== "");
  let changed = 0;
  for (const heading of document.querySelectorAll("h1")) {
    const whole = fold(heading.textContent);
    if (declared.includes(whole)) continue;
    // The heading's parts: its elements and its own runs of text.
    const parts = [...heading.childNodes].filter((node) => squash(node.textContent ?? "") !== "");
    const kicker = heading.firstElementChild;
    if (parts.length < 2 || kicker === null || parts[0] !== kicker) continue;
    // Only an element the heading opens with: no words of the headline before it.
    const before = heading.textContent.slice(0, heading.textContent.indexOf(kicker.textContent));
    const kickerText = squash(kicker.textContent);
    if (squash(before) !== "") continue;
    const rest = fold(heading.textContent.slice(before.length + kicker.textContent.length));
    // Taken out only when the rest is elements too: a bare word in one ("<em>Why</em> the …") is the headline's.
    // A longer first part is joined only as a declared title joins it: the declaration says it is the headline's.
    const short = kickerText.split(" ").length <= KICKER_WORDS;
    if (short && parts.every((node) => node.nodeType === ELEMENT_NODE) && declared.includes(rest)) {
      kicker.remove();
      changed += 1;
    } else {
      const separators = ENDS_ON_SEPARATOR.test(kickerText) ? [...SEPARATORS, " "] : SEPARATORS;
      const separator = separators.find((sep) => declared.includes(fold(`${kickerText}${sep}${rest}`)));
      if (separator === undefined || (!short && separator !== " ")) continue;
      // The space after the separator is the heading's own: the rest may start without one.
      kicker.textContent = `${kickerText}${separator.trimEnd()} `;
      changed += 1;
    }
  }
  return changed;
}
