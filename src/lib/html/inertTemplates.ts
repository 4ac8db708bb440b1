/**
 * `<template>` elements out of the page. A template's content is inert: a browser parses it into
 * a fragment it never renders, so it is no text of the page. linkedom builds it as ordinary child
 * elements instead, where the extractor scores them as prose; a template in `<head>` holding a
 * `<div>` then became the extractor's article, and its walk up from there to `<body>` threw.
 */
export function removeInertTemplates(doc: Document): number {
  const templates = [...doc.querySelectorAll("template")];
  for (const template of templates) template.remove();
  return templates.length;
}
