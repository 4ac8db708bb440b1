/**
 * Names in a German text. The name finder reads a capitalised word inside a sentence as a name,
 * as English writes it; German capitalises every noun, so it reads "Sein Tod", "Geheimdienstexperten
 * Adrian Hänni" or "Fähigkeiten von Susanne Raab" as people. Here a German text's names are read
 * again with what makes a capitalised word a noun, not a name:
 *
 * - a closed class word (article, pronoun, conjunction, preposition, sentence adverb: "Der", "Auch",
 *   "Doch", "Und", "Er") is never part of a name;
 * - a word the text writes after an article or a possessive, adjectives perhaps between ("der
 *   Klimaforscher", "einer vielbeachteten Pressekonferenz"), is a noun (`germanNouns`), as is a
 *   word with a noun's suffix ("-ung", "-heit", "-keit", "-schaft", "-ität", "-ismus", "-tion");
 * - a role, a title or a kinship word before a name ("Landesbischof", "Ehefrau", "Iran-Experte",
 *   "Schülerin") is no part of it, and marks the words after it as a person's name;
 * - a name ends where a lower-case word other than a name's particle begins ("Putin den
 *   Zusammenbruch", "Johanna Baehr von der Universität Hamburg"); a lone noun before "von" or a
 *   genitive article ("Familie von Lisa Paus", "Tötung des Hamas-Führers Ismail Hanijeh") governs
 *   the name after it.
 *
 * What is left must still look like a name: not one noun, no initialism (a body's, not a person's).
 * Nothing remaining means no name: "never guess a fact". Pure.
 */
import type { NameSpan } from "./names.ts";
import { UNATTRIBUTED, type Speaker } from "./speakers.ts";

/** A German closed class word (lower case): never a word of a name, though capitalised opening a sentence. */
const FUNCTION_WORDS = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
   mein meine meinen meinem meiner sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
   unser unsere unseren unserem unserer dieser diese dieses diesen diesem jener jene jedem jeder jede jedes jeden
   alle allen aller er sie es wir ich du man und oder aber doch denn sondern auch noch schon nur sogar dennoch
   jedoch trotzdem deshalb daher darum zudem außerdem ebenfalls sowohl weder als wie wenn dass ob weil während
   nachdem bevor seit seitdem obwohl damit so dann nun jetzt heute gestern hier dort immer nie nicht bereits zwar
   gar erst etwa laut für von vom mit bei beim nach aus über unter vor hinter neben zwischen gegen ohne um durch
   bis zu zum zur am im ins an auf in wo wovor wobei womit woher wohin worauf wer was wann warum wieso weshalb
   ist sind war waren wird werden wurde wurden hat haben hatte hatten kann können konnte soll sollen sollte muss
   müssen darf sei seien wäre wären zwei drei vier fünf also ja nein bitte danke selbst sodass
   montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april juni juli august
   september oktober november dezember`.split(/\s+/u),
);

/** Articles, possessives and the like: the capitalised word after them (adjectives between) is a noun. */
const DETERMINERS = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
   mein meine meinen meinem meiner meines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
   unser unsere unseren unserem unserer dieser diese dieses diesen diesem jener jene jenes jenen jedem jeder jede
   jedes jeden alle allen aller manche mancher welche welcher welchen viele vielen einige einigen mehrere
   mehreren im am zum zur vom beim ins ans`.split(/\s+/u),
);

/** Negations, before a predicate noun: "ist nicht Aufgabe", "sei niemals Selbstzweck". */
const NEGATIONS = new Set(["nicht", "nie", "niemals"]);

/** The definite articles, alone or in a preposition: a name may follow them ("des verstorbenen Helmut Kohl"). */
const DEFINITE = new Set("der die das den dem des im am zum zur vom beim ins ans".split(" "));

/** An inflected adjective between an article and its noun: "der neue", "einen direkten". */
const ADJECTIVE = /^\p{Ll}[\p{L}-]*(?:e|en|er|es|em)$/u;

/** A noun's suffix (of the word or of its compound's last part). */
const NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ität|itäten|ismus|tion|tionen)$/u;

/** A noun naming a place or a building a compound ends on: "Flora-Neumann-Straße", "Heinrich-Hertz-Turms". */
const PLACE_NOUN =
  /(?:straße|strasse|platz|allee|turm|turms|brücke|bahnhof|kirche|schule|stadion|halle|ministerium|institut|zentrum)$/u;

