/**
 * The production build of hostile but valid content, in a throwaway copy of the site served
 * under BASE_PATH=/x/: headlines, deks, bylines, entity descriptions and correction notes that
 * hold `<script>` and `<img onerror>` text, bodies with raw scripts, iframes, handlers,
 * root-relative links and headings named like the layout's ids, and forty `<script>` headlines
 * (tests/fixtures/hostile-content). The build must succeed, and nothing from content may run:
 * no script, handler or `javascript:` URL from it anywhere in dist/, the CSP hashes only the
 * site's own scripts, every feed is well-formed XML, no control character or text-direction
 * override is published, every page's ids are unique and every internal link stays under /x/.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { SyntaxValidator } from "fast-xml-validator";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, type SiteCopy } from "#scripts/support/siteCopy.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { cspHash, isExecutableScript, parseHeaders } from "#lib/publish/headers.ts";
import { findUnsafeChar } from "#lib/text/unsafeChars.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { childEnv } from "#scripts/support/childEnv.ts";

const ROOT = resolve(import.meta.dirname, "..");
const FIXTURES = join(import.meta.dirname, "fixtures/hostile-content");
const BASE = "/x/";
/** Every payload in the fixtures calls alert(); none may reach a script or handler. */
const PAYLOAD = /alert\(/;
const HEADLINES = 40;

let site: SiteCopy;
let dist: string;
let buildOutput: string;
let buildStatus: number | null;
const pages = new Map<string, Element[]>();

/** The built pages; fails (rather than passing on nothing) when the build did not succeed. */
function built(): Map<string, Element[]> {
  expect(buildStatus, buildOutput.slice(-3000)).toBe(0);
  return pages;
}

/** Every file under dist/, relative, with "/" separators. */
function distFiles(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1));
}

function elements(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), "element", (element: Element) => {
    found.push(element);
  });
  return found;
}

beforeAll(() => {
  site = copySite(ROOT, ["topics", "entities", "sources"], "hostile-content-");
  const content = join(site.root, "content");
  cpSync(join(FIXTURES, "articles"), join(content, "articles"), { recursive: true });
  cpSync(join(FIXTURES, "entities"), join(content, "entities"), { recursive: true });
  for (let i = 1; i <= HEADLINES; i += 1) {
    writeFileSync(
      join(content, "articles", `hostile-headline-${i}.md`),
      `---\ntitle: "<script>alert(${i})</script> Cartel headline number ${i}"\ndek: "<script>alert('dek ${i}')</script>"\n---\n\nDrones flew over Mexico for the ${i}th time, officials said.\n`,
    );
  }
  // The correction needs the anchor of the article's quoted sentence, whatever its hash.
  const article = readFileSync(join(FIXTURES, "articles/hostile-headline.md"), "utf8");
  const quoted = articleSentences(parseFrontmatter(article)?.body ?? "")
    .flatMap((block) => block.sentences)
    .find((sentence) => sentence.text.includes("Sovereignty is not negotiable"));
  const corrections = readFileSync(join(FIXTURES, "corrections.yaml"), "utf8").replace(
    "anchor: ANCHOR",
    `anchor: ${quoted?.anchor ?? ""}`,
  );
  mkdirSync(join(content, "corrections"), { recursive: true });
  writeFileSync(join(content, "corrections/hostile-headline.yaml"), corrections);

  const result = spawnSync(join(ROOT, "node_modules/.bin/astro"), ["build"], {
    cwd: site.root,
    env: childEnv(ROOT, { BASE_PATH: BASE, SOCIAL_IMAGES: "0", SKIP_PAGEFIND: "1" }),
    encoding: "utf8",
  });
  buildStatus = result.status;
  buildOutput = `${result.stdout}\n${result.stderr}`;
  dist = join(site.root, "dist");
  if (buildStatus !== 0) return;
  for (const file of distFiles().filter((path) => path.endsWith(".html")))
    pages.set(file, elements(readFileSync(join(dist, file), "utf8")));
}, 600_000);

afterAll(() => site?.remove());

