/**
 * Fixture cases for `findEntities`: one folder per case under `fixtures/entities/`, with a
 * synthetic `input.md` and the reviewed `expected.json` (every mention in order: its words,
 * the entity id, and whether the register or the machine found it), over the small register
 * in `fixtures/entities/register.yaml`. A case without `expected.json` fails; run with
 * `UPDATE_FIXTURES=1` to write it, then read it before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { entitySchema, type Entity } from "#schemas/entity.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";

const FIXTURES = join(import.meta.dirname, "fixtures/entities");
const register: Entity[] = (parseYaml(readFileSync(join(FIXTURES, "register.yaml"), "utf8")) as { id: string }[]).map(
  ({ id, ...data }) => ({ ...entitySchema.parse(data), id }),
);
const matcher = buildEntityMatcher(register);

describe("findEntities fixtures", () => {
  const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));
  for (const { name } of cases) {
    it(name, () => {
      const input = readFileSync(join(FIXTURES, name, "input.md"), "utf8");
      const { mentions, found } = findEntities(articleSentences(input), matcher);
      const kinds = new Map(found.map((entity) => [entity.id, entity.kind]));
      const actual = mentions.map((m) => ({
        text: m.text,
        entity: m.entityId,
        by: kinds.has(m.entityId) ? `machine (${kinds.get(m.entityId)})` : "register",
      }));
      const expectedPath = join(FIXTURES, name, "expected.json");
      if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${expectedPath} is missing`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});