/**
 * Roles, titles and kinship words (a compound's last part, lower case), inflected or not: the
 * word before a name that says who the person is. Nobility and the pope's title are the name's
 * own ("Prinz William", "König Charles III") and are left out.
 */
const ROLE =
  /(?:experte|expertin|sprecher|chef|chefin|minister|ministerin|präsident|präsidentin|leiter|leiterin|trainer|trainerin|forscher|forscherin|direktor|direktorin|vorsitzende|kanzler|kanzlerin|bischof|bischöfin|führer|führerin|kontrolleur|korrespondent|korrespondentin|sekretär|sekretärin|abgeordnete|politiker|politikerin|anwalt|anwältin|richter|richterin|lehrer|lehrerin|schüler|schülerin|sänger|sängerin|autor|autorin|regisseur|regisseurin|kapitän|gründer|gründerin|manager|managerin|berater|beraterin|botschafter|botschafterin|general|kommissar|kommissarin|läufer|läuferin|spieler|spielerin|fahrer|fahrerin|arzt|ärztin|professor|professorin|beauftragte|stürmer|torwart|schauspieler|schauspielerin|musiker|musikerin|künstler|künstlerin|journalist|journalistin|reporter|reporterin|moderator|moderatorin|unternehmer|unternehmerin|mitarbeiter|mitarbeiterin|aktivist|aktivistin|ökonom|ökonomin|analyst|analystin|historiker|historikerin|wissenschaftler|wissenschaftlerin|bürgermeister|bürgermeisterin|staatsanwalt|staatsanwältin|pfarrer|pfarrerin|senator|senatorin|gouverneur|gouverneurin|kandidat|kandidatin|nominierte|favorit|favoritin|sieger|siegerin|rekordhalter|rekordhalterin|attentäter|täter|täterin|zeuge|zeugin|polizist|polizistin|soldat|soldatin|offizier|kommandeur|diplomat|diplomatin|astrologe|rektor|rektorin|mann|frau|ehefrau|ehemann|herr|sohn|tochter|vater|mutter|bruder|schwester|tante|onkel|witwe|witwer|freund|freundin|kollege|kollegin|nachfolger|nachfolgerin|vorgänger|vorgängerin|parteifreund|parteifreundin|mitschüler|mitschülerin|amtskollege|anführer|anführerin|machthaber|träger|trägerin|kardinal|rat|rätin|erin|istin|entin|antin|dr|prof)(?:s|n|en|e|es|nen|innen)?$/u;

/** A kind of place before its name ("Kreis Pinneberg", "Stadt Rafah"): what follows is a place's name, no person's. */
const PLACE_HEAD =
  /^(?:stadt|kreis|landkreis|dorf|gemeinde|region|provinz|bundesland|insel|hafen|flüchtlingslager|lager)$/u;

/** A kind of body before its name, as a role before a person's: "Gewerkschaft Komba", "Sender BBC". */
const BODY_HEAD =
  /(?:gewerkschaft|partei|verband|firma|sender|zeitung|konzern|verein|stiftung|behörde|titelverteidiger)(?:s|n|en|e|es)?$/u;

