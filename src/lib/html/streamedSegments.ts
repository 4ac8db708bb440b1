/**
 * Content a page streams in after its first paint (React's streaming server rendering, as
 * Next.js sites send it): the page first sends placeholders, a boundary `<!--$?--><template
 * id="B:x">` followed by fallback markup (a loading skeleton) up to `<!--/$-->`, or a bare
 * `<template id="P:x">`, and later the real content in `<div hidden id="S:x">`, which the page's
 * script swaps in for the placeholder. A saved page holds both; a reader of it sees the content
 * where the placeholder stood, so this does the swap. Without it the article sits in hidden
 * blocks, which the extractor skips as unshown.
 */

/** The comment that closes a boundary's fallback markup. */
const BOUNDARY_END = "/$";

/** Swaps each hidden streamed segment in for its placeholder; a segment with no placeholder stays as it is. */
export function revealStreamedSegments(document: Document): void {
  const placeholders = new Map<string, Element>();
  for (const template of document.querySelectorAll("template[id^='B:'], template[id^='P:']"))
    if (!placeholders.has(template.id)) placeholders.set(template.id, template);
  for (const segment of [...document.querySelectorAll("div[hidden][id^='S:']")]) {
    const key = segment.id.slice(2);
    const boundary = placeholders.get(`B:${key}`);
    const placeholder = boundary ?? placeholders.get(`P:${key}`);
    const parent = placeholder?.parentNode;
    if (placeholder === undefined || parent == null) continue;
    // A boundary's fallback: everything after it up to the closing comment.
    if (boundary !== undefined)
      for (let node = boundary.nextSibling; node !== null;) {
        if (node.nodeType === 8 && (node as Comment).data === BOUNDARY_END) break;
        const next: ChildNode | null = node.nextSibling;
        node.remove();
        node = next;
      }
    for (const child of [...segment.childNodes]) parent.insertBefore(child, placeholder);
    placeholder.remove();
    segment.remove();
  }
}
