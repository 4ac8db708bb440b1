/**
 * What an attribution is, grammatically, for the sourcing profile: a source (a named person, or
 * an unnamed person or group) as the subject of a verb of speech, of a statement, of thinking,
 * or of a stance phrase ("U.S. officials insist", "Critics, including …, worry", "López Obrador
 * outright denied the claims", "Sheinbaum has made it clear"); the agent of a passive ("was
 * confirmed by Omar García Harfuch", "considered by Mexican authorities"); the object of
 * "according to"; a sentence's subject with a reporting participle later ("Sheinbaum turned
 * down the offer, insisting …"); and "he"/"she" with such a verb, which stands for the person
 * last named. Not a source: the subject of a passive ("was accused of", "is said to be"), a
 * plea in court, a description whose name stands in apposition (the name is the source), a
 * group inside someone else's reported speech ("he said others had raised concerns"), and a
 * named person's own team ("Paganini and his team wrote": the person is the source). The
 * word lists are attribution.ts's; this module only holds the grammar. Pure.
 */
import {
  AGENT_PLURAL_TAIL,
  alternation,
  anonymousSources,
  ANONYMOUS_SOURCE_NOUNS,
  ANONYMOUS_SOURCE_PLURALS,
  COGNITION_VERBS,
  PLURAL_PRESENT_VERBS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STANCE_PHRASES,
  STATEMENT_VERBS,
} from "#lib/text/attribution.ts";
import { quoteSpans } from "./quoteSpans.ts";
import { writersKin } from "./writersKin.ts";
import { deedByObject } from "./deedObjects.ts";
import { isOfficeWord } from "./describedHolders.ts";
import { endsOnPersonNoun, KIN_NOUNS } from "./personNouns.ts";
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";
import { PEOPLE_PLURALS } from "./peoplePlurals.ts";
import { impersonalThatBefore } from "./reportedContent.ts";
import { asksAPrice } from "./askingPrice.ts";
import { describesAKind } from "./kindOfPeople.ts";

/**
 * Abbreviations written next to a name: a generational suffix ("James Kennedy Jr. said"), a
 * courtesy title ("Dr. Ruiz"), a rank or office ("Cmdr. Ellen Price", "Sen. Daniel Okafor"), a
 * place's ("St. Louis", "Mt. Vernon", "Ft. Worth") or a company's ("Acme Corp. said", "Ajax Inc.").
 */
const NAME_ABBREVIATION =
  /\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Adm|Col|Lt|Maj|Capt|Sgt|Cmdr|Cdr|Rep|Sen|Gov|Prof|Rev|Supt|Insp|Det|St|Mt|Ft|Corp|Inc|Ltd|Bros)\.(?=\s*[\p{L}\d])/gu;

/** A period a word, a number or a hyphened word follows: where every abbreviation `maskAbbreviations` masks ends. */
const ABBREVIATION_PERIOD = /\.(?=\s*[\p{L}\d]|-\p{L})/u;

/**
 * `text` with the periods of abbreviations ("U.S.", "C.I.A.", "Gregory M.", "Jr.", "U.S.-Russia")
 * made "·", same length, so a clause runs on past them and offsets still hold.
 */
export function maskAbbreviations(text: string): string {
  // Both patterns need a period with a word (or a hyphened one) after it; most sentences have only their last.
  if (!ABBREVIATION_PERIOD.test(text)) return text;
  return text
    .replace(/\b(?:\p{Lu}\.){1,4}(?=\s*[\p{L}\d]|-\p{L})/gu, (run) => run.replaceAll(".", "·"))
    .replace(NAME_ABBREVIATION, (run) => run.replace(".", "·"));
}

/** Words of a quoted phrase short enough to be a term or a rating, not a quotation ("overweight," "too early"). */
const SHORT_QUOTE_WORDS = 3;

/**
 * `sentence` as the clause patterns read it: abbreviations masked (see maskAbbreviations) and
 * the marks of a short quoted phrase made spaces, same length, so "Tate, who rates the stock
 * “overweight,” said …" reads as an aside before its verb. Longer quotations keep their marks.
 */
function plain(sentence: string): string {
  let text = maskAbbreviations(sentence);
  for (const span of quoteSpans(sentence)) {
    const inside = sentence.slice(span.open + 1, span.close);
    if (!span.closed || inside.split(/\s+/u).filter(Boolean).length > SHORT_QUOTE_WORDS) continue;
    text = `${text.slice(0, span.open)} ${text.slice(span.open + 1, span.close)} ${text.slice(span.close + 1)}`;
  }
  return text;
}

/** Both cases of a word's first letter, since these patterns are case-sensitive. */
const anyCase = (word: string) => `[${word[0]?.toUpperCase() ?? ""}${word[0] ?? ""}]${word.slice(1)}`;

/** A predicate that ends on a verb of thinking alone (COGNITION_VERBS): "still believes", "thought". */
const COGNITION_END = new RegExp(`(?<!\\p{L})(?:${alternation(COGNITION_VERBS)})$`, "u");
const FINITE = alternation([...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS, ...COGNITION_VERBS]);
// Not a participle with "of" after it: a symptom or a topic, no words of the subject's
// ("left the hospital, complaining of chest pain", "speaking of which"). "warning of" is still
// speech: one warns of a danger ("Researchers are warning of a new scam"). Not after "without": "die
// without revealing …", "left without saying a word" deny the act, as a negation does.
// "reporting" with what is reported ("health authorities are reporting a sixth death", "…, reporting
// that …"); not a reporter's post or beat ("reporting from Kabul", "reporting for the paper", "reporting to the CEO").
const PARTICIPLE = `(?<!(?<!\\p{L})without\\s+)(?:(?:${alternation([...SPEECH_PARTICIPLES, ...REPORTING_PARTICIPLES])})(?!\\s+of(?!\\p{L}))|warning(?=\\s+of(?!\\p{L}))|reporting(?!\\s+(?:to|for|from|on|in|at|with|back|of)(?!\\p{L})))`;
/** A plural subject's present (PLURAL_PRESENT_VERBS), not after a negation: "did not mention" is silence. */
const PLURAL_ONLY = String.raw`(?<!(?:not|n[’']t|never)\s+)(?:${alternation(PLURAL_PRESENT_VERBS)})`;
/**
 * A naming verb that puts words in quotation marks on something: "Aviation analysts called it
 * the “end of an era,”" gives the words to the analysts. Without the marks it names an act
 * ("called a meeting"), no speech.
 * The words may follow a name they replace, set against it by "not …, but" ("called it not a car
 * crash, but “a lorry crash”"); any other comma ends the naming ("called it off, but “…”"). So
 * is "referred to … as “…”" ("Clinton had referred to his supporters as “the children of …”").
 */
const NAMED_AS = String.raw`(?:(?:called|calls|dubbed|termed|labell?ed|branded)(?=\s+(?:(?:\p{L}+\s+)?not\s+[^,;.“”"]{1,40}?,\s+but\s|[^,;.“”"]{1,40}?\s)?[“"])|(?:referred|refers)\s+to(?=\s+[^,;.“”"]{1,60}?\s+as\s+[“"]))`;
/**
 * "will tell you", said to the reader, is what someone says as a habit ("Many riders will tell you
 * the driving has declined"), unlike "will tell senators", speech not yet made (see FILLER).
 */
const TELL_YOU = String.raw`will\s+tell\s+you(?!\p{L})`;
const PREDICATE = `(?:${FINITE}|${PLURAL_ONLY}|${PARTICIPLE}|${NAMED_AS}|${TELL_YOU}|${STANCE_PHRASES.join("|")})`;
/**
 * When (or where in a work), as US copy puts it between a subject and its verb: "Trump on Monday said",
 * "officials last week warned", a weekday alone ("the governor Thursday called for calm"), "as Klein
 * elsewhere asserts".
 */
const WHEN = String.raw`(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening)|yesterday|today|since|again|already|earlier|elsewhere`;
/**
 * "went on to" before a verb of speech in its base form ("He went on to say …"); not before one
 * that may name a deed ("went on to claim the title").
 */
const WENT_ON_TO = String.raw`went\s+on\s+to(?=\s+(?:say|tell|add|note|explain|describe|argue|warn|insist|write|ask|assert|suggest|predict|accuse|praise|critici[sz]e)(?!\p{L}))`;
/**
 * Speech begun or kept up, which is speech made ("experts began to question the repercussions",
 * "she started to argue that …", "critics continued to insist …"): "began", "started" or
 * "continued" before "to" and a verb of saying in its base form; never before a deed ("began to
 * leave").
 */
const BEGAN_TO = String.raw`(?:began|begun|begins|started|starts|continued|continues)\s+to(?=\s+(?:say|tell|argue|claim|explain|insist|warn|suggest|deny|note|question|ask|wonder|complain|speculate|predict|accuse|criticize|criticise|demand|urge|voice|assert)(?!\p{L}))`;
/**
 * An attempt at a statement, which is one made ("One man tries to blame it all on the bank", "she
 * tried to argue that …", "officials have tried to assure parents that …"): "tries to" before a verb
 * of saying or arguing only ("tried to leave" is a deed).
 */
const ARGUED = String.raw`(?:say|tell|argue|claim|explain|blame|insist|warn|suggest|justify|deny|note|point\s+out|critici[sz]e|condemn|praise|defend|dismiss|assure|reassure)(?!\p{L})`;
const TRIED_TO = String.raw`(?:tries|tried|trying|attempts|attempted|attempting)\s+to(?=\s+${ARGUED})`;
/**
 * A habit of thought or speech, which reports the view ("Americans tend to think of Ohio as farm
 * country", "economists tend to agree that …"): "tend to" before a verb of thinking or saying in its
 * base form only ("voters tend to stay home" is a deed). So is a view as the writer sees it held
 * ("voters seemed to agree that …", "investors appear to believe …"; "seemed to leave" is a deed).
 */
const TEND_TO = String.raw`(?:tend|tends|tended|seem|seems|seemed|appear|appears|appeared)\s+to(?=\s+(?:think|believe|say|agree|argue|view|see|blame|assume|expect|feel|worry|doubt|disagree)(?!\p{L}))`;
/**
 * Readiness to speak, which reports the speech ("users were quick to point out that …", "she was
 * careful to note …"): after a form of "be" (FILLER), before a verb of saying only ("quick to leave").
 */
const QUICK_TO = String.raw`(?:quick|swift|eager|keen|careful|happy|first)\s+to(?=\s+${ARGUED})`;
/**
 * Speaking up in public, which is speech made ("More than two dozen women have come forward to
 * accuse him", "a witness came forward to say …"): "come forward" before "to" and a verb of saying
 * or accusing only ("came forward to collect the reward" is a deed).
 */
const CAME_FORWARD_TO = String.raw`(?:come|comes|came|coming)\s+forward\s+to(?=\s+(?:${ARGUED}|accuse|allege|report|describe|share|recount|testify)(?!\p{L}))`;
/**
 * Where a subject spoke, set between it and its verb without commas: "Ana Ruiz in a statement
 * said …", "officials in a letter to customers warned …" (its body after "to" or "from" too).
 */
const IN_STATEMENT = String.raw`in\s+(?:an?|the|his|her|their|its|a\s+joint)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|letter|post|e-?mail|tweet|filing|court\s+filing|speech|video|memo|op-ed|essay|podcast|news\s+conference|press\s+conference|news\s+release|press\s+release)(?:\s+(?:to|from|with|on)(?:\s+(?:the\s+)?[\p{L}·’'-]+){1,3}?)?(?!\p{L})`;
/**
 * Words between a subject and its verb: auxiliaries, "also", adverbs ("instead", "once", "even",
 * and those in -ly), an adverb of habit ("experts often advise", "critics always say"), "outright", a reflexive that stresses the subject ("a point he himself
 * confirmed", "the mayor herself said"), "went on to" (WENT_ON_TO), "began to" (BEGAN_TO), "tried to" (TRIED_TO), "were quick to"
 * (QUICK_TO), when (WHEN), a degree before a participle ("are more worried", "less convinced"), and a quantifier that floats
 * after a plural or joined subject ("users and critics alike have been asking", "the officials both
 * said", "residents all say"). Not "will": "Rubio will
 * tell senators on Thursday" is speech not yet made, no attribution; nor "never": "has never said
 * that …" reports nothing said.
 */
const FILLER = String.raw`(?:\s+(?:has|have|had|is|are|was|were|been|would|did|does|do|not|also|then|later|first|now|still|further|previously|famously|outright|long|instead|once|even|alike|both|all|himself|herself|themselves|nevertheless|nonetheless|often|always|sometimes|(?:more|less)(?=\s+\p{Ll}+(?:ly|ed)(?!\p{L}))|${IN_STATEMENT}|${WENT_ON_TO}|${BEGAN_TO}|${TRIED_TO}|${TEND_TO}|${QUICK_TO}|${CAME_FORWARD_TO}|${WHEN}|\p{Ll}+ly))`;
/** An aside set off by dashes: "lawmakers – opponents and allies alike – slammed her". */
const DASH_ASIDE = String.raw`\s*[–—]\s?[^–—;“”"]{1,100}?\s?[–—]`;
/** A short aside in brackets after a name: "Dana Whitlow (R-Texas) said", "Ana Ruiz (pictured) told …". */
const PAREN_ASIDE = String.raw`\s*\([^()“”"]{1,40}\)`;
/**
 * An aside between subject and verb: ", Secretary of Security and Citizen Protection,". Not a
 * part that opens on an auxiliary (", is facing a loss,"): that is the subject's own predicate,
 * and a noun after the next comma ("…, worry, and panic") no verb of theirs.
 */
const ASIDE = String.raw`(?:\s*,\s(?!(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did)\s)[^,;“”"]{1,100},|${DASH_ASIDE})`;
/**
 * A person's aside may carry a relative clause (", a commissioner on …, which has managed …,")
 * or a second appositive on the first ("Cmdr. Ana Ruiz, a spokesperson for the task force, the
 * U.S. operation against …, told"); a role with its body and place may run long ("program
 * administrator for the … Project at … University’s … Center"). A person's age or home may run to
 * several short parts, each set off by its comma ("Eddie Foreman, 40, of Opelika, Alabama, who has
 * a part-time job …, said"; AGE_HOME_ASIDE).
 */
const AGE_HOME_ASIDE = String.raw`\s*,\s(?:\d{1,3}|(?:of|from)\s[^,;“”"]{1,40})(?:,\s(?:(?:who|which|whose|where|the|an?)\s[^,;“”"]{1,100}|(?!(?:and|but|or|while|as|when|after|before|because|since|although|though|if|so)\s)[^,;“”"]{1,30})){1,3},`;
/**
 * A person's aside that ends on a place and the country or state it lies in, each set off by its
 * comma: "Ana Ruiz, an ecologist at the Polar Institute in Tromsø, Norway, said …".
 */
const PLACE_ASIDE = String.raw`\s*,\s[^,;“”"]{1,130}?\s(?:in|of|from|at|near)\s(?:the\s)?\p{Lu}[\p{L}·’'.-]*(?:\s+\p{Lu}[\p{L}·’'.-]*){0,3},\s\p{Lu}[\p{L}·’'.-]*(?:\s+\p{Lu}[\p{L}·’'.-]*){0,2},`;
const ASIDES = String.raw`(?:${AGE_HOME_ASIDE}|${PLACE_ASIDE}|\s*,\s[^,;“”"]{1,130}(?:,\s(?:who|which|whose|where|the|an?)\s[^,;“”"]{1,100})?,|${DASH_ASIDE}|${PAREN_ASIDE})`;
/**
 * The organisation a person speaks for: "of Northern Command", "at Becoming Frugal", "from Acme",
 * and a name with "of", "and" or "for" inside it or a place's possessive before it ("of the
 * University of Michigan", "of the Netherlands’ Fontys University of Applied Sciences").
 */
const OF_BODY = String.raw`(?:\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}·’'-]*(?:\s+(?:(?:of|and|for|the|de)\s+){0,2}\p{Lu}[\p{L}·’'-]*){0,5})`;
/** The predicate after a name set off by commas: ", hailed …", ", has long argued …". */
/**
 * A non-restrictive relative clause whose own verb is a predicate, right after a name, running to
 * the sentence's end: ", who said he took full responsibility.". Not an aside the sentence goes
 * on past (", who joked about the sticks, could see …": the name is that clause's subject, and
 * the aside tells of them).
 */
const WHO_SPEAKS_AFTER = new RegExp(`^,\\s+who${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})(?=[^,;]*$)`, "u");
const APPOSED_PREDICATE = new RegExp(`^,${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`, "u");
const AFTER_SUBJECT = new RegExp(`^${ASIDES}?${OF_BODY}?${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`, "u");
/** A person's own people, who speak with them and through them: "Paganini and his team wrote". */
const OWN_PEOPLE = String.raw`(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:team|colleagues|co-authors|coauthors|staff|lawyers|attorneys|aides|advisers)`;
/**
 * A person's own kin beside them as a second subject: "Marta Lopez and her husband said …": the
 * person named in full speaks all the same; the kin are counted by no name. Not a surname alone
 * ("Parata and his family believe …"): which of the family it is, the text does not settle.
 */
const OWN_KIN = String.raw`(?:his|her|their)\s+(?:${[...KIN_NOUNS, "family", "parents", "children", "partner"].join("|")})`;
/** Nouns of one person's tie to another, of kin or company ("wife", "brother", "colleague"): OWN_TIE's heads. */
export const OWN_TIE_NOUNS: readonly string[] = [
  ...KIN_NOUNS,
  "sister",
  "brother",
  "widow",
  "widower",
  "cousin",
  "partner",
  "fianc[ée]e?",
  "girlfriend",
  "boyfriend",
  "colleague",
  "friend",
  "neighbou?r",
  "roommate",
  "classmate",
];
/** A phrase that ends with a person's kin (OWN_KIN). */
const KIN_END = new RegExp(`${OWN_KIN}$`, "u");
/**
 * "… and C.I.A. Director John Ratcliffe": a second subject after this one; or the person's own
 * people or kin; or a group beside them ("Holcomb and GOP legislative leaders touted …"), or one
 * unnamed person by an indefinite description ("Ana Ruiz and a military analyst told …").
 */