/** A name's own lower-case words: "von der Leyen", "van Dijk", "de la Fuente", "bin Salman". */
const PARTICLES = new Set(["von", "van", "de", "zu", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al", "el"]);
/** An article a particle may take before the surname: "von der", "van den", "de la". */
const PARTICLE_ARTICLES = new Set(["der", "den", "dem", "la", "las", "los"]);
/** What, after a lone noun, makes the name after it that noun's object: "Familie von X", "Tötung des X". */
const GOVERNING = new Set(["von", "des", "der"]);

/** A word of a name span, with offsets in the span's text. */
interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A word as `germanNouns` keeps it: lower case, without a sentence's closing period. */
const keyOf = (word: string) => word.replace(/\.$/u, "").toLowerCase();
const lastPart = (word: string) => (word.split("-").at(-1) ?? word).toLowerCase();

/**
 * The capitalised words a German text writes as nouns (lower case): after an article or a
 * possessive, inflected adjectives perhaps between ("einer vielbeachteten Pressekonferenz"), and
 * a compound's capitalised part after a number or a lower-case part ("90er-Jahren").
 */
export function germanNouns(sentences: readonly string[]): Set<string> {
  const nouns = new Set<string>();
  for (const sentence of sentences) {
    const words = [...sentence.matchAll(WORD)];
    const spaced = (a: RegExpExecArray, b: RegExpExecArray) =>
      /^\s+$/u.test(sentence.slice(a.index + a[0].length, b.index));
    for (let i = 0; i < words.length; i += 1) {
      const word = (words[i] as RegExpExecArray)[0];
      const glued = /^[\p{Ll}\p{N}][\p{L}\p{N}]*-(\p{Lu}[\p{L}]*)\.?$/u.exec(word);
      if (glued) nouns.add(keyOf(glued[1] as string));
      // "sei niemals Selbstzweck": a negation's capitalised word standing alone is a predicate noun.
      const following = words[i + 1];
      const afterThat = words[i + 2];
      if (
        NEGATIONS.has(word) &&
        following !== undefined &&
        capitalised(following[0]) &&
        spaced(words[i] as RegExpExecArray, following) &&
        !(afterThat !== undefined && spaced(following, afterThat) && capitalised(afterThat[0]))
      )
        nouns.add(keyOf(following[0]));
      if (!DETERMINERS.has(word.toLowerCase())) continue;
      // A capitalised article inside a sentence is a name's ("in Den Haag"); a definite one opening a
      // sentence may be a pronoun ("Das sagte Tim Stein"), so only the word right after it counts.
      const definite = DEFINITE.has(word.toLowerCase());
      if (capitalised(word) && i > 0) continue;
      const opening = capitalised(word) && definite;
      // The article, up to two adjectives, then the noun: only spaces between.
      for (let j = i + 1; j < words.length && j <= i + 3; j += 1) {
        const previous = words[j - 1] as RegExpExecArray;
        const next = words[j] as RegExpExecArray;
        if (!spaced(previous, next)) break;
        if (capitalised(next[0])) {
          // "der neue Trainer Uwe Schubert", "des verstorbenen Helmut Kohl": a capitalised word after a
          // definite article's word may make it a role or a given name; only a noun standing alone counts.
          const after = words[j + 1];
          // An indefinite article or a possessive takes no name ("eine Gabe Gottes", "seine Frau Anna").
          const named = definite && after !== undefined && spaced(next, after) && capitalised(after[0]);
          if (!named) nouns.add(keyOf(next[0]));
          break;
        }
        if (opening || !ADJECTIVE.test(next[0])) break;
      }
    }
  }
  return nouns;
}

/** Whether the text writes a word as a noun, in this form or in its genitive's stem ("des Vorstands"). */
const writtenAsNoun = (key: string, nouns: ReadonlySet<string>) =>
  nouns.has(key) ||
  (/s$/u.test(key) && (nouns.has(key.slice(0, -1)) || (/es$/u.test(key) && nouns.has(key.slice(0, -2)))));

/** Whether a word is a closed class word. */
const functionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase());
/** Whether a capitalised word is a role or a title before a name. */
const roleWord = (word: string) => ROLE.test(lastPart(word)) || BODY_HEAD.test(lastPart(word));
/** Whether a capitalised word is a person's role or title. */
const personRole = (word: string) => ROLE.test(lastPart(word));
/** Whether a capitalised word is a common noun: written as one, or with a noun's suffix. */
const nounWord = (word: string, nouns: ReadonlySet<string>) =>
  writtenAsNoun(keyOf(word), nouns) || NOUN_SUFFIX.test(lastPart(word)) || PLACE_NOUN.test(lastPart(word));
/** Whether a word cannot be a name's: a closed class word, a noun, a role. */
const notNameWord = (word: string, nouns: ReadonlySet<string>) =>
  functionWord(word) || nounWord(word, nouns) || roleWord(word);

/** An initialism (two capitals or more, not a Roman numeral), a body's and no person's: "MS", "CDU-nahen". */
const INITIALISM = /(?:^|-)(?!(?:[IVX]+)(?:-|$))\p{Lu}{2,}(?:-|$)/u;

/**
 * The segments of a span between its lower-case words (a name's particles kept), each with the
 * lower-case word that came before it.
 */
function segments(words: readonly Word[], nouns: ReadonlySet<string>): { words: Word[]; after?: string }[] {
  const out: { words: Word[]; after?: string }[] = [{ words: [] }];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as Word;
    const current = out.at(-1) as { words: Word[]; after?: string };
    if (capitalised(word.text) || /^\p{N}/u.test(word.text)) {
      current.words.push(word);
      continue;
    }
    const key = word.text.toLowerCase();
    if (PARTICLES.has(key) && current.words.length > 0) {
      // "von der Leyen" is a name's; "von der Universität Hamburg" is the body the person is from.
      let k = i + 1;
      while (k < words.length && PARTICLE_ARTICLES.has((words[k] as Word).text)) k += 1;
      const next = words[k];
      const after = words[k + 1];
      const before = current.words.at(-1) as Word;
      // A particle's surname is one word, after a name's word: "Familie von Lisa Paus" is a preposition's.
      const surname =
        next !== undefined &&
        capitalised(next.text) &&
        !notNameWord(next.text, nouns) &&
        (after === undefined || !capitalised(after.text)) &&
        !notNameWord(before.text, nouns);
      if (surname) {
        for (let m = i; m < k; m += 1) current.words.push(words[m] as Word);
        i = k - 1;
        continue;
      }
    }
    if (current.words.length > 0) out.push({ words: [], after: key });
    else current.after = current.after === undefined ? key : `${current.after} ${key}`;
  }
  return out.filter((s) => s.words.length > 0);
}

