/**
 * Who "the president" is: the one person an article has named as holder of a role before it
 * speaks of the role bare ("President Amara Okonkwo arrived … “…,” the president said"). News
 * style names a holder once, then uses the role alone; that reference is sure only when the
 * text before it gives the role to exactly one person and uses the word for nothing else. Two
 * holders ("Foreign Minister Lind and Trade Minister Varga"), a holder the text does not name
 * ("the governor"; "a spokesman for the ministry" besides a named one), a different office with the same word ("Vice President", "president of the
 * bank") all leave it open, and the quotation unattributed. Pure.
 */
import type { NameFinder } from "./speakers.ts";
import { FIGURE_NOUNS, PERFORMER_NOUNS } from "./personNouns.ts";

/**
 * Roles a news text names one holder of and then uses alone for them: offices, and the few
 * professions a story names one expert by ("engineer Ana Ruiz" … "the engineer said").
 */
export const HELD_ROLES: ReadonlySet<string> = new Set(
  (
    "president minister secretary governor mayor senator ambassador chancellor premier judge sheriff " +
    "commissioner prosecutor chairman chairwoman general admiral commander director spokesman spokeswoman spokesperson " +
    "official lawyer attorney aide adviser advisor engineer scientist researcher economist coach manager captain " +
    "treasurer superintendent quarterback goalkeeper goalie pitcher " +
    // Chosen, not yet in office: another role than the office ("President-elect Vale" … "the president-elect").
    "president-elect governor-elect mayor-elect senator-elect chancellor-elect premier-elect"
  ).split(" "),
);

/** Words before a role that make it another office ("Vice President", "Prime Minister", "former president"). */
const OTHER_OFFICE = /(?:^|[^\p{L}])(?:vice|prime|deputy|assistant|under|acting|former|ex|interim|attorney)[\s-]+$/iu;

/** The role's words after a capitalised title, up to the name: "Minister" in "Foreign Minister Tobias Lind". */
const TITLE_RUN = /^(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*?\s+(?=\p{Lu})/u;

/** "Okonkwo, the country's president": a name, then a determiner and up to three words, then the role. */
const APPOSED_BEFORE =
  /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}.]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/** An indefinite description before the role: "a spokesman", "one senior official". */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/** An owner before the role, no name after it: "Sheinbaum's spokesman said", "her lawyer told". */
