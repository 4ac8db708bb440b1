/**
 * The content model on fixture projects: `fixtures/<case>/input/content/` is read with
 * `loadDesk` and its problems, formatted as editors see them, must equal `expected.txt`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgetDesk, loadDesk, sharedDesk } from "./desk.ts";
import { formatProblems } from "./problems.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");

describe("loadDesk on fixture content", () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`reports ${name}`, () => {
      const got = formatProblems(loadDesk(join(FIXTURES, name, "input")).problems);
      const expectedFile = join(FIXTURES, name, "expected.txt");
      if (!existsSync(expectedFile)) {
        if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(expectedFile, `${got}\n`);
        throw new Error(`missing ${expectedFile}: review the output and save it (UPDATE_FIXTURES=1 writes it)`);
      }
      expect(got).toBe(readFileSync(expectedFile, "utf8").replace(/\n$/, ""));
    });
  }
});

describe("loadDesk on the committed content", () => {
  const desk = loadDesk(process.cwd());

  it("has no problems and hands every article with its topics, in topic order", () => {
    expect(desk.problems).toEqual([]);
    expect(desk.articles).toHaveLength(desk.files.articles.length);
    const order = desk.topics.map((topic) => topic.id);
    for (const article of desk.articles) {
      expect([...article.topicIds]).toEqual(order.filter((id) => article.topicIds.includes(id)));
      expect([...article.topicReasons.keys()].sort()).toEqual([...article.topicIds].sort());
    }
  });

  it("keeps the paths of the files it read, not their text", () => {
    for (const file of [...desk.files.articles, ...desk.files.topics, ...desk.files.reports]) {
      expect(Object.keys(file)).toEqual(["path"]);
    }
    expect(desk.files.reports.length).toBeGreaterThan(0);
  });

  it("orders topics by their order field", () => {
    const orders = desk.topics.map((topic) => topic.data.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe("sharedDesk", () => {
  it("reads a root once however it is spelled (with or without a trailing slash)", () => {
    const root = process.cwd();
    forgetDesk(root);
    const desk = sharedDesk(`${root}/`);
    expect(sharedDesk(root)).toBe(desk);
    forgetDesk(`${root}/`);
    expect(sharedDesk(root)).not.toBe(desk);
  });
});
