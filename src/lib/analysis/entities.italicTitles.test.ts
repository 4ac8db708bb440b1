import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const found = (text: string) => findEntities(articleSentences(text), matcher).found.map((f) => f.name);

describe("a work's italic title", () => {
  it("is no entity: the show, the film or the book it names is a work", () => {
    const names = found(
      "Laura Halloway left the morning show _Dawn & Daylight_ in March. Her new movie [_Harbor Lights Reunion_](https://example.com/a) opened on Friday.",
    );
    expect(names).toContain("Laura Halloway");
    expect(names).not.toContain("Dawn & Daylight");
    expect(names).not.toContain("Harbor Lights Reunion");
  });

  it("keeps the same words written in roman, and an outlet's name or a one-word name set in italics", () => {
    expect(found("Laura Halloway left Dawn & Daylight in March.")).toContain("Dawn & Daylight");
    const names = found("Laura Halloway told _The Quillford Gazette_ and the _Brookvale Daily Eagle_ about it.");
    expect(names).toContain("Quillford Gazette");
    expect(names).toContain("Brookvale Daily Eagle");
  });
});