/**
 * A person's name in a German text's span, trimmed of the words around it that are no part of
 * it, as offsets in `text`; undefined when no name is left (see the module comment).
 */
export function germanPersonName(text: string, nouns: ReadonlySet<string>): { start: number; end: number } | undefined {
  const all = wordsOf(text);
  const opening = all.find((w) => !functionWord(w.text));
  if (opening !== undefined && PLACE_HEAD.test(opening.text.toLowerCase()) && all.at(-1) !== opening) return undefined;
  const parts = segments(all, nouns);
  const nameWord = (w: Word) => capitalised(w.text) && !notNameWord(w.text, nouns);
  // The first part with a name's word in it; a lone noun before "von" or a genitive governs the next part.
  let index = parts.findIndex((p) => p.words.some(nameWord));
  if (index < 0) return undefined;
  const part = parts[index] as { words: Word[] };
  const next = parts[index + 1];
  // "Nach Angaben von X": one word besides closed class words, governing the name after it.
  const lone = part.words.filter((w) => !functionWord(w.text)).length === 1;
  if (next?.after !== undefined && GOVERNING.has(next.after) && lone && next.words.some(nameWord)) index += 1;
  let words = [...(parts[index] as { words: Word[] }).words];
  // Leading words up to the last one that is no name's: "Der Klimaforscher", "Liverpools Trainer", "Auch".
  let lead = -1;
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = (words[i] as Word).text;
    if (capitalised(word) && notNameWord(word, nouns)) lead = i;
  }
  const stripped = words.slice(0, lead + 1);
  words = words.slice(lead + 1);
  while (words.length > 0 && !capitalised((words[0] as Word).text)) words.shift();
  // A noun's suffix closing the name, or a noun after a genitive: "Sebastian Hendels Heimat".
  while (words.length > 1) {
    const last = (words.at(-1) as Word).text;
    const before = (words.at(-2) as Word).text;
    const suffixed = NOUN_SUFFIX.test(lastPart(last)) || PLACE_NOUN.test(lastPart(last));
    if (!(suffixed || (nouns.has(keyOf(last)) && /s$/u.test(before)))) break;
    words.pop();
  }
  if (words.length === 0) return undefined;
  const first = words[0] as Word;
  if (words.length === 1) {
    // One word left: no noun, and not after a noun that is no role ("Gabe Gottes", "Stadt Gaza").
    if (notNameWord(first.text, nouns)) return undefined;
    const nounBefore = stripped.some((w) => !functionWord(w.text) && !roleWord(w.text));
    if (nounBefore) return undefined;
  }
  if (words.some((w) => INITIALISM.test(w.text))) return undefined;
  return { start: first.start, end: (words.at(-1) as Word).end };
}

/** The articles of a genitive: the phrase after them belongs to the noun before. */
const GENITIVE = new Set(["des", "der"]);

/** German articles: inside a place's or a body's span, where one noun phrase ends and another begins. */
const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des"]);

/**
 * A place's or a body's name in a German text, without the words around it that are no part of
 * it: closed class words opening the sentence ("Den Recherchen", "Über"), a role or a kind of
 * body before the name ("Titelverteidiger Manchester City"), a noun whose genitive the name is
 * ("Leitung des Aufsichtsrats der Deutschen Bank"), and whatever follows an article after the
 * name ("USA den Deal"). Undefined when no name is left: a noun alone ("Seine Hypothese").
 */
