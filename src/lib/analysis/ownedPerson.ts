/**
 * The person after a body's possessive, as the whole object of "according to" or the whole
 * subject of a tag: "RedMonk’s Stephens", "Acme’s chief economist Jane Doe", "the Labour Party’s
 * Jane Doe". The owner only says whose the person is; the person speaks, not the owner. A
 * one-word name is read too (a surname the article gave in full before), and the caller decides
 * whether it stands for a known person: a body never speaks for the person it owns.
 */
const OWNED_NAME =
  /^\s*(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(?:\p{Ll}[\p{L}-]*,\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*[.!?]?\s*$/du;

/** The owned name and where it starts in `phrase`, or undefined when the phrase is not "Owner’s Name". */
export function ownedPerson(phrase: string): { readonly name: string; readonly start: number } | undefined {
  const match = OWNED_NAME.exec(phrase);
  const at = match?.indices?.[1];
  if (match?.[1] === undefined || at === undefined) return undefined;
  return { name: match[1], start: at[0] };
}
