import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectFixtureFile } from "#lib/testFixtures.ts";
import { articleSentences } from "#lib/text/sentences.ts";
import {
  compareSentences,
  readSentence,
  DEFAULT_CLAIM_OPTIONS,
  explainPair,
  reportsOf,
  storyClaims,
  type Claim,
  type ClaimSentence,
} from "./claims.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "claims");

/** A fixture input is one markdown file: each `# Name` heading starts an article. */
function articlesOf(markdown: string) {
  return markdown
    .split(/^# /mu)
    .filter((part) => part.trim() !== "")
    .map((part) => {
      const [name = "", ...body] = part.split("\n");
      return { slug: name.trim().toLowerCase().replace(/\s+/gu, "-"), blocks: articleSentences(body.join("\n")) };
    });
}

/** A readable rendering of the claims: kind, articles, differences. */
function render(claims: readonly Claim[]): string {
  return claims
    .map((c) => {
      const lines = [`${c.kind} (${c.score}) ${c.sentences.map((s) => `${s.slug}: ${s.text}`).join(" | ")}`];
      for (const d of c.differences)
        lines.push(`  ${d.kind}: ${d.a.slug} “${d.a.states}” / ${d.b.slug} “${d.b.states}”`);
      return lines.join("\n");
    })
    .join("\n")
    .concat("\n");
}

describe("storyClaims fixtures", () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const input = readFileSync(join(FIXTURES, name, "input.md"), "utf8");
      expectFixtureFile(join(FIXTURES, name, "expected.txt"), render(storyClaims(articlesOf(input))));
    });
  }
});

describe("reportsOf", () => {
  it("splits a segment where a line break follows a full stop, not where one sits inside a sentence", () => {
    expect(
      reportsOf("“Troops will stop the flow into our Country.“\nSheinbaum described the call as respectful."),
    ).toEqual(["“Troops will stop the flow into our Country.“", "Sheinbaum described the call as respectful."]);
    expect(reportsOf("According to Bradley,\nThe Wall Street Journal\nreports\n, he ordered it.")).toHaveLength(1);
  });

  it("lets the second sentence of a glued segment align on its own, under the segment's anchor", () => {
    // One segmented sentence per article, as the segmenter would give it.
    const article = (slug: string, text: string) => ({
      slug,
      blocks: [
        {
          blockIndex: 0,
          kind: "paragraph" as const,
          text,
          sentences: [{ anchor: "s-1", text, start: 0, end: text.length }],
        },
      ],
    });
    const articles = [
      article(
        "one",
        "“Our soldiers will guard every crossing point of the long northern frontier against smugglers, and they will stay there for as long as the President wants them to, with helicopters, patrol boats and radar stations watching each valley,” the minister wrote late on Sunday evening.\n" +
          "Sheinbaum described the discussion as very respectful.",
      ),
      article("two", "President Sheinbaum said the discussion had been respectful and cordial."),
    ];
    const aligned = storyClaims(articles).filter((c) => c.kind !== "single");
    expect(aligned.map((c) => c.sentences.map((x) => `${x.slug}#${x.anchor}`))).toEqual([["one#s-1", "two#s-1"]]);
  });
});

describe("relative clauses", () => {
  it("aligns the fact a relative clause reports with another article's sentence of it", () => {
    const articles = articlesOf(
      [
        "# One",
        "",
        "Bradley, who answered lawmakers' questions during closed-door briefings on Thursday, knew that the initial missile strike on the speedboat near Trinidad had left two wounded survivors clinging to burning wreckage while surveillance drones circled overhead.",
        "",
        "# Two",
        "",
        "Bradley will give his side of the story in a closed-door briefing to members of the Armed Services Committees.",
      ].join("\n"),
    );
    const aligned = storyClaims(articles).filter((c) => c.kind !== "single");
    expect(aligned.map((c) => c.sentences.map((s) => s.slug))).toEqual([["one", "two"]]);
    // Compared whole, the second fact's words keep the pair under the threshold (0.17). The claim
    // still shows and links the sentence whole, not the clause.
    expect(aligned[0]?.sentences[0]?.text).toMatch(/^Bradley, who answered .* overhead\.$/u);
  });
});

