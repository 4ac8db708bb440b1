/**
 * Whether the words between a verb of speech and a quotation end in an adverbial clause of their
 * own — a subordinating conjunction, a subject and a finite verb, running on to the quotation
 * ("Ruiz criticized the council for its silence when lawmakers pointed out “…”"). The quoted words
 * then belong to that clause: its subject may have said them, or someone its verb reports; the
 * main clause's subject is no sure speaker. A clause closed before the words (a comma, or a
 * reported clause that "that" opens: "said after the council met that the plan was “…”") leaves
 * them to the main verb, and so does a reported clause the gap opens anywhere ("saying that …"). The subject and verb are read with compromise's tags.
 * And where an adverbial clause that opens the sentence ends (`mainClauseStart`): a name inside it
 * is never the main clause's subject ("When Ruiz asked …, he declined, saying “…”" is not Ruiz's). Pure.
 */
import nlp from "#lib/text/nlp.ts";
import { DETERMINER_END, INNER_VERB } from "./participleClause.ts";

/**
 * Conjunctions that open an adverbial clause of time or cause: not "as", which also introduces
 * what words name, nor a concession ("although", "though"), which qualifies the speaker's own
 * statement as often as not ("she said although the drawing was “gorgeous” …").
 */
const CONJUNCTION = /(?<!\p{L})(?:when|whenever|while|after|because|since|until|once)\s+/giu;

interface Term {
  readonly tags: readonly string[];
}

/** True when `terms` open with a noun phrase (a determiner, modifiers, nouns) and then a finite verb. */
function subjectThenVerb(terms: readonly Term[]): boolean {
  let i = 0;
  const has = (k: number, tag: string) => terms[k]?.tags.includes(tag) === true;
  if (has(i, "Determiner") || has(i, "Possessive")) i += 1;
  while (has(i, "Adjective") && !has(i, "Noun")) i += 1;
  const nounStart = i;
  while (has(i, "Noun")) i += 1;
  if (i === nounStart) return false;
  if (has(i, "Adverb")) i += 1;
  return has(i, "Verb") && (has(i, "PastTense") || has(i, "PresentTense")) && !has(i, "Participle");
}

/** See the module comment; `gap` runs from the verb of speech to the quotation's opening mark. */
export function adverbialClauseLast(gap: string): boolean {
  // A reported clause opened anywhere in the gap ("saying that when the bill passed it was “…”")
  // holds the adverbial clause too: the words are still what the verb reports.
  if (/(?<!\p{L})that(?!\p{L})/u.test(gap)) return false;
  const last = [...gap.matchAll(CONJUNCTION)].at(-1);
  if (!last) return false;
  const clause = gap.slice(last.index + last[0].length);
  if (/[,;:]/u.test(clause)) return false;
  const terms = (nlp(clause).json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  return subjectThenVerb(terms);
}

/**
 * A subordinating conjunction opening the sentence: what it opens is an adverbial clause, and the
 * main clause comes after it ("When Ruiz asked about the plan, he declined"). Concessions and
 * conditions open one too; at the sentence's start "as" does ("As the crowd left, Vale said").
 */
const OPENING_CONJUNCTION =
  /^\s*(?:when|whenever|while|after|before|because|since|until|once|although|though|if|unless|as)\s/iu;

/** A word that opens a clause: words after a comma with it in them are no main clause's subject. */
const OPENER_WORD =
  /(?<!\p{L})(?:who|whom|which|that|whether|if|when|while|after|before|because|since|until|once|although|though|as)(?!\p{L})/iu;

/** A main clause's subject: a name, a pronoun or a noun phrase, a few words with no punctuation. */
const SUBJECT_WORDS = /^\s*(?:\p{Lu}|(?:he|she|they|we|I|it|the|a|an|his|her|their|its|one)(?!\p{L}))[^,;:“”"]*$/u;

/**
 * Where the main clause begins in `clause`, the words of a sentence before its main verb (or before
 * a participle continuing the main clause): 0 when the sentence opens with no adverbial clause,
 * or when no comma and no verb of its own close one before the verb ("As Ruiz said", "When Ruiz,
 * the mayor, said": the verb is the clause's own);
 * else the place after the comma that closes it, where a subject stands alone before the main
 * verb ("When Ruiz asked whether he agreed, he declined, " → " he declined, "). A name inside the
 * adverbial clause is its own subject or object, never the main clause's. Undefined when no such
 * subject follows a comma: the main clause's subject is then not sure.
 */
export function mainClauseStart(clause: string): number | undefined {
  if (!OPENING_CONJUNCTION.test(clause) || !clause.includes(",")) return 0;
  // "When Ruiz, the mayor, said “…”": no verb before the speech verb; it is the clause's own.
  if (![...clause.matchAll(INNER_VERB)].some((v) => !DETERMINER_END.test(clause.slice(0, v.index)))) return 0;
  for (const comma of clause.matchAll(/,/gu)) {
    const from = comma.index + 1;
    const rest = clause.slice(from);
    const verb = [...rest.matchAll(INNER_VERB)].find((v) => !DETERMINER_END.test(rest.slice(0, v.index)));
    // A verb no list knows ("Vale stood up, saying"): the words up to the next comma, read as the subject's.
    const subject = verb ? rest.slice(0, verb.index) : (rest.split(",")[0] as string);
    const words = subject.trim().split(/\s+/u);
    if (subject.trim() !== "" && words.length <= 6 && SUBJECT_WORDS.test(subject) && !OPENER_WORD.test(subject))
      return from;
  }
  return undefined;
}
