/**
 * Names in a Spanish text. The name finder reads a capitalised word as a name, by English rules;
 * Spanish capitalises the word opening a sentence as English does, but its openers are words the
 * finder does not know ("Las llamas avanzaron", "Esa hipótesis", "Además insistió", "Desde la
 * Plataforma aseguran"), and it names its institutions with a common noun first ("Unidad Militar
 * de Emergencias", "Comité Internacional de la Cruz Roja", "Ayuntamiento de Madrid"), which the
 * finder may take for a person's or a place's name, and then match a person's "surname"
 * ("Emergencias", "Andalucía") elsewhere. Here a Spanish text's spans are read again:
 *
 * - closed class words (articles, determiners, prepositions, pronouns, sentence adverbs) opening
 *   the sentence are no part of a name; a preposition, a demonstrative or an adverb is no part of
 *   one anywhere; a span of such words alone is no name;
 * - a span whose first word is a kind of body ("Unidad", "Agencia", "Comité", "Grupo") names an
 *   organisation, one whose first word is a kind of place ("Aeropuerto", "Calle", "Metro") a place;
 * - a royal title after an article ("Los Reyes Felipe VI") is no part of the name, nor an agency's
 *   initialism before a person's ("confirmó a EFE Zaher Nasser": told the agency);
 * - a "person" after a lower-case kind of place ("el aeropuerto de Ben Gurión", "la calle Mayor")
 *   is the place named after them;
 * - no person's name opens with an article inside a sentence ("Los Pinos y La Serena" are places
 *   or bodies): such a span read as a person's is dropped, since its kind is not known;
 * - no person's name follows a lower-case article either ("la Cruz Roja", "el Córdoba Patrimonio",
 *   "del Grupo X"): Spanish writes one before a body's or a team's name, so such a span read as a
 *   person's is a body's, and one word alone ("a la Luna") is dropped, its kind unknown.
 *
 * A register name is the register's and stays. Nothing left means no name: "never guess a fact". Pure.
 */
import type { NameSpan } from "./names.ts";
import { UNATTRIBUTED, type Speaker } from "./speakers.ts";

const set = (list: string) => new Set(list.split(/\s+/u).filter((w) => w !== ""));

/** Spanish articles: capitalised inside a sentence they are a name's own ("Los Ángeles", "El Paso"). */
const ARTICLES = set("el la los las lo");

/**
 * Spanish words that are never a name's, wherever they stand: determiners, demonstratives,
 * prepositions, pronouns, conjunctions and sentence adverbs. Not "de", "del", "y": names hold them
 * ("Comité Internacional de la Cruz Roja", "Castilla y León").
 */
const NEVER_NAME = set(`
  un una unos unas este esta estos estas esto ese esa esos esas eso aquel aquella aquellos aquellas
  su sus mi mis tu tus nuestro nuestra nuestros nuestras otro otra otros otras cada todo toda todos todas
  ambos ambas varios varias muchos muchas pocos pocas algunos algunas ningún ninguna cualquier
  desde hacia hasta ante tras sobre entre durante mediante contra sin bajo según para por con en
  él ella ellos ellas nosotros nosotras usted ustedes yo tú
  además asimismo también tampoco incluso sin embargo así ahora hoy ayer mañana mientras cuando aunque
  pero pues porque como donde entonces luego después antes ya aún todavía apenas solo sólo quizá quizás
  tal vez nunca siempre finalmente precisamente sobre todo igualmente ahí allí aquí
  qué quién quiénes cuál cuáles cómo cuándo dónde cuánto cuántos
`);

/** Kinds of body a Spanish institution's name opens with: the span is an organisation. */
const BODY_HEADS = set(`
  agencia asociación ayuntamiento audiencia banco brigada cámara club colegio comisión comité
  confederación congreso consejo consejería coordinadora corte defensoría delegación departamento
  diputación dirección ejército federación fiscalía fundación gobierno grupo guardia hospital instituto
  jefatura junta juzgado liga ministerio observatorio oficina organización parlamento partido plataforma
  policía procuraduría secretaría senado servicio sindicato subsecretaría tribunal unidad universidad
`);

/** Kinds of place a Spanish place's name opens with: the span is a place. */
const PLACE_HEADS = set(`
  aeropuerto avenida calle plaza paseo estación metro puerto parque río sierra valle playa barrio colonia
  provincia municipio franja isla golfo península comarca cerro carretera autopista puente estadio
`);

/** Royal titles and the pope's, after an article before a name ("Los Reyes Felipe VI", "el Papa Francisco"). */
const ROYAL_TITLES = set("rey reyes reina príncipe princesa infanta infante papa");

