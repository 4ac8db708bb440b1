import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  assertNoUnhashable,
  assertPolicyFits,
  collectInline,
  contentFileFor,
  type InlineBlocks,
  contentSecurityPolicy,
  cspHash,
  headerRules,
  headersFor,
  IMMUTABLE,
  isExecutableScript,
  mergeInline,
  normalizeBase,
  pagefindHashedPatterns,
  parseHeaders,
  pathMatches,
  renderHeaders,
} from "./headers.ts";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("cspHash", () => {
  it("hashes the UTF-8 text as CSP expects", () => {
    // The CSP spec's own example: alert('Hello, world.');
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    expect(cspHash("“quoted” – text")).toBe(sha("“quoted” – text"));
  });

  it("normalizes CRLF and CR to LF, as the HTML parser does", () => {
    expect(cspHash("a\r\nb\rc")).toBe(sha("a\nb\nc"));
  });
});

describe("isExecutableScript", () => {
  it.each([
    undefined,
    "",
    "module",
    "MODULE",
    "text/javascript",
    " text/javascript; charset=utf-8",
    "importmap",
    "speculationrules",
  ])("treats type %j as code", (type) => expect(isExecutableScript(type)).toBe(true));
  it.each(["application/ld+json", "application/json", "text/plain", "text/template"])("treats %s as data", (type) =>
    expect(isExecutableScript(type)).toBe(false),
  );
});

describe("collectInline", () => {
  it("hashes inline scripts a browser runs but not external ones", () => {
    const html = `<head><script type="module">let a = 1;</script><script src="/x.js"></script>
      <SCRIPT>go()</SCRIPT ><script type="text/javascript">run()</script><script type="importmap">{}</script></head>`;
    expect(collectInline(html).scripts).toEqual([sha("let a = 1;"), sha("go()"), sha("run()"), sha("{}")]);
  });

  it("does not hash data blocks such as JSON-LD, which browsers never run and CSP does not govern", () => {
    const html = `<script type="application/ld+json">{"a":1}</script><script type='application/json'>[1]</script>
      <script type="text/plain">note</script><script>go()</script>`;
    expect(collectInline(html).scripts).toEqual([sha("go()")]);
  });

  it("hashes a script's exact text, up to the first </script, including whitespace", () => {
    const html = "<script>\n  const s = '<b>';\n</script>";
    expect(collectInline(html).scripts).toEqual([sha("\n  const s = '<b>';\n")]);
  });

  it("hashes style elements, empty ones included", () => {
    const html = '<style>.a{color:red}\n</style><style media="print"></style><link rel="stylesheet" href="/s.css">';
    expect(collectInline(html).styles).toEqual([sha(".a{color:red}\n"), sha("")]);
  });

  it("finds scripts even after </html>, where Astro may leave a page's script", () => {
    expect(collectInline("<html><body></body></html><script>x()</script>").scripts).toEqual([sha("x()")]);
  });

  it("ignores blocks inside comments", () => {
    expect(collectInline("<!-- <script>old()</script> --><p>hi</p>")).toEqual({
      scripts: [],
      styles: [],
      unhashable: [],
    });
  });

  it("reports inline code a hash cannot allow", () => {
    const html = `<p style="color:red">x</p><button onclick="go()">b</button><a href="javascript:void 0">j</a>
      <a href="/fine/" data-style="x" title="onclick=nothing">ok</a><input value placeholder="style">`;
    expect(collectInline(html).unhashable).toEqual([
      '<p style="color:red">',
      '<button onclick="go()">',
      '<a href="javascript:void 0">',
    ]);
  });

  it("does not mistake script or style text for attributes", () => {
    const html = `<script>el.innerHTML = '<p style="x">';</script><style>p[style]{}</style>`;
    expect(collectInline(html).unhashable).toEqual([]);
  });
});

