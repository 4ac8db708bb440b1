/**
 * Which way a sentence looks in time, for resolving a weekday or a bare month in it
 * (content/relativeDates.ts): the last such day on or before publication, or the next one when
 * the sentence speaks of the future.
 */

/**
 * Words of the future: "will", "won't", "we'll", "next", "scheduled", "is expected to", "are due",
 * "adjourned" … Not "next to", a place ("Next to him stood …"). An adverb may stand inside "is set to"
 * as inside "is expected to" ("which is now set to expire in February"): the words still set a coming time.
 */
const FUTURE =
  /\b(?:will|won['’]t|(?<=\p{L}['’])ll|next(?!\s+to\b)|upcoming|scheduled|(?:is|are)\s+(?:(?:now|still|also|again|\p{L}+ly)\s+)?set to|plans? to|(?:is|are|be)\s+(?:\p{L}+ly\s+)?(?:expected|due)|adjourned|postponed|deferred)\b/iu;

/** True when the sentence looks ahead: a weekday or month in it is the next one, not the last. */
export function looksAhead(sentence: string): boolean {
  return FUTURE.test(sentence);
}

/**
 * A common irregular verb in the past tense ("rose", "fell", "said", "drew"): forms that are nothing but a
 * past (or its participle), so not "read", "set", "put", "cut", "lay", "bound", "wound", "fed",
 * "lit" or "bent", which are as often a present, a noun or an adjective, nor "grew", whose growth is
 * as often the state reached now ("It grew into a robust complex today": nowadays).
 */
export const IRREGULAR_PAST =
  /\b(?:was|were|had|did|didn|wasn|weren|hadn|said|went|came|took|made|met|sent|began|left|saw|told|gave|found|got|won|lost|fell|rose|held|led|brought|thought|spoke|wrote|ran|became|kept|paid|struck|fled|knew|flew|drove|chose|sought|fought|caught|bought|stood|sat|felt|heard|meant|spent|built|broke|froze|shot|hid|beat|swore|sold|taught|threw|wore|woke|outgrew|drew|blew|withdrew|overthrew|oversaw|foresaw|overcame|upheld|withheld|forgot|forgave|understood|undertook|overtook|mistook|shook|sank|sang|rang|swam|drank|rode|stole|tore|dug|slid|spun|swung|stuck|hung|sped|slept|swept|wept|crept|dealt|lent|laid|arose|awoke|forbade|misled|overheard|rebuilt|rewrote|withstood|underwent|strode|sprang|shrank|clung|flung)\b/u;

/**
 * A verb in the past tense: a regular "-ed" form (not "need", "hundred", "indeed", nor an adjective
 * after a word of degree: "more sophisticated", "very interested") or a common irregular one.
 */
export const PAST = new RegExp(
  `(?<!\\b(?:more|less|most|least|very|increasingly)\\s)\\b(?!(?:need|speed|seed|proceed|exceed|succeed|indeed|hundred|breed|feed|bleed|embed|shed)\\b)\\p{Ll}{2,}ed\\b|${IRREGULAR_PAST.source}`,
  "u",
);

/** "would" looks ahead only from before a date ("said the report would be published in June"); after one it
 * may tell a past ("In June, police would find …"). */
const WOULD = /\bwould\b/iu;

/** A word that is a verb in the past (`PAST`) and nothing else. */
const PAST_WORD = new RegExp(`^(?:${PAST.source})$`, "u");

/**
 * Participles that set a date ahead rather than tell one: "planned for September", "delayed until
 * May", "a vote proposed for June".
 */
export const SETS_AHEAD =
  /^(?:planned|proposed|intended|expected|slated|delayed|postponed|deferred|pushed|moved|set|targeted|earmarked|pencil+ed|tipped|timed|aimed|meant|supposed|bound|rescheduled)$/iu;

/** What follows a verb that governs a date later in its clause: a preposition or a determiner. */
const AFTER_VERB =
  /^(?:on|in|at|by|for|to|from|with|during|over|against|into|onto|upon|after|before|since|until|through|about|off|out|up|down|back|the|a|an|its|their|his|her|our|this|that|these|those|last|some|all|more|most)$/iu;

