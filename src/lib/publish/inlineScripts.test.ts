import { describe, expect, it } from "vitest";
import { inlinePageScripts } from "./inlineScripts.ts";

describe("inlinePageScripts", () => {
  it("always inlines a page script Astro bundled, however large", () => {
    expect(inlinePageScripts("_astro/search.astro_astro_type_script_index_0_lang.B1a2c3.js")).toBe(true);
  });

  it("leaves stylesheets, fonts and imported source files to the default limit", () => {
    expect(inlinePageScripts("_astro/BaseLayout.BP0KkI1I.css")).toBeUndefined();
    expect(inlinePageScripts("/work/node_modules/@fontsource/source-serif-4/files/latin-400.woff2")).toBeUndefined();
    expect(inlinePageScripts("/work/src/client/search.js")).toBeUndefined();
  });
});
