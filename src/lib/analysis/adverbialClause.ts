/**
 * Whether the words between a verb of speech and a quotation end in an adverbial clause of their
 * own — a subordinating conjunction, a subject and a finite verb, running on to the quotation
 * ("Ruiz criticized the council for its silence when lawmakers pointed out “…”"). The quoted words
 * then belong to that clause: its subject may have said them, or someone its verb reports; the
 * main clause's subject is no sure speaker. A clause closed before the words (a comma, or a
 * reported clause that "that" opens: "said after the council met that the plan was “…”") leaves
 * them to the main verb, and so does a reported clause the gap opens anywhere ("saying that …"). The subject and verb are read with compromise's tags. Pure.
 */
import nlp from "#lib/text/nlp.ts";

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