/** Words that may open a sentence before a fronted date: "Then in May, …", "Even by June, …". */
const LINKING = /^(?:then|later|earlier|even|back|so|yet|still|only|already)$/iu;

/** Words that end the clause a date stands in, read backwards from the date. */
const CLAUSE_EDGE = /^(?:that|which|who|whom|whose|whether|if|unless|and|or|but|because|while|when|as|than|to)$/iu;

/** The words of the clause right before a date, at most `count`, nearest last. */
function clauseWords(before: string, count: number): string[] {
  const clause = before.split(/[,;:—–()"“”]/u).at(-1) ?? "";
  return (clause.match(/\p{L}[\p{L}'’]*/gu) ?? []).slice(-count);
}

/** Adverbs that stand between an auxiliary and its participle ("has not yet qualified", "had already left"). */
const INNER_ADVERB = /^(?:\p{L}+ly|yet|not|never|already|just|still|ever|also)$/iu;

/**
 * The auxiliary of the participle at `i`, past any adverb ("would be finally published", "has not yet
 * qualified"), and whether it is a negated "have": "haven't yet qualified", "has not been paid" tell
 * that nothing has happened, so they tell no past happening on the date they govern.
 */
function auxiliaryOf(words: readonly string[], i: number): { auxiliary: string; negatedPerfect: boolean } {
  const at = words.slice(0, i).findLastIndex((w) => !INNER_ADVERB.test(w));
  const auxiliary = words[at] ?? "";
  const negatedPerfect =
    /^(?:have|has)n['’]t$/iu.test(auxiliary) ||
    (/^(?:have|has)$/iu.test(auxiliary) && words.slice(at + 1, i).some((w) => /^(?:not|never)$/iu.test(w)));
  return { auxiliary, negatedPerfect };
}

/**
 * True when a verb in the past governs the date that `before` leads up to: read back over the
 * date's clause (four words at most), the first verb met is in the past and not after "be",
 * "have", "will" or "would" ("a 15 percent tariff imposed on consumer goods in September": the
 * imposing is told, whatever "would remain" later foresees). A word of the future met first, the
 * clause's edge ("that", "and", "to"), or a participle that sets a date ahead ("planned for
 * September") leaves the date to the rest of the sentence.
 */
function toldBefore(before: string): boolean {
  // Six words read, five scanned: the sixth is the auxiliary a fifth's participle may have.
  const words = clauseWords(before, 6);
  for (let i = words.length - 1; i >= (words.length === 6 ? 1 : 0); i--) {
    const word = words[i] ?? "";
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word)) return false;
    if (!PAST_WORD.test(word)) continue;
    // A participle before its noun describes it ("the long-awaited vote in June"); one that governs a
    // date is followed by its object or its preposition ("imposed on consumer goods in September").
    if (i < words.length - 1 && !AFTER_VERB.test(words[i + 1] ?? "")) return false;
    // The auxiliary, past any adverb: "would be finally published", "haven't yet qualified".
    const { auxiliary, negatedPerfect } = auxiliaryOf(words, i);
    return !negatedPerfect && !SETS_AHEAD.test(word) && !/^(?:be|been|being|have|has|will|would)$/iu.test(auxiliary);
  }
  return false;
}

/**
 * True when "since" opens the date's phrase, within four words before it in its clause: "since
 * fleeing Berlin Monday", "since last spring". What follows "since" lies before the time of
 * telling, whatever "would" or "will" the sentence holds.
 */
function sinceBefore(before: string): boolean {
  const words = clauseWords(before, 4);
  const at = words.findLastIndex((word) => /^since$/iu.test(word));
  return at >= 0 && !words.slice(at + 1).some((word) => CLAUSE_EDGE.test(word) || FUTURE.test(word));
}

/**
 * True when a verb in the past stands within four words before a date, in its clause, and not
 * after "be", "will", "would" or "to": "took effect in June", "closed the plant in November"
 * (`toldBefore` leaves a past verb before a noun to the rest of the sentence).
 */
function pastNear(before: string): boolean {
  const words = clauseWords(before, 5);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word)) return false;
    if (!PAST_WORD.test(word)) continue;
    const { auxiliary, negatedPerfect } = auxiliaryOf(words, i);
    return !negatedPerfect && !SETS_AHEAD.test(word) && !/^(?:be|being|will|would|to)$/iu.test(auxiliary);
  }
  return false;
}

/**
 * True when a verb in the past governs the date at [start, end) within its own clause: one before
 * it (`toldBefore`: "closed in November", "sales fell 3% in November"), or one after it up to the
 * clause's edge ("Sales in November rose", and past a fronted date's comma: "In November, voters
 * rejected …"). A date in a phrase with no verb of its own, hung on a past clause ("published its
 * schedule on Wednesday, with the first matches in April"), is not told by that verb: the
 * schedule was published, the matches may be to come.
 */
export function toldInClause(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  if (toldBefore(before) || pastNear(before)) return true;
  // Fronted: nothing before the date in its clause but a linking word ("But by December, they worsened").
  const fronted = clauseWords(before, 3).every((word) => CLAUSE_EDGE.test(word) || LINKING.test(word));
  // A fronted date's clause is the one after its comma; any other date's ends at the first mark.
  const after = fronted ? sentence.slice(end).replace(/^\s*[,:]/u, "") : sentence.slice(end);
  const clause = after.split(/[,;:—–()"“”.!?]/u)[0] ?? "";
  for (const word of clause.match(/\p{L}[\p{L}'’]*/gu) ?? []) {
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word)) return false;
    if (PAST_WORD.test(word)) return !SETS_AHEAD.test(word);
  }
  return false;
}

/**
 * A verb of a schedule in the present tense: "take effect", "starts", "opens", "goes on sale".
 * Told after a saying in the past ("said the tariffs take effect in June"), it keeps the speaker's
 * present, and the month or weekday after it may be the coming one as well as the last.
 */
const SCHEDULE_PRESENT =
  /^(?:takes? (?:effect|place)|starts?|begins?|opens?|reopens?|closes?|ends?|expires?|resumes?|kicks? off|launch(?:es)?|arrives?|(?:comes?|goes?) into (?:force|effect)|goes? on sale|airs?|premieres?|debuts?|convenes?|concludes?|wraps? up|meets)$/iu;

/**
 * True when a verb of a schedule in the present tense (`SCHEDULE_PRESENT`) governs the date that
 * `before` leads up to, within the date's clause and not after "to" (an infinitive is another
 * verb's): "said the tariffs take effect in June", "a session that starts in early January". Which
 * June or January it is the words do not fix.
 */
export function scheduledInPresent(before: string): boolean {
  const words = clauseWords(before, 5);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    const pair = `${word} ${words[i + 1] ?? ""}`;
    if (SCHEDULE_PRESENT.test(pair) || SCHEDULE_PRESENT.test(word))
      // Not an infinitive or a modal's verb, and not a noun after its determiner ("the season's first starts").
      return !/^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|the|a|an|its|their|his|her|our|first|false|home)$/iu.test(
        words[i - 1] ?? "",
      );
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word) || PAST_WORD.test(word)) return false;
  }
  return false;
}

