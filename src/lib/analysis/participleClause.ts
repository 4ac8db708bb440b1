/**
 * Whose clause a participle of speech continues ("saying", "calling"), read from the words before it
 * in its sentence.
 *
 * A participle takes the subject of the clause it sits in. That is the sentence's main clause in
 * "Rubio praised Sheinbaum, calling her “…”", but a clause set inside the main one has a subject of
 * its own: "Ortiz criticized the union, which tried to win support by saying …" (the union's
 * words), "Ortiz said Reyes had won support by calling …" (Reyes's), "Ortiz met Reyes after he
 * won support by calling …" ("he"). Reading the main clause's subject there gives the words to the
 * wrong speaker, so `participleSubject` says which words name the participle's subject and how.
 */
import { alternation, NAMING_VERBS, SPEECH_VERBS } from "#lib/text/attribution.ts";

/** More irregular past forms a main clause's verb may take, none of them a speech verb. */
const MORE_PAST_FORMS =
  "rang|ran|found|brought|bought|caught|taught|fought|sought|thought|knew|grew|threw|drew|flew|stood|sat|struck|" +
  "swore|broke|chose|drove|rode|shook|paid|spent|built|sold|sang|forgot|understood|withdrew|became|hung|hid|wore|woke|fed";

/** A determiner ending a text: what follows it is a noun ("the call", "a report"). */
export const DETERMINER_END = /(?:^|\s)(?:the|a|an|this|his|her|their|its|our)\s*$/iu;

/**
 * Finite verbs that end a main clause's subject: any listed verb, a lower-case "-ed" word, and
 * common irregular past forms ("met", "spoke"; "She rang Tom Vale and asked, “…”": Vale is the
 * object of "rang", not the subject of "asked").
 */
export const MAIN_VERB = new RegExp(
  `\\s(?:${alternation([...SPEECH_VERBS, ...NAMING_VERBS])}|\\p{Ll}+ed|met|spoke|made|took|gave|sent|held|led|went|saw|won|left|hit|put|set|kept|began|came|got|wrote|thanked|${MORE_PAST_FORMS})(?!\\p{L})`,
  "gu",
);

/** A finite verb of a clause inside the main one: a main verb's forms or an auxiliary ("had won", "is"). */
export const INNER_VERB = new RegExp(
  `${MAIN_VERB.source}|\\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)(?!\\p{L})`,
  "gu",
);

/**
 * A word that opens a clause inside the main one: a relative pronoun, a complementiser or a
 * subordinating conjunction ("which", "that", "after", "because"). Group 1 is the word.
 */
const CLAUSE_OPENER =
  /(?:^|[\s,])(who|which|that|after|because|when|while|since|before|until|although|though|whereas|once|if)\s/giu;

/** A relative pronoun that is its clause's own subject when a verb follows it ("…, which tried"). */
const SUBJECT_RELATIVE = /^(?:who|which|that)$/iu;

/**
 * The subject of a main clause that a participle continues: its words before its verb. In
 * "Rubio praised Sheinbaum, calling her “a serious partner”" the quotation is Rubio's, not that
 * of the object named after the verb.
 */
export function mainSubject(clause: string): string | undefined {
  // A verb's form after a determiner is a noun ("During the call, he asked …"), not the verb.
  const verbs = [...clause.matchAll(MAIN_VERB), ...clause.matchAll(COMPOUND_VERB)].sort((a, b) => a.index - b.index);
  for (const verb of verbs)
    if (
      !DETERMINER_END.test(clause.slice(0, verb.index)) &&
      !asideVerb(clause, verb.index, verb[0]) &&
      !OPENING_PHRASE_THEN_COMMA.test(clause.slice(0, verb.index))
    )
      return clause.slice(0, verb.index);
  return undefined;
}

/**
 * A prepositional phrase opening the sentence and closed by a comma, nothing after it: a verb's
 * form right there opens a reduced relative set off in that phrase ("At a council meeting on the
 * strike, held at Russia's request, Ortiz denied …": "held" is the meeting's, not a main verb), so
 * the main clause's subject, and its verb, come later. Read as the subject, the phrase would give
 * a participle's words to a body named in it.
 */
const OPENING_PHRASE_THEN_COMMA =
  /^\s*(?:At|In|On|During|After|Before|Following|Amid|Amidst|Despite|Under|Over|From|Throughout|Inside|Outside|Across|Within|Behind|Beyond|Near|Ahead of)\s[^,;:]*,\s*$/u;

/**
 * A main verb in a progressive or perfect form, its auxiliary first: "Britain is urging Ada and
 * Ben …, saying" ends the subject at "is", so the participle is Britain's, not the objects'
 * named after it.
 */
