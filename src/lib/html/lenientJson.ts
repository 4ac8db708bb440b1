/**
 * A JSON-LD block as a CMS writes it: some pages put the article's text into `articleBody` with
 * its line breaks and tabs raw inside the string, which JSON forbids. Those control characters
 * are escaped inside strings (never outside, where a line break is only white space) and the
 * block read again; anything else broken still throws, and declares nothing. Some wrap the block
 * in a `<![CDATA[ … ]]>` section (an XHTML habit), which is no part of the JSON and is unwrapped.
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

/** JSON.parse (inside any CDATA wrapper), and when that fails, once more with raw control characters in strings escaped. */
export function parseLenientJson(block: string): unknown {
  const text = CDATA.exec(block)?.[1] ?? block;
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(escapeControlsInStrings(text));
  }
}
