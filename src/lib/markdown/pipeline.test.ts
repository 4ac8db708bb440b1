/**
 * Hostile HTML in editors' Markdown, rendered through the site's real pipeline: one fixture
 * folder per case with `input.md` and the reviewed `expected.html`. Beyond the exact output,
 * every case is checked for anything that could run or restyle the page.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { MarkdownRenderer } from "@astrojs/markdown-remark";
import { findUnsafeChar } from "#lib/text/unsafeChars.ts";
import { markdownProcessor } from "./pipeline.ts";

const FIXTURES = join(import.meta.dirname, "fixtures/hostile");
let renderer: MarkdownRenderer;

beforeAll(async () => {
  renderer = await markdownProcessor().createRenderer({ syntaxHighlight: false });
});

const render = async (markdown: string) => (await renderer.render(markdown)).code;

/** Markup that must never reach a page from editor content. */
const FORBIDDEN: [string, RegExp][] = [
  ["script element", /<script/i],
  ["iframe", /<iframe/i],
  ["object or embed", /<(object|embed)/i],
  ["form or input", /<(form|input|button)/i],
  ["style element", /<style/i],
  ["style attribute", /\sstyle=/i],
  ["event handler attribute", /\son[a-z]+=/i],
  ["javascript: URL", /(href|src)="\s*javascript:/i],
  ["data: URL", /(href|src)="\s*data:/i],
  ["meta, base or link element", /<(meta|base|link)\b/i],
  ["svg", /<svg/i],
  ["link that swallowed markup", /href="[^"]*%(22|3C|3E)/i],
];

describe("hostile HTML in editors' Markdown", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const html = await render(readFileSync(join(FIXTURES, name, "input.md"), "utf8"));
      for (const [what, pattern] of FORBIDDEN) expect(html, `${what} in output`).not.toMatch(pattern);
      expect(findUnsafeChar(html), "control character or text-direction override in output").toBeUndefined();

      const expectedFile = join(FIXTURES, name, "expected.html");
      if (!existsSync(expectedFile)) {
        if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(expectedFile, `${html}\n`);
        throw new Error(`missing ${expectedFile}: review the output and save it (UPDATE_FIXTURES=1 writes it)`);
      }
      expect(html).toBe(readFileSync(expectedFile, "utf8").replace(/\n$/, ""));
    });
  }

  it("keeps the text around removed markup", async () => {
    const html = await render("Before.\n\n<script>alert(1)</script>\n\nAfter.");
    expect(html).toContain("Before.");
    expect(html).toContain("After.");
    expect(html).not.toContain("alert");
  });

  it("gives headings our anchors, not the editor's", async () => {
    const html = await render('## A Heading\n\n<h2 id="main">Injected</h2>');
    expect(html).toMatch(/<h2 id="a-heading">.*A Heading.*<\/h2>/);
    expect(html).not.toContain('id="main"');
  });
});

describe("links under a base path", () => {
  it("puts root-relative Markdown and raw links and images under the base, and nothing else", async () => {
    const based = await markdownProcessor({ base: "/mexico-security" }).createRenderer({ syntaxHighlight: false });
    const markdown = [
      "[A](/articles/a-b/) [S](/sources/x.txt) ![card](/og/default.png) [T](/topics/t/#top)",
      "",
      '<a href="/entities/cia/">CIA</a> <img src="/og/articles/a-b.png" alt="">',
      "",
      "[rel](../c/) [frag](#s-1a2b3c4d) [ext](https://example.org/x) [proto](//example.org/y)",
    ].join("\n");
    const html = (await based.render(markdown)).code;
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls).toEqual([
      "/mexico-security/articles/a-b/",
      "/mexico-security/sources/x.txt",
      "/mexico-security/og/default.png",
      "/mexico-security/topics/t/#top",
      "/mexico-security/entities/cia/",
      "/mexico-security/og/articles/a-b.png",
      "../c/",
      "#s-1a2b3c4d",
      "https://example.org/x",
      "//example.org/y",
    ]);
    expect(await render("[A](/articles/a-b/)")).toContain('href="/articles/a-b/"');
  });
});