/** Words that open a clause of time whose present tense tells what is to come: "before the bank concludes …". */
const TIME_CLAUSE = /^(?:before|until|till|once|after)$/iu;

/**
 * True when the date that `before` leads up to stands in a clause of time told in the present, headed
 * by "before", "until", "once" or "after" and a schedule's verb in the third person's present, with at
 * most three words of its subject between and nothing in the past or the future after the verb:
 * "… even as uncertainty lingers before the bank concludes two days of meetings Thursday". Such a
 * clause speaks of the future (English puts "will" there in the present), so the weekday or month is
 * the coming one; not a saying's present ("said the store opens Friday", `scheduledInPresent`).
 */
export function inComingTimeClause(before: string): boolean {
  const words = clauseWords(before, 10);
  for (let i = words.length - 1; i >= 1; i--) {
    const word = words[i] ?? "";
    const pair = `${word} ${words[i + 1] ?? ""}`;
    const verb = /s$/u.test(word) && (SCHEDULE_PRESENT.test(word) || SCHEDULE_PRESENT.test(pair));
    if (verb) {
      const subject = words.slice(Math.max(0, i - 4), i);
      const head = subject.findLastIndex((w) => TIME_CLAUSE.test(w));
      return head >= 0 && !subject.slice(head + 1).some((w) => CLAUSE_EDGE.test(w) || PAST_WORD.test(w));
    }
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word) || PAST_WORD.test(word)) return false;
  }
  return false;
}

