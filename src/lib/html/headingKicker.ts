/**
 * A kicker set in its own element inside the headline's heading ("<h1><span>Premier League</span>
 * <span>Late goal sinks leaders</span></h1>"): a topic line the page styles above the headline,
 * which the heading's text runs into the headline without a separator ("Premier League Late goal
 * sinks leaders"). The declared titles tell the two apart: a title that is the rest of the heading
 * says the kicker is no part of the headline, and it is taken out of the heading; a title that
 * joins the kicker to the rest with a separator ("Flood inquiry: Two resign") says it is, and the
 * heading gets the separator the declaration writes between them.
 */
import { squash } from "#lib/text/squash.ts";

/** The separators a declared title sets between a kicker and the headline. */
const SEPARATORS = [": ", " - ", " – ", " — ", " | "] as const;

/** Case and curly quotes aside, for comparing a heading's parts with a declared title. */
const fold = (s: string): string => squash(s).toLowerCase().replace(/[’‘]/gu, "'").replace(/[“”„]/gu, '"');

/** Words a kicker has at most: a topic line, never a sentence. */
const KICKER_WORDS = 6;

/** Reads each h1's kicker against the declared titles, changing the document as described above; how many it changed. */
export function settleHeadingKickers(document: Document, titles: readonly string[]): number {
  const declared = titles.map(fold).filter((t) => t !== "");
  let changed = 0;
  for (const heading of document.querySelectorAll("h1")) {
    const whole = fold(heading.textContent);
    if (declared.includes(whole)) continue;
    const parts = [...heading.children].filter((el) => squash(el.textContent) !== "");
    const [kicker] = parts;
    if (parts.length < 2 || kicker === undefined || heading.firstElementChild !== kicker) continue;
    // Only an element the heading opens with: no words of the headline before it.
    const before = heading.textContent.slice(0, heading.textContent.indexOf(kicker.textContent));
    const kickerText = squash(kicker.textContent);
    if (squash(before) !== "" || kickerText.split(" ").length > KICKER_WORDS) continue;
    const rest = fold(heading.textContent.slice(before.length + kicker.textContent.length));
    if (declared.includes(rest)) {
      kicker.remove();
      changed += 1;
    } else {
      const separator = SEPARATORS.find((sep) => declared.includes(fold(`${kickerText}${sep}${rest}`)));
      if (separator === undefined) continue;
      kicker.textContent = `${kickerText}${separator.trimEnd()}`;
      changed += 1;
    }
  }
  return changed;
}