const COMPOUND_VERB = /\s(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+ing(?!\p{L})/gu;

/** A name or a pronoun right after a comma, ending a text: the subject of an aside (", Luhn"). */
const ASIDE_SUBJECT = /,\s*(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|he|she|they|I|we)\s*$/u;

/**
 * Whether the verb at `index` of `clause` (its match `verb`, leading space included) is a speech
 * verb of an aside set off by commas, its subject alone between them: "During their first
 * meeting, Luhn says, Ailes taped her". The aside reports the sentence; its subject is not the
 * main clause's, whose verb comes after it.
 */
function asideVerb(clause: string, index: number, verb: string): boolean {
  return (
    SPEECH_VERBS.includes(verb.trim()) &&
    ASIDE_SUBJECT.test(clause.slice(0, index)) &&
    /^\s*,/u.test(clause.slice(index + verb.length))
  );
}

/** Where a phrase read as a subject lies in the clause before a participle. */
export interface SubjectWords {
  /** The words, from `at` in the clause: a verb's subject ("Reyes had") or, for a relative, its antecedent's clause. */
  readonly text: string;
  readonly at: number;
}

export type ParticipleSubject =
  /** The participle continues the main clause: its subject speaks (`mainSubject`). */
  | { readonly kind: "main" }
  /** It continues a clause inside the main one: these words name its subject. */
  | { readonly kind: "inner"; readonly words: SubjectWords; readonly setOff: boolean };

/**
 * Which clause the participle ending `clause` (the sentence's words before it) continues. The last
 * clause opened after the main verb holds it when a finite verb follows the opener ("which tried",
 * "after he won", "that the union had"). With a verb right after a relative pronoun the relative's
 * antecedent is the subject ("the union, which tried" → the words before "which"); otherwise the
 * words between the opener and its verb are. A sentence whose main verb is a verb of speech may
 * open its reported clause with no "that" ("said Reyes had won"): a second finite verb does it.
 * `setOff`: a comma stands between that clause's verb and the participle ("…, which passed on
 * Monday, saying"), which may then continue either clause.
 */
export function participleSubject(clause: string): ParticipleSubject {
  const first = [...clause.matchAll(MAIN_VERB)].find((v) => !DETERMINER_END.test(clause.slice(0, v.index)));
  if (!first) return { kind: "main" };
  const mainEnd = first.index + first[0].length;
  const verbs = [...clause.slice(mainEnd).matchAll(INNER_VERB)]
    .map((v) => ({ index: mainEnd + v.index, end: mainEnd + v.index + v[0].length }))
    .filter((v) => !DETERMINER_END.test(clause.slice(0, v.index)));
  let found: ParticipleSubject = { kind: "main" };
  const setOffAfter = (end: number) => clause.slice(end).includes(",");
  for (const opener of clause.slice(mainEnd).matchAll(CLAUSE_OPENER)) {
    const word = opener[1] as string;
    const openEnd = mainEnd + opener.index + opener[0].length;
    const wordAt = openEnd - word.length - 1;
    const verb = verbs.find((v) => v.index >= openEnd - 1);
    if (!verb) continue;
    const between = clause.slice(openEnd, verb.index);
    // No words of its own between them: a relative pronoun is the subject, and its antecedent is
    // named before it; any other opener there is no clause. "that" is a relative only after a name
    // ("the Harbor Union that tried"): after a verb it is a determiner ("won that heated debate").
    if (between.trim() === "") {
      const relative = /^that$/iu.test(word)
        ? /\p{Lu}[\p{L}’'-]*\s*$/u.test(clause.slice(0, wordAt))
        : SUBJECT_RELATIVE.test(word);
      if (relative)
        found = {
          kind: "inner",
          words: { text: clause.slice(0, wordAt).replace(/[\s,]+$/u, ""), at: 0 },
          setOff: setOffAfter(verb.end),
        };
      continue;
    }
    // A clause's subject is a short phrase with no punctuation in it.
    if (/[,;:]/u.test(between) || between.trim().split(/\s+/u).length > 8) continue;
    found = { kind: "inner", words: { text: between, at: openEnd }, setOff: setOffAfter(verb.end) };
  }
  if (found.kind === "inner") return found;
  // "said Reyes had won support by calling": a verb of speech's reported clause with no "that".
  const speech = new RegExp(`^\\s(?:${alternation(SPEECH_VERBS)})$`, "u").test(first[0]);
  const second = verbs[0];
  if (speech && second) {
    const between = clause.slice(mainEnd, second.index);
    if (between.trim() !== "" && !/[,;:]/u.test(between) && between.trim().split(/\s+/u).length <= 8)
      return { kind: "inner", words: { text: between, at: mainEnd }, setOff: setOffAfter(second.end) };
  }
  return { kind: "main" };
}

/** A comma and a conjunction that join a second main clause with its own subject: ", and", ", but". */
const COORDINATE = /,\s+(?:and|but)\s+/giu;

/**
 * The subject of the last main clause that ", and" or ", but" joins to the first, with a subject
 * of its own before its finite verb: "Ruiz grew loud, and Vale cut her off, saying …" is Vale's
 * participle, not Ruiz's; the participle continues the nearest clause. The subject is a short
 * phrase with no punctuation that opens with a capital, a determiner or a pronoun.
 */
export function coordinateSubject(clause: string): SubjectWords | undefined {
  const joins = [...clause.matchAll(COORDINATE)];
  const last = joins.at(-1);
  if (!last) return undefined;
  const from = last.index + last[0].length;
  const rest = clause.slice(from);
  const verb = [...rest.matchAll(INNER_VERB)].find((v) => !DETERMINER_END.test(rest.slice(0, v.index)));
  if (!verb) return undefined;
  const subject = rest.slice(0, verb.index);
  const words = subject.trim().split(/\s+/u);
  if (subject.trim() === "" || /[,;:“”"]/u.test(subject) || words.length > 6) return undefined;
  if (!/^(?:\p{Lu}|(?:the|a|an|his|her|their|its|he|she|they|it)\s)/u.test(subject.trim() + " ")) return undefined;
  return { text: subject.trim(), at: from };
}