/**
 * True when `before` ends on a schedule's verb in the third person's present ("launches", "takes
 * effect", "goes on sale"), right before the word that follows, or before "starting" or
 * "beginning", which only say the schedule opens there: "The platform launches today", "the series
 * airs starting today". The "-s" form alone, as a bare "air" or "start" is as often a noun ("fresh
 * air today"); not after "to", a modal, a determiner or a possessive ("the season's first starts").
 */
export function scheduleVerbEnds(before: string): boolean {
  const read = clauseWords(before, 5);
  const words = (/^(?:starting|beginning)$/iu.test(read.at(-1) ?? "") ? read.slice(0, -1) : read).slice(-4);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const verb = words.slice(-n);
    if (!/s$/u.test(verb[0] ?? "") || !SCHEDULE_PRESENT.test(verb.join(" "))) continue;
    return !/['’]s$|^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|the|a|an|its|their|his|her|our|first|false|home)$/iu.test(
      words.at(-n - 1) ?? "",
    );
  }
  return false;
}

/**
 * True when a verb of a schedule in the present tense (`SCHEDULE_PRESENT`) heads the clause that
 * `before` leads up to, however many words of its object stand between ("The show opens to the
 * public on", "The trial begins"): in a sentence that tells nothing in the past and foresees
 * nothing in words, such a verb sets a day ahead (content/relativeDates.ts). Not after "to", a
 * modal, a determiner or a possessive (another verb's infinitive, a noun: "the season's first
 * starts", "Stadia's launch day is Tuesday").
 */
export function schedulesAhead(before: string): boolean {
  const words = clauseWords(before, 8);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (!SCHEDULE_PRESENT.test(`${word} ${words[i + 1] ?? ""}`) && !SCHEDULE_PRESENT.test(word)) continue;
    // After a possessive the word is a noun: "Stadia's launch day is Tuesday".
    return !/['’]s$|^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|the|a|an|its|their|his|her|our|first|false|home)$/iu.test(
      words[i - 1] ?? "",
    );
  }
  return false;
}

/** A schedule's verb as a participle: "kicking off", "starting", "opening", "takes effect" as "taking effect", "coming into force". */
const SCHEDULE_PARTICIPLE =
  /^(?:taking (?:effect|place)|coming into (?:force|effect)|going on sale|starting|beginning|opening|reopening|closing|ending|expiring|resuming|kicking off|launching|arriving|airing|premiering|debuting|convening|concluding|wrapping up)$/iu;

/**
 * True when the date that `before` leads up to opens right after a schedule's participle that heads
 * its own clause, perhaps with "on": "… this season's series, kicking off on January 5", "a new
 * route, starting March 2". Set off from the sentence, the participle tells when the thing it
 * follows is set to happen; in a sentence told only in the present (the caller asks) the day is a
 * coming one. Not a participle after a determiner or a possessive (a noun: "the opening on") or a
 * verb ("is starting", "keeps opening"): only one that stands at its clause's head.
 */
export function scheduleParticipleHeads(before: string): boolean {
  const words = clauseWords(before, 4);
  const read = /^on$/iu.test(words.at(-1) ?? "") ? words.slice(0, -1) : words;
  return read.length >= 1 && read.length <= 2 && SCHEDULE_PARTICIPLE.test(read.join(" "));
}

/**
 * True when `before` ends on a schedule's participle ("new rules coming into force", "the sale ending", "a fare
 * taking effect"), right before the word that follows: "new rules coming into force today" sets them going on that
 * day. Not a participle after a determiner, a possessive or "to" (a noun, "the opening today", or another verb's).
 */
