/**
 * A heading that captions the quotation under it with its speaker's name (issue 15): a gallery of
 * objects, a vox pop or a panel of witnesses sets each person's words as a paragraph of only a
 * quotation under a small heading naming them — "##### Donated by Ana Ruiz, Tucson, Ariz." ¶
 * "“I kept it under my bed for years …”", "## Tom Reyes, 54, teacher" ¶ "“I voted for …”".
 *
 * Only the heading's grammar is read here: a person's full name (two to four capitalised words)
 * that fills the heading, perhaps after a verb of giving and "by" (the one who gave the object
 * is who speaks of it), perhaps with commas and short descriptions after it (a place, an age, a
 * role). "Photographs by", "Interview by", "Reporting by" name someone who made the page, not
 * who speaks, so only verbs of giving count; a heading that says anything else ("Tom Reyes on
 * the flood") is a title, not a caption. Whether the name is a person's and whether the words
 * speak as one person ("I", "my") is the caller's check (quotes.ts). Pure.
 */

/** Past participles of giving: the object's giver, named after "by", speaks of it under the heading. */
const GIVING = ["Donated", "Lent", "Loaned", "Given", "Gifted", "Contributed", "Submitted", "Shared"];

/** Two to four capitalised words, initials allowed ("Charles L. Blockson", "Ginette DePreist"). */
const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}`;

/**
 * The heading: an optional "Donated by ", the name, then up to three comma-set descriptions that
 * hold no verb of a clause or quotation mark ("Gwynedd, Pa.", "54, teacher").
 */
const CAPTION = new RegExp(
  String.raw`^\s*(?:(?:${GIVING.join("|")})\s+by\s+)?(${NAME})((?:,\s*(?!(?:however|but|and|or|who|which|says|said)\b)[^,\n“”"«»„:;!?]{1,40}){0,3})\.?\s*$`,
  "u",
);

/** A description after the name that reads as a clause, not a place, age or role: "Reyes, who was there". */
const CLAUSE_WORD = /(?<!\p{L})(?:is|was|are|were|has|had|have|will|would|says|said|told|tells)(?!\p{L})/u;

/** The name a caption heading gives and where it starts in `heading`, or undefined when it is no caption. */
export function captionName(heading: string): { name: string; start: number } | undefined {
  const match = CAPTION.exec(heading);
  const name = match?.[1];
  if (!match || name === undefined) return undefined;
  if (CLAUSE_WORD.test(match[2] ?? "")) return undefined;
  // The heading's own full stop is no part of the name ("Donated by Ana Ruiz."); an initial's is ("Ana R.").
  const trimmed = /\s\p{Lu}\.$/u.test(name) ? name : name.replace(/\.$/u, "");
  return { name: trimmed, start: match.index + match[0].indexOf(name) };
}