describe("collectInline on content-bearing text", () => {
  it("does not hash script text inside an attribute value, only real script elements", () => {
    const html = `<head><meta property="og:title" content="<script>alert('t1')</script>">
      <meta name="description" content="&lt;script&gt;x()&lt;/script&gt;"><title>&lt;script&gt;y()&lt;/script&gt;</title>
      <script>site()</script></head><body><p>&lt;script&gt;z()&lt;/script&gt;</p></body>`;
    expect(collectInline(html).scripts).toEqual([sha("site()")]);
  });

  it("treats handler-looking text in attribute values and text as inert", () => {
    const html = `<meta name="description" content="<img src=x onerror=alert(1)>">
      <p title='<b style="x" onclick="y">'>&lt;img src=x onerror=alert(1)&gt;</p>`;
    expect(collectInline(html)).toEqual({ scripts: [], styles: [], unhashable: [] });
  });
});

describe("build guards", () => {
  const page = (file: string, blocks: Partial<InlineBlocks>) => ({
    file,
    blocks: { scripts: [], styles: [], unhashable: [], ...blocks },
  });

  it("names the page and its content file for inline code", () => {
    expect(() => assertNoUnhashable([page("articles/a-b/index.html", { unhashable: ['<p style="x">'] })])).toThrow(
      'dist/articles/a-b/index.html (from content/articles/a-b.md): <p style="x">',
    );
    expect(() => assertNoUnhashable([page("index.html", {})])).not.toThrow();
  });

  it("refuses a policy over the line limit, naming the pages whose own blocks grow it", () => {
    const shared = Array.from({ length: 3 }, (_, i) => sha(`shared ${i}`));
    const pages = [
      page("index.html", { scripts: shared }),
      ...Array.from({ length: 40 }, (_, i) =>
        page(`topics/t${i}/index.html`, { scripts: [...shared, sha(`own ${i}`)] }),
      ),
    ];
    expect(() => assertPolicyFits(pages)).toThrow(
      /over Cloudflare Pages' 2000[\s\S]*dist\/topics\/t0\/index\.html \(from content\/topics\/t0\.md\): 1 inline block/,
    );
    expect(() => assertPolicyFits(pages.slice(0, 5))).not.toThrow();
  });

  it("maps pages to the content files they render", () => {
    expect(contentFileFor("articles/x/source/index.html")).toBe("content/articles/x.md");
    expect(contentFileFor("entities/cia/index.html")).toBe("content/entities/cia.yaml");
    expect(contentFileFor("index.html")).toBeUndefined();
  });
});

describe("mergeInline", () => {
  it("keeps each hash once, sorted", () => {
    const merged = mergeInline([
      { scripts: ["'b'", "'a'"], styles: ["'s'"], unhashable: [] },
      { scripts: ["'a'"], styles: ["'s'"], unhashable: ["<p style>"] },
    ]);
    expect(merged).toEqual({ scripts: ["'a'", "'b'"], styles: ["'s'"], unhashable: ["<p style>"] });
  });
});

describe("contentSecurityPolicy", () => {
  it("allows self, Pagefind's WebAssembly and the hashes, never unsafe-inline", () => {
    const csp = contentSecurityPolicy({ scripts: ["'sha256-A'"], styles: ["'sha256-B'"] });
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-A'; style-src 'self' 'sha256-B'; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
    );
    expect(csp).not.toContain("unsafe-inline");
  });
});

describe("pagefindHashedPatterns", () => {
  it("marks only content-hashed Pagefind files, never its fixed-name loader, wasm or entry", () => {
    const files = [
      "pagefind-entry.json",
      "pagefind.js",
      "pagefind-worker.js",
      "pagefind-ui.js",
      "wasm.en.pagefind",
      "pagefind.en_49597b47fb.pf_meta",
      "index/en_948ba72.pf_index",
      "fragment/en_9b47dc2.pf_fragment",
      "filter/en_678fdf1.pf_filter",
    ];
    expect(pagefindHashedPatterns(files)).toEqual([
      "filter/*",
      "fragment/*",
      "index/*",
      "pagefind.en_49597b47fb.pf_meta",
    ]);
  });
});

