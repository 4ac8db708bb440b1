/**
 * Whether a line is a person's name as credits and author boxes print it, in a module of its own
 * because credit rows, bylines, author bios and the page's self-naming links all ask it, and the
 * credit-line grammar (patterns.ts) reads those modules in turn.
 */

/**
 * A person's name on a line of its own: two to four capitalized words, the first perhaps initials
 * ("T.C. Sottek"); the name they go by may stand in brackets after the given name ("Robert (Bob)
 * Vale", "Richard (R.J.) Vale"), as credits print it, and is no word of the name's count.
 */
export function isPersonName(text: string): boolean {
  const name = text.trim().replace(/^(\p{Lu}[\p{L}'’-]+)\s+\((?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.){1,3})\)(?=\s)/u, "$1");
  return /^(?:\p{Lu}[\p{L}'’-]+|(?:\p{Lu}\.){1,3})(?:\s+(?:de|del|la|van|von|da|dos|y)?\s*\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(
    name,
  );
}