const OWNED_BEFORE =
  /(?:\p{Lu}[\p{L}.’'-]*['’]s|(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[\p{L}.’'-]+\s+){0,2}$/u;
/**
 * "Okonkwo … since becoming president", "Ruiz has … after becoming mayor": a participle clause
 * whose subject is the sentence's, the person it opens on (not "… becoming the president of the bank").
 */
const BECAME_BEFORE = /(?:^|[^\p{L}])(?:since|after|upon|on|before|until)\s+becoming\s+(?:the\s+)?$/iu;
/** A name that is a place or thing after a preposition ("lands in Kenya"), not a second subject. */
const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:in|to|for|at|from|of|on|across)\s+(?:the\s+)?$/u;
/** A title or honorific a sentence's subject may open on ("Mr Obama", "Dr. Lena Hart"). */
const OPENING_HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/u;
/**
 * A bare definite reference back to a holder: "the president", "the president's face", not "the
 * president of the bank".
 */
const BACK_REFERENCE_AFTER = /^(?!\s+(?:of|for|at|in)\s)/u;
/**
 * The office as a post sought or spoken of, held by no one the phrase names: "his rival for
 * mayor", "running for governor" (a lower-case role with no name after it).
 */
const SOUGHT_BEFORE = /(?:^|[^\p{L}])for\s+$/u;
/**
 * The speaker's own office in their words: "informed me as Governor", "I as mayor": the one who
 * speaks holds it, which names no other holder.
 */
const OWN_OFFICE_BEFORE = /(?:^|[^\p{L}])(?:me|I|myself)\s+as\s+$/u;
/** A quantifier before the role: "every president", "no mayor" speak of the office, of no one holder. */
const GENERIC_BEFORE = /(?:^|[^\p{L}])(?:every|each|any|no)\s+$/iu;

/** One use of a role word: its place, and what it says about who holds the role. */
interface Use {
  readonly index: number;
  readonly end: number;
  /** A named holder; "back" a bare reference or a generic one ("every president"); "unnamed" a holder left unnamed; "open" ends the search (null). */
  readonly kind: "holder" | "back" | "unnamed" | "open";
  readonly name?: string;
  /** How far past the word the reading looked: a shorter prefix may read the use otherwise. */
  readonly horizon: number;
}

/**
 * The role words, compiled once: each a whole word, any case. Also the nouns a story describes a
 * named person by (personNouns.ts: "actress Mary Steenburgen" … "the actress"), asked only for
 * who a described subject is ("the actress wasn’t … “…,” she said"); callers that read a bare
 * role as a speaker ask HELD_ROLES alone.
 */
const ROLE_PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  [...HELD_ROLES, ...PERFORMER_NOUNS, ...FIGURE_NOUNS].map((role) => [
    role,
    // Not the head of a compound: "president" is not "president-elect".
    new RegExp(`(?<!\\p{L})${role}(?!\\p{L}|-\\p{L})`, "giu"),
  ]),
);

/** What the use of a role word at `index` (length `length`) in `text` says, `text` read as the whole prefix. */
function readUse(text: string, index: number, length: number, findNames: NameFinder): Use {
  const end = index + length;
  const head = text.slice(0, index);
  const tail = text.slice(end);
  if (OTHER_OFFICE.test(head)) return { index, end, kind: "open", horizon: end };
  const capital = /^\p{Lu}/u.test(text.slice(index, end));
  // "President Amara Okonkwo", "spokesman Oleg Varin", "her lawyer, Jane Roe,": the name follows.
  const run = capital ? TITLE_RUN.exec(tail) : /^,?\s+(?=\p{Lu})/u.exec(tail);
  if (run) {
    const from = end + run[0].length;
    const name = findNames(text.slice(from, from + 80)).find((n) => n.start === 0);
    const horizon = from + 80;
    return name === undefined
      ? { index, end, kind: "open", horizon }
      : { index, end, kind: "holder", name: name.name, horizon };
  }
  // The run failed on this text, so on every shorter one; the lookahead below reads a few characters.
  const horizon = end + (/^\s*/u.exec(tail)?.[0].length ?? 0) + 6;
  if (BECAME_BEFORE.test(head)) {
    const subject = becameSubject(head, tail, findNames);
    return subject === undefined
      ? { index, end, kind: "open", horizon }
      : { index, end, kind: "holder", name: subject, horizon };
  }
  // "Tom Hale, her rival for mayor,": the office sought, not held (read before the apposition).
  if (OWN_OFFICE_BEFORE.test(head) || (!capital && SOUGHT_BEFORE.test(head)))
    return { index, end, kind: "back", horizon };
  const apposed = APPOSED_BEFORE.exec(head);
  if (apposed?.[1] !== undefined) return { index, end, kind: "holder", name: apposed[1], horizon };
  if (/(?:^|[^\p{L}])[Tt]he\s+$/u.test(head) && BACK_REFERENCE_AFTER.test(tail))
    return { index, end, kind: "back", horizon };
  if (GENERIC_BEFORE.test(head)) return { index, end, kind: "back", horizon };
  // "a spokesman for the ministry said", "Sheinbaum's spokesman said": a holder the text leaves unnamed.
  if (INDEFINITE_BEFORE.test(head) || OWNED_BEFORE.test(head)) return { index, end, kind: "unnamed", horizon };
  return { index, end, kind: "open", horizon };
}

/**
 * Who took the role in "… becoming <role>" (`head` the text up to the role, `tail` after it): the
 * person named first in the sentence, when the sentence opens on their name (perhaps after "Mr",
 * "Dr"): "Mr Obama lands in Kenya for his first visit since becoming president". Nobody sure when
 * the sentence opens on anything else (a pronoun, a clause), names anyone else before the role
 * but a place after a preposition ("Ruiz said Hale had grown since becoming mayor": either may
 * be), or the role is another office's ("of the bank").
 */
function becameSubject(head: string, tail: string, findNames: NameFinder): string | undefined {
  if (!BACK_REFERENCE_AFTER.test(tail)) return undefined;
  const breaks = [...head.matchAll(/[.!?]["”’)]?\s+(?=\p{Lu})|\n/gu)].at(-1);
  const from = breaks === undefined ? 0 : breaks.index + breaks[0].length;
  const sentence = head.slice(from);
  const opening = OPENING_HONORIFIC.exec(sentence)?.[0].length ?? 0;
  const [first, ...others] = findNames(sentence);
  if (first === undefined || first.start !== opening) return undefined;
  return others.every((n) => AFTER_PREPOSITION.test(sentence.slice(0, n.start))) ? first.name : undefined;
}

/** Who the uses name: one holder, several or a use that names nobody sure (null), none (undefined). */
function holderOfUses(uses: Iterable<Use>): string | null | undefined {
  const holders = new Set<string>();
  let unnamed = false;
  for (const use of uses) {
    if (use.kind === "open") return null;
    if (use.kind === "holder" && use.name !== undefined) holders.add(use.name);
    if (use.kind === "unnamed") unnamed = true;
  }
  if (holders.size === 0) return undefined;
  if (unnamed) return null;
  const full = [...holders].filter((name) => name.includes(" "));
  // A surname alone is the full name's it ends: "President Okonkwo" after "President Amara Okonkwo".
  const distinct = [...holders].filter((name) => name.includes(" ") || !full.some((f) => f.split(" ").at(-1) === name));
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/**
 * The holders of roles in one article's `text`, asked at many places: `holderAt(role, end)` is the
 * one holder of `role` (lower case, one of HELD_ROLES) named in `text.slice(0, end)`; null when the
 * text gives the role to several people or uses the word otherwise; undefined when it names no
 * holder. A later surname of a holder ("President Okonkwo") is the same person as the full name.
 * Each role's uses are read once for the whole text; only the uses whose reading looked past `end`
 * are read again on the prefix, so every answer is the prefix's own.
 */
export function roleHolders(
  text: string,
  findNames: NameFinder,
): (role: string, end: number) => string | null | undefined {
  const usesOf = new Map<string, readonly Use[]>();
  return (role, end) => {
    const pattern = ROLE_PATTERNS.get(role);
    if (pattern === undefined) return null;
    let uses = usesOf.get(role);
    if (uses === undefined) {
      uses = [...text.matchAll(pattern)].map((m) => readUse(text, m.index, m[0].length, findNames));
      usesOf.set(role, uses);
    }
    // Uses read whole before the first that looked past `end` (or touches it); the rest, read on the prefix.
    let settled = 0;
    const edge = Math.max(0, end - role.length);
    while (settled < uses.length && (uses[settled] as Use).index < edge && (uses[settled] as Use).horizon <= end)
      settled++;
    const prefix = text.slice(0, end);
    const from = settled < uses.length ? Math.min((uses[settled] as Use).index, edge) : edge;
    pattern.lastIndex = from;
    const late: Use[] = [];
    for (let m = pattern.exec(prefix); m !== null; m = pattern.exec(prefix))
      late.push(readUse(prefix, m.index, m[0].length, findNames));
    return holderOfUses([...uses.slice(0, settled), ...late]);
  };
}

/** `roleHolders` asked once: the one holder of `role` named in `before` (the text up to the reference). */
export function roleHolder(before: string, role: string, findNames: NameFinder): string | null | undefined {
  return roleHolders(before, findNames)(role, before.length);
}
