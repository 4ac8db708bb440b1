/**
 * Scripts written without spaces between words — Han, hiragana, katakana — as one regular
 * expression character class. The text is read word by word elsewhere; these scripts need their
 * own reading (one shingle token per character in the eval, two characters to a word in a
 * quotation), and every reader takes the class from here so they agree on which scripts those are.
 */
export const UNSPACED_CLASS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