export function germanOtherName(
  text: string,
  nouns: ReadonlySet<string>,
  opensSentence = true,
): { start: number; end: number } | undefined {
  const all = wordsOf(text);
  // The noun phrases the articles part, each with the words that joined it to the one before.
  const phrases: { words: Word[]; joint: string }[] = [{ words: [], joint: "" }];
  for (const word of all) {
    const current = phrases.at(-1) as { words: Word[]; joint: string };
    if (ARTICLES.has(word.text)) {
      // "von den", "vom": the preposition goes with the article into the joint.
      const preposition = current.words.at(-1)?.text === "von" ? (current.words.pop(), "von ") : "";
      phrases.push({ words: [], joint: preposition + word.text });
    } else current.words.push(word);
  }
  let index = 0;
  const head = (phrase: readonly Word[]) => phrase.filter((w) => !functionWord(w.text));
  while (index < phrases.length - 1) {
    const own = head((phrases[index] as { words: Word[] }).words);
    const next = phrases[index + 1] as { words: Word[]; joint: string };
    // One word before a genitive ("Drohnen des Iran") or before "von den" is a noun the next phrase belongs to.
    const governs = own.length === 1 && (GENITIVE.has(next.joint) || next.joint.startsWith("von "));
    const lone = own.length === 1 && notNameWord((own[0] as Word).text, nouns);
    if (!(lone || governs) || next.words.length === 0) break;
    index += 1;
  }
  const words = [...(phrases[index] as { words: Word[] }).words];
  while (words.length > 0 && !capitalised((words.at(-1) as Word).text)) words.pop();
  const split = phrases.length > 1;
  let from = 0;
  // Closed class words opening the sentence (inside one, capitalised, they are a name's: "in Den Haag"),
  // and a role or a kind of body before a name.
  while (from < words.length) {
    const word = (words[from] as Word).text;
    const before = capitalised(words[from + 1]?.text ?? "") && roleWord(word);
    if (!(functionWord(word) && (opensSentence || from > 0 || index > 0)) && !before) break;
    from += 1;
  }
  const rest = words.slice(from);
  if (rest.length === 0) return undefined;
  const first = rest[0] as Word;
  const noun = NOUN_SUFFIX.test(lastPart(first.text)) || ((from > 0 || split) && nounWord(first.text, nouns));
  if (rest.length === 1 && (noun || functionWord(first.text))) return undefined;
  return { start: first.start, end: (rest.at(-1) as Word).end };
}

/**
 * The name finder's spans of one sentence of a German text, read again (see the module comment):
 * a person's trimmed to the name, a place's or body's trimmed of the closed class words opening
 * it, a span that holds no name dropped. A role before capitalised words makes them a person's
 * name, whatever kind the finder gave the span ("Präsidentin Annekathrin Preidel den Ton").
 */
export function germanNameSpans(sentence: string, spans: readonly NameSpan[], nouns: ReadonlySet<string>): NameSpan[] {
  return spans.flatMap((span): NameSpan[] => {
    if (span.name !== undefined) return [span];
    // A person's role before capitalised words makes them a person's name ("Präsidentin Annekathrin Preidel den Ton").
    const opening = wordsOf(span.text).find((w) => !functionWord(w.text));
    const titled =
      span.kind !== "person" &&
      opening !== undefined &&
      personRole(opening.text) &&
      /^\s+\p{Lu}/u.test(span.text.slice(opening.end));
    const kind = titled ? "person" : span.kind;
    // Only marks, or a clause's colon, before the span: it opens the sentence.
    const opensSentence = /^[\s"“„«»‚‘'(–—-]*$|:\s*$/u.test(sentence.slice(0, span.start));
    const kept =
      kind === "person" ? germanPersonName(span.text, nouns) : germanOtherName(span.text, nouns, opensSentence);
    if (kept === undefined) return [];
    const start = span.start + kept.start;
    const end = span.start + kept.end;
    return [{ ...span, kind, start, end, text: sentence.slice(start, end) }];
  });
}

/**
 * A named speaker of a German text's quotation, read as `germanPersonName` reads a name: "Auch
 * Bundespräsident Frank-Walter Steinmeier" is Frank-Walter Steinmeier; "Pressekonferenz",
 * "Stellungnahme der Familie", "Und" or "Er" name no one, and the quotation is left unattributed.
 * A register entity's name is the register's and stays.
 */
export function germanSpeaker(speaker: Speaker, nouns: ReadonlySet<string>): Speaker {
  if (speaker.kind !== "named" || speaker.entity !== undefined) return speaker;
  const kept = germanPersonName(speaker.name, nouns);
  if (kept === undefined) return UNATTRIBUTED;
  const name = speaker.name.slice(kept.start, kept.end);
  return name === speaker.name ? speaker : { ...speaker, name };
}
