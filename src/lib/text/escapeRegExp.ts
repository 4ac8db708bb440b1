/**
 * `text` with every character a regular expression gives meaning to escaped, so a name, a brand
 * or a term read from content can be matched literally inside a larger pattern. One place, so
 * every module that builds a pattern from text escapes the same characters.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
