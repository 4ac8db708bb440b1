/**
 * A company's name without its legal form. Texts name a company in full once ("Sierra Nevada
 * Corporation", "U.S. Games Systems, Inc.", "Amazon.com") and then without the suffix; both name one firm, for
 * the analysis that merges its mentions and for the eval that scores them.
 */

/** Legal forms a company's name may end in, as name keys write them (lower case, no periods). */
const LEGAL_SUFFIXES = new Set([
  "corporation",
  "corp",
  "inc",
  "incorporated",
  "co",
  "company",
  "ltd",
  "llc",
  "plc",
  "group",
  // "Amazon.com": a web address's ending written into a company's name, read as a word of its own.
  "com",
]);

/**
 * A name key without its trailing legal suffixes ("sierra nevada corporation" → "sierra nevada",
 * "softbank group corp" → "softbank"), or undefined when it has none. A suffix is never the whole
 * name: "group" alone stays.
 */
export function companyStem(key: string): string | undefined {
  const words = key.split(" ");
  let end = words.length;
  while (end > 1 && LEGAL_SUFFIXES.has(words[end - 1] as string)) end -= 1;
  return end < words.length ? words.slice(0, end).join(" ") : undefined;
}
