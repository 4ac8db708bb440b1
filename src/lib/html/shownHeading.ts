/**
 * A heading's words as a reader sees them: a CMS may leave an element hidden inside the
 * headline (an editor's button with `style="display: none"`), whose words are no part of it.
 * Every test of "is this heading the headline" compares these words.
 */
import { lettersKey } from "#lib/text/squash.ts";

/** Elements a page hides from its readers: `hidden`, or an inline `display: none`. */
const HIDDEN_INSIDE = '[hidden], [style*="display:none" i], [style*="display: none" i]';

/**
 * The text of `el` a reader sees: without what it holds hidden (an editor's button a CMS leaves
 * in the headline with `style="display: none"`), which is no words of the heading.
 */
export function shownText(el: Element): string {
  if (el.querySelector(HIDDEN_INSIDE) === null) return el.textContent;
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll(HIDDEN_INSIDE)) hidden.remove();
  return copy.textContent;
}

/** The letters of what `heading` shows, for comparing it with the headline (`lettersKey`). */
export const headingKey = (heading: Element): string => lettersKey(shownText(heading));