const AND_NAME = new RegExp(
  `^\\s+and\\s+(?:(?!(?:his|her|their|its)\\s)(?:(?:\\p{Lu}[\\p{L}·’'-]*|\\p{Ll}[\\p{L}-]*)\\s+){0,3}(?:${alternation(ANONYMOUS_SOURCE_PLURALS)})(?!\\p{L})|(?:an?|one|another)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${alternation(ANONYMOUS_SOURCE_NOUNS)})(?!\\p{L})|(?:\\p{Lu}[\\p{L}·’'-]*\\s+){0,6}\\p{Lu}[\\p{L}·’'-]*|${OWN_PEOPLE}|${OWN_KIN})(?!\\p{L})`,
  "u",
);
/**
 * "Kurt Volker, the former special envoy, and Tim Morrison, a former official, testified": the
 * first of two subjects each set off by its aside (the second's aside is read with the predicate).
 */
const ASIDE_AND_NAME = new RegExp(`^${ASIDE}${AND_NAME.source.slice(1)}`, "u");
/** "Baxter, Miller and Porter expressed …": the first of a list of names, joined by commas, then "and". */
const LIST_AND_NAME = new RegExp(
  `^(?:,\\s*(?:\\p{Lu}[\\p{L}·’'-]*\\s+){0,3}\\p{Lu}[\\p{L}·’'-]*){0,4},?${AND_NAME.source.slice(1)}`,
  "u",
);
/** "his team", "their aides" at the start of a text: a named person's own people. */
const OWN_PEOPLE_START = new RegExp(`^${OWN_PEOPLE}(?!\\p{L})`, "u");
/**
 * A name, or a pronoun mid-sentence ("…, she and her family realized …"), then "and his …" right
 * before a group: the group is that person's own (see OWN_PEOPLE, OWN_KIN), no unnamed source.
 */
