/**
 * A saved page as a browser's DOM: an `<html>` element holding a `<head>` and a `<body>`, with all
 * the page's content in the body. linkedom builds the tree from the markup as written, so a page
 * saved without `<html>` (a redirect stub that is only scripts, a fragment of paragraphs) has no
 * document element, or a `<p>` as one, and content written outside `<body>` (a truncated or
 * hand-cut page) stays beside it, where every later read of `document.body` misses it and
 * Readability, walking up from it to the body, fails. A browser's parser puts such content in the
 * body; so does this. A `<template>`'s content is inert markup a browser keeps out of the tree
 * (a script clones it later, if ever); linkedom parses it as children, where Readability scores its
 * paragraphs, even in the head, and then fails walking up from them to the body. It goes.
 */
import { parseHTML } from "linkedom";

export function parsePage(html: string): Document {
  let { document } = parseHTML(html);
  // The DOM types promise a document element; linkedom gives none for some markup.
  const root = document.documentElement as Element | null;
  if (root?.tagName !== "HTML") {
    const wrapped = /<body[\s>]/iu.test(html)
      ? `<html>${html}</html>`
      : `<html><head></head><body>${html.replace(/^\s*<!doctype[^>]*>/iu, "")}</body></html>`;
    document = parseHTML(wrapped).document;
  }
  moveStrayContentIntoBody(document);
  for (const template of document.querySelectorAll("template")) template.remove();
  return document;
}

/** Nodes beside `<head>` and `<body>` move into the body, those before it first, in order. */
function moveStrayContentIntoBody(document: Document): void {
  const { documentElement: root, body, head } = document;
  const children = [...root.childNodes];
  const bodyAt = children.indexOf(body);
  const stray = children.filter((node) => node !== body && node !== head);
  // Whitespace and comments between the two are nothing a reader sees.
  if (bodyAt === -1 || stray.every((node) => node.nodeType !== 1 && (node.textContent ?? "").trim() === "")) return;
  const first = body.firstChild;
  for (const node of stray) {
    if (children.indexOf(node) < bodyAt) body.insertBefore(node, first);
    else body.appendChild(node);
  }
}
