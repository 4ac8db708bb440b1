/**
 * Who "the president" is: the one person an article has named as holder of a role before it
 * speaks of the role bare ("President Amara Okonkwo arrived … “…,” the president said"). News
 * style names a holder once, then uses the role alone; that reference is sure only when the
 * text before it gives the role to exactly one person and uses the word for nothing else. Two
 * holders ("Foreign Minister Lind and Trade Minister Varga"), a holder the text does not name
 * ("the governor"; "a spokesman for the ministry" besides a named one), a different office with the same word ("Vice President", "president of the
 * bank") all leave it open, and the quotation unattributed. Pure.
 */
import type { NameFinder } from "./speakers.ts";

/** Roles a news text names one holder of and then uses alone for them. */
export const HELD_ROLES: ReadonlySet<string> = new Set(
  (
    "president minister secretary governor mayor senator ambassador chancellor premier judge sheriff " +
    "commissioner prosecutor chairman chairwoman general admiral commander director spokesman spokeswoman spokesperson " +
    "official lawyer attorney aide adviser advisor"
  ).split(" "),
);

/** Words before a role that make it another office ("Vice President", "Prime Minister", "former president"). */
const OTHER_OFFICE = /(?:^|[^\p{L}])(?:vice|prime|deputy|assistant|under|acting|former|ex|interim|attorney)[\s-]+$/iu;

/** The role's words after a capitalised title, up to the name: "Minister" in "Foreign Minister Tobias Lind". */
const TITLE_RUN = /^(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*?\s+(?=\p{Lu})/u;

/** "Okonkwo, the country's president": a name, then a determiner and up to three words, then the role. */
const APPOSED_BEFORE =
  /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/** An indefinite description before the role: "a spokesman", "one senior official". */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/** An owner before the role, no name after it: "Sheinbaum's spokesman said", "her lawyer told". */
const OWNED_BEFORE =
  /(?:\p{Lu}[\p{L}.’'-]*['’]s|(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[\p{L}.’'-]+\s+){0,2}$/u;
/** A bare definite reference back to a holder: "the president", not "the president of the bank". */
const BACK_REFERENCE_AFTER = /^(?![’']s\b|\s+(?:of|for|at|in)\s)/u;

/**
 * The one holder of `role` (lower case, one of HELD_ROLES) named in `before` (the article's text
 * up to the reference); null when the text gives the role to several people or uses the word
 * otherwise; undefined when it names no holder. A later surname of a holder ("President
 * Okonkwo") is the same person as the full name.
 */
export function roleHolder(before: string, role: string, findNames: NameFinder): string | null | undefined {
  if (!HELD_ROLES.has(role)) return null;
  const holders = new Set<string>();
  let unnamed = false;
  for (const match of before.matchAll(new RegExp(`(?<!\\p{L})${role}(?!\\p{L})`, "giu"))) {
    const head = before.slice(0, match.index);
    const tail = before.slice(match.index + match[0].length);
    if (OTHER_OFFICE.test(head)) return null;
    const capital = /^\p{Lu}/u.test(match[0]);
    // "President Amara Okonkwo", "spokesman Oleg Varin", "her lawyer, Jane Roe,": the name follows.
    const run = capital ? TITLE_RUN.exec(tail) : /^,?\s+(?=\p{Lu})/u.exec(tail);
    if (run) {
      const from = match.index + match[0].length + run[0].length;
      const name = findNames(before.slice(from, from + 80)).find((n) => n.start === 0);
      if (name === undefined) return null;
      holders.add(name.name);
      continue;
    }
    const apposed = APPOSED_BEFORE.exec(head);
    if (apposed?.[1] !== undefined) {
      holders.add(apposed[1]);
      continue;
    }
    if (/(?:^|[^\p{L}])[Tt]he\s+$/u.test(head) && BACK_REFERENCE_AFTER.test(tail)) continue;
    // "a spokesman for the ministry said", "Sheinbaum's spokesman said": a holder the text leaves unnamed.
    if (INDEFINITE_BEFORE.test(head) || OWNED_BEFORE.test(head)) {
      unnamed = true;
      continue;
    }
    return null;
  }
  if (holders.size === 0) return undefined;
  if (unnamed) return null;
  const full = [...holders].filter((name) => name.includes(" "));
  // A surname alone is the full name's it ends: "President Okonkwo" after "President Amara Okonkwo".
  const distinct = [...holders].filter((name) => name.includes(" ") || !full.some((f) => f.split(" ").at(-1) === name));
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}
