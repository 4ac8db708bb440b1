import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectedText, unzippedName } from "./run.ts";

// A folder shaped like the exported benchmark: ground-truth.json beside html/.
const root = mkdtempSync(join(tmpdir(), "eval-run-"));
mkdirSync(join(root, "html"));
writeFileSync(join(root, "ground-truth.json"), JSON.stringify({ abc123: { articleBody: "The checked body." } }));
writeFileSync(join(root, "html", "abc123.html.gz"), "");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("benchmark cases", () => {
  it("name a gzipped page by the page inside", () => {
    expect([unzippedName("html/abc123.html.gz"), unzippedName("html/x/source.html")]).toEqual([
      "html/abc123.html",
      "html/x/source.html",
    ]);
  });

  it("take the benchmark's own body as the expected text of its page, and nothing for an unknown one", async () => {
    expect(await expectedText(join(root, "html"), "abc123.html")).toBe("The checked body.");
    expect(await expectedText(join(root, "html"), "other.html")).toBeUndefined();
    expect(await expectedText(join(root, "html"))).toBeUndefined();
  });
});