export function scheduleParticipleEnds(before: string): boolean {
  const words = clauseWords(before, 4);
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const verb = words.slice(-n).join(" ");
    // "sign up starting today": a bare "starting" or "beginning" only opens a span, of any day from then on.
    if (!SCHEDULE_PARTICIPLE.test(verb) || /^(?:starting|beginning)$/iu.test(verb)) continue;
    return !/['’]s$|^(?:to|the|a|an|its|their|his|her|our|this|that)$/iu.test(words.at(-n - 1) ?? "");
  }
  return false;
}

/** True when a clause opens on a schedule's participle ("kicking off on January 5", "starting Monday"). */
export function opensOnScheduleParticiple(clause: string): boolean {
  const words = clause.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return SCHEDULE_PARTICIPLE.test(words.slice(0, 2).join(" ")) || SCHEDULE_PARTICIPLE.test(words[0] ?? "");
}

/** A modal of the present: what it governs is possible, owed or allowed, not told ("may" in lower case: "May" is a month). */
const PRESENT_MODAL = /^(?:can|cannot|may|must|should|shall)$/u;

/**
 * True when a modal of the present ("can", "must", "should") governs the date that `before` leads
 * up to, read back over the date's clause (ten words at most) with no verb in the past, joining word
 * or relative met first: "you can return the TV to any store by January", "applicants must register
 * by March". The date is a deadline or a possibility, never a past one, whatever participle the
 * sentence holds elsewhere ("an extended return … (meaning you can return it by January)"); which
 * January the words do not fix. Not "could" or "might", which also tell a past ("could not find
 * him in March").
 */
export function presentModalGoverns(before: string): boolean {
  const words = clauseWords(before, 10);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (PRESENT_MODAL.test(word)) return true;
    // A participle before its noun describes it ("the restored hall"); one that is the clause's verb is followed
    // by its object's determiner or a preposition ("goods they bought in March").
    if (PAST_WORD.test(word) && i < words.length - 1 && !AFTER_VERB.test(words[i + 1] ?? "")) continue;
    // "to" is passed over: here it is as often a preposition ("return it to any store by January").
    if (
      PAST_WORD.test(word) ||
      (CLAUSE_EDGE.test(word) && !/^to$/iu.test(word)) ||
      FUTURE.test(word) ||
      WOULD.test(word)
    )
      return false;
  }
  return false;
}

/**
 * True when a modal of the present (`PRESENT_MODAL`) is the first verb after a date in its clause, six words
 * at most on: "Visitors landing after noon on Friday must register", "anyone driving on Monday should allow
 * extra time". The date stands in the modal's subject, the time from which something is owed or allowed:
 * never a past day. Not a modal with "have", which infers a past ("must have left"); a verb in the past, a
 * word of the future or a clause's edge met first ends the reading.
 */