describe("storyClaims: shared words", () => {
  it("shows a shared day as the first sentence writes it, and no day that is not shared", () => {
    const claims = (one: string, two: string) =>
      storyClaims(articlesOf(["# One", "", one, "", "# Two", "", two].join("\n"))).filter((c) => c.kind !== "single");
    const [same] = claims(
      "The harbour authority closed the northern ferry terminal on Sept. 2 after the storm.",
      "After the storm the harbour authority closed the northern ferry terminal on September 2.",
    );
    expect(same?.shared).toEqual(expect.arrayContaining(["Sept. 2", "harbour", "terminal"]));
    const [other] = claims(
      "The harbour authority closed the northern ferry terminal on Sept. 2 after the storm.",
      "After the storm the harbour authority closed the northern ferry terminal on September 3.",
    );
    expect(other?.shared.some((w) => /Sept|2/u.test(w))).toBe(false);
  });
});

describe("explainPair", () => {
  it("shows the words of the class table a shared term stands for", () => {
    const articles = articlesOf(
      [
        "# One",
        "",
        "Intelligence gathered by the drones is handed to Mexican officials in Sinaloa every week.",
        "",
        "# Two",
        "",
        "Information from the drone flights goes to Mexican officials in Sinaloa each week.",
      ].join("\n"),
    );
    const [a, b] = articles.map((article) => `${article.slug}#${article.blocks[0]?.sentences[0]?.anchor ?? ""}`);
    expect(explainPair(articles, a ?? "", b ?? "")).toContain("inform{information|data|intelligence|intel}:");
  });
});

describe("compareSentences", () => {
  const s = (slug: string, text: string) => ({ slug, anchor: "s-1", text });

  it("reports no difference between the same count at different precision", () => {
    expect(
      compareSentences(
        s("a", "Officials said more than two dozen prisoners were flown out."),
        s("b", "Officials said 26 prisoners were flown out."),
      ),
    ).toEqual([]);
  });

  it("reads each sentence through the reading it is given, and the same as reading it itself", () => {
    const a = s("a", "The ferry carried 40 passengers across the lake on Monday.");
    const b = s("b", "The ferry carried 70 passengers across the lake on Monday.");
    const read: string[] = [];
    const counted = (text: string) => {
      read.push(text);
      return readSentence(text);
    };
    expect(compareSentences(a, b, () => [], counted)).toEqual(compareSentences(a, b));
    expect(read).toEqual([a.text, b.text]);
    expect(compareSentences(a, b)[0]?.kind).toBe("figures");
  });

  it("reports different dates of the same event", () => {
    const [difference] = compareSentences(
      s("a", "The bridge was closed in May 2024 after the flood."),
      s("b", "The bridge was closed in June 2024 after the flood."),
    );
    expect(difference?.kind).toBe("dates");
    expect([difference?.a.states, difference?.b.states]).toEqual(["May 2024", "June 2024"]);
  });

  it("states a status difference as a phrase that reads on its own, not the marker's fragment", () => {
    const [difference] = compareSentences(
      s("a", "The council is also considering closing the bridge to trucks."),
      s("b", "The council signed an order closing the bridge to trucks."),
    );
    expect(difference?.kind).toBe("status");
    expect([difference?.a.states, difference?.b.states]).toEqual(["under consideration", "done"]);
  });

  it("reads a year and a month in it as compatible", () => {
    expect(
      compareSentences(
        s("a", "The bridge was closed in 2024 after the flood."),
        s("b", "The bridge was closed in June 2024 after the flood."),
      ),
    ).toEqual([]);
  });

  it("reports the same quoted words given to different named speakers", () => {
    const quote = (speaker: string) => ({
      text: "we will rebuild the harbour wall before winter",
      speaker: { kind: "named" as const, name: speaker },
      articleSlug: "x",
      anchor: "s-1",
    });
    const a = s("a", "“We will rebuild the harbour wall before winter,” Mayor Lund said.");
    const b = s("b", "“We will rebuild the harbour wall before winter,” Governor Berg said.");
    const differences = compareSentences(a, b, (x) => [quote(x.slug === "a" ? "Mayor Lund" : "Governor Berg")]);
    expect(differences.map((d) => d.kind)).toEqual(["attribution"]);
  });

  it("reads one speaker named two ways, linked in one article and written short in the other, as one", () => {
    const quote = (name: string, entity?: string) => ({
      text: "we will rebuild the harbour wall before winter",
      speaker: { kind: "named" as const, name, ...(entity ? { entity } : {}) },
      articleSlug: "x",
      anchor: "s-1",
    });
    const a = s("a", "“We will rebuild the harbour wall before winter,” said Mayor Erik Lund.");
    const b = s("b", "“We will rebuild the harbour wall before winter,” Lund said.");
    const speakers = (x: ClaimSentence) => [x.slug === "a" ? quote("Erik Lund", "erik-lund") : quote("Mayor Lund")];
    expect(compareSentences(a, b, speakers)).toEqual([]);
  });
});