interface Word {
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    key: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
const capitalised = (word: Word) => /^\p{Lu}/u.test(word.text);

/**
 * A span of a Spanish sentence read again (see the module comment): its offsets in the span's
 * text and its kind, or undefined when no name is left. `opensSentence`: only marks before it.
 */
export function spanishName(
  text: string,
  kind: NameSpan["kind"],
  opensSentence: boolean,
  afterArticle = false,
): { start: number; end: number; kind: NameSpan["kind"] } | undefined {
  const words = wordsOf(text);
  let from = 0;
  // Closed class words opening the span: always a preposition's or an adverb's, an article's only
  // opening the sentence ("La Agencia de …", but "en Los Ángeles").
  while (from < words.length) {
    const word = words[from] as Word;
    if (NEVER_NAME.has(word.key) || (ARTICLES.has(word.key) && (opensSentence || from > 0))) from += 1;
    else break;
  }
  const articleInside = from === 0 && words.length > 0 && ARTICLES.has((words[0] as Word).key);
  // "Los Reyes Felipe VI": a royal title after an article is the person's title, not their name.
  const articled = afterArticle || (from > 0 && ARTICLES.has((words[from - 1] as Word).key));
  const titled = articled && ROYAL_TITLES.has(words[from]?.key ?? "") && from + 1 < words.length;
  if (titled) from += 1;
  const rest = words.slice(from);
  // A name is capitalised words: none left, or only lower-case ones, is no name.
  while (rest.length > 0 && !capitalised(rest.at(-1) as Word)) rest.pop();
  if (rest.length === 0 || !capitalised(rest[0] as Word)) return undefined;
  // A lone article ("Las" opening "Las llamas avanzaron" after a break) is no name.
  if (rest.every((w) => ARTICLES.has(w.key) || NEVER_NAME.has(w.key))) return undefined;
  // "a EFE Zaher Nasser": an initialism (no Roman numeral) before a person's name of two words or more is the agency told.
  if (
    kind === "person" &&
    rest.length >= 3 &&
    /^\p{Lu}{2,}$/u.test((rest[0] as Word).text) &&
    !/^[IVXLC]+$/u.test((rest[0] as Word).text)
  )
    rest.shift();
  const head = (rest[0] as Word).key;
  // "la Cruz Roja": a person's name takes no article; one after an article (no title between) is a
  // body's. One word alone ("a la Luna") may as well be a thing's or a place's: its kind is not known.
  const articledPerson = kind === "person" && afterArticle && !titled;
  if (articledPerson && rest.length < 2) return undefined;
  let kept = articledPerson ? "organisation" : kind;
  if (BODY_HEADS.has(head) && rest.length > 1) kept = "organisation";
  else if (PLACE_HEADS.has(head) && rest.length > 1) kept = "place";
  // "Los Pinos y La Serena": no person's name opens with an article inside a sentence.
  if (kept === "person" && articleInside) return undefined;
  return { start: (rest[0] as Word).start, end: (rest.at(-1) as Word).end, kind: kept };
}

/** A lower-case article, or "de"/"a" with one, right before a span: "la Cruz Roja", "del Grupo X". */
const ARTICLE_BEFORE = /(?<!\p{L})(?:el|la|los|las|del|al)\s+$/u;

/** A lower-case noun, "de" or "del" perhaps after it, right before a span (group 1: the noun). */
const PLACE_BEFORE = /(?<!\p{L})(\p{Ll}+)\s+(?:(?:de|del)\s+)?$/u;

/** The name finder's spans of one sentence of a Spanish text, read again (see the module comment). */
export function spanishNameSpans(sentence: string, spans: readonly NameSpan[]): NameSpan[] {
  return spans.flatMap((span): NameSpan[] => {
    if (span.name !== undefined) return [span];
    const opensSentence = /^[\s"“«'‘(¿¡–—-]*$|:\s*$/u.test(sentence.slice(0, span.start));
    const before = sentence.slice(0, span.start);
    const afterArticle = ARTICLE_BEFORE.test(before);
    // "el aeropuerto de Ben Gurión": a kind of place before a "person" makes it the place named after them.
    const placeBefore = span.kind === "person" ? PLACE_BEFORE.exec(before)?.[1] : undefined;
    const kind = placeBefore !== undefined && PLACE_HEADS.has(placeBefore) ? "place" : span.kind;
    const kept = spanishName(span.text, kind, opensSentence, afterArticle && kind === span.kind);
    if (kept === undefined) return [];
    const start = span.start + kept.start;
    const end = span.start + kept.end;
    if (start === span.start && end === span.end && kept.kind === span.kind) return [span];
    return [{ ...span, kind: kept.kind, start, end, text: sentence.slice(start, end) }];
  });
}

/**
 * A named speaker of a Spanish text's quotation, read as a name: "Además", "Asimismo" name no one
 * and the quotation is left unattributed; "Desde la Plataforma" is "Plataforma". A register
 * entity's name is the register's and stays.
 */
export function spanishSpeaker(speaker: Speaker): Speaker {
  if (speaker.kind !== "named" || speaker.entity !== undefined) return speaker;
  // Not as opening a sentence: a speaker's article is its name's ("El Universal", "La Jornada").
  const kept = spanishName(speaker.name, "organisation", false);
  if (kept === undefined) return UNATTRIBUTED;
  const name = speaker.name.slice(kept.start, kept.end);
  return name === speaker.name ? speaker : { ...speaker, name };
}
