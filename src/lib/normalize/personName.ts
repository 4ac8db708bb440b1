/**
 * Whether a line is a person's name as credits and author boxes print it, in a module of its own
 * because credit rows, bylines, author bios and the page's self-naming links all ask it, and the
 * credit-line grammar (patterns.ts) reads those modules in turn.
 */

/** A person's name on a line of its own: two to four capitalized words, the first perhaps initials ("T.C. Sottek"). */
export function isPersonName(text: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.){1,3})(?:\s+(?:de|del|la|van|von|da|dos|y)?\s*\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(
    text.trim(),
  );
}
