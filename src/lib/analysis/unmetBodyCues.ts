/**
 * Cues around a name no lexicon knows ("Robocorp", "Safeguard Defenders", "Jaish-e-Mohammed")
 * that say it is an organisation's: a common noun of a body stands right before it or heads the
 * appositive after it.
 *
 * - before: "the human rights organization Safeguard Defenders", "the video platform Twitch",
 *   "the think tank Seri" (the noun, then the name, no comma between);
 * - after one word, a company's people or shares (`companyWordCue`): "a Spotify executive";
 * - after: "Robocorp, an automation vendor, …", "Jaish-e-Mohammed, a militant group outlawed …",
 *   "…, a coalition of climate groups" (the appositive's noun phrase ends on the noun, before any
 *   "of", "who" or clause punctuation: "Ana Ruiz, a member of the group" is no group).
 *
 * names.ts asks these only for a capitalised run that compromise reads as no person, place or
 * body, after the person cues (unmetPersonCues.ts) have had their say, so a cue never turns a name
 * someone is known by into a body's. Only nouns no person holds: no "publisher", "developer" or
 * "founder" ("publisher Jane Roe"). The noun before and the appositive's phrase are read as the
 * person cues read them (unmetPersonCues.ts `NOUN_BEFORE`, `phraseAfter`).
 */
import { NOUN_BEFORE, phraseAfter } from "./unmetPersonCues.ts";

/** Common nouns of a body (singular), none of them a person's. */
const BODY_NOUNS = new Set(
  `organization organisation group company firm startup start-up platform charity nonprofit non-profit
  network outlet newspaper magazine broadcaster bank airline party militia movement vendor agency union
  band label retailer blog website app coalition foundation institute club brand studio insurer
  automaker carmaker manufacturer chain conglomerate consultancy lender cooperative co-op alliance
  federation association`
    .split(/\s+/u)
    .filter((w) => w !== ""),
);

/** ", a …", ", an …", ", the …": an appositive's opening. */
const APPOSITIVE_OPENING = /^,\s*(?:a|an|the)\s+/u;
/** Where a body's noun phrase ends: a preposition, a relative, a participle's clause, punctuation. */
const PHRASE_END =
  /\s(?:of|at|in|for|from|on|with|who|whose|which|that|to|and|since|based|founded|outlawed|backed|owned|run|led|known|until|after|before|during|under|by)\s|[,.;:!?)(—–"“”]/u;

/** Whether a phrase's last word is a body's noun ("a militant group", "think tank"). */
function endsOnBodyNoun(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/u).at(-1) ?? "";
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(last)) return false;
  return BODY_NOUNS.has(last) || /(?:^|\s)think\s+tank$/u.test(phrase.trim());
}

/**
 * A company's officers, staff or shares right after one word, or its possessive: "a Spotify
 * executive", "Acme CEO Jo Roe", "Quillora's shareholders". Not users, customers or subscribers,
 * which a product or a platform has as well ("Android users"). A person's or a
 * people's name takes none of these ("Sunni leaders" is why no leader or official is here); "shares"
 * as a verb ("Moeketsi shares the view") is none.
 */
const COMPANY_PEOPLE_AFTER =
  /^(?:['’]s?)?\s+(?:CEO|CFO|CTO|COO|chief executive|co-?founder|founder|spokes(?:person|man|woman)|executives?|employees?|shares(?!\s+(?:the|an?|his|her|their|its|our|my|your|this|that|these|those|with|in|some|how|what|why)\b)|stock(?!\s+(?:the|an?|his|her|their|its|up)\b)|shareholders)(?![\p{L}-])/u;

/** Whether one word no lexicon knows has a company's people or shares after it (`COMPANY_PEOPLE_AFTER`). */
export function companyWordCue(after: string): boolean {
  return COMPANY_PEOPLE_AFTER.test(after);
}

/**
 * Whether the text around a name no lexicon knows shows it to be a body's (see above). `before`
 * is the sentence up to the name, `after` the sentence from its end.
 */
export function unmetBodyCue(before: string, after: string): boolean {
  const noun = NOUN_BEFORE.exec(before)?.[1];
  if (noun !== undefined && endsOnBodyNoun(noun)) return true;
  const phrase = phraseAfter(after, APPOSITIVE_OPENING, PHRASE_END);
  return phrase !== undefined && endsOnBodyNoun(phrase);
}
