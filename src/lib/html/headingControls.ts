/**
 * A page's controls set inside its headings leave them: a link that goes nowhere (`href="#"`,
 * `javascript:`) or a button is something a reader clicks ("Add to …", "Share"), not a word of
 * the heading, yet its text is in the heading's text ("Storm closes port Add to …"), where no
 * declared title matches it. Run on every parse of the page, so the headline reads the same in
 * each; a heading that is only such a link keeps it (a table of contents' entries).
 */

/** True when `el` is a control: a button, or a link whose address goes nowhere. */
function isControl(el: Element): boolean {
  if (el.tagName.toUpperCase() === "BUTTON") return true;
  const href = el.getAttribute("href");
  return el.tagName.toUpperCase() === "A" && href !== null && /^\s*(?:#\s*$|javascript:)/iu.test(href);
}

/** Removes the controls inside `document`'s h1–h3 headings that hold other text too. */
export function removeHeadingControls(document: Document): void {
  for (const heading of document.querySelectorAll("h1, h2, h3")) {
    const controls = [...heading.querySelectorAll("a, button")].filter(isControl);
    if (controls.length === 0) continue;
    const rest = controls.reduce((t, c) => t.replace(c.textContent, ""), heading.textContent);
    if (rest.trim() === "") continue;
    for (const control of controls) control.remove();
  }
}