export function presentModalFollows(after: string): boolean {
  const clause = after.split(/[,;:—–()"“”.!?]/u)[0] ?? "";
  const words = (clause.match(/\p{L}[\p{L}'’]*/gu) ?? []).slice(0, 6);
  for (const [i, word] of words.entries()) {
    if (PRESENT_MODAL.test(word)) {
      const verb = words.slice(i + 1).find((w) => !/^(?:not|never|also|still|now|only)$/iu.test(w)) ?? "";
      return !/^have$/iu.test(verb);
    }
    if (PAST_WORD.test(word) || FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word)) return false;
    if (/^(?:where|is|are|was|were|has|have)$/iu.test(word)) return false;
  }
  return false;
}

/** A verb of the present tense: "is", "are", "has", "have", "am". */
const PRESENT_BE = /^(?:is|are|am|has|have)$/iu;

/**
 * True when the date that `before` leads up to comes right after "ahead of", in a clause told in the present
 * ("is", "are", "has", "have" and no verb in the past, ten words at most back): "the stakes are high for every
 * candidate ahead of Tuesday's debate". The clause stands at the time of writing and looks to the day, which
 * is to come; told in the past ("shares fell ahead of Tuesday's vote") the day may be gone as well.
 */
export function awaitedInPresent(before: string): boolean {
  if (!/\bahead\s+of\s+$/iu.test(before)) return false;
  const words = clauseWords(before, 12);
  return (
    words.some((word) => PRESENT_BE.test(word)) &&
    !words.some((word) => PAST_WORD.test(word) || FUTURE.test(word) || WOULD.test(word))
  );
}

/**
 * True when the words before a date make it what a day's noun is, in the present: "Her last day is April 1",
 * "The game's launch day is Tuesday", "The deadline is on Friday". Said now of one occasion, "is" sets the
 * day to come (or the day itself), as "was" would set a gone one; not a habit's day ("His favourite day is
 * Friday", "The busiest day is Monday": any week's).
 */
export function namedDayIs(before: string): boolean {
  return /(?<!\b(?:favou?rite|usual|typical|normal|regular|best|worst|\p{L}+est)\s+)\b(?:day|date|deadline)\s+(?:is|['’]s)\s+(?:on\s+)?$/iu.test(
    before,
  );
}

/** A verb in the present after a relative pronoun: "is", "are", "has", "have" or a third person's "-s" ("stops", "opens"). */
const PRESENT_AFTER_PRONOUN = /^(?:is|are|has|have|\p{Ll}{2,}[^s\W]s)$/u;

/**
 * True when the date that `before` leads up to stands in a relative clause told in the present,
 * read back over the clause (eight words at most) to its pronoun with no verb in the past or word
 * of the future met first: "the reunion tour that stops at the arena on July 22", "Smith, who
 * joins the board on Jan. 6". The clause tells a schedule whatever the sentence around it reports
 * ("Rolling Stone reported details of the tour that stops …"): the day is not a past one.
 */
export function inPresentRelativeClause(before: string): boolean {
  const words = clauseWords(before, 8);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    if (FUTURE.test(word) || WOULD.test(word) || PAST_WORD.test(word)) return false;
    if (!CLAUSE_EDGE.test(word)) continue;
    return /^(?:that|which|who)$/iu.test(word) && PRESENT_AFTER_PRONOUN.test(words[i + 1] ?? "");
  }
  return false;
}

/**
 * True when a sentence has no verb in the past, no word of the future and no saying in the present
 * ("says", "tells"), which reports what was said: "The show opens to the public on Friday."
 */
export const isPresentOnly = (sentence: string): boolean =>
  !PAST.test(sentence) &&
  !looksAhead(sentence) &&
  !/\b(?:says|tells|reports|writes|announces|confirms)\b/iu.test(sentence);

/**
 * True when the date's clause cites a source, "according to" it, with no word of the future between:
 * "… “will become increasingly important,” according to a forecast in June". What is cited was
 * written or said before the telling, so its date is a past one, whatever the quotation foresees.
 */
function citedBefore(before: string): boolean {
  const words = clauseWords(before, 10);
  const at = words.findLastIndex((word, i) => /^according$/iu.test(word) && /^to$/iu.test(words[i + 1] ?? ""));
  return (
    at >= 0 && !words.slice(at + 2).some((word) => FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word))
  );
}

/**
 * The words before a date with each relative clause set off by commas blanked out ("Reed, who will chair the merged
 * firm, told investors on Oct. 31"): such a clause describes its noun, and its future governs nothing outside it.
 */
const withoutRelativeAsides = (before: string): string =>
  before.replace(/,\s+(?:who|which|whose)\s[^,;:—–()]*,/giu, (aside) => " ".repeat(aside.length));

/**
 * True when the future words govern the date at [start, end) rather than the whole sentence: a
 * future word before the date ("will take effect in July") does, unless a verb in the past in the
 * date's clause dates it ("said in March", "approved in March", "a tariff imposed on consumer goods
 * in September"; not "adjourned until July", which looks ahead); a future word after the date
 * does unless a verb in the past stands between them ("In March, Mexico said it will deploy …":
 * March dates the saying). A deadline ("no later than May 31") always looks ahead; a future word
 * before the date does not once a clause of its own told in the past opens after it (`pastClauseSince`).
 */
export function looksAheadAt(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  // "asked for answers no later than May 31": a deadline, which lies after the asking whatever its tense.
  if (DEADLINE_BEFORE.test(before)) return true;
  if (toldBefore(before) || sinceBefore(before) || citedBefore(before)) return false;
  const governing = withoutRelativeAsides(before);
  if ((FUTURE.test(governing) || WOULD.test(governing)) && !pastClauseSince(governing)) return true;
  const after = sentence.slice(end);
  const next = futureVerbAfter(after);
  if (next === undefined) return false;
  const between = after.slice(0, next);
  return !PAST.test(between) && !SUBORDINATE.test(between) && !pastGovernsAcross(before);
}

/** Right before a date: "no later than", "not later than", which make it a deadline. */
const DEADLINE_BEFORE = /(?<!\p{L})(?:no|not)\s+later\s+than\s+$/iu;

/** A word of the future (`FUTURE`) or "would", anywhere: `pastClauseSince` finds the last. */
const FUTURE_OR_WOULD = new RegExp(`${FUTURE.source}|${WOULD.source}`, "giu");

/**
 * A clause of its own told in the past, opened by "as", "and", "but" or "then" and a pronoun for its subject:
 * "as he burned", "and they fled". Not "when", "after", "until" or "before": after "would" such a clause is
 * the future seen from the past ("said they would meet when they returned on Monday"), its verb past in form only.
 */
const PAST_CLAUSE =
  /(?<!\p{L})(?:as|and|but|then)\s+(?:he|she|they|it|we|I|you)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?!\p{L})/gu;

/**
 * True when, after the last word of the future or "would" in `before`, a clause of its own told in the past
 * opens (`PAST_CLAUSE`): "professed that he would “no longer be complicit” … as he burned to death in
 * Washington on Sunday". The future is the first clause's (what was professed), and the date is the later
 * clause's, which tells a day gone by; it does not set the day ahead.
 */
function pastClauseSince(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(FUTURE_OR_WOULD)) last = m.index + m[0].length;
  if (last < 0) return false;
  for (const m of before.slice(last).matchAll(PAST_CLAUSE)) if (PAST_WORD.test(m[1] ?? "")) return true;
  return false;
}

/**
 * A relative or content clause opening between a date and a future word after it: "the announcement on Thursday
 * that it will suspend service". The future is that clause's (what was announced), and it may as well follow a
 * day gone by as one to come: it does not set the day ahead.
 */
const SUBORDINATE = /\b(?:that|which|who)\b/iu;

/**
 * Where the first word of the future that can govern a date before it stands in `after`: a verb or a verb's
 * phrase ("will", "is expected to", "scheduled"), not "next" or "upcoming", which set their own noun ahead
 * ("activity in March, and in the next quarter") and tell nothing of a date before them.
 */
function futureVerbAfter(after: string): number | undefined {
  for (const match of after.matchAll(new RegExp(FUTURE.source, "giu")))
    if (!/^(?:next|upcoming)$/iu.test(match[0])) return match.index;
  return undefined;
}

/**
 * True when a passive infinitive leads up to the date: "the summit, to be held June 6", "to be
 * signed on May 2". What is still to be done happens on a coming day.
 */
export function toBeDoneBefore(before: string): boolean {
  return /\bto\s+be\s+\p{Ll}+(?:\s+(?:on|in|from))?\s*$/u.test(before);
}

/** Where one clause of a sentence joined to the next ends: ", and", ", but", ";", a dash. */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas|though)\s+|;\s+|\s+[—–]\s+/gu;

