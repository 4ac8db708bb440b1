/**
 * One or more of every kind of character src/lib/text/unsafeChars.ts refuses, for tests: C0
 * and C1 controls, text-direction embeddings, overrides and isolates, XML's noncharacters and
 * unpaired surrogates.
 */
export const UNSAFE_SAMPLES: readonly string[] = [
  "\u0000",
  "\u0001",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009f",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udc00",
];
