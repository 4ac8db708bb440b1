/**
 * Which built files Vite and Astro inline into the page (`vite.build.assetsInlineLimit`).
 *
 * The site's Content-Security-Policy allows an inline script by its hash (src/lib/publish/headers.ts
 * hashes every one the build emitted). Astro inlines a page's bundled `<script>` only while it
 * is under the inline limit (4 KiB by default), so a script that grew past it used to turn into
 * an external file without anyone asking: the page still ran (`script-src 'self'`), but it paid
 * an extra request and the CSP's hash no longer covered it. Page scripts are therefore always
 * inlined, whatever their size; every other asset (fonts, images, stylesheets) keeps Vite's
 * default limit.
 *
 * Astro asks about a page script with its output name relative to the build folder
 * (`_astro/….js`); Vite asks about imported assets with their absolute source path. Only the
 * first is a page script: an imported `.js` asset inlined as a `data:` URL would be blocked.
 */
import { isAbsolute } from "node:path";

/** `true` for a page script (always inline), `undefined` for anything else (the default limit). */
export function inlinePageScripts(file: string): true | undefined {
  return !isAbsolute(file) && /\.m?js$/.test(file) ? true : undefined;
}
