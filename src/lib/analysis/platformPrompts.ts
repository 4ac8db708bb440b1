/**
 * A social platform named only as where the reader may follow the site or its writer: "follow her
 * on Twitter", "Follow us at Twitter @deskdeals", "Subscribe on YouTube!", or a share button's
 * label left alone on its line ("Facebook:"). The page points at its own account there; the
 * article tells of no platform, so the name is no entity mention. Pure.
 */
import { PLATFORM } from "#lib/normalize/uiText.ts";

/** A platform's whole name: "Twitter", "YouTube", "Truth Social". */
const PLATFORM_NAME = new RegExp(`^${PLATFORM}$`, "iu");
/** A call to follow or subscribe right before the name: "follow her on ", "Subscribe on ", "find us at ". */
const PROMPT_BEFORE = /\b(?:follow|subscribe|find|like|join)(?:\s+(?:us|me|him|her|them))?\s+(?:on|at|to)[\s_*[]*$/iu;
/** The platform's name and a colon, alone: a share or follow button's label. */
const LABEL_LINE = new RegExp(`^\\s*${PLATFORM}\\s*:\\s*$`, "iu");

/** Whether the name at `span` in `text` (one sentence) is a platform only prompted or labelled, as above. */
export function platformPrompted(text: string, span: { start: number; end: number }): boolean {
  if (!PLATFORM_NAME.test(text.slice(span.start, span.end))) return false;
  return LABEL_LINE.test(text) || PROMPT_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
}