const NAME_AND_OWN =
  /(?:\p{Lu}[\p{L}·’'-]*|(?<!\p{L})(?:he|she|they))\s+and\s+(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * True when `description` stands in `sentence` as a named person's own people ("Paganini and his
 * team wrote"): the named person is the source, the team no unnamed one of its own.
 */
export function ownPeople(sentence: string, description: string): boolean {
  const at = sentence.indexOf(description);
  const before = at < 0 ? null : NAME_AND_OWN.exec(sentence.slice(0, at));
  if (before === null) return false;
  const own = sentence.slice(before.index + before[0].search(/(?:his|her|their)\s/u));
  return OWN_PEOPLE_START.test(own);
}
/** Title words before a name ("Mexican President", "Secretary of State"). */
const TITLE_TAIL = /(?:\s*(?:\p{Lu}[\p{L}·’'-]*|of|de|la))*\s*$/u;
const PREPOSITION_END =
  /\b(?:with|by|to|of|for|from|about|on|at|against|than|in|into|over|between|after|before|under|toward|towards|around|among|behind|beside)\s*$/iu;
/**
 * A preposition, then a role in lower case before the name: "A lawyer for former anchor " (the
 * name is still the preposition's object). Not a conjunction ("after former anchor X said"), a
 * relative or a question word ("in which former anchor X said", "about how X said"), which open a
 * clause the name may be the subject of, nor "to", whose verb may follow ("to see Trump admit").
 */
const PREPOSITION_ROLE_END =
  /\b(?:with|by|of|for|from|about|on|at|against|than|into|over|between|under|toward|towards)(?:\s+(?!(?:which|whom|whose|who|that|what|where|when|while|as|how|why|whether|if|because|so|then|now|once|even|later|last|first|least|most)(?!\p{L}))\p{Ll}[\p{L}-]*){1,3}\s*$/u;
/**
 * A plural of people right after a name, which then says whose people they are: "Fox sources",
 * "Acme employees", "Trump aides". The name is no person speaking; the group is. Not a word that
 * is also a verb ("Ruiz advocates", "Ruiz allies with").
 */
export const PEOPLE_OF_NAME = new RegExp(
  `^\\s+(?:${alternation([...ANONYMOUS_SOURCE_PLURALS.filter((w) => !["advocates", "allies", "others"].includes(w)), "employees", "executives"])})(?!\\p{L})`,
  "u",
);
/** A role held toward a place or body, whose holder's name follows it: "ambassador to", "envoy for", "minister of". */
const ROLE_TO_END =
  /\b(?:ambassador|envoy|minister|secretary|representative|delegate|adviser|advisor|consul|commissioner|emissary)\s+(?:to|for|of)\s*$/iu;
/** Words that are prepositions or conjunctions: before a subject and its finite verb, a conjunction. */
/** Words a person speaks, then "from" or "by" their speaker: "comments like this from", "remarks by". */
const SPOKEN_FROM_END =
  /(?<!\p{L})(?:comments?|remarks?|statements?|testimony|tweets?|words)(?:\s+(?:like|such\s+as)\s+(?:this|these|that|those))?\s+(?:from|by)\s*$/u;
const CONJUNCTION_END = /\b(?:after|before|since|until)\s*$/iu;
const PASSIVE_BY_END = new RegExp(`\\b(?:${FINITE})(?:\\s+\\p{Ll}+ly)?\\s+by\\s*$`, "u");
/** A person's possessive and their words: "’s explanations", "'s own account", "’s statement" (after "according to"). */
const OWN_WORDS_AFTER =
  /^[’']s\s+(?:\p{Ll}+\s+){0,2}?(?:statements?|remarks|comments|words|explanations?|testimony|account|version|recollection|tweets?|posts?|letter|interview)(?!\p{L})/u;
/** "as confirmed by ", "as announced by ": a reduced passive of a verb of speech after "as". */
const AS_PASSIVE_BY_END = new RegExp(`(?<!\\p{L})as\\s+(?:${FINITE})(?:\\s+\\p{Ll}+ly)?\\s+by\\s*$`, "u");
/** "according to Brandt", and "according to a statement from Brandt": what the person said or wrote. */
const ACCORDING_END =
  /\b[Aa]ccording to(?:\s+(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}?(?:statement|post|letter|remarks|comments|testimony|email|interview)\s+(?:from|by|with))?\s*$/u;
/**
 * "citing " right before an unnamed source: the report rests on that source's word as on what
 * "according to" gives ("The paper, citing an unnamed official, reported …", "…, citing people
 * familiar with the talks"). Only a description that says it is a source (CITED_SOURCE): "said
 * the report, citing experts" cites the experts' work, and a named person is left to the named passes.
 */
const CITING_END = /\b[Cc]iting\s*$/u;
/** A description that is a source by its words: unnamed or anonymous, or a source, an official, an insider, a diplomat. */
const CITED_SOURCE = /(?<!\p{L})(?:unnamed|anonymous|sources?|officials?|insiders?|diplomats?)(?!\p{L})/iu;
/** "citing unnamed officials", "citing sources close to the talks", "citing people familiar with …" (group 1). */
const CITING_GROUP =
  /\b[Cc]iting\s+((?:(?:two|three|four|several|multiple|unnamed|anonymous|senior|\p{Ll}+)\s+){0,3}?(?:sources|officials|insiders|diplomats|people(?=\s+(?:familiar|with|close|briefed)(?!\p{L}))))(?![\p{L}'’])/u;
/**
 * "According to a statement from Zambada’s lawyer, Frank Pérez, …": a name in apposition to what
 * "according to" cites, whose phrase ends on a noun of a person (group 1: "lawyer"). Not "According
 * to two sources with direct knowledge of the incident, Brandi, Fox’s general counsel, hired …":
 * no name stands in apposition to an incident, and the name opens the narration's own clause.
 */
/** "according to journalist ", "according to the veteran reporter ": a role in lower case before the name (group 1: its head). */
const ACCORDING_ROLE_END =
  /\b[Aa]ccording to\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,2}?(\p{Ll}[\p{L}’'-]*)\s*$/u;
const ACCORDING_APPOSITION = /\b[Aa]ccording to\s+[^,;“”"]{1,80}\s(\p{Ll}[\p{L}’'-]*),\s*$/u;
function accordingApposition(before: string): boolean {
  const head = ACCORDING_APPOSITION.exec(before)?.[1];
  return head !== undefined && endsOnPersonNoun(head);
}
/**
 * Verbs that come before their subject in a tag ("…, said Tom Forte"), and a figure's estimate or
 * forecast so tagged ("… 2.8 gigawatt-hours, estimates Evan Sparks"). Not "told": "…, told
 * Business Insider" is the aside's person telling an outlet, whose name is the object.
 */
const INVERTING = alternation([
  ...SPEECH_VERBS.filter((verb) => !/^(?:told|tells)$/u.test(verb)),
  "estimates",
  "estimated",
  "predicts",
  "predicted",
]);
/** "…, said Tom Forte", "So said Rocío Nahle": the verb before its subject, after a comma or "So". */
const INVERTED_END = new RegExp(`(?:,|^\\s*(?:So|Thus))\\s*(?:${INVERTING})\\s*$`, "u");
/**
 * "…, said study co-author Ana Ruiz": the inverted verb, then the person's role in lower case
 * before the name. Not words that open a clause ("…, said that Ruiz had left", "said on Monday").
 */
const INVERTED_ROLE_BEFORE = new RegExp(
  `,\\s*(?:${INVERTING})(?:\\s+(?!(?:that|the|an?|on|in|at|to|of|for|with|by|from|and|or|but|he|she|it|they|we|his|her|their|its|this|these|those|when|while|after|before|if|as|how|why|what|whether|there|then|also|not)(?![\\p{L}-]))\\p{Ll}[\\p{Ll}-]*){1,3}\\s*$`,
  "u",
);
/**
 * "…, said The We Company’s recently named executive chair Marcelo Claure": the inverted verb,
 * then whose the role is (a possessive name, "the" allowed) and the role in lower case before
 * the name. Not words that open a clause or take an object ("…, said Trump’s claims about Biden").
 */
const INVERTED_OWNED_ROLE_BEFORE = new RegExp(
  `,\\s*(?:${INVERTING})\\s+(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}·’'-]*\\s+){0,3}\\p{Lu}[\\p{L}·-]*(?:’s|'s)(?:\\s+(?!(?:that|the|an?|on|in|at|to|of|for|with|by|from|and|or|but|about|over|against|into|toward|towards|after|before|he|she|it|they|his|her|their|its|this|these|those|was|were|is|are|had|has|have|would|will|not)(?![\\p{L}-]))\\p{Ll}[\\p{Ll}-]*){1,4}\\s*$`,
  "u",
);
/**
 * "…, said Port Authority spokesman Ana Ruiz", "…, said Department of Correction spokesman Ana Ruiz":
 * the inverted verb, then the body the person speaks for, by its name without a possessive, and
 * the role in lower case before the name. The role's last word must be a person's noun, so the
 * words after the body's name are a title and not a clause ("…, said Acme shares fell").
 */
const INVERTED_BODY_ROLE_BEFORE = new RegExp(
  `,\\s*(?:${INVERTING})\\s+(?:\\p{Lu}[\\p{L}·&.’'-]*\\s+(?:(?:of|and|for)\\s+)?){1,5}(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}(\\p{Ll}[\\p{Ll}-]*)\\s*$`,
  "u",
);
/** True when `head` ends on an inverted tag's body and role (INVERTED_BODY_ROLE_BEFORE). */
function invertedBodyRole(head: string): boolean {
  const role = INVERTED_BODY_ROLE_BEFORE.exec(head)?.[1];
  return role !== undefined && endsOnPersonNoun(role);
}
/** "…, said his spokesman, Tammy Bruce": the verb before its subject, a role, then the name in apposition. */
const INVERTED_ROLE_END = new RegExp(
  `,\\s*(?:${alternation(SPEECH_VERBS)})\\s+(?:his|her|their|its|a|an|the)\\s+[^,;“”"]{1,60},\\s*$`,
  "u",
);
/** "Critics, including Senator Lilly Téllez, said", "Critics …, among them state Senator Luis Ferrand, have said". */
const INCLUDED_END = /\b(?:including|among\s+them)(?:\s+\p{Ll}+){0,2}\s*$/u;
const CLAUSE_START = /^(?:|.*,|\s*(?:While|When|As|Although|Though|But|And|Yet|Meanwhile|However))\s*$/su;
const LATER_PARTICIPLE = new RegExp(`,\\s+(?:(?:\\p{Ll}+ly|even)\\s+)?(?:${PARTICIPLE})(?!\\p{L})`, "u");

/** Past participles that do not end in -ed among the predicates ("said", "told", "written"). */
const IRREGULAR_PARTICIPLES = new Set(["said", "told", "written", "thought"]);
/** Cognition words that are adjectives after "be" ("officials are worried that …"): still a view held. */
const STATE_ADJECTIVES = new Set(["worried", "concerned"]);
const REFUSED_TO_BE_END = /(?<!\p{L})declined\s+to\s+be\s+(?:interviewed|questioned)$/u;
const BE_THEN_LAST = /\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|still|\p{Ll}+ly))*\s+(\p{Ll}+)$/u;

/**
 * True when `predicate` (a subject's words up to its reporting verb) is passive: a form of "be"
 * and a past participle ("is said to be", "was accused of", "were told", "is believed to"). The
 * subject of a passive is what was said about or to, not who said it; the agent, when there is
 * one, is the "by" phrase (PASSIVE_BY_END, GROUP_AGENT).
 */
export function isPassive(predicate: string): boolean {
  // "declined to be interviewed": the refusal is the subject's own (STANCE_PHRASES), not a passive.
  if (REFUSED_TO_BE_END.test(predicate)) return false;
  const verb = BE_THEN_LAST.exec(predicate)?.[1];
  if (verb === undefined || STATE_ADJECTIVES.has(verb)) return false;
  return verb.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb);
}

/**
 * Words that answer in speech, or with a stance shown ("responded by saying", "responded with a
 * statement", "reacted with alarm"): not a deed.
 */
const SPEECH_ANSWER = String.raw`saying|writing|telling|noting|asking|arguing|insisting|posting|tweeting|issuing|releasing|calling|accusing|denying|statements?|letters?|remarks?|comments?|tweets?|posts?|messages?|questions?|denials?|notes?|warnings?|apolog(?:y|ies)|criticism|praise|threats?|insults?|jokes?|calls?|demands?|words?|silence|anger|alarm|outrage|dismay|concern|fury|surprise|scepticism|skepticism|caution|relief|disbelief|scorn|derision|defiance|sympathy|condolences`;
/** A deed in answer: "responded by hitting him", "reacted with violence" (SPEECH_ANSWER is not one). */
const DEED_RESPONSE = String.raw`(?:responded|reacted|responds|reacts)\s+(?:by\s+(?!(?:${SPEECH_ANSWER})\b)\p{Ll}+ing\b|with\s+(?!(?:(?:an?|the|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${SPEECH_ANSWER})\b)\p{L})`;
/**
 * A participle with its agent after a subject: a reduced passive ("43 million Americans expected
 * by AAA to travel", "officials criticized by lawmakers"): the subject is acted on, not speaking.
 * Not the means of speech ("said by phone", "told by email"), a gerund ("responded by saying"),
 * nor a state of mind and its cause ("officials are concerned by the collapse": a view held).
 */
const REDUCED_PASSIVE = String.raw`(?!(?:concerned|worried|alarmed|troubled|disturbed|encouraged|heartened|dismayed|surprised|shocked|frustrated|angered|saddened|pleased|disappointed|puzzled|baffled|convinced)\s)(?:\p{Ll}+ed|told|thought|written|seen)\s+by\s+(?!(?:tele)?phone|e-?mail|text|letter|video|mail|fax|radio|satellite|\p{Ll}+ing\b)`;

/**
 * Speech verbs that, with what follows, name an act rather than speech: a plea in court
 * ("pleaded guilty", "pleads not guilty"), "continued" with an object or an infinitive
 * ("continued to press", "continued his tour"), which speaks only as a tag ("…,” he continued."),
 * likewise "ordered" with an object ("Trump ordered the strikes": a deed; "“Back!” she ordered": speech),
 * "considered" with a gerund ("has considered sending troops": weighing an option, not a
 * view stated, unlike "considered the cartels a threat"), "posted" with a picture ("Hegseth
 * posted a video of the strike": showing, not saying, unlike "posted on X that …"), "agree"
 * to or on something (a deal made, unlike "most researchers agree that …"), "agreed" with
 * anything but "that" ("agreed a ceasefire", "agreed with Ottawa to …": a deal, not a view),
 * "said to be", "believed to be", "reported missing", "accused of", "described as" and the
 * like (reduced passives: "the officials said to be involved", "a man believed to be the
 * gunman", "a woman feared dead" are talked about, not talking), "questioned" a
 * person, about something or not (a hearing's examination, an interrogation: "Officers questioned
 * them.", unlike "questioned whether …"), "suspected
 * of" (an accusation the subject bears), "found himself" in a place or a state ("he found himself
 * helping to sell the company": where he was, no finding), "opposed to" (a state held: "residents opposed to the plan packed the hall"), "reported to him" (whom one answers to, as in "has reported to them since June"), "reported to their assignments" (showing up for work) and "assumed office" (taking a post, unlike "assumed he had …"),
 * "responded" or "reacted" by a deed or with one ("responded by hitting him", "responded with
 * violence"; not "responded by saying", "responded with a statement"), "added to" something
 * ("added to his collection of titles", unlike "added that …"), "posted" a figure ("posted an
 * elite 93.2 grade", "posted a $2 billion loss": a result, unlike "posted on X that …") and
 * "wrote" a work, a topic "written about" and a measure "declared" (deedObjects.ts),
 * "expecting" with nothing expected after it, or a child ("Kimberly was expecting on a previous
 * episode", "she is expecting twins": a pregnancy, unlike "analysts were expecting $2.52 a share"),
 * "cited" something "for" a fault ("inspectors cited the mine for ventilation problems": a citation
 * issued, unlike "cited the backlash as proof"),
 * "demanding" with nothing demanded after it ("coaches are demanding and …": a trait, unlike "lawyers
 * are demanding the FBI summon him"),
 * and a participle with its agent (REDUCED_PASSIVE).
 */
const ACT_AFTER = new RegExp(
  String.raw`^(?:agrees?\s+(?:to|on)\b|agreed\s+(?!that\b)\p{L}|(?:accused|blamed|praised|criticized|criticised|condemned|denounced|described|cited|quoted)\s+(?:of|for|as|by)\b|cited\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:[\p{L}’'-]+\s+){0,3}?for\s|(?:believed|thought|expected|estimated|alleged|reported|feared)\s+to\s+(?:be|have)\b|(?:feared|reported)\s+(?:dead|missing|killed|injured|wounded|drowned)\b|said\s+to\s+(?:be|have|number|include|involve|total|exceed|range|cost|come|live|work|own|hold|control|lead|run|face|belong|contain|stem|date)\b|questioned\s+(?:him|her|them|\p{Lu}[\p{L}·’'-]*(?:\s+\p{Lu}[\p{L}·’'-]*)*)(?:\s+(?:about|on|over|for|and|at|in)\b|\s*(?:[.,;]|$))|suspected\s+of\b|opposed\s+to\b|(?:found|finds|find)\s+(?:himself|herself|themselves|itself|myself|ourselves|yourself)\b|reported\s+(?:directly\s+)?to\s+(?:him|her|them|me|us)\s*(?:[.,;)]|$|(?:since|for|until|throughout)\b)|reported\s+(?:back\s+)?(?:to|for)\s+(?:(?:the|their|his|her|its|our)\s+)?(?:work|duty|duties|assignments?|posts?|stations?|jobs?|shifts?|school|classes|base|barracks|prison|jail)\b|assumed\s+(?:(?:the|an?|his|her|their|its)\s+)?(?:office|power|control|command|responsibility|leadership|role|post|presidency|position|duties|mantle|name|identity)\b|plead(?:s|ed)?\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b|(?:continued|ordered)\s+(?!that\b)\p{L}|considered\s+\p{Ll}+ing\b|${DEED_RESPONSE}|${REDUCED_PASSIVE}|added\s+to\s+(?:the|his|her|their|its|an?)\s|posted\s+(?:(?!(?:on|to|in|at|that|about|from|via|after|before|for|with)\s)[^\s\d.,;:“”"]+\s+){0,3}?[$€£]?\d|demanding\s*(?:[.,;]|$|(?:and|or|but|of|on|in|with|at|to)\b)|expecting\s*(?:[.,;]|$|(?:on|in|at|since|again|when|until)\b|(?:(?:a|her|their|his|our|another)\s+)?(?:baby|child|son|daughter|twins|triplets|first|second|third|fourth)\b)|posted\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:video|videos|photo|photos|photograph|image|images|picture|pictures|clip|footage)\b)`,
  "u",
);

/**
 * "has not said", "have not yet said" ending the sentence: nothing said so far, silence, as "has not
 * spoken publicly" is (unlike a refusal with its clause, "did not say whether …").
 */
const NOT_YET_SAID = /(?<!\p{L})(?:has|have)\s+not\s+(?:yet\s+)?said$/u;
/** True when the predicate that ends `predicate` and the words in `rest` after it state an act, not speech. */
export function isAct(predicate: string, rest: string): boolean {
  if (NOT_YET_SAID.test(predicate) && /^\s*[.;!]?\s*$/u.test(rest)) return true;
  const verb = /(\p{L}+)$/u.exec(predicate)?.[1] ?? "";
  return ACT_AFTER.test(`${verb}${rest}`) || deedByObject(`${verb}${rest}`);
}

/**
 * Each pattern's global copy, made once: these patterns are long alternations, and compiling
 * one afresh on every call (as `new RegExp` or `matchAll` does) was most of `activeMatch`'s time.
 * Weakly held, so a pattern built for one call (pass a module constant instead) is not kept for
 * the whole build with its copy.
 */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** The first match of `pattern` in `text` whose predicate is active speech (see isPassive, isAct), or null. */
function activeMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let all = globalCopies.get(pattern);
  if (all === undefined) {
    all = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
    globalCopies.set(pattern, all);
  }
  // What `matchAll` does, on the one copy: an empty match steps past its place.
  all.lastIndex = 0;
  for (let match = all.exec(text); match !== null; match = all.exec(text)) {
    if (match[0] === "") all.lastIndex += all.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
    if (!isPassive(match[0]) && !isAct(match[0], text.slice(match.index + match[0].length))) return match;
  }
  return null;
}

/**
 * True when `offset` of `sentence` lies inside a quotation: within its marks, or before the
 * closing mark of a sentence that continues a quotation opened in an earlier one. A person or
 * group named there is what the quoted speaker says about them ("“President Trump told me …,”
 * García Harfuch said"), not a source of the article's.
 */
export function quotedAt(sentence: string, offset: number): boolean {
  const spans = quoteSpans(sentence);
  if (spans.some((s) => s.open < offset && offset < s.close)) return true;
  const close = sentence.indexOf("”");
  const open = sentence.indexOf("“");
  return close >= 0 && offset < close && (open < 0 || open > close);
}

/**
 * Words that open a question: an auxiliary, a negated one ("Aren’t those the things voters say
 * they want?", "Didn't critics warn …?"), or a wh-word.
 */
const QUESTION_START =
  /^\s*(?:(?:Did|Does|Do|Is|Are|Was|Were|Wo|Would|Ca|Could|Should|Has|Have|Had)n[’']t|Did|Does|Do|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Had|Why|How|What|When|Where|Who|Which)\b/u;

/**
 * One word set off by a comma before a question's auxiliary or wh-word: a person addressed or an
 * interjection ("Dude, are you even reading what she wrote?", "So, why did critics stay silent?").
 */
const ADDRESSED_QUESTION_START =
  /^\s*[\p{L}’'-]+,\s+(?:did|does|do|is|are|was|were|will|would|can|could|should|has|have|had|why|how|what|when|where|who|which)\b/u;

/**
 * True when `sentence` is the article's own question ("Did Sheinbaum tell Trump no …?"): it
 * asks, it states nothing, so no one in it is a source. A question inside a quotation is the
 * speaker's and is counted with the quotation, not here.
 */
export function asksQuestion(sentence: string): boolean {
  const text = sentence.trim();
  return (
    (QUESTION_START.test(text) || ADDRESSED_QUESTION_START.test(text)) &&
    text.endsWith("?") &&
    !quotedAt(text, text.length - 1)
  );
}

/**
 * A condition or an open question whose clause runs on to the end of a text: "If critics say …",
 * "Unless Trump agrees …", "It is unclear whether residents agree", "Should analysts expect …"
 * opening the sentence; or the writer's guess, "Perhaps Murdoch told him …", "Maybe she said so". Its subject says nothing: what it would say is supposed or asked, not
 * reported. A mark ends the clause ("If the deal fails, critics say …" has critics speak).
 */
const HYPOTHETICAL_END =
  /(?:(?<!\p{L})(?:[Ii]f|[Uu]nless|[Ww]hether|[Ii]n\s+case|[Ss]uppos(?:e|ing))|^\s*(?:Should|Perhaps|Maybe))\s+[^,;:.!?“”"«»–—()]{0,80}$/u;

/**
 * True when `before`, a sentence up to (or through) a subject, leaves that subject inside a
 * condition or an open question (HYPOTHETICAL_END): a hypothetical speaker, no source.
 */
export function hypotheticalAt(before: string): boolean {
  return HYPOTHETICAL_END.test(maskAbbreviations(before));
}

/**
 * "would" and a predicate whose clause is in the present, right after a subject: what the subject
 * would say is supposed, not reported ("Critics would argue the plan is too costly", "Some would
 * say it has failed", as "some might say"). A narrative's "would" reports speech with its clause
 * backshifted ("Residents would complain for years that the bridge was unsafe", "officials would
 * later say the plan was late"); a refusal ("would not say") and "would say only that" report too.
 */
const WOULD_CLAUSE =
  /^(?:\s*,[^,;]{1,40},)?\s+would(?:\s+\p{Ll}+ly)?\s+(?!(?:not|never)(?!\p{L}))\p{Ll}+(?:\s+out)?(?!\s+only(?!\p{L}))\s+([^,;:.!?“”"]*)/u;
const PRESENT_CLAUSE =
  /(?<!\p{L})(?:is|are|am|has|have|does|do|can|will|isn’t|aren’t|doesn’t|don’t|won’t|can’t)(?!\p{L})/u;
const PAST_CLAUSE = /(?<!\p{L})(?:was|were|had|did|would|could)(?!\p{L})/u;

/**
 * The writer's guess right before the predicate, perhaps after an aside: "Ailes, understanding the
 * electorate, likely thought it was a bad idea", "she probably told him". What the subject thought
 * or said is guessed, not reported.
 */
const GUESSED_AFTER =
  /^(?:\s*,[^,;“”"]{1,120},)?\s+(?:most\s+)?(?:likely|probably|presumably|possibly|perhaps|maybe)\s+\p{Ll}/u;

/** True when `after`, a sentence from just past a subject, supposes what the subject would say (WOULD_CLAUSE) or guesses it (GUESSED_AFTER). */
export function supposedAfter(after: string): boolean {
  if (GUESSED_AFTER.test(after)) return true;
  const clause = WOULD_CLAUSE.exec(after)?.[1];
  return clause !== undefined && PRESENT_CLAUSE.test(clause) && !PAST_CLAUSE.test(clause);
}

/** True when `match` (of `text`), a pronoun or quantifier subject up to its predicate, has that subject's words supposed ("Some would say …"). */
function supposedWithin(text: string, match: RegExpExecArray): boolean {
  const would = /\s+would(?!\p{L})/u.exec(match[0]);
  return would !== null && supposedAfter(text.slice(match.index + would.index));
}

/**
 * A name the person gave in part only, which the text keeps from being theirs in full: "a woman who
 * identified herself only as Mrs. Lee said", "a man known only as Sam", "who gave his name only as
 * Ali": an unnamed person (see WITHHELD), not a named source.
 */
const PARTLY_WITHHELD_END =
  /(?:\b(?:identified|introduced|described)\s+(?:himself|herself|themselves)\s+only\s+(?:as|by(?:\s+(?:his|her|their)\s+(?:first|last)\s+names?,?)?)|\bknown\s+only\s+(?:as|by)|\bgave\s+(?:his|her|their)\s+(?:first\s+|last\s+)?names?\s+(?:only\s+)?as|\bgave\s+only\s+(?:his|her|their)\s+(?:first|last)\s+names?,?)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/u;
/**
 * Words given as someone's own, "in" them: "in libertarian economist Tyler Cowen’s phrase", "in
 * Ruiz's words", "in the words of economist Ana Ruiz": the person is the source of what the
 * sentence says so. The name may carry a role in lower case before it; a view or an account
 * ("in Ruiz's view") is one too.
 */
const IN_OWN = String.raw`(?:words|phrase|phrasing|view|opinion|estimation|telling|account|judg(?:e)?ment|assessment)`;
const IN_OWN_START = /(?:^|[\s,(–—])[Ii]n\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;
const IN_OWN_WORDS = new RegExp(`^(?:’s|'s)\\s+(?:own\\s+)?${IN_OWN}(?!\\p{L})`, "u");
const IN_WORDS_OF_END = new RegExp(
  `(?:^|[\\s,(–—])[Ii]n\\s+(?:the|his|her|their)\\s+(?:own\\s+)?${IN_OWN}\\s+of\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$`,
  "u",
);
/**
 * A relative clause's subject "who" and its verb (and any words after it) right before a name:
 * the name is that clause's object ("A man who met Dana Whitlow said …"), not a subject. Not
 * "who" right before the name ("the man who Whitlow said was guilty": the name is the subject), nor
 * a clause that gives the subject's own name ("a woman who identified herself as Ana Ruiz said").
 */
const WHO_CLAUSE_OBJECT_END =
  /(?<!\p{L})[Ww]ho(?:\s+\p{Ll}[\p{L}’'-]*){0,3}\s+(?!(?:as|himself|herself|themselves|named|called)\s*$)\p{Ll}[\p{L}’'-]*\s*$/u;

/** A finite auxiliary or copula right after a name: the name is its clause's subject ("Cook is", "Cook will"). */
const NAME_OPENS_CLAUSE =
  /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|isn[’']t|wasn[’']t|won[’']t)(?!\p{L})/u;

/**
 * True when the person mentioned at `start`–`end` of `sentence` is the source of an attribution
 * there: subject of a reporting predicate, agent of a passive one, or object of "according to";
 * not one a condition or a question supposes (hypotheticalAt), nor one whose words are supposed
 * (supposedAfter).
 */
export function speaksAt(sentence: string, start: number, end: number): boolean {
  if (quotedAt(sentence, start) || asksQuestion(sentence) || hypotheticalAt(sentence.slice(0, start))) return false;
  if (PARTLY_WITHHELD_END.test(sentence.slice(0, start))) return false;
  // "… is widely believed that Putin thinks …": others' belief about the person, not their statement.
  if (impersonalThatBefore(sentence.slice(0, start))) return false;
  if (supposedAfter(sentence.slice(end))) return false;
  const text = plain(sentence);
  // "Avalos said she went outside …, Cornett wrote.": another person's report, which the closing tag names.
  if (beforeNamedTag(text.slice(end))) return false;
  // A name that ends in an abbreviation ("James Kennedy Jr.") leaves its masked period after it, or
  // its plain one before a comma, which only an abbreviation's period stands at ("James P. Kennedy
  // Jr., the U.S. Attorney …, said"); a name found without its generational suffix leaves the
  // suffix ("James P. Kennedy" + " Jr., …").
  let after = text
    .slice(end)
    .replace(/^·|^\.(?=,)/u, "")
    .replace(/^,?\s+(?:Jr|Sr)[.·]?(?=[\s,])/u, "");
  const before = text.slice(0, start);
  if (IN_WORDS_OF_END.test(before) || (IN_OWN_START.test(before) && IN_OWN_WORDS.test(after))) return true;
  // "according to Ruiz’s explanations", "according to Ruiz's own account": her words, as "a statement from Ruiz" are.
  if (ACCORDING_END.test(before) && OWN_WORDS_AFTER.test(after)) return true;
  if (/^\s*(?:administration|government|’s|'s)/u.test(after)) return false;
  // "said Jobs' departure has …": a name ending in "s" takes its possessive as a bare apostrophe, and is no subject either.
  if (/s$/u.test(text.slice(start, end)) && /^[’'](?!\p{L})/u.test(after)) return false;
  // The title before a name may hold "of" ("Secretary of State"), but does not start with it ("administration of President"),
  // nor end with it: "Supporters of Trump", "Critics of Sheinbaum" are people the name is the object of.
  // "According to Fox sources": the name says whose the people are, and they speak.
  if (PEOPLE_OF_NAME.test(after)) return false;
  const titleTail = (TITLE_TAIL.exec(before)?.[0] ?? "").replace(/^\s*(?:(?:of|de|la)\s+)+/u, "");
  const tail = /(?:^|\s)(?:of|de|la)\s*$/u.test(titleTail) ? "" : titleTail;
  const head = before.slice(0, before.length - tail.length);
  // "An expert said that … purchases touted by Trump …": an agent in the expert's clause is part of what the
  // expert reports. (A subject there still speaks: "Our sources say Lupita told cops …" counts Lupita.)
  // "these comments from Ana Ruiz", "remarks by Ana Ruiz": words spoken, whose speaker the preposition names.
  if (SPOKEN_FROM_END.test(head)) return true;
  // "A man who met Dana Whitlow said …", "Those who know Whitlow say …": the object of another's relative clause.
  if (WHO_CLAUSE_OBJECT_END.test(head)) return false;
  // "…, as confirmed by Ana Ruiz": the agent of a reduced passive after "as" is the clause's source,
  // whatever verb of speech it has; unless the words before "as" are already another's report.
  const asPassive = AS_PASSIVE_BY_END.exec(head);
  if (asPassive !== null) return !reportedAt(sentence, asPassive.index);
  if (PASSIVE_BY_END.test(head)) return !reportedAt(sentence, start);
  // "…, asked Laterza to tell Ailes": the name after the verb is whom it asks, its object, before an infinitive.
  if (INVERTED_END.test(head) && /^\s+to\s+\p{Ll}/u.test(after)) return false;
  // "Ann Ruiz, an analyst, said Cook is a good choice": a name with a verb of its own after it opens
  // the clause the subject before the comma reports; an inverted tag's name ends its clause.
  if (INVERTED_END.test(head) && NAME_OPENS_CLAUSE.test(after)) return false;
  if (
    ACCORDING_END.test(head) ||
    INVERTED_END.test(head) ||
    INVERTED_ROLE_BEFORE.test(head) ||
    INVERTED_OWNED_ROLE_BEFORE.test(head) ||
    invertedBodyRole(head)
  )
    return true;
  if (accordingApposition(before) && /^\s*,/u.test(after)) return true;
  // "according to journalist Ana Ruiz", "according to former prosecutor Ana Ruiz": her role in lower case.
  const role = ACCORDING_ROLE_END.exec(head)?.[1];
  if (role !== undefined && endsOnPersonNoun(role)) return true;
  if (INVERTED_ROLE_END.test(before) && /^\s*(?:[.,;]|$)/u.test(after)) return true;
  const and = AND_NAME.exec(after) ?? ASIDE_AND_NAME.exec(after) ?? LIST_AND_NAME.exec(after);
  // "Parata and his family believe": a surname alone beside kin may be any of the family's; only a full name is sure.
  if (and && KIN_END.test(and[0]) && !/\s/u.test(sentence.slice(start, end).trim())) return false;
  if (and) after = after.slice(and[0].length);
  // "after Donald Trump said …": a conjunction opening a clause with this subject, not a preposition.
  if (CONJUNCTION_END.test(head) && activeMatch(AFTER_SUBJECT, after)) return true;
  // "accepted the resignation of his minister Omar Reyes, who said he took responsibility": a person
  // who is an object speaks as the subject of their own relative clause.
  if (activeMatch(WHO_SPEAKS_AFTER, after)) return true;
  // "China’s ambassador to Britain Liu Xiaming has said": the preposition is the role's, the name its holder's.
  const afterPreposition = (PREPOSITION_END.test(head) || PREPOSITION_ROLE_END.test(head)) && !ROLE_TO_END.test(head);
  // "with Pamela Bondi emphasizing …": an absolute clause, whose subject follows "with".
  if (afterPreposition && !(/\bwith\s*$/u.test(head) && new RegExp(`^\\s+(?:${PARTICIPLE})\\b`, "u").test(after)))
    return false;
  const predicate = activeMatch(AFTER_SUBJECT, after);
  // "Priebus said Trump still believes …": a view another's words give the name is their claim of it.
  if (predicate && reportedAt(sentence, end) && COGNITION_END.test(predicate[0])) return false;
  if (predicate) return true;
  // "Marta Lopez comes back, and now accuses her of lying": the sentence's subject, its second predicate.
  if (CLAUSE_START.test(head) && activeMatch(COORDINATED_PREDICATE, after)) return true;
  // A name in apposition: "Former DEA chief …, Mike Vigil, hailed …"; or named among a group that
  // speaks: "Critics, including Senator Lilly Téllez, said …".
  // "A Navy spokesperson, Cmdr. Ellen Price, said": the comma stands before the name's title.
  if ((/,\s*$/u.test(head) || INCLUDED_END.test(head)) && activeMatch(APPOSED_PREDICATE, after)) return true;
  // The sentence's subject, with a reporting participle later: "…, insisting on …", "…, citing …".
  return CLAUSE_START.test(head) && LATER_PARTICIPLE.test(after);
}

/**
 * The offset of "he" or "she" as the subject of a reporting verb in `sentence` — at its start
 * (after "But", "And"), after a closing quotation mark, after a comma (", he noted,"; ", though
 * he later asked …", a clause the comma and a conjunction open), or after
 * "which"/"that" ("which he claimed") — or undefined. The caller decides who the pronoun
 * stands for.
 */
export function pronounSpeaks(sentence: string): number | undefined {
  if (asksQuestion(sentence)) return undefined;
  const match = activeMatch(PRONOUN_SPEAKS, maskAbbreviations(sentence));
  const at = match?.[1] === undefined ? undefined : match.index + match[0].indexOf(match[1]);
  // "“She has made it clear,” the spokesman said": the pronoun is the quoted speaker's, not a source.
  return at === undefined || quotedAt(sentence, at) ? undefined : at;
}

/**
 * A sentence that opens with a phrase of place or time, no comma after it, then "he" or "she"
 * speaking ("In a Tumblr post at the time she described this as …", "After the meeting he said
 * …"): the offset of the pronoun, or undefined. Kept apart from pronounSpeaks because a person
 * named inside the opening phrase ("In a call with Ana Vega she said") is not the pronoun, so the
 * caller must not look there for it.
 */
export function openerPronounSpeaks(sentence: string): number | undefined {
  if (asksQuestion(sentence)) return undefined;
  const match = activeMatch(OPENER_PRONOUN_SPEAKS, maskAbbreviations(sentence));
  const at = match?.indices?.[1]?.[0];
  return at === undefined || quotedAt(sentence, at) ? undefined : at;
}

/**
 * Verbs of saying or thinking that take a clause ("said", "believes"), and so can have a
 * clause's subject taken out of it: "the code he said exploits the flaw". Left out: verbs whose
 * object may be a thing ("asked", "added", "wrote", "considered"), for "the room he added was
 * new" is a deed, not a statement.
 */
const NO_CLAUSE = new Set([
  ...["asked", "asks", "added", "adds", "wrote", "writes", "comentó", "considered", "concerned"],
  ...["regard", "regards", "agree", "agrees", "agreed", "disagree", "disagrees", "disagreed"],
]);
const CLAUSE_VERB = alternation([...SPEECH_VERBS, ...COGNITION_VERBS].filter((verb) => !NO_CLAUSE.has(verb)));
/** A finite verb or an auxiliary after the saying verb: the clause it took its subject from. */
const CLAUSE_GAP_VERB = String.raw`(?:would|will|could|can|might|may|should|must|was|were|is|are|had|has|have|did|does|\p{Ll}+(?:s|ed))`;
const CONTACT_PRONOUN_SPEAKS = new RegExp(
  `(?<=\\p{Ll}\\s)(he|she)\\s+(?:${CLAUSE_VERB})\\s+${CLAUSE_GAP_VERB}(?!\\p{L})`,
  "du",
);

/**
 * "he" or "she" saying inside a relative clause with no "that", whose subject the saying verb's
 * own clause gave up ("Askar released code he said exploits the flaw", "a plan she believes will
 * work"): the offset of the pronoun, or undefined. A clause-taking verb right before another
 * finite verb is the one shape where the pronoun cannot be an object or a deed's doer, so it is
 * read wherever the pronoun stands; the caller decides who it is, as for pronounSpeaks.
 */
export function contactPronounSpeaks(sentence: string): number | undefined {
  if (asksQuestion(sentence)) return undefined;
  const match = CONTACT_PRONOUN_SPEAKS.exec(maskAbbreviations(sentence));
  const at = match?.indices?.[1]?.[0];
  return at === undefined || quotedAt(sentence, at) ? undefined : at;
}

/** The plural's clause-taking verbs, as CLAUSE_VERB: "they believe", "they say", "they think". */
const PLURAL_CLAUSE_VERB = alternation(
  [...SPEECH_VERBS, ...COGNITION_VERBS, ...PLURAL_PRESENT_VERBS].filter((verb) => !NO_CLAUSE.has(verb)),
);
const CONTACT_THEY_SPEAKS = new RegExp(
  `(?<=\\p{Ll}\\s)(they)\\s+(?:${PLURAL_CLAUSE_VERB})\\s+${CLAUSE_GAP_VERB}(?!\\p{L})`,
  "du",
);

/**
 * "they" saying inside a relative clause whose subject the saying verb's own clause gave up, as
 * contactPronounSpeaks reads "he" and "she" ("a bag that they believe contained another bomb", "the
 * rule they say was never enforced"): true or false, never in a quotation nor a question. The
 * caller decides which group "they" is.
 */
export function contactGroupPronounSpeaks(sentence: string): boolean {
  if (asksQuestion(sentence)) return false;
  const match = CONTACT_THEY_SPEAKS.exec(maskAbbreviations(sentence));
  const at = match?.indices?.[1]?.[0];
  return at !== undefined && !quotedAt(sentence, at);
}

/** A phrase of place or time that opens a sentence, up to the subject; no punctuation inside it. */
const OPENER = String.raw`^(?:In|At|On|After|During|Before|Since|Following|Later|Earlier)\s+[^,;:.!?“”"()]{1,60}?\s+`;
const OPENER_PRONOUN_SPEAKS = new RegExp(`${OPENER}(he|she)${FILLER}{0,2}\\s+${PREDICATE}(?!\\p{L})`, "du");

/** `subject` (a pattern) where a clause's subject stands, followed by a reporting predicate; group 1 is the subject. */
function subjectSpeaks(subject: string): RegExp {
  return new RegExp(
    `(?:^(?:\\p{Lu}\\p{Ll}+,\\s+|(?:But|And|Yet|So)\\s+)?|[”"]\\s*|\\b(?:which|that)\\s+|,\\s+(?:(?:and|but|though|although|while|because|since|after|before|when|until)\\s+)?)(${subject})${FILLER}{0,2}\\s+${PREDICATE}(?!\\p{L})`,
    "u",
  );
}

/** "he" or "she" as a reporting verb's subject; built once, as `activeMatch` keeps a copy per pattern object. */
const PRONOUN_SPEAKS = subjectSpeaks("[Hh]e|[Ss]he");
const TITLE_SPEAKS = subjectSpeaks("[Tt]he\\s+\\p{Ll}+");
const FORMER_TITLE_SPEAKS = subjectSpeaks("[Tt]he\\s+(?:former|then)\\s+\\p{Ll}+");
/**
 * The title word of "the president said", "The minister also admitted" — a definite title as a
 * clause's subject, which news style uses for the person last named with it — or undefined.
 * The caller decides who holds the title.
 */
export function titleSpeaks(sentence: string): string | undefined {
  if (asksQuestion(sentence)) return undefined;
  const match = activeMatch(TITLE_SPEAKS, maskAbbreviations(sentence));
  return match === null || quotedAt(sentence, match.index + match[0].search(/[Tt]he\s/u))
    ? undefined
    : match[1]?.split(/\s+/u)[1];
}

/**
 * The title word of "the former mayor argued", "the then senator said": a past holder of a title as a
 * clause's subject, or undefined. Apart from titleSpeaks because a past holder is not whoever holds
 * the title now: the caller takes only the one person the article names with it.
 */
export function formerTitleSpeaks(sentence: string): string | undefined {
  if (asksQuestion(sentence)) return undefined;
  const match = activeMatch(FORMER_TITLE_SPEAKS, maskAbbreviations(sentence));
  return match === null || quotedAt(sentence, match.index + match[0].search(/[Tt]he\s/u))
    ? undefined
    : match[1]?.split(/\s+/u)[2];
}

/** A people named by a plural demonym ("Tunisians", "Mexicans", "Koreans"): a group of unnamed people. */
const DEMONYM_PLURAL = String.raw`\p{Lu}\p{Ll}+(?:ians|icans|eans)`;
/**
 * A party's members, plural ("Democrats say", "conservatives argue", "Tories warned"): people, not
 * the party, which is written in the singular ("the Democratic Party said"). "Republicans" is a
 * DEMONYM_PLURAL already.
 */
const PARTY_PLURAL = ["democrats", "conservatives", "liberals", "progressives", "tories"].map(anyCase).join("|");
/**
 * The people of a place as a share of them: "a large proportion of the population", "a majority of
 * the public", "much of the electorate". Alone, "the population" is a count ("the population grew").
 */
const SHARE_NOUNS = String.raw`(?:proportion|share|majority|minority|number|percentage|section|segment|fraction|part|half|third|quarter|most|much)`;
const PEOPLE_SHARE = String.raw`${SHARE_NOUNS}\s+of\s+(?:the\s+)?(?:population|public|electorate)`;
/**
 * A poll's share of its respondents opening the sentence as its subject: "Fifty-one percent say …",
 * "51% think …" — people polled. Only at the sentence’s start, a hedge aside ("Nearly 60% of nurses surveyed said"): inside it a percentage is a figure
 * ("rose 10 percent, more than the 8 percent expected").
 */
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].map(anyCase).join("|");
const PERCENT_WORDS = String.raw`(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${["ten", "eleven", "twelve", "fifteen"].map(anyCase).join("|")}`;
const POLL_SHARE = String.raw`(?<=^(?:(?:Nearly|About|Almost|Roughly|Around|Over|Some|Only|Just|More\s+than|Fewer\s+than|Less\s+than)\s+)?)(?:\d{1,2}(?:\.\d)?|${PERCENT_WORDS})(?:\s*%|\s+percent|\s+per\s+cent)`;
/**
 * "Many leftist figures", "opposition figures", "senior figures": people, where a word of politics,
 * rank or public life qualifies them; "figures" alone, or "official", "trade" or "key" figures,
 * are numbers.
 */
const FIGURE_QUALIFIERS = [
  "political",
  "opposition",
  "leftist",
  "rightist",
  "left-wing",
  "right-wing",
  "public",
  "religious",
  "senior",
  "prominent",
  "party",
  "community",
  "establishment",
  "cultural",
  "sporting",
  "conservative",
  "liberal",
  "progressive",
  "tribal",
  "church",
];
const PEOPLE_FIGURES = String.raw`(?:${FIGURE_QUALIFIERS.map(anyCase).join("|")})\s+figures`;
/** The predicates' third-person singular forms ("says", "states", "claims"), which are plural nouns as well. */
const S_FORMS = alternation(
  [...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS, ...COGNITION_VERBS].filter((w) => /[^s]s$/u.test(w)),
);
/**
 * Not a predicate's "-s" form right after a plural quantifier, which cannot agree with it: there
 * it is a noun the quantifier counts ("Many reports suggest …", "Some claims were false").
 */
const NO_S_FORM = `(?!\\s+(?:${S_FORMS})(?!\\p{L}))`;
/**
 * "They said that …" at a sentence's start or after an opening phrase ("In a study out Monday,
 * they detail …"), "…, they wrote." as the tag that ends a sentence of any length, and "Another wondered …", "Some argue …" opening it: one or some of a group
 * just named. After a conjunction the word is in lower case ("But they have repeatedly
 * reaffirmed …"), and a quantifier may count the group by its pronoun ("Many of them said …").
 * Compiled once (activeMatch keeps a copy per pattern).
 */
const GROUP_PRONOUN_SPEAKS = new RegExp(
  `^(?:(?:(?:But|And|Yet|So)\\s+)?(?:[Tt]hey|[Aa]nother|(?:[Ss]ome|[Mm]any|[Mm]ost)${NO_S_FORM}(?:\\s+of\\s+them|\\s+(?:in|on|at|across|around|from|inside|outside)(?:\\s+[\\p{L}·’'-]+){1,4}?)?)|[^,;:“”"]{1,100},\\s+they|[^“”"]*,\\s+they(?=${FILLER}{0,2}\\s+(?:${FINITE})\\s*[.!?]?\\s*$))${FILLER}{0,2}\\s+${PREDICATE}(?!\\p{L})`,
  "u",
);
/** True when `sentence` gives its words to one or some of a group by a pronoun (GROUP_PRONOUN_SPEAKS): the caller decides which group. */
export function groupPronounSpeaks(sentence: string): boolean {
  const text = maskAbbreviations(sentence);
  const match = activeMatch(GROUP_PRONOUN_SPEAKS, text);
  return match !== null && !supposedWithin(text, match);
}

/**
 * "one" or "another" standing alone for one of a group, or a second person of a kind, just named:
 * as the subject of a verb of speech at the sentence's start, after a closing quotation mark or a
 * comma ("“…,” one said", "One said …", "…, and another warned …"), or after an inverted verb that
 * ends its clause ("“…,” said one, who asked not to be named"). Not "no one", "every one" or "the
 * one": only those openings stand before it.
 */
const ONE_SPEAKS = new RegExp(
  `(?:^(?:(?:But|And|Yet|So)\\s+)?|[”"]\\s*|,\\s+(?:(?:and|but|while|whereas)\\s+)?)([Oo]ne|[Aa]nother)${FILLER}{0,2}\\s+${PREDICATE}(?!\\p{L})|(?:[”"]\\s*|,\\s*)(?:${INVERTING})\\s+(one|another)(?=\\s*(?:[.,;!?]|$))`,
  "u",
);

/**
 * "one" or "another" as the subject of a verb of speech (ONE_SPEAKS), lower case, or undefined;
 * not in a quotation. The caller decides whose group or kind it is.
 */
export function oneSpeaks(sentence: string): "one" | "another" | undefined {
  if (asksQuestion(sentence)) return undefined;
  const text = maskAbbreviations(sentence);
  const match = activeMatch(ONE_SPEAKS, text);
  const word = match?.[1] ?? match?.[2];
  if (match === null || word === undefined || supposedWithin(text, match)) return undefined;
  const at = match.index + match[0].lastIndexOf(word);
  return quotedAt(sentence, at) ? undefined : word.toLowerCase() === "one" ? "one" : "another";
}

/**
 * "some", "many" or "most" standing alone for people, as the subject of a clause inside the
 * sentence: after a relative or a conjunction ("what some have called the “Belfastisation”",
 * "…, but many argue …", "…, and some say …", after a colon, a semicolon or a dash: "…: some argue
 * that …"), with a relative clause of who they are or not
 * ("…, but several who run kitchens complained …"; "several" only so, since it may count things),
 * or after "with" as an absolute clause's subject ("…, with many saying the plan would fail").
 * Not after "than" or "as" ("longer than most expected" compares), nor "reported", which things
 * do ("most reported losses").
 */
const QUANTIFIER_SPEAKS = new RegExp(
  `(?:(?<!\\p{L})(?:what|that|which|while|whereas|but|and|though|although|with)\\s+|^(?:While|Whereas|Though|Although)\\s+|(?:[,;:]|\\s[—–])\\s+)(some|many|most|several(?=\\s+who\\s))${NO_S_FORM}(?:\\s+who\\s+[^,;:“”"]{1,80}?)?${FILLER}{0,2}\\s+(?!report)${PREDICATE}(?!\\p{L})`,
  "u",
);

/**
 * "an issue that many consider controversial", "what some deem a failure": a quantifier for
 * people as the subject of a relative clause whose object the clause took out, so the verb of
 * judging is followed by what they judge it (an adjective or a noun phrase), never by its own
 * object or a preposition ("the options that many consider before buying" weighs options).
 */
const QUANTIFIER_VIEWS = new RegExp(
  `(?<!\\p{L})(?:what|that|which)\\s+(some|many|most)(?:\\s+(?:still|now|also|even|rightly|wrongly))?\\s+(?:consider|deem)(?!\\p{L})(?!\\s+(?:it|them|him|her|this|that|these|those|to|for|in|on|at|by|with|about|before|after|when|while|if|whether|how|what|buying|taking|using|moving)(?!\\p{L}))(?=\\s+\\p{L})`,
  "u",
);
/**
 * A view "many", "some" or "most" hold, as the passive gives its agent: "viewed by many as
 * bullying", "regarded by some as a hero", "considered by most to be the favourite". "seen by
 * many as it flew over" is sight, so "seen" stays with VIEWED_BY_GROUP, which asks for a noun phrase.
 */
const QUANTIFIER_VIEWED_BY = new RegExp(
  `(?<!\\p{L})(?:viewed|regarded|considered)\\s+by\\s+(many|some|most|others)\\s+(?:as|to\\s+be)(?!\\p{L})`,
  "u",
);
/** Verbs of saying, reporting or stating, and stance phrases, without those of thinking: what "everyone" says is reported, what "everyone knows" is the writer's. */
const SAYING = `(?:${alternation([...SPEECH_VERBS, ...REPORTING_VERBS, ...STATEMENT_VERBS])}|${STANCE_PHRASES.join("|")})`;
/**
 * "Just about everyone has urged me to comment", "everyone I spoke to said …", "…, and everybody
 * told me …" (a view held stays out, see SAYING): all the people around the story, unnamed, as the
 * subject of a verb of saying at a clause's start.
 */
const EVERYONE_SPEAKS = new RegExp(
  `(?:^(?:(?:But|And|Yet|So)\\s+)?|[”"]\\s*|,\\s+(?:(?:and|but|while|though|although)\\s+)?|(?<!\\p{L})(?:that|which|while|whereas|but|and|though|although)\\s+)((?:(?:[Jj]ust\\s+about|[Aa]lmost|[Nn]early|[Vv]irtually|[Pp]ractically)\\s+)?(?:[Ee]veryone|[Ee]verybody))(?:\\s+(?:I|we)\\s+(?:spoke|talked|interviewed|asked|met|reached|know)(?:\\s+(?:to|with))?)?${FILLER}{0,2}\\s+${SAYING}(?!\\p{L})`,
  "u",
);

/**
 * "Rather quickly, someone pointed out that …", "…, and somebody told me …": an indefinite pronoun
 * for one unnamed person, as the subject of a verb of saying at a clause's start (SAYING: what
 * "someone thinks" is no statement), "someone else" too. Not "if someone says …" (hypotheticalAt),
 * nor inside what another reports.
 */
const SOMEONE_SPEAKS = new RegExp(
  `(?:^(?:(?:But|And|Yet|So|Then)\\s+)?|[”"]\\s*|,\\s+(?:(?:and|but|while|though|although|then)\\s+)?|(?<!\\p{L})(?:that|but|and|then)\\s+)([Ss]ome(?:one|body))(?:\\s+else)?${FILLER}{0,2}\\s+${SAYING}(?!\\p{L})`,
  "u",
);

/** "someone" speaking (SOMEONE_SPEAKS), as written in lower case, or undefined; not quoted, supposed or reported. */
export function someoneSpeaks(sentence: string): string | undefined {
  if (asksQuestion(sentence)) return undefined;
  const text = maskAbbreviations(sentence);
  const match = activeMatch(SOMEONE_SPEAKS, text);
  if (match?.[1] === undefined || supposedWithin(text, match)) return undefined;
  const at = match.index + match[0].lastIndexOf(match[1]);
  if (quotedAt(sentence, at) || reportedAt(sentence, at) || hypotheticalAt(text.slice(0, at + match[1].length)))
    return undefined;
  return match[1].toLowerCase();
}

/**
 * The quantifier ("some", "many", "most") that stands for unnamed people who speak inside the
 * sentence (QUANTIFIER_SPEAKS), or judge what a relative clause is about (QUANTIFIER_VIEWS), or
 * "everyone" saying something (EVERYONE_SPEAKS), or undefined; not in a quotation, nor inside
 * what another reports ("he said that many believe …" is his account).
 */
export function quantifierSpeaks(sentence: string): string | undefined {
  if (asksQuestion(sentence)) return undefined;
  const text = maskAbbreviations(sentence);
  const quantifier = activeMatch(QUANTIFIER_SPEAKS, text);
  // "If everyone says …", "whether many consider it fair": supposed or asked, no one reported.
  const other = quantifier
    ? null
    : (QUANTIFIER_VIEWS.exec(text) ?? QUANTIFIER_VIEWED_BY.exec(text) ?? activeMatch(EVERYONE_SPEAKS, text));
  const match = quantifier ?? (other && !hypotheticalAt(text.slice(0, other.index + other[0].length)) ? other : null);
  if (match?.[1] === undefined || supposedWithin(text, match)) return undefined;
  // The connective before it holds no quantifier, so its first whole-word use is the subject.
  const at = match.index + match[0].search(new RegExp(`(?<!\\p{L})${match[1]}(?!\\p{L})`, "u"));
  return quotedAt(sentence, at) || reportedAt(sentence, at) ? undefined : match[1];
}

/**
 * People named by their trade or field, whatever it is: "-ists" ("scientists", "astrobiologists",
 * "economists") and "-ians" ("physicians", "historians"), without the verbs that end so ("insists", "persists").
 */
const TRADE_PLURAL = String.raw`\p{L}\p{Ll}{3,}ists(?<!(?:persists|consists|subsists))|\p{L}\p{Ll}{2,}ians`;
/**
 * People named by what they do, whatever it is (attribution.ts's AGENT_PLURAL_TAIL: "commuters",
 * "shareholders", "retirees", "tenants"), lower case, or capitalised only where it opens the
 * sentence: "the Steelers said" is a team.
 */
const AGENT_PLURAL = String.raw`(?:(?<![^])\p{Lu}|\p{Ll})${AGENT_PLURAL_TAIL}`;
/**
 * People by role, trade, rank or tie whom compromise's lexicon knows (peoplePlurals.ts: "pilots",
 * "surgeons", "veterans", "youths"), as AGENT_PLURAL reads them: lower case, or capitalised only
 * where it opens the sentence ("the Patriots said" is a team, and so may be any capitalised plural).
 */
const PEOPLE_PLURAL = (() => {
  const words = alternation(PEOPLE_PLURALS.filter((word) => !ANONYMOUS_SOURCE_PLURALS.includes(word)));
  return String.raw`(?<![^])(?:${words.split("|").map(anyCase).join("|")})|(?:${words})`;
})();
/** A group's word from a list: the plurals, the parties, a share of a people or of a poll, qualified figures. */
const GROUP_LISTED = `${ANONYMOUS_SOURCE_PLURALS.map(anyCase).join("|")}|${PEOPLE_PLURAL}|${PARTY_PLURAL}|${PEOPLE_SHARE}|${POLL_SHARE}|${PEOPLE_FIGURES}`;
/** A group's word read by its form: a demonym, a trade, an agent (their endings are tried letter by letter). */
const GROUP_FORMS = `${DEMONYM_PLURAL}|${TRADE_PLURAL}|${AGENT_PLURAL}`;
const GROUP_WORDS = `(?:${GROUP_LISTED}|${GROUP_FORMS})`;
/** Words that may qualify a group: capitalised ones ("U.S.", "Caribbean") and common modifiers. */
const GROUP_MODIFIER = String.raw`(?:\p{Lu}[\p{L}·’'-]*|multiple|several|some|many|most|other|both|two|three|current|former|senior|top|prominent|unnamed|anonymous|intelligence|military|defense|security|government|administration|national|federal|human|rights|civil|society|law|enforcement|and|the)`;
/** A group's noun phrase: its modifiers and its word (GROUP captures it). */
const GROUP_PHRASE = `(?:${GROUP_MODIFIER}\\s+){0,8}${GROUP_WORDS}`;
const GROUP = `(${GROUP_PHRASE})`;
/**
 * A group's word standing whole, at a word's start: every pattern built on GROUP needs one (after
 * a space or where GROUP_SPEAKS's own look-behind allows), so a sentence without it is not run
 * through them (their modifier runs are the costly part of reading a sentence). Asked through
 * `hasGroupWord`, which answers the same for less; exported for the test that they agree.
 */
export const GROUP_WORD = new RegExp(`(?<![\\p{L}’'])${GROUP_WORDS}(?!\\p{L})`, "u");
/** GROUP_WORD's listed words alone. */
const GROUP_LISTED_WORD = new RegExp(`(?<![\\p{L}’'])(?:${GROUP_LISTED})(?!\\p{L})`, "u");
/** GROUP_WORD's words read by their form alone. */
const GROUP_FORM_WORD = new RegExp(`(?<![\\p{L}’'])(?:${GROUP_FORMS})(?!\\p{L})`, "u");
/** The endings every GROUP_FORM_WORD ends on ("-ans", "-ists", "-ers", "-ors", "-ees", "-men", "-nts"). */
const GROUP_FORM_ENDING = /(?:ans|ists|ers|ors|ees|men|nts)(?!\p{L})/u;
/**
 * Whether `text` holds a group's word: GROUP_WORD.test, at a third of its cost. Reading a word's
 * form backtracks over each word's letters for its ending, most of GROUP_WORD's cost, so it is
 * tried only in a text where some word ends as such a plural can (one in fourteen sentences).
 */
export function hasGroupWord(text: string): boolean {
  return GROUP_LISTED_WORD.test(text) || (GROUP_FORM_ENDING.test(text) && GROUP_FORM_WORD.test(text));
}
/** What puts an unnamed source near the facts: "close to the president", "familiar with the plans", "briefed on it". */
const CLOSE_TO = String.raw`close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of`;
/**
 * A restrictive relative clause on a source: "officials who spoke to Reuters", "an official who
 * asked not to be named", "respondents whose firms use the tool". It holds a verb of its own, so the predicate after it is the source's
 * ("people in the state who have reported using meth" is no one reporting).
 * The clause opens on no pronoun: in "those who they claim assist them" the group is the object of the
 * clause, whose subject ("they") claims.
 * The clause does not end on "and", "or" or "to": a verb after them is the clause's own, joined to
 * its verb or an infinitive ("people who bought the car or suggest …", "others who have reasons to
 * oppose …"), not the group's predicate.
 */
const WHO = String.raw`(?:\s+who(?:se)?(?:\s+(?:has|have|had|is|are|was|were|been|would|did|does|do|not|also))*\s+(?!(?:has|have|had|is|are|was|were|been|would|did|does|do|not|also|they|we|I|you|he|she|it)(?!\p{L}))[^,;:“”"\s][^,;:“”"]{0,80}?(?<!(?<!\p{L})(?:and|or|nor|to)))`;
/**
 * A word of the noun phrase after a group's preposition: not a conjunction, an infinitive's
 * "to" or a relative word, which end the phrase ("leaders from both countries to claim …" is no
 * group claiming; "students inside and threatened" no students threatening), save "and" joining
 * two names ("Governors of New Mexico and Arizona asked …"); nor a finite "be" or "have", which
 * opens the group's own predicate ("women in the valley are living in fear" holds no "fear" of theirs).
 */
const PHRASE_WORD = String.raw`\s+(?:and(?=\s+\p{Lu})|(?!(?:and|or|but|to|that|who|which|whom|is|are|was|were|has|have|had)(?!\p{L}))[\p{L}·’'-]+)`;
/** A place's name in a list of them: up to three capitalised words ("Ha Tuke", "Mokotane"). */
const LISTED_PLACE = String.raw`\p{Lu}[\p{L}·’'-]*(?:\s+\p{Lu}[\p{L}·’'-]*){0,2}`;
/**
 * Where a group works, lives or what it holds: "Staff on short-term contracts", "experts at the university", "Residents
 * of Naco", or a list of places' names ending in "and" ("Residents of Ha Tuke, Mechaling and Mokotane say").
 */
const GROUP_PLACE = String.raw`(?:\s+(?:of|in|from)\s+${LISTED_PLACE}(?:,\s+${LISTED_PLACE}){1,6},?\s+and\s+${LISTED_PLACE}|\s+(?:on|at|in|from|with|of|out\s+of|${CLOSE_TO})(?:${PHRASE_WORD}){1,3}?)`;
/**
 * Whom a group acts for, and a chain of such phrases: "Lawyers for the families of two men
 * killed in a raid in Sinaloa say …" (up to four phrases of up to four words each). "to" only
 * before an article or a name ("Aides to the president say", "advisers to Whitlow"): before a
 * verb it is an infinitive ("workers to return"), no one the group serves.
 */
const GROUP_FOR = String.raw`(?:\s+(?:for|to(?=\s+(?:the|an?|\p{Lu}))|on|at|in|near|along|across|around|inside|outside|from|with|of|out\s+of|${CLOSE_TO})(?:${PHRASE_WORD}){1,5}?){1,4}`;
/**
 * Who engaged an unnamed source, as a participle and its agent: "A consultant hired by the council
 * warned …", "lawyers retained by the family say …". The agent is the employer, not the speaker:
 * the source is the person or group before the participle (a group after "by" there says nothing).
 */
const ENGAGED = String.raw`(?:hired|retained|employed|appointed|commissioned|contracted|engaged)\s+by`;
const SOURCE_ENGAGED = String.raw`(?:\s+${ENGAGED}(?:\s+[\p{L}\d·’'-]+){1,5}?)`;
const ENGAGED_BY_END = new RegExp(`(?<!\\p{L})${ENGAGED}\\s+(?:(?:the|an?|his|her|their|its)\\s+)?$`, "u");
/** Who reached the group, or where: "analysts interviewed by The Associated Press", "experts consulted by Reuters", "youths interviewed at a job fair". */
const GROUP_REACHED = String.raw`(?:\s+(?:interviewed|contacted|consulted|surveyed|polled|quoted|cited)\s+by(?:\s+[\p{L}·’'-]+){1,4}?|\s+(?:interviewed|surveyed|polled|questioned)(?:\s+(?:at|in|on|outside|near|across|during|after|this|last)(?:\s+[\p{L}\d·’'-]+){1,4}?){0,2})`;
/**
 * A group as the subject of a relative clause whose own verb is the predicate: "indigenous people,
 * who regard whales as …", "the number of respondents who said they …".
 */
const WHO_THEN = String.raw`(?:,?\s+who)`;
/**
 * Where a group is or whom it acts for, unless a predicate's "-s" form follows, which is a
 * noun there: "voters in key states", "residents with insurance claims".
 */
const GROUP_WHERE = `(?:(?:${GROUP_PLACE}|${GROUP_FOR})(?!\\s+(?:${S_FORMS})(?!\\p{L})))`;
/** A participle that says where a group stands, before GROUP_WHERE: "bankers involved in the deal", "diplomats based in Geneva". */
const GROUP_PLACED = String.raw`(?:\s+(?:involved|based|working|living|stationed|employed|gathered|assembled|posted))`;
/**
 * What a group is doing, as a present participle and its object, short of any conjunction or
 * relative word (PHRASE_WORD): "Doctors treating the boy said", "officials overseeing the inquiry
 * said", "analysts covering the company expect". The predicate must follow it, so the phrase only
 * says which people; "protesters carrying signs that said …" is no group speaking.
 */
const GROUP_DOING = String.raw`(?:\s+\p{Ll}{3,}ing(?:${PHRASE_WORD}){1,4}?)`;
/**
 * A second plural the group speaks with, joined by "and": "Experts and brokerages are of the
 * view …" (the group's word names the people; the other may be firms, which count as none).
 */
const GROUP_AND = String.raw`(?:\s+and\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s)`;
/**
 * An article, perhaps with a degree word, right before a predicate's form: the word is an
 * adjective or a noun there ("the most detailed model", "a noted author"), no verb of the group's.
 */
const ARTICLE_BEFORE = String.raw`(?<!(?<!\p{L})(?:[Tt]he|an?)\s+(?:(?:most|more|least|less)\s+)?)`;
/**
 * Not right after a preposition: there a verb's form is an adjective of the noun after it ("the sixth person to
 * die from suspected poisoning", "arrested over alleged fraud"), no predicate of a source before it.
 */
const PREPOSITION_BEFORE = String.raw`(?<!(?<!\p{L})(?:from|of|by|with|amid|over|after|for|in|on|at|into|about|against|despite|following)\s)`;
const GROUP_SPEAKS = new RegExp(
  `(?<![\\p{L}’'])${GROUP}(?!\\p{L})${GROUP_AND}?(?:${GROUP_PLACED}?${GROUP_WHERE}|${GROUP_DOING}|${SOURCE_ENGAGED})?${GROUP_REACHED}?${WHO}?${ASIDE}?${WHO_THEN}?${FILLER}{0,3}\\s+${ARTICLE_BEFORE}${PREDICATE}(?!\\p{L})`,
  "u",
);
/**
 * A participle only people are the object of, after "those": "those interviewed", "those polled"
 * (one interviews people; "those predicted" are things).
 */
const THOSE_ASKED = String.raw`\s+(?:interviewed|surveyed|polled|questioned|consulted)(?:\s+by(?:\s+[\p{L}·’'-]+){1,4}?)?`;
/**
 * "Those" with what marks them as people: where they stand or whom they are close to ("Those in
 * favor of punishment have said", "those close to the talks say"), a clause of their own
 * ("those who attended said"), or being asked (THOSE_ASKED: "Many of those interviewed said").
 * Bare "those" is a demonstrative ("than those predicted").
 */
const THOSE_SPEAK = new RegExp(
  `(?<![\\p{L}’'])([Tt]hose(?:${GROUP_WHERE}|${WHO}|${THOSE_ASKED}))${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`,
  "u",
);
/**
 * "according to those familiar with the plan", "according to those who attended": the object of
 * "according to", marked as people as THOSE_SPEAK marks them, up to the end of its clause.
 */
const ACCORDING_THOSE = new RegExp(
  `\\b[Aa]ccording to\\s+([Tt]hose(?:${GROUP_WHERE}|${WHO}|${THOSE_ASKED}))(?=\\s*(?:[,.;:!?]|$))`,
  "u",
);
/**
 * Predicates whose object may be the people they are about ("tell", "describe", "blame",
 * "oppose", "regard", "accuse"): before a group they read as a verb and its object, no tag.
 */
const PERSON_OBJECT = new Set(["tell", "describe", "blame", "oppose", "regard", "accuse"]);
/** Every predicate of speech, statement, reporting or view, once (the lists share some forms). */
const PREDICATE_FORMS = new Set([
  ...SPEECH_VERBS,
  ...REPORTING_VERBS,
  ...STATEMENT_VERBS,
  ...COGNITION_VERBS,
  ...PLURAL_PRESENT_VERBS,
]);
/**
 * The plural present of the predicates, read by form: a word the lists also hold with "-s" or
 * "-es" ("warn", "argue", "caution", "predict", "worry"), as a tag puts it before the group it
 * agrees with ("…, warn experts", "…, argue critics of the bill"). Not one whose object may be
 * people (PERSON_OBJECT).
 */
const PLURAL_PRESENT = [...PREDICATE_FORMS].filter(
  (verb) =>
    !PERSON_OBJECT.has(verb) &&
    [`${verb}s`, `${verb}es`, verb.replace(/y$/u, "ies")].some((form) => form !== verb && PREDICATE_FORMS.has(form)),
);
/**
 * A relative clause set off by a comma that ends the sentence after an inverted tag's group: "…,
 * said people with direct knowledge of the matter, who asked not to be identified because they’re
 * not authorized to speak." The clause says more of the people; it holds no quotation.
 */
const WHO_TO_END = String.raw`(?:,\s+who(?!\p{L})[^;“”"]{1,160})`;
/**
 * "…, say experts.", "…, said residents who live nearby.", "“…,” said analysts polled by Reuters.",
 * "…, warn economists at the bank.", "…, insist its supporters.": a group, its owner's or not,
 * after an inverted verb (a verb of speech, or a predicate's plural present), with where it is,
 * who reached it or its relative clause (WHO_TO_END), ending the sentence.
 */
const INVERTED_GROUP = new RegExp(
  `,[”"]?\\s*(?:${INVERTING}|${alternation(PLURAL_PRESENT)})\\s+(?:(?:his|her|its|their)\\s+)?${GROUP}(?!\\p{L})${GROUP_WHERE}?${GROUP_REACHED}?${WHO}?${WHO_TO_END}?\\s*[.;!]?\\s*$`,
  "u",
);
/**
 * "The combination, say economists, marks …": the same tag set off by commas between a sentence's
 * opening subject and its verb. The subject runs from the sentence's start to the first comma, and
 * the verb after the tag is in lower case and no conjunction ("…, warn tenants, and …" is a list
 * of deeds, not a tag).
 */
const INVERTED_GROUP_ASIDE = new RegExp(
  `^[^,;:“”"]{1,100},\\s*(?:${INVERTING}|${alternation(PLURAL_PRESENT)})\\s+(?:(?:his|her|its|their)\\s+)?${GROUP}(?!\\p{L})${GROUP_WHERE}?${GROUP_REACHED}?,\\s+(?!(?:and|or|but|nor|then|who|which|that)(?!\\p{L}))\\p{Ll}`,
  "u",
);
/**
 * The agent of a passive predicate: "was confirmed by U.S. officials", and with words of its own
 * before the group's ("criticised by opposition lawmakers", "disputed by local residents").
 */
const GROUP_AGENT = new RegExp(
  `\\b(?:${FINITE})(?:\\s+\\p{Ll}+ly)?\\s+by\\s+(?:(?!(?:the|an?|his|her|their|its)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?${GROUP}(?!\\p{L})`,
  "u",
);
/**
 * Words in quotation marks a group gives something, as the passive puts it: "Called a “violent
 * rhythm game” by its creators", "was dubbed “the Ghost” by residents" (group 1). Read on the
 * sentence with its marks: without them ("called a meeting by the organisers") nothing is said.
 */
const NAMED_BY_GROUP = new RegExp(
  `(?<!\\p{L})(?:[Cc]alled|[Dd]ubbed|[Tt]ermed|[Ll]abell?ed|[Bb]randed|[Dd]escribed\\s+as)\\s+(?:(?:it|him|her|them)\\s+)?(?:(?:an?|the)\\s+)?[“"][^“”"]{1,100}[”"],?\\s+by\\s+((?:(?:its|their|his|her)\\s+)?${GROUP_PHRASE})(?!\\p{L})`,
  "u",
);
/**
 * The group that gives words in marks to something in `sentence` (NAMED_BY_GROUP: "Called a
 * “violent rhythm game” by its creators"), as written, with where the marks open; not in a
 * quotation nor supposed ("if it is called “…” by critics").
 */
export function namedByGroup(sentence: string): { group: string; open: number } | undefined {
  const match = NAMED_BY_GROUP.exec(sentence);
  if (match?.[1] === undefined) return undefined;
  const start = match.index + match[0].lastIndexOf(match[1]);
  if (quotedAt(sentence, start) || hypotheticalAt(sentence.slice(0, start))) return undefined;
  return { group: match[1], open: match.index + match[0].search(/[“"]/u) };
}

/**
 * A view a group holds of something, as the passive or a relative clause gives it: "still seen
 * by many Africans as a liberation hero", "what many Tunisians saw as a failure" ("as" and a
 * noun phrase make it a view; "seen by residents as it flew over" is sight).
 */
/** What a view is of, after "as": a noun phrase opened by an article or a possessive ("as a failure"). */
const VIEWED_AS = String.raw`(?:an?|the|his|her|its|their)(?!\p{L})`;
const VIEWED_BY_GROUP = new RegExp(`\\b(?:seen|viewed|regarded)\\s+by\\s+${GROUP}\\s+as\\s+${VIEWED_AS}`, "u");
const WHAT_GROUP_VIEWS = new RegExp(
  `\\bwhat\\s+${GROUP}\\s+(?:saw|see|sees|viewed|view|views|regarded|regard|regards)\\s+as\\s+${VIEWED_AS}`,
  "u",
);
/**
 * Nouns of bodies of people, which a group's word may qualify: "teachers unions", "a workers
 * association" are institutions, which the gold does not count, not the teachers themselves.
 */
const BODY_NOUNS = String.raw`unions?|associations?|organi[sz]ations?|federations?|councils?|committees?|coalitions?|alliances?|networks?|bodies|body|offices?`;
const BODY_AFTER = String.raw`\s+(?:${BODY_NOUNS}|groups?)(?!\p{L})`;

/** A count of a group before "of": "Hundreds of residents", "Some of the workers", "Two of the teachers". */
const COUNT_OF = String.raw`(?:Hundreds|Dozens|Thousands|Scores|Millions|Many|Some|Most|Several|All|Both|Two|Three|Four|Five|\d[\d,]*)\s+of\s+(?:the\s+)?`;
/**
 * A group of unnamed people as the whole subject of a sentence, whatever its verb ("Hundreds of
 * residents gathered outside city hall", "The workers, who earn $10 an hour, have been on strike"):
 * the one group "They said …" can stand for in the next sentence. Not a group joined to another
 * subject ("Residents and the mayor met"), nor one a possessive or a noun goes on with ("Workers'
 * pay", "Workers unions").
 */
const GROUP_SUBJECT = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So)\\s+)?(?:${COUNT_OF}|(?:The|the)\\s+)?${GROUP}(?![\\p{L}'’])(?!${BODY_AFTER})(?:${GROUP_WHERE})?${ASIDE}?${FILLER}{0,3}\\s+(?!(?:and|or|nor|but|of|who|which|that)(?!\\p{L}))\\p{Ll}`,
  "u",
);

/** The group of unnamed people that is `sentence`'s whole subject (GROUP_SUBJECT), as written, or undefined. */
export function groupSubject(sentence: string): string | undefined {
  const text = plain(sentence);
  const match = hasGroupWord(text) ? GROUP_SUBJECT.exec(text) : null;
  if (match?.[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return tidy(sentence.slice(start, start + match[1].length));
}

/** A group's noun phrase anywhere in a sentence, not a possessive nor a body's qualifier ("researchers", not "researchers’ data"). */
const GROUP_ANYWHERE = new RegExp(`(?<![\\p{L}’'])${GROUP}(?![\\p{L}'’])(?!${BODY_AFTER})`, "gu");
/** Where a sentence's first clause ends: a mark, or a word that opens a clause of its own ("how galaxies formed"). */
const FIRST_CLAUSE_END =
  /[,;:–—()“”"]|(?<!\p{L})(?:how|what|why|whether|that|which|who|whom|whose|where|when|if|while|because|as|until|after|before|since|but)(?!\p{L})/u;
/** A plural by its form ("samples", "clouds"), or a word that stands for several ("police", "people", "we", "they"). */
const PLURAL_WORD = /(?<![\p{L}’'])(?:[Pp]olice|[Pp]eople|[Tt]hey|[Ww]e|\p{L}+[^s’'\s]s)(?![\p{L}’'])/gu;

/**
 * The one group of unnamed people that the first clause of `sentence` names, as its subject or
 * not ("Nearly 150 travellers came home", "TNG50 allowed researchers to see how galaxies formed",
 * "The storm forced residents to leave"), where that clause holds no other plural whose noun
 * "They" could take up ("Police arrested two workers", "Scientists studied the samples"): the
 * group a "They said …" opening the next sentence can only stand for, as it stands for a group
 * that is the whole subject (groupSubject). Plurals past the clause's end ("how galaxies formed")
 * are that clause's own. Returns the group as written and where the clause ends (for the caller
 * to look for people and bodies named in it), or undefined.
 */
export function soleGroup(sentence: string): { group: string; end: number } | undefined {
  const text = plain(sentence);
  if (!hasGroupWord(text)) return undefined;
  const first = text.search(FIRST_CLAUSE_END);
  const end = first < 0 ? text.length : first;
  const clause = text.slice(0, end);
  const groups = [...clause.matchAll(GROUP_ANYWHERE)];
  const [match] = groups;
  if (groups.length !== 1 || match?.[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const stop = start + match[1].length;
  const others = [...clause.matchAll(PLURAL_WORD)].filter((p) => p.index < start || p.index >= stop);
  // "residents and the mayor": a group joined to another is no group "They" is alone.
  const joined = /\s(?:and|or|&)\s+$/u.test(clause.slice(0, start)) || /^\s+(?:and|or|&)\s/u.test(clause.slice(stop));
  return others.length > 0 || joined ? undefined : { group: tidy(sentence.slice(start, stop)), end };
}

/** Not "according to the researchers' calculations": a group's possessive cites a document; nor a body ("teachers unions"). */
/**
 * A lower-case word that qualifies a group the list of modifiers does not hold ("industry
 * sources", "diplomatic sources", "local residents", "trade experts"): not a determiner, a
 * pronoun or a preposition, which would make the group the object of another noun ("according to
 * data from analysts", "according to estimates by economists": documents).
 */
const FREE_MODIFIER = String.raw`(?!(?:the|an?|his|her|their|its|our|this|that|these|those|from|of|by|with|for|to|in|on|at|about|and|or|than)(?!\p{L}))\p{Ll}[\p{Ll}-]*`;
/**
 * After "according to", a group, its lower-case modifiers before or after its listed ones ("according to industry
 * sources", "according to Palestinian health authorities"), not a body ("according to government agencies").
 */
const ACCORDING_GROUP = new RegExp(
  `\\b[Aa]ccording to\\s+((?:${FREE_MODIFIER}\\s+){0,2}?${GROUP_PHRASE}|(?:${GROUP_MODIFIER}\\s+){1,3}(?:${FREE_MODIFIER}\\s+){1,2}${GROUP_WORDS})(?![\\p{L}'’])(?!${BODY_AFTER})`,
  "u",
);
/** A name as a sentence writes it, with its titles and initials: "GOP Gov. Eric Holcomb", "Dana Whitlow". */
const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}·’'.-]*\s+){0,4}\p{Lu}[\p{L}·’'-]*`;
/**
 * A finite verb after a subject, by its form: a past or present tense in "-ed" or "-s", a common
 * irregular past, or a modal ("pointed", "toured", "met", "will"), so the subject's phrase runs on
 * to it ("leaders of the county board have …" is not cut at "county").
 */
export const JOINT_VERB = String.raw`(?:\p{Ll}{2,}(?:ed|s)|met|spoke|told|said|wrote|went|took|gave|made|held|sent|saw|came|left|led|won|lost|began|sought|will|would|can|could|must|should|may|might)(?!\p{L})`;
/**
 * A subject's second predicate, joined to its first by "and": "Marta Lopez comes back, and now
 * accuses her of lying", "Whitlow met the board and later denied the report". The first predicate
 * opens with a finite verb (JOINT_VERB) and holds no mark of a new clause; after "and" only words
 * between a subject and its verb (FILLER), so "… met Ruiz, and Ruiz said" is Ruiz's, not this.
 */
const COORDINATED_PREDICATE = new RegExp(
  `^\\s+${JOINT_VERB}[^,;:“”"]{0,60}?,?\\s+and${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`,
  "u",
);

/**
 * What may stand before a sentence's subject, up to its comma: a subordinate clause or a phrase of
 * time or place ("When an explosion resounded in Chelsea on Saturday, …", "On Monday, …").
 */
const SUBJECT_OPENER = String.raw`(?:(?:(?:But|And|Yet|So)\s+)?(?:After|When|As|Although|Though|While|Since|Because|Before|Until|Once|On|In|At|During|By|Last|This|Earlier|Later)\s[^,;:“”"]{1,100},\s+)`;
/**
 * An unnamed group that opens the sentence as its subject (after an opener), with where it is: "Authorities have
 * already identified …", "New York City officials sent …" (coordinatedGroup reads its predicates).
 */
const GROUP_OPENING = new RegExp(
  `^${SUBJECT_OPENER}?(?:(?:But|And|Yet|So|Meanwhile|However|Still),?\\s+)?${GROUP}(?!\\p{L})${GROUP_WHERE}?`,
  "u",
);
/**
 * A verb that takes people as its object, among the words read as a group's modifiers: "The mayor
 * met officials" is a clause whose object is the group, not a group's phrase. (Adjectives in -ed stay
 * modifiers: "elected officials", "frustrated parents".)
 */
const VERB_IN_PHRASE =
  /(?<!\p{L})(?:met|told|said|spoke|wrote|sent|saw|gave|took|led|won|lost|left|held|made|asked|urged|thanked|joined|hired|fired|praised|critici[sz]ed|accused|warned|called|visited|briefed|addressed|blamed|phoned|contacted|meets|tells|says|asks|urges|thanks|joins|hires|fires|praises|accuses|warns|calls|visits|blames|contacts|sees|sends|gives)\s/u;
/** A group's first finite verb, with an auxiliary a plural takes before it ("have already identified"). */
const GROUP_VERB = String.raw`(?:(?:have|had|are|were|do|did)\s+(?:(?:\p{Ll}+ly|already|also|now|just|still)\s+)?)?${JOINT_VERB}`;
/** The group's first predicate, then a second joined by "and" ("… identified 120 victims and expect …"). */
const GROUP_COORDINATED = new RegExp(
  `^\\s+${GROUP_VERB}[^,;:“”"]{0,60}?,?\\s+and${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`,
  "u",
);
/** The group's first predicate, then a participle of speech after a comma ("… sent an alert, warning them …"). */
const GROUP_THEN_PARTICIPLE = new RegExp(
  `^\\s+${GROUP_VERB}[^,;:“”"]{0,80}?,\\s+(?:\\p{Ll}+ly\\s+)?(?:while\\s+)?(?:${PARTICIPLE})(?!\\p{L})`,
  "u",
);

/**
 * The group that opens `text` as the subject of a second predicate of speech: joined by "and"
 * ("Authorities have identified 120 victims and expect to learn of more") or a participle after a
 * comma ("officials sent an alert, warning them to stay away"), as a named subject's is
 * (COORDINATED_PREDICATE, LATER_PARTICIPLE). The match, shaped as the group patterns' are.
 */
function coordinatedGroup(text: string): RegExpExecArray | null {
  const opening = GROUP_OPENING.exec(text);
  // "The mayor met officials …": a verb among the words before the group's noun makes it an object.
  if (opening === null || VERB_IN_PHRASE.test((opening[1] ?? "").replace(/\S+$/u, ""))) return null;
  const rest = text.slice(opening[0].length);
  return activeMatch(GROUP_COORDINATED, rest) !== null || activeMatch(GROUP_THEN_PARTICIPLE, rest) !== null
    ? opening
    : null;
}

/**
 * People a sentence lists by name after a plural noun of what they are, set off by a colon or a
 * dash, two or three names ending the sentence ("… got the attention of two politicians: Senator
 * Ana Ruiz and congresswoman Lena Ortiz."): the people "They said …" in the next sentence stands
 * for, as a joint subject's. A name may carry a title in lower case. Group 1 is the list. Not
 * when the sentence opens with a plural, whose subject "They" may carry on instead ("Police
 * questioned two suspects: …. They said …" is the police): a word in "-s" among its first four,
 * "police", "people", "they" or "we".
 */
const LISTED_NAME = String.raw`(?:\p{Ll}+\s+)?${NAME_RUN}`;
const LISTED_PEOPLE = new RegExp(
  `\\p{Ll}{3,}s\\s*(?::|\\s[–—])\\s+(${LISTED_NAME}(?:,\\s+${LISTED_NAME})?,?\\s+and\\s+${LISTED_NAME})\\s*[.!]?\\s*$`,
  "u",
);

const PLURAL_OPENING = /^\s*(?:\S+\s+){0,3}?(?:[Pp]olice|[Pp]eople|[Tt]hey|[Ww]e|\p{L}+[^s’'\s]s)(?![\p{L}’'])/u;

/** The names a sentence lists after a plural noun of people (LISTED_PEOPLE), by offsets, or undefined. */
export function listedPeople(sentence: string): { start: number; end: number; group?: string } | undefined {
  const text = plain(sentence);
  if (PLURAL_OPENING.test(text)) return undefined;
  const match = LISTED_PEOPLE.exec(text);
  if (match?.[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  return { start, end: start + match[1].length };
}

/**
 * Two subjects joined by "and" opening a sentence, each a name or the second an unnamed group
 * ("Dana Whitlow and Tom Reyes met the board", "GOP Gov. Eric Holcomb and leaders of the
 * Legislature have pointed to …"), then the verb: the people "They said …" in the next sentence
 * stands for. Group 1 is the whole subject, group 2 the unnamed group where there is one.
 */
const JOINT_SUBJECT = new RegExp(
  `^\\s*(?:(?:But|And|Yet|So|However|Meanwhile),?\\s+)?(${NAME_RUN}\\s+and\\s+(?:((?:${FREE_MODIFIER}\\s+|\\p{Lu}[\\p{L}·’'-]*\\s+){0,3}?${GROUP_WORDS}(?![\\p{L}'’])(?!${BODY_AFTER})${GROUP_WHERE}?)|${NAME_RUN}))(?!\\s*[’'])${FILLER}{0,3}\\s+${JOINT_VERB}`,
  "u",
);

/**
 * The joint subject that opens `sentence` (JOINT_SUBJECT): its span, for the caller to find the
 * people named in it, and its unnamed group as written, if any; or undefined.
 */
export function jointSubject(sentence: string): { start: number; end: number; group?: string } | undefined {
  const text = plain(sentence);
  const match = JOINT_SUBJECT.exec(text);
  if (match?.[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1]);
  const end = start + match[1].length;
  const group = match[2] === undefined ? undefined : tidy(sentence.slice(end - match[2].length, end));
  return group === undefined ? { start, end } : { start, end, group };
}

/** "Others, including prominent human rights advocates, decried …": the group named in the aside. */
const INCLUDED_GROUP = new RegExp(
  `\\b(?:including|among\\s+them)\\s+${GROUP},${FILLER}{0,3}\\s+${PREDICATE}(?!\\p{L})`,
  "u",
);
/** Verbs of speech in the base form an infinitive takes ("prompted some Twitter users to argue that …"). */
const BASE_SPEECH = String.raw`say|ask|argue|claim|complain|question|wonder|warn|suggest|insist|note|point\s+out|call\s+for|critici[sz]e|accuse|demand|speculate|joke|protest|voice`;
/** A group made to speak: "prompted some Twitter users to argue that …", "led critics to warn …". */
const GROUP_PROMPTED = new RegExp(
  `\\b(?:prompted|prompting|led|leading|caused|spurred|moved|inspired|pushed)\\s+${GROUP}\\s+to\\s+(?:${BASE_SPEECH})(?!\\p{L})`,
  "u",
);
const WITH_GROUP = new RegExp(`\\bwith\\s+${GROUP}\\s+(?:${PARTICIPLE})(?!\\p{L})`, "u");
/** Leading words that open a clause rather than describe the group. */
const LEADING = /^(?:(?:While|When|As|Although|But|And|Yet|However|Others|Some|The|the|and)\s+)+(?=\S)/u;
/** Where an unnamed source is or whom it speaks for: " close to the talks", " for the state prosecutor’s office". */
const SOURCE_PLACE = String.raw`(?:\s+(?:${CLOSE_TO}|in|inside|near|within|on|at|with|from|for|of|to)(?:\s+[\p{L}\d·’'-]+){1,6}?)`;
/**
 * After a single unnamed source, a finite verb only: "a former C.I.A. officer, as …, citing" is
 * no attribution. What the source speaks for may come first, in up to two phrases: "A spokesperson for the state
 * prosecutor’s office, who declined to be named, said …", "An aide to Sheinbaum said …", "A
 * forecaster at the National Weather Service office in Brownsport said …", where the name of
 * the body may leave its unit's noun ("office") to the words after the description; its
 * verb may stand in a relative clause ("comments by a lawmaker who said …").
 */
/** Where an unnamed person works, as a participle before the place: " based in Lagos", " working at the clinic". */
const SOURCE_SITED = String.raw`(?:\s+(?:based|working|living|stationed|employed|serving))`;
const SINGLE_SPEAKS = new RegExp(
  `^(?:${SOURCE_ENGAGED}|${SOURCE_SITED}${SOURCE_PLACE}|(?:\\s+\\p{Ll}[\\p{L}-]*)?${SOURCE_PLACE}{1,2})?${WHO}?${ASIDE}?(?:\\s+who)?${FILLER}{0,3}\\s+${ARTICLE_BEFORE}${PREPOSITION_BEFORE}(?:${FINITE}|${STANCE_PHRASES.join("|")})(?!\\p{L})`,
  "u",
);

/**
 * A finite predicate right after a source's words, before any aside of theirs: " said, …",
 * " familiar with the talks later told …".
 */
const PREDICATE_NEXT = new RegExp(
  `^${SOURCE_PLACE}?${FILLER}{0,3}\\s+(?:${FINITE}|${STANCE_PHRASES.join("|")})(?!\\p{L})`,
  "u",
);

/**
 * True when `rest`, the words after a source's description, open with its own predicate ("…, a
 * person briefed on the talks said, adding …", "…, officials said, after …"): the description is
 * that verb's subject, a tag of its own, not an aside on the name before it ("Omar Lamrani, a
 * senior analyst, told …" closes its aside before the verb). Not a passive ("an aide was
 * accused"), whose subject says nothing.
 */
export function predicateNext(rest: string): boolean {
  return activeMatch(PREDICATE_NEXT, plain(rest)) !== null;
}

/** An aside that is a name (or two) and nothing else: ", Jesús Ramírez,", ", Ana Ruiz and Carlos Vega,". */
const NAME = String.raw`(?:\p{Lu}[\p{L}·’'.-]*\s+){0,4}\p{Lu}[\p{L}·’'-]*`;
const NAME_ASIDE = new RegExp(`,\\s+${NAME}(?:\\s+and\\s+${NAME})?,`, "u");
const NAME_ASIDE_START = new RegExp(`^${NAME_ASIDE.source}`, "u");
/** A name in apposition that ends the sentence or its clause: "…, said his spokesman, Tammy Bruce." */
const INVERTED_NAME_AFTER = new RegExp(`^,\\s+${NAME}(?:\\s+and\\s+${NAME})?\\s*(?:[,.;!?]|$)`, "u");
/**
 * What may follow an unnamed source after an inverted verb ("…, said a senior official."): where
 * the source is or whom it speaks for, a relative clause, then the end of the sentence, or a
 * comma before a participle or "who" ("…, said a spokesman for the ministry, adding …"). Not more
 * words of a clause: "…, said a man was arrested", "…, said a man who lives nearby, identified
 * as …, was arrested" have no source after their verb.
 */
const INVERTED_SINGLE_REST = new RegExp(
  `^${SOURCE_PLACE}?${WHO}?\\s*(?:[.!?…]?\\s*$|,\\s+(?:who|\\p{Ll}+ing)(?!\\p{L}))`,
  "u",
);
/**
 * "…, said a senior official", "“…,” said one resident", "…, warns one economist": a verb that
 * takes a clause and never a thing as its object, before an unnamed source; of granting, arguing,
 * warning or forecasting as well as of saying. Not "reported", "added", "noted" or "asked", whose
 * object may be a thing or a person ("…, reported a use disorder in 2017", "…, asked a lawyer").
 */
const INVERTED_SINGLE_END =
  /(?:,[”"]?|^\s*(?:So|Thus))\s*(?:said|says|explained|explains|recalled|recalls|quipped|remarked|replied|insisted|insists|argued|argues|contended|contends|conceded|concedes|acknowledged|acknowledges|cautioned|cautions|warned|warns|predicted|predicts|estimated|estimates)\s*$/u;
/** A place named after "in", "at", "from" or "near", whose region an aside may follow: "in Greenbelt, Maryland,". */
const PLACE_END = /\b(?:in|at|from|near|outside)\s+(?:\p{Lu}[\p{L}·’'-]*\s+){0,3}\p{Lu}[\p{L}·’'-]*$/u;

/**
 * True when `text` holds a name in apposition (NAME_ASIDE) that is a person's, not a place's
 * region: "Her spokesman, Jesús Ramírez, denied", not "researchers in Greenbelt, Maryland, found".
 */
function namedAside(text: string): boolean {
  const aside = NAME_ASIDE.exec(text);
  if (aside === null || PLACE_END.test(text.slice(0, aside.index))) return false;
  // "Residents of Ha Tuke, Mechaling, Ha Lephallo and Mokotane say": the commas part a list of places, no name's aside.
  const list = PLACE_LIST.exec(text);
  return list === null || aside.index < list.index || aside.index >= list.index + list[0].length;
}

/** A list of places' names after "of", "in" or "from", ending in "and" (GROUP_PLACE's first form). */
const PLACE_LIST = new RegExp(
  String.raw`\s(?:of|in|from)\s+${LISTED_PLACE}(?:,\s+${LISTED_PLACE}){1,6},?\s+and\s+${LISTED_PLACE}`,
  "u",
);

/**
 * One unnamed person by a role the shared source nouns leave out, or owned by a name:
 * "a CBP agent", "the man's lawyer", "Sheinbaum's spokesman", "the singer's rep" or "publicist",
 * "a reporter's source inside the camp" (whose name is not given). A name
 * in apposition after it ("Esparza's lawyer, Raúl Medina, said") is caught by NAME_ASIDE.
 */
const ROLE_SOURCE =
  /(?:\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\p{Lu}[\p{L}·-]*(?:’s|'s))\s+(?:[\p{L}·’'-]+\s+){0,3}?(?:agent|lawyer|attorney|adviser|advisor|spokes(?:man|woman|person)|aide|negotiator|source|rep|representative|publicist)(?!\p{L})/u;
/**
 * One person a pronoun owns by a tie of kin or company: "His wife said", "Her brother told
 * reporters", "their longtime neighbour recalled", or "the" ties to someone the story is about ("The
 * boyfriend told investigators …", where the article never gives him a name). Unnamed here;
 * sourcing.ts counts it only where the article names no one by that tie (`tieNamed`).
 */
const OWN_TIE = new RegExp(
  `(?<!\\p{L})(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:${OWN_TIE_NOUNS.join("|")})(?!\\p{L})`,
  "u",
);
/** The tie noun a description owned by a pronoun ends on ("His longtime colleague" → "colleague"), or undefined. */
export function ownedTie(description: string): string | undefined {
  const match = new RegExp(`^${OWN_TIE.source}$`, "u").exec(description);
  return match === null ? undefined : /(\p{L}+)$/u.exec(description)?.[1]?.toLowerCase();
}

/**
 * True when `text` (the article) names someone by the tie `noun`: "his wife, Ruth Pell", "wife Ruth",
 * "Ruth Pell, his wife", "Pell's wife Ruth". Then "His wife said" may be that person, and which is
 * not for the sourcing count to guess.
 */
export function tieNamed(text: string, noun: string): boolean {
  const tie = escapeRegExp(noun);
  return (
    new RegExp(`(?<!\\p{L})${tie},?\\s+\\p{Lu}\\p{Ll}`, "u").test(text) ||
    new RegExp(
      `\\p{Lu}[\\p{L}’'-]*,\\s+(?:his|her|their|the|\\p{Lu}[\\p{L}-]*[’']s)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?${tie}(?!\\p{L})`,
      "u",
    ).test(text)
  );
}

function roleSource(text: string): { index: number; text: string } | undefined {
  const roleMatch = ROLE_SOURCE.exec(text);
  const tie = OWN_TIE.exec(text);
  const match = tie !== null && (roleMatch === null || tie.index < roleMatch.index) ? tie : roleMatch;
  const listed = match ? { index: match.index, text: match[0] } : undefined;
  const owned = ownedPersonDescription(text);
  // The possessive's own phrase is the longer at the same place ("The attorney general's spokeswoman", not "The attorney").
  const first = owned !== undefined && (listed === undefined || owned.index <= listed.index) ? owned : listed;
  // "He met Acme’s chief economist and said …", "Ruiz said Acme’s lawyer had warned …": after a
  // verb the description is its object or the subject of what another reports, no source here.
  return first !== undefined && AFTER_VERB.test(text.slice(0, first.index)) ? undefined : first;
}

/**
 * Text that ends on a lower-case word other than a conjunction or "to" of "according to": what
 * follows is that word's object ("met", "with") or a reported clause's subject ("said").
 */
const AFTER_VERB =
  /(?<!\p{L})(?!(?:and|but|or|nor|yet|so|while|as|when|whenever|because|although|though|since|after|before|once|until|if|unless|whereas|where|then|also|later|now|meanwhile|to)\s+$)\p{Ll}[\p{L}-]*\s+$/u;

/**
 * A possessive, a name's or a determined noun's, and up to three lower-case words after it: "Acme’s
 * chief economist said", "the bank's senior strategist", "the attorney general's spokeswoman".
 */
const OWNED_WORDS_AFTER =
  /(?<![\p{L}·’'-])(?:\p{Lu}[\p{L}·&-]*|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)(?:’s|'s)((?:\s+\p{Ll}[\p{L}-]*){1,3})/gu;

/**
 * One unnamed person a name owns by a noun of trade, rank or tie that no role list above holds:
 * "Acme’s chief economist", "the bank's senior strategist" (personNouns.ts `endsOnPersonNoun`, the
 * lexicon's person nouns). The description is the possessive up to its last such noun; a thing the
 * name owns ("the Department’s manual", "Acme’s printer") is no one.
 */
const FINITE_WORD = new RegExp(`^(?:${FINITE})$`, "u");
function ownedPersonDescription(text: string): { index: number; text: string } | undefined {
  for (const match of text.matchAll(OWNED_WORDS_AFTER)) {
    const after = match[1] ?? "";
    // The noun phrase ends at its verb: "The boy's father told reporters …" is the father, not the reporters.
    const all = [...after.matchAll(/\S+/gu)];
    const verb = all.findIndex((w) => FINITE_WORD.test(w[0]));
    const words = verb < 0 ? all : all.slice(0, verb);
    const at = match.index + match[0].length - after.length;
    for (let k = words.length - 1; k >= 0; k -= 1) {
      const word = words[k];
      if (word === undefined || !endsOnPersonNoun(word[0])) continue;
      // "Mexico’s president", "Acme’s director": an office one person holds, whom the text may name in
      // other words (describedHolders.ts), is no unnamed source.
      if (isOfficeWord(word[0])) break;
      return { index: match.index, text: text.slice(match.index, at + word.index + word[0].length) };
    }
  }
  return undefined;
}

/** Words of a clause that withholds a source's name: "who asked that her name not be used", "speaking on condition of anonymity", "who was not named". */
const WITHHELD = String.raw`(?:anonymity|anonymously|not\s+(?:to\s+)?be\s+(?:named|identified|used|quoted)|(?:was|were)\s+not\s+(?:named|identified)|name\s+not\s+be|not\s+authori[sz]ed|name\s+(?:was\s+)?withheld|gave\s+only\s+(?:his|her|their)\s+(?:first|last)\s+names?|(?:identified|introduced)\s+(?:himself|herself|themselves)\s+only|known\s+only\s+as|gave\s+(?:his|her|their)\s+(?:first\s+|last\s+)?names?\s+only|(?:declined|refused|did\s+not\s+want|would\s+not|did\s+not)\s+(?:to\s+)?(?:give|provide|share)\s+(?:his|her|their)\s+(?:full\s+|last\s+|first\s+)?names?)`;
/**
 * One unnamed person of any role, known as a source by the clause that withholds their name:
 * "A pharmacist at one of the stores, who asked that her name not be used …, said …". The
 * role need not be a source noun: the clause says the text hides who spoke. The one name such a
 * clause gives may follow it ("A relative, who gave only her first name, Maria, said …").
 */
const WITHHELD_SOURCE = new RegExp(
  `(?:^|[,;]\\s+)((?:[Aa]n?|[Oo]ne|[Tt]he)\\s+(?:[\\p{L}·’'-]+\\s+){0,3}?\\p{Ll}[\\p{L}-]*(?:\\s+(?:at|of|for|from|in|with|on|near)(?:\\s+[\\p{L}·’'-]+){1,4}?)?),\\s+(?:who|speaking)\\s[^,;“”"]{0,120}?${WITHHELD}[^,;“”"]{0,80},(?:\\s+\\p{Lu}[\\p{L}’'-]*,)?${FILLER}{0,3}\\s+(?:${FINITE})(?!\\p{L})`,
  "u",
);

/**
 * A verb of speech or thinking right before a clause ("in which he said others had raised
 * concerns"): a group that speaks in that clause is the reporter's, not the article's source.
 */
const REPORTED_BY = new RegExp(`(?<!\\p{L})(?:${FINITE})(?:\\s+that)?\\s+$`, "u");

/**
 * A verb of speech after its subject, with its clause running on to the end of the text: "The
 * Chronicle says he was arrested a block away after …", "He said his predecessor, …". Not a
 * passive ("is said to be one of the founders …, which U.S. prosecutors accuse"), nor a verb
 * before its subject ("…,” said Michael Sims"), nor a tag set off by a comma ("…,” she said,
 * as …"), nor past a boundary where a clause of the narration's own begins: a semicolon, a
 * colon, a dash, a quotation mark, or a comma before a conjunction ("…, and witnesses said …").
 */
const REPORTED_CLAUSE = new RegExp(
  `(?<=[\\p{L}\\d·]\\s+)(?<!\\b(?:is|are|was|were|be|been|being)\\s+)(?:${alternation(SPEECH_VERBS)})\\s+(?![,.])(?:(?![;:–—“”"]|,\\s+(?:and|but|while|as|although|though|whereas|yet|so)\\s)[^])+$`,
  "u",
);

/**
 * A subordinate clause that opens the sentence, up to its comma: "After the minister said the
 * border would stay open, …". What it reports ends there; the main clause after it is the
 * narration's own ("…, officials warned of delays" has the officials speak).
 */
const FRONTED_CLAUSE =
  /^\s*(?:(?:But|And|Yet|So)\s+)?(?:After|When|As|Although|Though|While|Since|Because|If|Before|Until|Once|Whereas|Even\s+(?:as|though|after|before))\s[^,;:“”"]*,\s*/u;

/** True when the end of `before` (a sentence up to some word) lies in a clause another's verb of speech reports (REPORTED_CLAUSE). */
function inReportedClause(before: string): boolean {
  return REPORTED_CLAUSE.test(before.slice(FRONTED_CLAUSE.exec(before)?.[0].length ?? 0));
}

/**
 * An outlet's report, from the end of the outlet's name: " reported that ", " said on Tuesday that ".
 * What it reports, when its subject is an outlet, may rest on the outlet's own unnamed sources
 * ("NBC reported that officials confirmed …").
 */
const OUTLET_REPORTS = new RegExp(
  `^${FILLER}{0,3}\\s+(?:${alternation(SPEECH_VERBS)})(?:\\s+(?:${WHEN}))?,?\\s+(?:that\\s+)?(?=\\p{L})`,
  "u",
);

/**
 * The clause an outlet's report relays, from `end`, the end of the outlet's name as the subject:
 * "officials confirmed the plane …" of "NBC reported that officials confirmed the plane …".
 * Undefined when the name is no subject of a verb of speech ("NBC's report", "told NBC that …").
 */
export function relayedClause(sentence: string, end: number): string | undefined {
  const report = OUTLET_REPORTS.exec(sentence.slice(end));
  return report === null ? undefined : sentence.slice(end + report[0].length);
}

/**
 * True when `offset` of `sentence` lies in the clause another subject's verb of speech reports
 * ("He said his predecessor, Fiona Hill, had dubbed …"; "The Chronicle says … after employees of
 * a car dealership said …"): a person or group there is what the speaker reports, not the
 * article's source.
 */
export function reportedAt(sentence: string, offset: number): boolean {
  const before = maskAbbreviations(sentence.slice(0, offset));
  return inReportedClause(before) && !quotedAt(sentence, offset);
}

/**
 * A preposition right before a group, its article or a count of it ("an alert to millions of people in
 * the area telling them …"): "a presentation to bondholders indicated …" and "a paper from a team at
 * the lab found …" have the presentation indicate and the paper find; the group is its object, no subject. Not "by" (an agent, GROUP_AGENT),
 * nor before a capitalised word, which may be the place a preposition names before the group
 * ("In Delhi residents say").
 */
const OBJECT_OF_END =
  /(?<!\p{L})(?:to|for|with|from|about|against|among|between|than|like|toward|towards|into|onto|upon)\s+(?:(?:millions|thousands|hundreds|dozens|scores|tens|some|many|most|all|each|any|none|several|\d[\d,.]*)\s+of\s+)?(?:(?:an?|the)\s+)?$/u;

/**
 * A work of research or a body before "of" a group: "A survey of investors found …", "The study
 * of patients suggests …", "The union of teachers said …". The survey, the study or the union is
 * the subject, a document or an institution, neither counted; the group is what it is of. Not a
 * count or a gathering of the people themselves ("Hundreds of residents", "a group of parents").
 */
const WORK_OR_BODY_OF_END = new RegExp(
  `(?<!\\p{L})(?:stud(?:y|ies)|surveys?|polls?|analys[ie]s|reviews?|reports?|census(?:es)?|trials?|papers?|${BODY_NOUNS})\\s+of\\s+(?:the\\s+)?$`,
  "iu",
);

/**
 * "by" after a noun, not a participle: "Research by economists at the Fed found …", "a paper by
 * researchers argues …" have the document find and argue; its authors are the object of "by".
 * After a participle the group is an agent ("A team led by researchers … has confirmed").
 */
const NOUN_BY_END = /(?<!\p{L})(\p{L}+)\s+by\s+$/u;
const BY_PARTICIPLE =
  /(?:ed|en|led|made|told|said|held|run|read|set|put|thought|brought|sent|built|paid|won|done|taught|caught|bought|found|kept|met|hit|cut)$/iu;
function nounBy(before: string): boolean {
  const word = NOUN_BY_END.exec(before)?.[1];
  return word !== undefined && !BY_PARTICIPLE.test(word);
}

/**
 * People whose trade is judging what is coming: their present "see" is a forecast or a view held,
 * not sight ("Forecasters see mostly dry weather into the weekend", "analysts see profit falling",
 * "experts do not see a deal"; "residents see the smoke" is sight, "analysts saw the figures" a reading).
 */
const FORECASTING_PLURALS = [
  "forecasters",
  "meteorologists",
  "analysts",
  "economists",
  "strategists",
  "pollsters",
  "experts",
];
const FORECASTERS_SEE = new RegExp(
  `(?<![\\p{L}’'])((?:${GROUP_MODIFIER}\\s+){0,8}(?:${FORECASTING_PLURALS.map(anyCase).join("|")}))(?!\\p{L})${GROUP_WHERE}?${FILLER}{0,3}\\s+(?:see|sees)(?!\\p{L})`,
  "u",
);

/**
 * A causative verb and its object right before the predicate: "the request for the names of
 * employees who worked on the issue makes them worry …". The predicate is a bare infinitive the
 * writer gives the object, not the group's own finite verb: the group says nothing there.
 */
const CAUSED_PREDICATE = new RegExp(
  `(?<!\\p{L})(?:make|makes|made|making|let|lets|letting)\\s+(?:them|him|her|us|you|me|people)${FILLER}{0,3}\\s+${PREDICATE}$`,
  "u",
);

/** A copula right before a description: "… is a lawyer who says …" describes the sentence's subject. */
const COPULA_END = /(?<!\p{L})(?:is|was|are|were|be|been|being|became|becomes|remains|remained)\s+$/u;
/** A causative verb right before a group, which is its object: "The noise makes residents worry …". */
const CAUSATIVE_END = /(?<!\p{L})(?:make|makes|made|making|let|lets|letting)\s+$/u;
/** The same verb inside the words read as the group's phrase: "The noise makes residents". */
const CAUSATIVE_WORD = /(?<!\p{L})(?:makes|made|making|lets|letting)\s/u;

/** A restrictive relative clause that is nothing but its predicate, ending a group's phrase: " who said", " in the state who have long argued". */
const WHO_SAYS = new RegExp(`(?<!,)\\s+who${FILLER}{0,3}\\s+${PREDICATE}$`, "u");
/**
 * An inverted tag read as a group's verb: the group's phrase runs on past a comma to the verb, and a
 * name closes the sentence after it ("… to study individual sources of such waves, such as merging
 * stars, says Okafor."). The name is the verb's subject; the group is what the named person talks
 * about. Not a day or a month ("…, officials, said Monday" keeps its group).
 */
const COMMA_THEN_VERB = /,\s+(?:\p{L}+\s+){0,2}\p{L}+$/u;
const NAME_CLOSES =
  /^\s+(?!(?:The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?!\p{L}))\p{Lu}[\p{L}·’'-]*(?:\s+\p{Lu}[\p{L}·’'-]*){0,3}\s*[.!]?\s*$/u;

/** The first group that is the subject of a reporting predicate and not inside another's reported speech. */
function subjectGroup(text: string, pattern = GROUP_SPEAKS): RegExpExecArray | null {
  const match = activeMatch(pattern, text);
  const start = match?.[1] === undefined ? -1 : match.index + match[0].indexOf(match[1]);
  const before = text.slice(0, start);
  // Leading words ("and witnesses") open the group's own clause: what it follows is read without them.
  const lead = LEADING.exec(match?.[1] ?? "")?.[0].length ?? 0;
  // "criticism from economists, who argue …": a group that is an object is the subject of its own
  // relative clause, set off by a comma, when its predicate is that clause's ("a paper by
  // researchers, who …, argues" is the paper's).
  const rest = match?.[1] === undefined ? "" : match[0].slice(start - match.index + match[1].length);
  const relative = /^,\s+who\s[^,;]*$/u.test(rest) || WHO_SAYS.test(rest);
  // "young people who have reported using meth": a restrictive clause's verb before a gerund counts a
  // deed the group owns to, a figure; "respondents who said they …" gives what they said.
  const after = match === null ? "" : text.slice(match.index + match[0].length);
  const gerund = WHO_SAYS.test(rest) && /^\s+\p{Ll}+ing(?!\p{L})/u.test(after);
  // "I'm sure your friends told you …": the reader's own people, whoever they are, report nothing here.
  const readers = /(?<!\p{L})[Yy]our\s+$/u.test(before) || /^[Yy]our\s/u.test(match?.[1] ?? "");
  const invertedTag = match !== null && COMMA_THEN_VERB.test(match[0]) && NAME_CLOSES.test(after);
  return match &&
    !readers &&
    !invertedTag &&
    !CAUSED_PREDICATE.test(match[0]) &&
    !CAUSATIVE_END.test(before) &&
    !CAUSATIVE_WORD.test(match[1] ?? "") &&
    !VERB_IN_PHRASE.test(match[1] ?? "") &&
    !gerund &&
    !REPORTED_BY.test(before) &&
    !inReportedClause(text.slice(0, start + lead)) &&
    !NAME_AND_OWN.test(before) &&
    !WORK_OR_BODY_OF_END.test(before) &&
    // "A lawyer hired by the family said": the family engaged the speaker, who is the lawyer.
    !ENGAGED_BY_END.test(before) &&
    (relative || !nounBy(before)) &&
    (relative || !OBJECT_OF_END.test(before))
    ? match
    : null;
}

/**
 * An inverted tag that closes the sentence and gives it to a person by full name: "…, said Antonio
 * De Iesu, director of the Milan police." What comes before it is that person's report, so a group
 * or an unnamed person there ("… when officers asked him for identification, said …") is what
 * the person reports, not the article's source. Two capitalised words at least, the first not
 * "The" ("said The Associated Press" is an outlet, whose relayed sources count, see relayedClause).
 */
const NAMED_TAG_CLOSES = new RegExp(
  String.raw`,[”"]?\s+(?:said|says|added|adds|explained|explains|noted|notes|recalled|recalls)\s+(?!The\s)\p{Lu}[\p{L}·’'-]*(?:\s+\p{Lu}[\p{L}·’'-]*){1,3}(?:,\s+[^,;:“”"]{1,120})?\s*[.!]?\s*$`,
  "u",
);

/**
 * A closing tag in its plain order, a name and its verb of speech or writing, perhaps where the words
 * were given: "…, Cornett wrote.", "…, Investigator Robert Cornett wrote in search warrant documents.",
 * "…, Lt· David Lelevier said." (abbreviations masked). What the sentence tells before it is that
 * person's report, so a source inside it ("Avalos said she went outside …, Cornett wrote.") is what
 * they report, no source of the article's of its own (eval/README.md: one entry per sentence for its
 * reporter). Not an unnamed tag ("…, officials said.") nor "The …" ("…, The Times said").
 */
const PLAIN_NAMED_TAG_CLOSES = new RegExp(
  String.raw`,[”"]?\s+(?!The\s)\p{Lu}[\p{L}·’'-]*(?:\s+\p{Lu}[\p{L}·’'-]*){0,3}\s+(?:said|says|wrote|writes|added|adds|explained|explains|noted|notes|recalled|recalls)(?:\s+(?:in|on|at)\s+[^,;:“”"]{1,60})?\s*[.!]?\s*$`,
  "u",
);

/** True when `rest`, the words after a source, run to a closing tag that names someone (NAMED_TAG_CLOSES, PLAIN_NAMED_TAG_CLOSES). */
function beforeNamedTag(rest: string): boolean {
  return NAMED_TAG_CLOSES.test(rest) || PLAIN_NAMED_TAG_CLOSES.test(rest);
}

/** Keeps "Some" and "The" where they describe the group ("Some Caribbean officials"). */
function tidy(label: string): string {
  const trimmed = label.trim();
  const stripped = trimmed.replace(LEADING, "");
  return /^(?:Some|some)\s/u.test(trimmed) && !/^(?:While|When|As|But|Yet)\s/u.test(trimmed) ? trimmed : stripped;
}

/** Right before a group: "no" and at most two words of its noun phrase ("no other missing people"). */
const NONE_OF_GROUP = /(?<!\p{L})[Nn]o\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/**
 * The unnamed source `sentence` attributes to, as written ("U.S. officials", "a former
 * intelligence official"), or undefined.
 */
export function anonymousSpeaker(sentence: string): string | undefined {
  if (asksQuestion(sentence)) return undefined;
  const text = plain(sentence);
  // Asked again below when no pattern matched (most sentences): read once.
  const groupWord = hasGroupWord(text);
  const group =
    (groupWord
      ? (ACCORDING_GROUP.exec(text) ??
        CITING_GROUP.exec(text) ??
        GROUP_AGENT.exec(text) ??
        GROUP_PROMPTED.exec(text) ??
        VIEWED_BY_GROUP.exec(text) ??
        WHAT_GROUP_VIEWS.exec(text) ??
        WITH_GROUP.exec(text) ??
        activeMatch(INCLUDED_GROUP, text) ??
        INVERTED_GROUP.exec(text) ??
        INVERTED_GROUP_ASIDE.exec(text) ??
        subjectGroup(text) ??
        subjectGroup(text, FORECASTERS_SEE) ??
        coordinatedGroup(text))
      : null) ??
    (/(?<!\p{L})[Tt]hose\s/u.test(text) ? (ACCORDING_THOSE.exec(text) ?? subjectGroup(text, THOSE_SPEAK)) : null);
  // "Called a “violent rhythm game” by its creators": the group that gave the words, read with their marks.
  const namedBy = group === null && groupWord ? namedByGroup(sentence) : undefined;
  if (namedBy !== undefined) return namedBy.group;
  // "Her spokesman, Jesús Ramírez, denied …": a description with the name in apposition is a named source.
  if (group?.[1] !== undefined && namedAside(group[0])) return undefined;
  if (group?.[1] !== undefined) {
    const start = group.index + group[0].indexOf(group[1]);
    // "“Officials never called us,” she said": the group is in the quoted speaker's words.
    // "If critics say …": a supposed group ("If" may open its phrase, as a capitalised modifier).
    if (quotedAt(sentence, start) || hypotheticalAt(text.slice(0, start + group[1].length))) return undefined;
    // "there were no other missing people reported": a group "no" counts none of says nothing.
    if (NONE_OF_GROUP.test(text.slice(0, start))) return undefined;
    // "Critics would argue the plan is too costly": the group's words are supposed.
    if (supposedAfter(text.slice(start + group[1].length))) return undefined;
    // "… when officers asked him for identification, said Antonio De Iesu": the named speaker's report.
    if (beforeNamedTag(text.slice(start + group[1].length))) return undefined;
    // "Sellers are still asking for prices …": setting a price, no speech.
    if (asksAPrice(text.slice(start + group[1].length))) return undefined;
    // "there are people who say, write and do hateful things": a kind of people the writer describes.
    if (describesAKind(text.slice(start + group[1].length))) return undefined;
    return tidy(sentence.slice(start, start + group[1].length));
  }
  // The clause that withholds a name says the most of who spoke: "A pharmacist at one of the stores, who …".
  const withheld = activeMatch(WITHHELD_SOURCE, text);
  if (withheld?.[1] !== undefined) {
    const start = withheld.index + withheld[0].indexOf(withheld[1]);
    if (!quotedAt(sentence, start)) return sentence.slice(start, start + withheld[1].length);
  }
  const role = roleSource(text);
  for (const single of [...anonymousSources(sentence), ...(role ? [role] : [])]) {
    if (
      quotedAt(sentence, single.index) ||
      reportedAt(sentence, single.index) ||
      hypotheticalAt(text.slice(0, single.index)) ||
      supposedAfter(text.slice(single.index + single.text.length)) ||
      beforeNamedTag(text.slice(single.index + single.text.length)) ||
      // "Dana Whitlow is a lawyer who says …": a description of the subject, who is named, no one else.
      COPULA_END.test(text.slice(0, single.index)) ||
      // "The noise makes residents worry": the causative's object, told what it feels.
      CAUSATIVE_WORD.test(single.text) ||
      // "The mayor met officials …": a clause whose object the description is.
      VERB_IN_PHRASE.test(single.text) ||
      CAUSATIVE_END.test(text.slice(0, single.index))
    )
      continue;
    const rest = text.slice(single.index + single.text.length);
    const according =
      ACCORDING_END.test(text.slice(0, single.index)) ||
      // "citing a spokesman's remarks": the remarks are cited, a document's words.
      (CITING_END.test(text.slice(0, single.index)) &&
        CITED_SOURCE.test(single.text) &&
        !/^[’']s(?!\p{L})/u.test(rest));
    // "According to Zambada’s lawyer, Frank Pérez, …": the description is of a named source.
    if (according && NAME_ASIDE_START.test(rest)) continue;
    // "…, said a senior official.": the verb before its subject, the sentence or its clause ending there.
    const inverted = INVERTED_SINGLE_END.test(text.slice(0, single.index)) && INVERTED_SINGLE_REST.test(rest);
    // "…, said his spokesman, Tammy Bruce.": the description is of a named source.
    if (inverted && INVERTED_NAME_AFTER.test(rest)) continue;
    const speaks = activeMatch(SINGLE_SPEAKS, rest);
    if (speaks && CAUSED_PREDICATE.test(speaks[0])) continue;
    if (speaks && NAME_ASIDE.test(speaks[0])) return undefined;
    if (according || inverted || speaks) return sentence.slice(single.index, single.index + single.text.length).trim();
  }
  return undefined;
}

const SOURCE_NOUN_START = new RegExp(`^(?:${alternation(ANONYMOUS_SOURCE_PLURALS)})(?!\\p{L})`, "iu");
/**
 * True when `name`, a name the entity finder proposed, opens with the plural noun of an unnamed
 * group ("Lawyers for Ismael Zambada García", "Officials of Pemex"): a description of people who
 * are not named, whose capitals come from the name inside it, not a person. Plurals only: a
 * singular title opens real names ("General Luis Rodríguez", "Representative Veronica Escobar").
 */
export function opensWithSourceNoun(name: string): boolean {
  return SOURCE_NOUN_START.test(name.trim());
}

/** Words that open a noun phrase of someone unnamed: an article, a number, a quantifier, a possessive. */
const DETERMINER =
  /^(?:an?|the|one|two|three|four|five|several|multiple|some|many|most|other|another|both|his|her|its|their|our|unnamed|anonymous)\s/iu;
/** A name's possessive as the determiner: "Acme’s", "Acme Corp.'s". */
const NAME_POSSESSIVE = /^\p{Lu}[\p{L}·.&-]*(?:\s+\p{Lu}[\p{L}·.&-]*){0,3}['’]s\s/u;

/**
 * True when `description` can be an unnamed source in running prose: a plural ("U.S. officials",
 * "Critics") or a singular with its determiner ("a U.S. official", "the spokesperson"). A
 * singular with none ("says CNN meteorologist") is a headline or teaser whose name was cut off,
 * not a description of anyone; but the writer's own kin is one ("Mom", "my aunt", writersKin.ts).
 */
export function describesSomeone(description: string): boolean {
  const words = description.trim().split(/\s+/u);
  const head = words.at(-1) ?? "";
  return (
    DETERMINER.test(description.trim()) ||
    writersKin(description).some((kin) => kin.name === description.trim()) ||
    NAME_POSSESSIVE.test(description.trim()) ||
    (words.length > 0 && /(?:s|people|staff)$/iu.test(head))
  );
}
