import { describe, expect, it } from "vitest";
import { explainBuildFailure } from "./buildFailure.ts";

const ROOT = "/site";

function errno(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${path ?? ""}'`), { code, path, syscall: "open" });
}

describe("explainBuildFailure", () => {
  it("names the file a full disk stopped, relative to the site, and what to do", () => {
    expect(explainBuildFailure(errno("ENOSPC", "/site/.dist-staging/about/index.html"), ROOT)).toBe(
      "Writing .dist-staging/about/index.html failed: the disk is full; free some space, then build again. dist/ still holds the last good site.",
    );
  });

  it("says a read-only or foreign folder is one, by its code", () => {
    for (const code of ["EACCES", "EROFS", "EPERM"]) {
      expect(explainBuildFailure(errno(code, "/elsewhere/x.html"), ROOT)).toBe(
        `Writing /elsewhere/x.html failed: the folder is read-only or not yours (${code}); fix its permissions, then build again. dist/ still holds the last good site.`,
      );
    }
  });

  it("finds the file-system error under the wrappers Vite and Astro put around it", () => {
    const wrapped = new Error("[vite] build failed", { cause: new Error("hook failed", { cause: errno("ENOSPC") }) });
    expect(explainBuildFailure(wrapped, ROOT)).toMatch(/^Writing the site failed: the disk is full/);
  });

  it("prints the content model's problems as they are, found by name under a wrapper", () => {
    const content = Object.assign(
      new Error("The content has 1 problem(s); fix them and build again:\na.md:3: x: bad"),
      {
        name: "ContentError",
      },
    );
    expect(explainBuildFailure(new Error("loader failed", { cause: content }), ROOT)).toBe(content.message);
  });

  it("keeps a message already written for the editor", () => {
    const worded = new Error(
      "Writing _headers failed: the disk is full; free some space, then build again. dist/ still holds the last good site.",
    );
    expect(explainBuildFailure(new Error("hook", { cause: worded }), ROOT)).toBe(worded.message);
  });

  it("gives anything else one line and points to DEBUG=1", () => {
    const line = explainBuildFailure(new Error("Something odd\n    at x (y.js:1:2)"), ROOT);
    expect(line).toBe(
      "The build failed: Something odd (run DEBUG=1 npm run build for the details). dist/ still holds the last good site.",
    );
  });

  it("survives a cause cycle and a thrown non-error", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(explainBuildFailure(a, ROOT)).toMatch(/^The build failed: a /);
    expect(explainBuildFailure("plain", ROOT)).toMatch(/^The build failed: plain /);
  });
});
