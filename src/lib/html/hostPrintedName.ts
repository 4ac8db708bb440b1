/**
 * A site's name that the page prints and its address spells: "Harbor Ledger" printed on a page
 * whose address is harborledger.com. Two uses, both a statement of the page vouched for by an
 * address, never a name made up from the address:
 * - a page that declares no name for its site gets the name it prints that its own address
 *   spells, standing alone twice at least ("an interview with Harbor Ledger.", "From Harbor
 *   Ledger —"), not the brand of a portal's sections ("Harbor News", "Harbor Finance");
 * - a page that declares two addresses of two sites for itself — its canonical address on one
 *   and its og:url on another — is a copy the second site hosts of the first site's article (a
 *   portal carrying a publisher's story); the publisher the canonical address names is the
 *   outlet, as the page prints it ("More from Harbor Ledger", "Provided by Harbor Ledger Inc"),
 *   over the host's declared site name (eval/README, syndicated copy).
 * The address's site label must have four letters at least: a shorter one ("ap", "sky") spells
 * too many printed words by chance.
 */

/** Letters and digits only, in small letters: how an address spells a name. */
const spelling = (name: string): string =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Second-level labels of country domains that name no site ("co" of co.uk, "com" of com.au). */
const SECOND_LEVEL = /^(?:co|com|ne|or|org|net|ac|gov)$/u;

/** The label of an address that names its site: "harborledger" of https://news.harborledger.co.uk/x. */
export function siteLabel(url: string | undefined): string | undefined {
  const host = /^https?:\/\/([^/:?#]+)/iu.exec(url ?? "")?.[1]?.toLowerCase();
  if (host === undefined) return undefined;
  const labels = host.split(".").slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.test(labels.at(-1) ?? "")) labels.pop();
  return labels.at(-1);
}

/** A word a name is printed with: capitalised, or a number ("Harbor", "NBC", "24"). */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*$/u;

/** Longest printed name read, in words. */
const MAX_WORDS = 4;

/**
 * The name the page's visible text (`shown`) prints most often that the site label of `url`
 * spells: one to four capitalised words in a row, their letters and digits the label's
 * ("Medical Daily" for medicaldaily.com). With `alone`, only prints standing alone count (not
 * followed by a capitalised word: "Harbor" of "Harbor Sports" is part of a longer
 * name, as a portal's brand is of its sections), and at least that many. Undefined when the
 * page prints none, or the label is shorter than four letters.
 */
export function hostPrintedName(
  shown: string,
  url: string | undefined,
  { alone = 0 }: { alone?: number } = {},
): string | undefined {
  const label = siteLabel(url);
  if (label === undefined || spelling(label).length < 4) return undefined;
  const tokens = shown.split(/\s+/u);
  const words = tokens.map((w) => w.replace(/[.,:;!?)\]”"]+$/u, "").replace(/^[(“"[]+/u, ""));
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (!run.every((w) => NAME_WORD.test(w))) break;
      const name = run.join(" ");
      if (!/\p{Lu}/u.test(name) || spelling(name) !== label) continue;
      // Standing alone: closed by punctuation, or not followed by a capitalised word (a number
      // after it is a stamp or a count, "Harbor Ledger 3/1/2024", no part of a name).
      const closed = tokens[i + n - 1] !== words[i + n - 1] || !/^\p{Lu}/u.test(words[i + n] ?? "");
      if (alone === 0 || closed) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let most = Math.max(alone - 1, 0);
  for (const [name, times] of counts) if (times > most) [best, most] = [name, times];
  return best;
}

/**
 * The publisher of the article a page hosts as a copy: when the page's canonical address and its
 * og:url are on two sites, the name the page prints that the canonical address spells.
 */
export function hostedOriginal(
  canonical: string | undefined,
  ogUrl: string | undefined,
  shown: string,
): string | undefined {
  const original = siteLabel(canonical);
  const host = siteLabel(ogUrl);
  if (original === undefined || host === undefined || original === host) return undefined;
  return hostPrintedName(shown, canonical);
}
