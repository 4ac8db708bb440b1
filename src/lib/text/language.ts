/**
 * Whether a text is written in German, read from its function words: articles, pronouns,
 * conjunctions and prepositions every German paragraph is full of and English has none of.
 * The analysis reads names by English rules (a capitalised word inside a sentence is a name);
 * German capitalises every noun, so a German text needs its own reading of names
 * (analysis/germanNames.ts). Words English, Dutch, the Scandinavian or Romance languages also
 * spell ("die", "in", "was", "wie", "den", "dem", "des", "es", "er", "man", "vor") count for none. A few German words quoted in an English text, or a German name, do not
 * make it German: the German words must be many and far outnumber the English ones. Pure.
 */

const GERMAN_WORDS = new Set(
  `das ein eine einen einem einer eines und ist sind nicht mit sich auch der
   auf für von vom zum zur im wird werden wurde wurden hat haben hatte sie wir ich
   noch nach bei aus über aber oder wenn dass durch nur schon seit sein seine ihre
   ihr diese dieser dieses kann können soll sollen muss müssen gibt zwischen gegen ohne
   unter sowie sagte sagt jedoch bereits wieder immer mehr sehr`.split(/\s+/u),
);

const ENGLISH_WORDS = new Set(
  `the and is are of to that it for on with as be by this have from not but at which they
   has were been their would could should there what when who its than then them these those
   said says about after more very can our out`.split(/\s+/u),
);

/** A word: letters only, so "Jahres-Bilanz" counts as two. */
const WORD = /\p{L}+/gu;

/** The fewest function words of a language a text must hold to be read as written in it. */
const MIN_FUNCTION_WORDS = 12;

/**
 * Whether `text` holds at least 12 of a language's function words (`words`), over three times
 * the English ones: many, and far more than English, so a quoted phrase or a name does not count.
 */
function outnumbersEnglish(text: string, words: ReadonlySet<string>): boolean {
  let theirs = 0;
  let english = 0;
  for (const [word] of text.matchAll(WORD)) {
    const key = word.toLowerCase();
    if (words.has(key)) theirs += 1;
    else if (ENGLISH_WORDS.has(key)) english += 1;
  }
  return theirs >= MIN_FUNCTION_WORDS && theirs > 3 * english;
}

/** Whether `text` is German prose: at least 12 German function words, over three times the English ones. */
export function writtenInGerman(text: string): boolean {
  return outnumbersEnglish(text, GERMAN_WORDS);
}

/**
 * Function words of Spanish that English, French, Italian and Portuguese do not write (or rarely):
 * articles, contractions, conjunctions, the auxiliaries of the compound perfect, pronouns.
 */
const SPANISH_WORDS = new Set(
  `el los las del y pero muy también está están fue fueron ha han sus su según desde hasta cuando
   donde porque más este esta estos estas dijo unos unas sido tiene tienen entre había además sobre`.split(/\s+/u),
);

/**
 * Whether `text` is Spanish prose: at least 12 Spanish function words, over three times the
 * English ones. The analysis reads names and speakers by English rules; a Spanish text's are read
 * again (analysis/spanishNames.ts). A Spanish name or a quoted phrase in an English text does not
 * make it Spanish. Pure.
 */
export function writtenInSpanish(text: string): boolean {
  return outnumbersEnglish(text, SPANISH_WORDS);
}