describe("storyClaims alignment rules", () => {
  const article = (slug: string, markdown: string) => ({ slug, blocks: articleSentences(markdown) });
  const aligned = (claims: readonly Claim[]) =>
    claims.filter((c) => c.kind !== "single").map((c) => c.sentences.map((x) => x.text));

  it("does not take a title in a name for the common word it is cut to", () => {
    // "Harbour Director" and "direct action", "Port Services" and "public services": the same six letters, not the same word.
    const claims = storyClaims([
      article(
        "a",
        "Harbour Director Ines Varga has urged the Port Services board to act.\n\nThe harbour reopened on Monday after the storm.",
      ),
      article(
        "b",
        "Ines Varga has urged direct action on public services.\n\nA bakery in the old town reopened after repairs.",
      ),
    ]);
    expect(aligned(claims)).toEqual([]);
  });

  it("does not align two sentences that share only words each article keeps repeating", () => {
    // Every bay sentence of both desks is about fuel smuggling gangs: those words are the story, not one fact.
    const desk = (slug: string, lines: readonly string[]) => article(slug, lines.join("\n\n"));
    const articles = [
      desk("a", [
        "Fuel smuggling gangs in the bay doubled their night runs.",
        "Fishermen blame fuel smuggling gangs in the bay for falling catches.",
        "Smuggling gangs in the bay sell the fuel to ferry operators.",
        "The library committee approved longer opening hours downtown.",
        "A violinist from Prague played three sold-out concerts.",
        "Snow closed the mountain pass for two days.",
        "Teachers voted for a shorter winter holiday.",
      ]),
      desk("b", [
        "Fuel smuggling gangs in the bay escaped the coast guard.",
        "Harbour traders say fuel smuggling gangs in the bay cost them dearly.",
        "Bay smuggling gangs store the fuel in old warehouses.",
        "A bakery in the old quarter reopened after repairs.",
        "The cinema festival honoured a retired actress.",
        "Farmers reported an early cherry harvest this spring.",
        "Cyclists protested against the new parking rules.",
      ]),
    ];
    expect(aligned(storyClaims(articles))).toEqual([]);
  });

  it("aligns the same act on the same thing counted alike, however little else the sentences share", () => {
    // "around 30 prisoners were shipped" / "some three dozen inmates have been transferred": 24–36 and 28.8–43.2 meet.
    const articles = (count: string) => [
      article(
        "a",
        "Around 30 prisoners were shipped to the capital overnight in a secret operation by the navy.\n\nThe library committee approved longer opening hours downtown.",
      ),
      article(
        "b",
        `${count} inmates have been transferred, according to a statement the ministry released on Tuesday afternoon.\n\nA bakery in the old quarter reopened after repairs.`,
      ),
    ];
    expect(aligned(storyClaims(articles("Some three dozen")))).toEqual([
      [
        "Around 30 prisoners were shipped to the capital overnight in a secret operation by the navy.",
        "Some three dozen inmates have been transferred, according to a statement the ministry released on Tuesday afternoon.",
      ],
    ]);
    // Two hundred is another transfer: the count does not agree, and the words alone are too few.
    expect(aligned(storyClaims(articles("Two hundred")))).toEqual([]);
  });

  it("aligns two sentences whose shared words are background when the same actor does the same act", () => {
    // Every shared word is one both desks keep repeating; "the Harbour Authority increased / intensified" is one deed.
    const desk = (slug: string, lines: readonly string[]) => article(slug, lines.join("\n\n"));
    const articles = [
      desk("a", [
        "The Harbour Authority has sharply increased night patrols for smuggling in the bay.",
        "Smuggling in the bay increased as night patrols thinned.",
        "Night patrols saw smuggling in the bay increase.",
        "The library committee approved longer opening hours downtown.",
        "A violinist from Prague played three sold-out concerts.",
      ]),
      desk("b", [
        "The Harbour Authority intensified night patrols for smuggling in the bay.",
        "Smuggling in the bay intensified despite night patrols.",
        "Night patrols watch smuggling in the bay intensify.",
        "A bakery in the old quarter reopened after repairs.",
        "The cinema festival honoured a retired actress.",
      ]),
    ];
    expect(aligned(storyClaims(articles)).map((sentences) => sentences.map((s) => s.slice(0, 20)))).toEqual([
      ["The Harbour Authorit", "The Harbour Authorit"],
    ]);
  });

  it("joins a sentence of two facts to the claim of its second when it tells the same act on the same thing", () => {
    // b's first sentence reports the deal (its best match in a) and the paused fees: a's second sentence says the fees were suspended.
    const fill = [
      "A violinist from Prague played three sold-out concerts.",
      "Snow closed the mountain pass for two days.",
    ];
    const desk = (slug: string, lines: readonly string[]) => article(slug, [...lines, ...fill].join("\n\n"));
    const claims = storyClaims([
      desk("a", [
        "Governor Tom Reyes struck a deal with the mayor to send 300 dockers to the river dikes.",
        "Mayor Lina Ortiz announced that harbour fees on Cargo Lines have been suspended for one month.",
      ]),
      desk("b", [
        "Governor Tom Reyes has paused harbour fees on Cargo Lines after striking a deal with Mayor Lina Ortiz to send 300 dockers to the river dikes.",
        "The agreement delays the harbour fees on Cargo Lines for one month.",
      ]),
      desk("c", [
        "The port agreed to send 300 dockers to the river dikes.",
        "Reyes has agreed to pause the implementation of harbour fees for one month.",
      ]),
    ]);
    const fees = aligned(claims).find((sentences) => sentences.some((s) => s.startsWith("The agreement delays")));
    expect(fees).toContain(
      "Governor Tom Reyes has paused harbour fees on Cargo Lines after striking a deal with Mayor Lina Ortiz to send 300 dockers to the river dikes.",
    );
  });

  it("joins an article's second sentence of a fact when it has the same actor doing the same act", () => {
    // b tells why Vance ordered the strike in two sentences; a's one sentence matches the second best.
    const claims = storyClaims([
      article(
        "a",
        [
          "According to port officials, Vance ordered the additional strikes after noting that other smuggling boats were nearby and the crew was calling for help by radio.",
          "A violinist from Prague played three sold-out concerts.",
          "Snow closed the mountain pass for two days.",
        ].join("\n\n"),
      ),
      article(
        "b",
        [
          "Because the crew had radioed for help, the paper reports, Vance ordered a second strike on the boat.",
          "In deciding to order the second strike, Vance considered that other smuggling boats were nearby and the crew was calling by radio.",
          "A bakery in the old quarter reopened after repairs.",
          "Teachers voted for a shorter winter holiday.",
        ].join("\n\n"),
      ),
    ]);
    expect(aligned(claims).map((sentences) => sentences.map((s) => s.slice(0, 20)))).toEqual([
      ["According to port of", "Because the crew had", "In deciding to order"],
    ]);
  });

  it("joins two claims that report one count over two sentences of each article", () => {
    const claims = storyClaims([
      article(
        "a",
        [
          "The province flew more than two dozen stranded hikers to the coast on Sunday after the landslide.",
          "Rescuers flew 26 hikers who were trapped near the pass, the civil protection office said in a statement.",
          "A bakery in the old quarter reopened after repairs.",
        ].join("\n\n"),
      ),
      article(
        "b",
        [
          "Helicopters flew 26 stranded hikers to the coast on Sunday after the landslide, officials said.",
          "The civil protection office said in a statement that rescuers flew 26 hikers trapped near the pass.",
          "Farmers reported an early cherry harvest this spring.",
        ].join("\n\n"),
      ),
    ]);
    expect(aligned(claims).map((sentences) => sentences.length)).toEqual([4]);
  });

  describe("an article telling one fact in three sentences (maxPerArticle)", () => {
    // c tells the deployment in its lede, a restatement and a quoted post; the post pairs with a's
    // sentence only, in a claim of its own that shares that sentence with the deployment claim.
    const story = (extra: readonly string[] = []) => [
      article(
        "a",
        [
          "Governor Tom Reyes announced on Monday that harbour fees on river barges have been temporarily suspended for one month following his conversation with Mayor Lina Ortiz.",
          "Reyes stated that the city has agreed to immediately deploy 300 river wardens to strengthen its dikes along the lower town.",
          "A violinist from Prague played three sold-out concerts.",
          "Snow closed the mountain pass for two days.",
          "Farmers reported an early cherry harvest this spring.",
        ].join("\n\n"),
      ),
      article(
        "b",
        [
          "In return, Reyes has agreed to pause the collection of harbour fees for one month, easing tensions between the two towns.",
          "In a notable move, Governor Tom Reyes and Mayor Lina Ortiz have reached an agreement for the city to immediately deploy 300 river wardens to its northern dikes.",
          "A bakery in the old quarter reopened after repairs.",
          "Teachers voted for a shorter winter holiday.",
          "The museum opened a wing of medieval maps.",
        ].join("\n\n"),
      ),
      article(
        "c",
        [
          "RIVERTON — Governor Tom Reyes has paused harbour fees after striking a deal with Mayor Lina Ortiz to deploy 300 river wardens to the dikes in an effort to curb flooding.",
          "Ortiz pledged to reinforce the northern dikes immediately, sending river wardens to strengthen them along the lower town.",
          "“It was a very friendly conversation wherein she agreed to immediately supply 300 River Wardens on the Dikes,” Reyes wrote on his blog.",
          "The agreement, reached Monday, delays the planned harbour fee for one month.",
          ...extra,
          "A choir from Lyon sang in the cathedral.",
          "The zoo welcomed two panda cubs.",
        ].join("\n\n"),
      ),
    ];
    const starts = (claims: readonly Claim[]) =>
      aligned(claims).map((sentences) => sentences.map((s) => s.slice(0, 12)));

    it("joins the claims that share a sentence into one that holds all three", () => {
      expect(starts(storyClaims(story()))).toEqual([
        ["Reyes stated", "In a notable", "RIVERTON — G", "Ortiz pledge", "“It was a ve"],
        ["Governor Tom", "In return, R", "The agreemen"],
      ]);
      // With two sentences of an article to a claim, the post's claim stays apart.
      expect(starts(storyClaims(story(), { ...DEFAULT_CLAIM_OPTIONS, maxPerArticle: 2 }))).toEqual([
        ["Reyes stated", "In a notable", "RIVERTON — G", "Ortiz pledge"],
        ["Governor Tom", "In return, R", "The agreemen"],
        ["Reyes stated", "“It was a ve"],
      ]);
    });

    it("does not join them when the article would have four sentences in the claim", () => {
      const fourth =
        "In a second post, Reyes wrote that she agreed to immediately supply 300 River Wardens and that they will be on the Dikes by Friday.";
      expect(starts(storyClaims(story([fourth])))).toEqual([
        ["Reyes stated", "In a notable", "RIVERTON — G", "Ortiz pledge"],
        ["Governor Tom", "In return, R", "The agreemen"],
        ["Reyes stated", "“It was a ve", "In a second "],
      ]);
    });
  });

  it("does not align two sentences that share only the setting both open with", () => {
    const claims = storyClaims([
      article(
        "a",
        "Despite the long harbour strike at the port, ferries to the islands sail on time.\n\nSnow closed the mountain pass for two days.",
      ),
      article(
        "b",
        "While the long harbour strike at the port continues, bakeries on the islands open early.\n\nTeachers voted for a shorter winter holiday.",
      ),
    ]);
    expect(aligned(claims)).toEqual([]);
  });
});
