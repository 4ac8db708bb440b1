/**
 * The form of a publication's name the page prints most, when its name comes with or without a
 * word that says what kind of publication it is ("Harbor Ledger Magazine" and "Harbor Ledger",
 * "Quay" and "Quay News"): a site may declare one form (og:site_name, its publisher, its
 * `<title>`) and print the other in its logo, menus, credits and copyright line. The name is
 * written as the page prints it (eval/README, the outlet convention), so of the name, the name
 * without such a closing word, and a declared name that is the name with one, the form the page
 * prints most often wins. The bare name counts where it stands alone, not followed by a
 * capitalised word or a number, which would make it part of a longer name ("Quay Sports"); a
 * form that closes on its kind word has ended there and counts wherever it is printed as words
 * ("About Quay News Contact"). The other form must be printed twice at least and more often than the name;
 * on a tie the name stays. No other name is ever put in its place: only words of this list are
 * added or dropped, so a place is never taken for the name ("New York" of "New York Times").
 */
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

/** Closing words that tell what kind of publication a name is, not which one. */
const KIND_WORD = /\s+(?:News|Newspapers?|Magazine|International|Online)$/u;

/** A name in small letters only: an address's slug, not a form the page prints. */
const isSlug = (name: string): boolean => /\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name);

/** The name without its closing kind words ("Harbor Ledger News Online" → "Harbor Ledger"); itself when it has none. */
function withoutKindWords(name: string): string {
  let bare = name.trim();
  while (KIND_WORD.test(bare)) {
    const shorter = bare.replace(KIND_WORD, "");
    // At least two letters stay, so a name is never cut down to an initial.
    if (!/\p{L}.*\p{L}/u.test(shorter)) break;
    bare = shorter;
  }
  return bare;
}

/** A declared name without a parenthesis closing it ("Quay News (Quay Broadcasting)" → "Quay News"). */
const withoutAside = (name: string): string => name.replace(/\s*\([^()]*\)$/u, "").trim();

/** How often `shown` prints the form: a bare name where it stands alone, a name with its kind word anywhere as words. */
function timesPrintedAs(form: string, shown: string): number {
  if (!KIND_WORD.test(form)) return timesPrintedAlone(form, shown);
  const word = new RegExp(
    `(?<![\\p{L}\\p{N}@/._-])${escapeRegExp(form)}(?![\\p{L}\\p{N}@/_-]|\\.[\\p{L}\\p{N}])`,
    "gu",
  );
  return [...shown.matchAll(word)].length;
}

/**
 * How often `shown` prints `name` as a name standing alone: as a word (no letter, digit or address
 * around it), in its own case, and not followed by a capitalised word or a number.
 */
export function timesPrintedAlone(name: string, shown: string): number {
  const alone = new RegExp(
    `(?<![\\p{L}\\p{N}@/._-])${escapeRegExp(name)}(?![\\p{L}\\p{N}@/_-]|\\.[\\p{L}\\p{N}]|\\s+[\\p{Lu}\\p{Lt}\\p{N}])`,
    "gu",
  );
  return [...shown.matchAll(alone)].length;
}

/**
 * `name`, or the form of it with or without a closing kind word that the page (`shown`, its
 * visible text) prints alone most often: the name without such words, or a `declared` name that
 * is the name with them.
 */
export function printedForm(name: string, declared: readonly (string | undefined)[], shown: string): string {
  const bare = withoutKindWords(name);
  const forms = new Set<string>([bare]);
  for (const text of declared) {
    const form = text === undefined ? undefined : withoutAside(text);
    if (form !== undefined && form !== "" && !isSlug(form) && withoutKindWords(form) === bare) forms.add(form);
  }
  forms.delete(name);
  let best = name;
  let most = timesPrintedAs(name, shown);
  for (const form of forms) {
    const times = timesPrintedAs(form, shown);
    if (times >= 2 && times > most) [best, most] = [form, times];
  }
  return best;
}
