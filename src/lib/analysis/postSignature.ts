/**
 * The author's name in an embedded post's signature line: "— Robert Maguire (@RobertMaguire_)
 * November 18, 2019". The line is page furniture for the timeline (its date is when the post
 * went up, no event), but the article quotes that person's post, so the name before the handle
 * is a name the article gives. Only the words between the dash and the handle count; emoji
 * and flags in a display name ("Dianna E. Anderson 🏳️‍🌈") are not part of the name.
 */
const SIGNATURE =
  /^(\s*[—–-]\s*)([^\n()@]{2,80}?)(?:\s|\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f)*\(@\w{1,30}\)/u;

/** Offsets of the display name in a signature line, or undefined when `text` is not one. */
export function signatureName(text: string): { start: number; end: number } | undefined {
  const match = SIGNATURE.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const start = match[1].length;
  return { start, end: start + match[2].trimEnd().length };
}
