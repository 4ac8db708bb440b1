/**
 * A demonym's country ("Mexican": Mexico, "Canadian": Canada, "Russian": Russia), read from
 * compromise's own lexicon (its `Demonym` and `Country` words) by a spelling rule, not a hand list.
 *
 * Why: "tariffs on Canadian imports" and "tariffs on Canada", "the response from Mexico" and "the
 * Mexican government has responded" name one country. The rule: a demonym is its country's
 * name, or that name less its final vowel or "y", followed by a demonym ending (-n, -an, -ian,
 * -ean, -ese, -i, or none): Mexic|an, Canad|ian, Russia|n, Chin|ese, Iraq|i, German|(y). Pairs
 * the rule cannot read ("French"/France, "Dutch"/Netherlands) are left apart rather than listed
 * by hand; when two countries fit, the longer stem wins, and a tie is no answer.
 */
import nlp from "#lib/text/nlp.ts";

const ENDINGS = ["", "n", "an", "ian", "ean", "ese", "i"];

/** Every stem a country's demonym can start from: its name, and its name less a final vowel or "y". */
function stems(country: string): string[] {
  return /[aeiouy]$/u.test(country) ? [country, country.slice(0, -1)] : [country];
}

let table: ReadonlyMap<string, string> | undefined;

function build(): ReadonlyMap<string, string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagsOf = (word: string): readonly string[] => {
    const tags = lexicon[word];
    return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
  };
  const words = Object.keys(lexicon);
  const allCountries = words.filter((w) => tagsOf(w).includes("Country"));
  // One-word countries: a demonym names one word ("Mexican"), so "Saudi Arabia" has none here.
  const countries = allCountries.filter((w) => /^\p{L}+$/u.test(w));
  const out = new Map<string, string>();
  for (const demonym of words) {
    const tags = tagsOf(demonym);
    if (!tags.includes("Demonym") || tags.includes("Plural") || !/^\p{L}+$/u.test(demonym)) continue;
    let bestLength = 0;
    let found: string | undefined;
    let tie = false;
    for (const country of countries) {
      for (const stem of stems(country)) {
        if (stem.length < 3 || !demonym.startsWith(stem) || !ENDINGS.includes(demonym.slice(stem.length))) continue;
        if (stem.length > bestLength) {
          bestLength = stem.length;
          found = country;
          tie = false;
        } else if (stem.length === bestLength && country !== found) tie = true;
      }
    }
    // "Dominican" also opens "Dominican Republic": which country it names is not the spelling's to say.
    const opensAnother = allCountries.some((w) => w.startsWith(`${demonym} `));
    if (found !== undefined && !tie && !opensAnother) out.set(demonym, found);
  }
  return out;
}

/** The demonym → country table (lower case, singular), built once from compromise's lexicon. */
export function demonymTable(): ReadonlyMap<string, string> {
  table ??= build();
  return table;
}

let terms: ReadonlyMap<string, string> | undefined;

/**
 * The country's claim term for a demonym's claim term (both cut to six letters, as `termOf`
 * cuts them), when the two differ ("mexica": "mexico"); "Russian" and "Russia" are one term
 * already ("russia").
 */
export function countryTermOf(term: string): string | undefined {
  terms ??= new Map(
    [...demonymTable()].flatMap(([demonym, country]) =>
      demonym.slice(0, 6) === country.slice(0, 6) ? [] : [[demonym.slice(0, 6), country.slice(0, 6)] as const],
    ),
  );
  return terms.get(term);
}