describe("normalizeBase", () => {
  it.each([
    ["/", "/"],
    ["", "/"],
    ["/mexico-security/", "/mexico-security/"],
    ["/mexico-security", "/mexico-security/"],
    ["mexico-security", "/mexico-security/"],
    ["/a/b/", "/a/b/"],
  ])("%j → %j", (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe("renderHeaders and parseHeaders", () => {
  const input = {
    base: "/mexico-security",
    inline: { scripts: ["'sha256-A'"], styles: [] },
    immutable: ["_astro/*", "pagefind/index/*"],
  };

  it("renders the security headers for the whole site and caching for hashed paths, under the base", () => {
    const text = renderHeaders(input);
    expect(text.split("\n")).toEqual([
      "# Generated by src/integrations/securityHeaders.ts at build time; do not edit.",
      "/mexico-security/*",
      `  Content-Security-Policy: ${contentSecurityPolicy(input.inline)}`,
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: strict-origin-when-cross-origin",
      expect.stringMatching(/^ {2}Permissions-Policy: .*camera=\(\).*geolocation=\(\).*microphone=\(\)/) as string,
      "/mexico-security/data/analysis.json",
      "  Access-Control-Allow-Origin: *",
      "/mexico-security/data/analysis.schema.json",
      "  Access-Control-Allow-Origin: *",
      "/mexico-security/articles/*/analysis.json",
      "  Access-Control-Allow-Origin: *",
      "/mexico-security/_astro/*",
      `  Cache-Control: ${IMMUTABLE}`,
      "/mexico-security/pagefind/index/*",
      `  Cache-Control: ${IMMUTABLE}`,
      "",
    ]);
  });

  it("round-trips through parseHeaders", () => {
    expect(parseHeaders(renderHeaders(input))).toEqual(
      headerRules(input).map((rule) => ({ path: rule.path, headers: rule.headers.map(([n, v]) => [n, v]) })),
    );
  });

  it("refuses a CSP line longer than Cloudflare Pages reads", () => {
    const scripts = Array.from({ length: 60 }, (_, i) => cspHash(`script ${i}`));
    expect(() => renderHeaders({ ...input, inline: { scripts, styles: [] } })).toThrow(/over Cloudflare Pages' 2000/);
  });

  it("rejects a header line with no path above it", () => {
    expect(() => parseHeaders("  X-A: b\n")).toThrow(/line 1/);
  });
});

describe("headersFor", () => {
  const rules = parseHeaders(
    renderHeaders({ base: "/", inline: { scripts: [], styles: [] }, immutable: ["_astro/*"] }),
  );

  it("applies the site-wide rule everywhere and caching only to hashed paths", () => {
    expect(headersFor(rules, "/search/").get("Cache-Control")).toBeUndefined();
    expect(headersFor(rules, "/search/").get("X-Content-Type-Options")).toBe("nosniff");
    expect(headersFor(rules, "/_astro/a.css").get("Cache-Control")).toBe(IMMUTABLE);
    expect(headersFor(rules, "/_astro/a.css").get("Content-Security-Policy")).toContain("default-src 'self'");
  });

  it("lets any origin fetch the open data, and only the open data", () => {
    expect(headersFor(rules, "/articles/a-b/analysis.json").get("Access-Control-Allow-Origin")).toBe("*");
    expect(headersFor(rules, "/data/analysis.json").get("Access-Control-Allow-Origin")).toBe("*");
    expect(headersFor(rules, "/data/analysis.json").get("X-Content-Type-Options")).toBe("nosniff");
    expect(headersFor(rules, "/articles/a-b/").get("Access-Control-Allow-Origin")).toBeUndefined();
  });

  it("joins a header set by two matching rules", () => {
    expect(headersFor(parseHeaders("/*\n  X-A: 1\n/a/*\n  X-A: 2\n"), "/a/b").get("X-A")).toBe("1, 2");
  });

  it("matches * across slashes and escapes everything else", () => {
    expect(pathMatches("/base/*", "/base/a/b.js")).toBe(true);
    expect(pathMatches("/base/*", "/other/")).toBe(false);
    expect(pathMatches("/pagefind.en.pf_meta", "/pagefindXen.pf_meta")).toBe(false);
  });
});
