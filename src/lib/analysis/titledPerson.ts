/**
 * A person's name run on after a body's name and a title, all capitalised: "Dock Workers Union
 * President Ana Ruiz", "American Federation of Teachers President Ana Ruiz". The name finder reads
 * the run as one name (or the body's name and the rest): the one who speaks or acts is the person
 * after the title, never the body before it, nor the run whole. Pure.
 */

/** Where the person's name starts in `name` and what it is: the words after the last title. */
export interface TitledPerson {
  readonly text: string;
  readonly at: number;
}

/**
 * The person's name after a title inside `name` ("Workers Union President Ana Ruiz" → "Ana
 * Ruiz"), of two words or more, when a word before the title is neither a title nor a word `beforeTitle` allows there
 * (a demonym: "Mexican President …" is read as before), and the words after it read as a
 * person's (`isPerson`); else undefined.
 */
export function personAfterTitle(
  name: string,
  isTitle: (word: string) => boolean,
  isPerson: (name: string) => boolean,
  beforeTitle: (word: string) => boolean,
): TitledPerson | undefined {
  const words = name.split(" ");
  let last = -1;
  words.forEach((word, index) => {
    if (isTitle(word)) last = index;
  });
  // Two words at least after the title, a given name and a surname: "… Foreign Affairs" is a body's name.
  if (last <= 0 || words.length - last - 1 < 2) return undefined;
  const body = words.slice(0, last).filter((word) => !isTitle(word) && !beforeTitle(word));
  if (body.length === 0) return undefined;
  const text = words.slice(last + 1).join(" ");
  if (!isPerson(text)) return undefined;
  return { text, at: words.slice(0, last + 1).join(" ").length + 1 };
}