/** A word that makes a clause of the words it stands in: a verb of tense or mood, a past form, a verb's adverb. */
const CLAUSE_WORD = new RegExp(
  `^(?:is|are|am|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|\\p{L}+ly|${PAST.source})$`,
  "u",
);

/**
 * Whether ", and" after `before` closes a series of names or nouns rather than joining two clauses: "access
 * to Mail, Maps, and Drive on Friday" is one clause, whose verb ("disrupted") tells the day. The series has
 * a comma before its last item, and that item is one to three words with no verb in them ("officials said,
 * and …", "reluctantly, and …" end a clause or an aside).
 */
function closesSeries(before: string, join: string): boolean {
  if (!/^,\s+and\s+$/u.test(join)) return false;
  const items = before.split(",");
  const last = items.at(-1)?.trim() ?? "";
  if (items.length < 2) return false;
  const words = last.split(/\s+/u).filter((w) => w.length > 0);
  return words.length >= 1 && words.length <= 3 && words.every((w) => !CLAUSE_WORD.test(w));
}

/**
 * The clause of `sentence` that holds position `index`, cut only where clauses are joined
 * (`CLAUSE_JOIN`), so a fronted date keeps its verb ("On April 1, the studio named …"): a past verb in
 * another clause joined to it ("Her last day is April 1, and the firm has not named a successor")
 * tells nothing of the day.
 */
