/**
 * A JSON-LD block as a CMS writes it: some pages put the article's text into `articleBody` with
 * its line breaks and tabs raw inside the string, which JSON forbids. Those control characters
 * are escaped inside strings (never outside, where a line break is only white space) and the
 * block read again; anything else broken still throws, and declares nothing. Some wrap the block
 * in a `<![CDATA[ … ]]>` section (an XHTML habit), which is no part of the JSON and is unwrapped.
 * Some close the block with a brace too many (a template's "}" left after the object): a whole
 * value followed by nothing but closing braces and brackets is that value, since a closer that
 * opens nothing can add nothing to it.
 */

/** A CDATA section around the whole block: `<![CDATA[ {…} ]]>`, the JSON inside taken as written. */
const CDATA = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/u;

/** `text` with every raw control character inside a JSON string escaped. */
function escapeControlsInStrings(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString && c === "\\") {
      out += c + text.charAt(i + 1);
      i++;
      continue;
    }
    if (c === '"') inString = !inString;
    const code = c.charCodeAt(0);
    out += inString && code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
  }
  return out;
}

/**
 * `text` up to where its first object or array closes, when all that follows is closing braces,
 * closing brackets and white space; otherwise undefined.
 */
function withoutStrayClosers(text: string): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) {
        const rest = text.slice(i + 1);
        return /^[\s}\]]*[}\]][\s}\]]*$/u.test(rest) ? text.slice(0, i + 1) : undefined;
      }
    }
  }
  return undefined;
}

/** JSON.parse, and when that fails, once more with raw control characters in strings escaped. */
function parseEscaped(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(escapeControlsInStrings(text));
  }
}

/** `parseEscaped` inside any CDATA wrapper, and when that fails, of the value before stray closers. */
export function parseLenientJson(block: string): unknown {
  const text = CDATA.exec(block)?.[1] ?? block;
  try {
    return parseEscaped(text);
  } catch (error) {
    const value = withoutStrayClosers(text);
    if (value === undefined) throw error;
    return parseEscaped(value);
  }
}