describe("a build of hostile content", () => {
  it("succeeds: inert text in attributes and forty <script> headlines fail nothing", () => {
    expect(buildStatus, buildOutput.slice(-3000)).toBe(0);
    expect(pages.size).toBeGreaterThan(HEADLINES);
  });

  it("publishes no script, handler, frame or javascript: URL from content", () => {
    const found: string[] = [];
    for (const [file, list] of built()) {
      for (const element of list) {
        if (element.tagName === "script") {
          const type = element.properties["type"];
          const text = toString(element);
          // Data blocks (JSON-LD) may quote a headline, but must stay one parseable block.
          if (!isExecutableScript(type)) {
            try {
              JSON.parse(text);
            } catch {
              found.push(`${file}: a data block that is not JSON (broken out of?)`);
            }
          } else if (PAYLOAD.test(text)) found.push(`${file}: script`);
        }
        if (["iframe", "object", "embed"].includes(element.tagName)) found.push(`${file}: ${element.tagName}`);
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on[A-Z]/.test(name)) found.push(`${file}: ${name} on <${element.tagName}>`);
          if (typeof value === "string" && /^\s*javascript:/i.test(value)) found.push(`${file}: javascript: URL`);
          if (name === "style" && element.tagName !== "svg") found.push(`${file}: style attribute`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("shows the headline as text, escaped, where it is published", () => {
    const page = built().get("articles/hostile-headline/index.html") ?? [];
    const h1 = page.find((element) => element.tagName === "h1");
    expect(h1 && toString(h1)).toContain("<script>alert('t1')</script> Cartel talks");
    const ogTitle = page.find((element) => element.properties["property"] === "og:title");
    expect(ogTitle?.properties["content"]).toContain("<script>alert('t1')</script>");
  });

  it("hashes in the CSP only scripts the site itself emits", () => {
    const rules = parseHeaders(readFileSync(join(dist, "_headers"), "utf8"));
    const csp = rules.flatMap((rule) => rule.headers).find(([name]) => name === "Content-Security-Policy")?.[1] ?? "";
    const hashes = (csp.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "")
      .split(/\s+/)
      .filter((source) => source.startsWith("'sha256-"));
    const siteScripts = new Map<string, string>();
    for (const list of built().values()) {
      for (const element of list) {
        if (element.tagName === "script" && element.properties["src"] === undefined)
          siteScripts.set(cspHash(toString(element)), toString(element));
      }
    }
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) {
      expect(siteScripts.has(hash), `${hash} is no script on any page`).toBe(true);
      expect(siteScripts.get(hash)).not.toMatch(PAYLOAD);
    }
    // Forty headlines would otherwise add forty hashes: the policy does not grow with content.
    expect(hashes.length).toBeLessThan(10);
  });

  it("writes every feed as well-formed XML", () => {
    built();
    const feeds = distFiles().filter((file) => file.endsWith(".xml"));
    expect(feeds).toContain("rss.xml");
    expect(feeds).toContain("topics/drone-surveillance/rss.xml");
    for (const feed of feeds) expect(SyntaxValidator.validate(readFileSync(join(dist, feed), "utf8")), feed).toBe(true);
  });

  it("publishes no control character or text-direction override", () => {
    built();
    const found = distFiles()
      .filter((file) => /\.(html|xml|json|txt)$/.test(file))
      .flatMap((file) => {
        const unsafe = findUnsafeChar(readFileSync(join(dist, file), "utf8"));
        return unsafe ? [`${file}: U+${unsafe.char.codePointAt(0)?.toString(16)} at ${unsafe.index}`] : [];
      });
    expect(found).toEqual([]);
  });

  it("gives every element of a page a distinct id, whatever the headings are called", () => {
    for (const [file, list] of built()) {
      const ids = list.map((element) => element.properties["id"]).filter((id) => typeof id === "string");
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, file).toEqual([]);
    }
    const ids = (pages.get("articles/hostile-headline/index.html") ?? []).map((element) => element.properties["id"]);
    expect(ids).toEqual(
      expect.arrayContaining([
        "main",
        "section-main",
        "section-header-q",
        "section-toc-heading",
        "section-s-b5ea5a78",
        "s-b5ea5a78",
      ]),
    );
  });

  it("keeps every internal link and image under the base path, body links included", () => {
    const escaped: string[] = [];
    for (const [file, list] of built()) {
      for (const element of list) {
        for (const name of ["href", "src", "action"]) {
          const value = element.properties[name];
          if (typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith(BASE))
            escaped.push(`${file}: <${element.tagName} ${name}="${value}">`);
        }
      }
    }
    expect(escaped).toEqual([]);
    const hrefs = (pages.get("articles/hostile-headline/index.html") ?? []).map(
      (element) => element.properties["href"],
    );
    expect(hrefs).toEqual(expect.arrayContaining(["/x/articles/hostile-headline-1/", "/x/topics/drone-surveillance/"]));
  });
});