export function clauseAt(sentence: string, index: number): string {
  let from = 0;
  for (const join of sentence.matchAll(CLAUSE_JOIN)) {
    if (closesSeries(sentence.slice(from, join.index), join[0])) continue;
    if (join.index >= index) return sentence.slice(from, join.index);
    from = join.index + join[0].length;
  }
  return sentence.slice(from);
}

/** A determiner after "to": there "to" is a preposition ("an amendment to the constitution"), not an infinitive's. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every)$/iu;

/**
 * True when a verb in the past is the date's own verb, read back over the date's clause (twelve words at
 * most) past its object and prepositional phrases ("voters approved an amendment to the state constitution
 * on Tuesday that will grant …", "the plan approved on Friday will cut …"): the first verb met is in the past,
 * followed by its object or a preposition and not after "be", "have", "will" or "would". A future word after
 * the date then tells another clause (a relative one, the sentence's main verb after a participle), never
 * the date. "to" before a determiner is passed over as a preposition; before a verb ("agreed the plan to open
 * the bridge on Friday, which will …") it heads an infinitive, whose time is to come, and ends the reading.
 */
export function pastGovernsAcross(before: string): boolean {
  const words = clauseWords(before, 12);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    const next = words[i + 1] ?? "";
    if (/^to$/iu.test(word) && DETERMINER.test(next)) continue;
    if (FUTURE.test(word) || WOULD.test(word) || CLAUSE_EDGE.test(word)) return false;
    if (!PAST_WORD.test(word)) continue;
    if (i < words.length - 1 && !AFTER_VERB.test(next)) return false;
    const auxiliary = words.slice(0, i).findLast((w) => !/\p{L}ly$/u.test(w)) ?? "";
    return !SETS_AHEAD.test(word) && !/^(?:be|been|being|have|has|will|would|to)$/iu.test(auxiliary);
  }
  return false;
}

/** "had" and a participle: the past perfect ("had become", "had already left"), not "had to" or "had a". */
const PLUPERFECT = new RegExp(
  `\\bhad\\s+(?:(?:already|just|long|recently|also|never|not|only|since)\\s+)?(?:been|become|begun|gone|done|made|taken|given|seen|known|grown|written|risen|fallen|won|lost|left|met|sold|bought|built|held|led|paid|said|told|brought|found|got|gotten|spent|sent|shown|spoken|stood|struck|\\p{Ll}{2,}ed)\\b`,
  "u",
);

/**
 * Whether the date at [start, end) opens a clause told in the past perfect: "In March, Schmidt had become
 * chairman", "By May the firm had already moved": the happening lies before the moment the telling stands at.
 * The "had" is the clause's first verb after the date (no other verb in the past before it, no clause break).
 */
export function opensPluperfect(sentence: string, start: number, end: number): boolean {
  if (!OPENING_CLAUSE.test(sentence.slice(0, start))) return false;
  const after = sentence.slice(end);
  const had = PLUPERFECT.exec(after);
  if (had === null) return false;
  const between = after.slice(0, had.index);
  return !/[;:—–()]/u.test(between.replace(/^\s*,/u, "")) && !new RegExp(PAST.source, "u").test(between);
}

/** Before an opening date: the sentence's start, a linking word and its preposition at most. */
const OPENING_CLAUSE =
  /^[\s“"‘']*(?:(?:But|And|Then|So|Yet|Also|Even|Back|Later|Earlier)\s+)?(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Ee]arly|[Ll]ate)\s+)?(?:(?:early|late|mid-?)\s*)?$/u;
