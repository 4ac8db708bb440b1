/**
 * The other name a text gives a person it names in full, with "aka", "a.k.a." or "also known as"
 * right after the full name: "C. K. Walker aka “Lindsey”", "Ana Ruiz, also known as Nana, …".
 * Both names are then one person's, so the alias standing alone elsewhere ("Lindsey wrote") is
 * that person, as a surname alone is the article's one full name ending with it. Only a single
 * capitalised word, quoted or not: "aka Lady Gaga" or a lower-case word is no alias read here. Pure.
 */
const ALIAS_AFTER =
  /^,?\s+(?:aka|a\.k\.a\.?|also\s+known\s+as)\s+(?:([“"‘'])?)(\p{Lu}[\p{Ll}-]*)(?:[”"’'])?(?![\p{L}’'-])(?!\s+\p{Lu})/u;

/** The alias written right after a full name, `after` being the text that follows the name. */
export function aliasAfterName(after: string): string | undefined {
  const match = ALIAS_AFTER.exec(after);
  if (!match?.[2]) return undefined;
  // An opening mark needs its close: "aka “Lindsey Jones”" is cut short above only by the space.
  const close = after.slice(match[0].length - 1, match[0].length);
  if (match[1] !== undefined && !/[”"’']/u.test(close)) return undefined;
  return match[2];
}
