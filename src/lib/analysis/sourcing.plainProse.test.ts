import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities } from "./entities.ts";
import { findQuotes } from "./quotes.ts";
import { sourcingProfile } from "./sourcing.ts";
import { loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());

/** Each attribution as "kind: label". */
function sources(body: string): string[] {
  const blocks = articleSentences(body);
  const { mentions, found } = findEntities(blocks, matcher);
  const quotes = findQuotes("t", blocks, mentions, matcher);
  return sourcingProfile("t", blocks, mentions, quotes, matcher, [], found).attributions.map(
    (a) => `${a.kind}: ${a.label}`,
  );
}

describe("according to a person named after a role in lower case", () => {
  it("counts the person", () => {
    expect(sources("But according to journalist Ann Miller, a second vote is still needed.")).toEqual([
      "named: Ann Miller",
    ]);
  });

  it("counts no one a document belongs to", () => {
    expect(sources("According to the report, Ann Miller left the firm in May.")).toEqual([]);
  });
});

describe("a list of names as one subject", () => {
  it("counts every person in it, with or without a comma before “and”", () => {
    expect(sources("Tom Baxter, Ann Miller and Jim Porter expressed their concerns about the plan.")).toEqual([
      "named: Tom Baxter",
      "named: Ann Miller",
      "named: Jim Porter",
    ]);
    expect(sources("Tom Baxter, Ann Miller, and Jim Porter said the plan was dead.")).toEqual([
      "named: Tom Baxter",
      "named: Ann Miller",
      "named: Jim Porter",
    ]);
  });
});
