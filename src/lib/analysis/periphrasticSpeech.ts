/**
 * "went on to say" is "said" (issue 15): a quotation introduced by "Trump went on to assert
 * Giuliani “would have been …”" has the same speaker as "Trump asserted Giuliani “…”". The
 * quotation grammar (quotes.ts) reads finite verbs of speech, so the periphrasis is rewritten as
 * the verb's past tense, padded with spaces to the same length: every offset after it (a name's,
 * the quotation's) stays where it was. Only verbs that name speech in any use; "went on to claim
 * the title", "went on to win" are deeds and stay as written. (attributionGrammar.ts reads the same
 * periphrasis for the sourcing profile.) Pure.
 */

/** Verbs of speech in their base form, and their past tense. */
const PAST: Readonly<Record<string, string>> = {
  say: "said",
  tell: "told",
  add: "added",
  note: "noted",
  explain: "explained",
  argue: "argued",
  warn: "warned",
  insist: "insisted",
  write: "wrote",
  assert: "asserted",
  suggest: "suggested",
  predict: "predicted",
};

const WENT_ON_TO = new RegExp(String.raw`(?<!\p{L})went\s+on\s+to\s+(${Object.keys(PAST).join("|")})(?!\p{L})`, "gu");

/** `text` with each "went on to <verb of speech>" as that verb's past tense, padded to the same length. */
export function finiteSpeech(text: string): string {
  return text.replace(WENT_ON_TO, (whole, verb: string) => (PAST[verb] ?? whole).padEnd(whole.length, " "));
}
