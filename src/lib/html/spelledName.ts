/**
 * The site's own name among what a page declares about itself, told by its address: a page may
 * declare a section ("U.S."), its blogging platform ("Blogger") or a news service ("DH News
 * Service") where its name belongs, beside its name elsewhere (og:site_name, the `<title>`'s
 * site part, the author's "for NJ.com"). The declared name that the page's own host spells
 * ("Deccan Herald" on deccanherald.com, "Express.co.uk" on express.co.uk) is the
 * publication's; so is one whose initials it spells ("FAZ"). A name in small letters only ("nj", "usatoday") is the address's slug, no
 * name. Nothing is guessed: a name no declaration gives is never made up from the host.
 */
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { SITE_ADDRESS } from "#lib/text/siteAddress.ts";

/** Letters and digits only, in small letters: how a host spells a name. */
const spelling = (name: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** The ways a host spells a site's name: each label but the top-level one, and the whole host without dots. */
function hostSpellings(url: string | undefined): string[] {
  const host = /^https?:\/\/(?:www\.)?([^/:?#]+)/iu.exec(url ?? "")?.[1]?.toLowerCase();
  if (host === undefined) return [];
  return [...host.split(".").slice(0, -1), host.replace(/\./gu, "")];
}

/**
 * What parts a declared name: a tagline or section after it, an affiliation in a byline ("… for
 * NJ.com"), the platform a brand runs on ("Harbor Fans powered by Quayside"), which is no part of it.
 */
const PARTS = /\s+[|–—-]\s+|\s*[|,]\s*|\s+for\s+|\s+[Pp]owered\s+[Bb]y\s+/u;

/** Small words a name's initials leave out ("The Wall Street Journal" → "wsj"). */
const SMALL = /^(?:the|of|and|de|la|le|el|der|die|das|di|du)$/iu;

/**
 * The host spells the name: its letters, or the initials of three or more of its words
 * ("Frankfurter Allgemeine Zeitung" on faz.net); two initials match too many names by chance
 * (a parent company "Advance Local" on al.com).
 */
function spelledBy(name: string, spellings: readonly string[]): boolean {
  // "The Forward" on forward.com: a host leaves a leading article out as often as it keeps it.
  const bare = name.replace(/^(?:the|le|la|les|el|los|die|der|das)\s+(?=\S)/iu, "");
  if (bare !== name && spelling(bare).length >= 4 && spellings.includes(spelling(bare))) return true;
  const key = spelling(name);
  const words = name.split(/[\s.-]+/u).filter((w) => w !== "" && !SMALL.test(w));
  const initials = words.length >= 3 ? words.map((w) => spelling(w).slice(0, 1)).join("") : "";
  // A host may leave a long name's middle words out ("The Harbor Evening Ledger" on harborledger.com).
  const ends = words.length >= 3 ? spelling(`${words[0] ?? ""}${words.at(-1) ?? ""}`) : "";
  return (
    (key.length >= 2 && spellings.includes(key)) ||
    (initials.length >= 3 && spellings.includes(initials)) ||
    (ends.length >= 6 && spellings.includes(ends))
  );
}

/** A name written in small letters only, in a script that has capitals: an address's slug. */
export function isSlug(name: string): boolean {
  return /\p{Ll}/u.test(name) && !/\p{Lu}/u.test(name);
}

/**
 * A name in small letters that the page's own text (`shown`) prints as a word, not inside an
 * address or a handle ("Ad firm ad4mind names a new chief"): a brand styled in small letters,
 * not a slug ("usatoday" only in links, "cleveland" only in "cleveland.com").
 */
export function printedAsWord(name: string, shown: string): boolean {
  return timesPrinted(name, shown) > 0;
}

/**
 * The first of the `declared` texts (or a part of one) that the host of `url` spells, in the
 * order given; undefined when none does.
 */
export function spelledName(declared: readonly (string | undefined)[], url: string | undefined): string | undefined {
  const spellings = hostSpellings(url);
  if (spellings.length === 0) return undefined;
  for (const text of declared)
    for (const part of (text ?? "").split(PARTS)) {
      const name = part.trim();
      if (isSlug(name) || !spelledBy(name, spellings)) continue;
      // A whole declaration is a name as the page gives it; a part of one may be a short form.
      return name === (text ?? "").trim()
        ? name
        : (namePairedWithAddress(name, text ?? "", declared) ?? fullerName(name, declared));
    }
  return undefined;
}

/**
 * A declaration that pairs the site's name with its address ("The Harbor Evening Post |
 * HarborPost.com") writes the name and then where to find it: when the host spells only the
 * address (`part`), the name beside it is the site's, if the page also declares that name on its
 * own (as its publisher). An address paired with anything else ("Amy Roe | Advance Media for
 * NJ.com", an author's credit) stays the name.
 */
function namePairedWithAddress(
  part: string,
  text: string,
  declared: readonly (string | undefined)[],
): string | undefined {
  if (!SITE_ADDRESS.test(part)) return undefined;
  const parts = text.split(/\s+[|–—-]\s+|\s*\|\s*/u).map((p) => p.trim());
  if (parts.length !== 2) return undefined;
  const other = parts.find((p) => p !== part);
  return other !== undefined && declared.some((d) => d?.trim() === other) ? other : undefined;
}

/**
 * A host may spell only a name's first word ("Folha" on folha.uol.com.br, found in a `<title>`'s
 * site part): a whole declaration that begins with it ("Folha de S.Paulo") is its full form.
 */
function fullerName(name: string, declared: readonly (string | undefined)[]): string {
  const prefix = `${name.toLowerCase()} `;
  // A declaration with a tagline or section ("Harbor Post | Nigeria's …") is no name as a whole.
  const fuller = declared
    .map((text) => (text ?? "").trim())
    .find((text) => text.toLowerCase().startsWith(prefix) && text.split(PARTS).length === 1);
  return fuller === undefined || isSlug(fuller) ? name : fuller;
}

/**
 * A name's letters and digits in small letters, without an address's ending ("CBSSports.com" →
 * "cbssports"), "&" read as the "and" it stands for ("Homes & Gardens", "Homes and Gardens").
 */
const variantKey = (name: string): string =>
  spelling(name.replace(/\.(?:[a-z]{2,6})(?:\.[a-z]{2})?$/iu, "").replace(/\s+&\s+/gu, " and "));

/** The name with "&" written as "and", or "and" as "&": the same name as a page may print it. */
const ampersandSpelling = (name: string): string | undefined =>
  / & /u.test(name) ? name.replace(/ & /gu, " and ") : / and /u.test(name) ? name.replace(/ and /gu, " & ") : undefined;

/** How often `shown` prints `name` as a word, in its own case. */
function timesPrinted(name: string, shown: string): number {
  const word = new RegExp(
    `(?<![\\p{L}\\p{N}@/._-])${escapeRegExp(name)}(?![\\p{L}\\p{N}@/_-]|\\.[\\p{L}\\p{N}])`,
    "gu",
  );
  return [...shown.matchAll(word)].length;
}

/**
 * The spelling of the site's name the page prints most, among the ones it declares for it: a page
 * may declare its name as its address writes it ("HarborSports.com" as og:site_name) and as its
 * publisher ("Harbor Sports"), the same name but for case, spaces and the address's ending. Of
 * those (and the name with its "&" written out as "and", or the reverse), the one its own text
 * prints most often is the name as a reader sees it; on a tie, or when it prints none, `name`
 * stays. Other names are never put in its place.
 */
export function printedVariant(name: string, declared: readonly (string | undefined)[], shown: string): string {
  const key = variantKey(name);
  let best = name;
  let most = timesPrinted(name, shown);
  for (const other of [...declared, ampersandSpelling(name)]) {
    const text = other?.trim();
    if (text === undefined || text === name || isSlug(text) || variantKey(text) !== key) continue;
    const times = timesPrinted(text, shown);
    if (times > most) [best, most] = [text, times];
  }
  return best;
}
