/**
 * A website's name written as its address, a capitalised word with its domain's ending: "Match.com",
 * "Poynter.org", "Parse.ly", "AccuWeather.com". A site is run by someone and named as a body (the
 * gold lists "Match.com" with the organisations), and its ending says it is a site whatever the
 * word before it reads as ("Match", "Parse"). Not a full address ("https://example.com/page", "
 * www.example.com") nor an e-mail's ("jane@example.com"): those are where a site is, written for
 * a link. Nor a site in a prompt to the reader ("See Acme.com's review board.", "Join our program
 * on Acme.com!"), which is the page's own furniture, nor one before a capitalised name
 * ("the Benchly.org Speedometer test"), which is that thing's maker. Pure.
 */
const SITE =
  /(?<![\p{L}\p{N}@/.:_-])\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|ly|io|tv|fm|co\.uk)(?![\p{L}\p{N}/@_-]|\.[\p{L}\p{N}])/gu;

/** A sentence opening on a verb that bids the reader do something: a page's prompt. */
const PROMPT =
  /^\W*(?:See|Join|Visit|Follow|Subscribe|Sign up|Check out|Click|Download|Share|Like|Go to|Head to|Log in)\b/u;
/** A capitalised word right after: the site's name qualifies another name. */
const NAME_AFTER = /^ \p{Lu}/u;

/** Offsets of each site's name in `text` (one sentence), in order. */
export function siteNames(text: string): { start: number; end: number; text: string }[] {
  if (PROMPT.test(text)) return [];
  return [...text.matchAll(SITE)]
    .filter((m) => !NAME_AFTER.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
