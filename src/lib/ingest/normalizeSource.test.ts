/** Which reader a raw file gets: by what it holds, not only by its name. */
import { describe, expect, it } from "vitest";
import { normalizeSource } from "./normalizeSource.ts";

const TEXT = `Ferry fares to rise in spring

Harbour officials said on Tuesday that ferry fares would rise by a tenth in the spring, the first rise in four years.

The council's transport committee will vote on the timetable in March, its chair said.
`;

describe("normalizeSource", () => {
  it("reads a file named as a page that holds no markup as the text it is", () => {
    const result = normalizeSource(TEXT, { fileName: "ferry.html" });
    expect(result.ok && result.frontmatter.title).toBe("Ferry fares to rise in spring");
  });

  it("reads a page with markup as a page, which asks for the title its head lacks", () => {
    const result = normalizeSource(`<html><body><p>${TEXT}</p></body></html>`, { fileName: "ferry.html" });
    expect(result.ok ? result.frontmatter.title : result.error.code).toBe("no-title");
  });
});
