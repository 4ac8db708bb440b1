/**
 * Page weight of built pages: the HTML plus the stylesheets it links, raw and gzipped, and
 * how many <script> elements it carries. This is what a reader downloads to read a page
 * (fonts and images aside), and what the page-size budget is about.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { isExecutableScript } from "#lib/publish/headers.ts";
import { median } from "./stats.ts";

export interface PageWeight {
  readonly bytes: number;
  readonly gzip: number;
  readonly scripts: number;
}

export interface WeightSummary {
  readonly pages: number;
  readonly median: number;
  readonly max: number;
  readonly maxGzip: number;
  /** The most <script> elements on any one page. */
  readonly scripts: number;
}

/** Weight of one page; `distDir` resolves the stylesheets it links. */
export function pageWeight(html: string, distDir: string, base = "/"): PageWeight {
  let css = "";
  for (const match of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    if (href?.startsWith(base)) css += readFileSync(join(distDir, href.slice(base.length)), "utf8");
  }
  const both = html + css;
  return {
    bytes: Buffer.byteLength(both),
    gzip: gzipSync(html).length + (css ? gzipSync(css).length : 0),
    // Executable scripts only, by the CSP's rule: JSON-LD is data, not JavaScript.
    scripts: [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attributes]) =>
      isExecutableScript(/\btype="([^"]*)"/.exec(attributes ?? "")?.[1]),
    ).length,
  };
}

export function summarise(weights: readonly PageWeight[]): WeightSummary {
  return {
    pages: weights.length,
    median: weights.length > 0 ? median(weights.map((weight) => weight.bytes)) : 0,
    max: Math.max(0, ...weights.map((weight) => weight.bytes)),
    maxGzip: Math.max(0, ...weights.map((weight) => weight.gzip)),
    scripts: Math.max(0, ...weights.map((weight) => weight.scripts)),
  };
}
