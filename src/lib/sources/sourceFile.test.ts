import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readContent } from "#lib/content/readContent.ts";
import { listSourceFiles, sourceFileProblem, sourceFolderProblems } from "./sourceFile.ts";

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "source-files-"));
  const sources = join(root, "content/sources");
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(root, "secret"), "root:x:0:0:root:/root:/bin/bash\n");
  writeFileSync(join(sources, "a.txt"), "A Headline\n\nBody.\n");
  symlinkSync(join(root, "secret"), join(sources, "x.txt"));
  symlinkSync(join(sources, "a.txt"), join(sources, "inside.txt"));
  mkdirSync(join(sources, "folder.txt"));
  writeFileSync(join(sources, ".hidden.txt"), "editor backup");
  writeFileSync(join(sources, "notes.docx"), "not a source");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("raw source files", () => {
  it("are regular files only: links (even to a source) and folders are refused", () => {
    expect(listSourceFiles(join(root, "content/sources"))).toEqual({
      files: ["a.txt"],
      refused: [
        { name: "folder.txt", message: expect.stringMatching(/^is a directory, not a source file/) as unknown },
        { name: "inside.txt", message: expect.stringMatching(/^is a symbolic link;/) as unknown },
        { name: "x.txt", message: expect.stringMatching(/^is a symbolic link;/) as unknown },
      ],
    });
  });

  it("are refused by the content check with the file named and nothing of the target echoed", () => {
    const problems = sourceFolderProblems(root);
    expect(problems.map((p) => p.file)).toEqual([
      "content/sources/folder.txt",
      "content/sources/inside.txt",
      "content/sources/x.txt",
    ]);
    expect(JSON.stringify(problems)).not.toContain("root:x");
    // An article naming a linked source finds no raw file there.
    expect([...readContent(root).sourceFiles]).toEqual(["a.txt"]);
  });

  it("say when a file is missing", () => {
    expect(sourceFileProblem(join(root, "content/sources/none.txt"))).toMatch(/^file not found/);
    expect(sourceFileProblem(join(root, "content/sources/a.txt"))).toBeUndefined();
  });

  it("of a missing folder are none", () => {
    expect(listSourceFiles(join(root, "nowhere"))).toEqual({ files: [], refused: [] });
  });
});
