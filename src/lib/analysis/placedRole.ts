/**
 * A role back-referred to with the names that place it: "the Ohio governor", "the Swedish
 * prosecutor", "the Acme founder". News copy names a holder once with the title and its place
 * ("Ohio Governor Ana Reed", "Reed, the Ohio governor", "Reed is the Ohio governor") and then
 * uses the placed role alone for them. The description is that person only when the text itself
 * gave them the same words (checked here) and no one else the role (roleHolders.ts, asked by
 * speakers.ts); the place words alone ("the Labour MP" after "Conservative MP Jo Bell") are never
 * guessed to fit. Pure.
 */
import { escapeRegExp } from "#lib/text/escapeRegExp.ts";

/** "the Ohio governor": a definite article, one to three capitalised words, then the role word. */
const PLACED = /^(?:the|The)\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(\p{L}[\p{L}-]*)[.!?]?$/u;

/** The place words and the role word of a placed description, or undefined. */
export function placedRole(description: string): { words: string; role: string } | undefined {
  const m = PLACED.exec(description.trim().replace(/\s+/gu, " "));
  if (m?.[1] === undefined || m[2] === undefined) return undefined;
  return { words: m[1].trim(), role: m[2] };
}

/**
 * Whether `text` gives `name` (a full name, or its surname) the role with the same place words:
 * as a title before it ("Ohio Governor Ana Reed"), in apposition after it ("Reed, the Ohio
 * governor") or as what the name is ("Reed is the Ohio governor"). The role's case is free.
 */
export function describedWith(text: string, words: string, role: string, name: string): boolean {
  const surname = name.split(" ").at(-1) ?? name;
  const who = `(?:${escapeRegExp(name)}|${escapeRegExp(surname)})`;
  // The role in lower case or capitalised as a title: "governor", "Governor".
  const head = role.charAt(0);
  const anyCase = `[${head.toLowerCase()}${head.toUpperCase()}]${escapeRegExp(role.slice(1).toLowerCase())}`;
  const placed = `${words.split(" ").map(escapeRegExp).join("\\s+")}\\s+${anyCase}`;
  const shapes = [
    `(?<![\\p{L}’'-])${placed}\\s+${escapeRegExp(name)}(?![\\p{L}’'-])`,
    `(?<![\\p{L}’'-])${who},\\s+the\\s+${placed}(?![\\p{L}’'-])`,
    `(?<![\\p{L}’'-])${who}\\s+(?:is|was)\\s+the\\s+${placed}(?![\\p{L}’'-])`,
  ];
  return shapes.some((shape) => new RegExp(shape, "u").test(text));
}
