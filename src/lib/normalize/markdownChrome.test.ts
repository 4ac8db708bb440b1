/**
 * Markdown furniture that spans blocks: a rail label and the list of headlines under it goes,
 * a list of the article's own sentences under the same label stays.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "./index.ts";

function body(markdown: string): string {
  const result = normalize(markdown, { fileName: "rail.md" });
  if (!result.ok) throw new Error(result.error.message);
  return result.markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
}

const LEDE = "# Peso steadies as the bank meets\n\nThe peso held near 17 per dollar on Thursday, traders said.\n\n";

describe("markdown rail under a label", () => {
  it("drops a '## Trending' list of linked headlines", () => {
    const out = body(
      `${LEDE}## Trending\n\n- [Five things to know before markets open](https://example.com/a)\n- [Gold hits a new high](https://example.com/b)\n- [Opinion: The case for a weaker peso](https://example.com/c)\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).not.toContain("Gold hits a new high");
    expect(out).not.toContain("Five things to know");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a list of reported sentences under the label", () => {
    const out = body(
      `${LEDE}## Trending\n\n- Exports rose 4 percent in March, the ministry said.\n- Imports fell for a second month, customs data showed.\n- The peso gained against the dollar, traders said.\n`,
    );
    expect(out).toContain("Exports rose 4 percent in March, the ministry said.");
    expect(out).toContain("Imports fell for a second month, customs data showed.");
  });
});

describe("markdown rail under a titled 'More … Stories' label", () => {
  const RAIL =
    "- Miners must unionize, [no matter what the board says](https://example.com/a)\n" +
    "- Paid ads are not the problem. [Our habits are](https://example.com/b)\n" +
    "- Could a rover lost on Mars [use dust storms to get around](https://example.com/c)?\n" +
    "- 📱 Torn between the latest phones? Never fear—check out our [buying guide](https://example.com/d) and [favorite picks](https://example.com/e)\n";

  it("drops the label and its linked headlines after the article, promos among them", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n---\n\nMore Great Harbour Stories\n\n${RAIL}`,
    );
    expect(out).not.toContain("More Great Harbour Stories");
    expect(out).not.toContain("Paid ads are not the problem.");
    expect(out).not.toContain("buying guide");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a subheading phrased in small letters and the list under it", () => {
    const out = body(`${LEDE}More miners tell their stories\n\n${RAIL}`);
    expect(out).toContain("More miners tell their stories");
    expect(out).toContain("Paid ads are not the problem.");
  });

  it("keeps a list of linked reported sentences under the label", () => {
    const out = body(
      `${LEDE}More Great Harbour Stories\n\n- Exports rose 4 percent in March, [the ministry said](https://example.com/a).\n- Imports fell for a second month, [customs data showed](https://example.com/b).\n- The peso gained against the dollar, [traders said](https://example.com/c).\n`,
    );
    expect(out).toContain("Exports rose 4 percent in March");
    expect(out).toContain("Imports fell for a second month");
  });

  it("keeps an unlinked list when only half its items are headlines", () => {
    const out = body(
      `${LEDE}## Trending\n\n- Five things to know before markets open\n- Gold hits a new high\n- Exports rose 4 percent in March, the ministry said.\n- Imports fell for a second month, customs data showed.\n`,
    );
    expect(out).toContain("Exports rose 4 percent in March, the ministry said.");
  });
});

describe("markdown picture with its caption", () => {
  it("drops a picture line whose caption follows it", () => {
    const out = body(
      `${LEDE}![Trucks wait at the crossing](https://example.com/t.jpg)\n\n*Trucks wait at Nuevo Laredo. (Photo by Julio Cortez/AFP via Getty Images)*\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).not.toContain("t.jpg");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a picture line with no caption under it", () => {
    const out = body(
      `${LEDE}![Trucks wait at the crossing](https://example.com/t.jpg)\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).toContain("t.jpg");
  });
});

describe("markdown page stamps", () => {
  it("drops a syndication note after the last paragraph, as a text body does", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\nThis story was provided by Border Wire Service.\n`,
    );
    expect(out).not.toContain("provided by");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("drops the page's stamp set after the article's prose, and keeps a sentence that names a time", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\nFirst Published: Thursday, March 6, 2025 08:38 AM\n\nThe vote opens March 7, 2025 at 9:00 AM in the capital.\n`,
    );
    expect(out).not.toContain("First Published");
    expect(out).toContain("The vote opens March 7, 2025 at 9:00 AM in the capital.");
  });

  it("keeps a date line under the headline for the header to read", () => {
    const result = normalize(
      `# Peso steadies as the bank meets\n\n**March 2, 2025**\n\n${LEDE.split("\n\n")[1] ?? ""}\n`,
      {
        fileName: "dated.md",
      },
    );
    expect(result.ok && result.frontmatter.published).toBe("2025-03-02");
  });
});

describe("markdown boxes written as one paragraph of lines", () => {
  it("drops a label over lines that are each one link, in any language", () => {
    const out = body(
      `${LEDE}**เรื่องที่เกี่ยวข้อง**\\\n[Patrols extended for a month](https://example.com/a)\\\n[Bridges rebuilt after the floods](https://example.com/b)\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).not.toContain("Bridges rebuilt");
    expect(out).toContain("The bank cut its rate");
  });

  it("drops lines that are each a control's label or a follow prompt", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\nPlease follow [Peso Watch](https://example.com/pw) on [Twitter](https://example.com/t) and [Facebook](https://example.com/f).\\\nFollow Ana Ruiz on [Twitter](https://example.com/ar).\\\nAsk Ana A Question >\n`,
    );
    expect(out).not.toContain("Ask Ana");
    expect(out).not.toContain("Follow Ana Ruiz");
    expect(out).toContain("The bank cut its rate");
  });

  it("keeps a paragraph of lines when one of them is prose", () => {
    const out = body(
      `${LEDE}Follow Ana Ruiz on [Twitter](https://example.com/ar).\\\nThe bank cut its rate at each of its last two meetings, traders said.\n`,
    );
    expect(out).toContain("The bank cut its rate");
  });

  it("keeps a numbered list of products, one a line, each over its link", () => {
    const out = body(
      `${LEDE}The shop's picks for the sale:\n\n1\\) Harbour Lights Box Set (4K Ultra HD + Blu-Ray)\\\n[**https://shop.example/a1**](https://shop.example/a1)\\\n2\\) Retro Racing Track Deluxe Edition\\\n[**https://shop.example/b2**](https://shop.example/b2)\\\n3\\) Night Train Trilogy Collector Box (4 DVD)\\\n[**https://shop.example/c3**](https://shop.example/c3)\\\n4\\) Pocket Camera Instant Classic Model\n`,
    );
    expect(out).toContain("Retro Racing Track Deluxe Edition");
    expect(out).toContain("https://shop.example/b2");
    expect(out).toContain("Pocket Camera Instant Classic Model");
  });

  it("keeps lines of prose that hold links", () => {
    const out = body(
      `${LEDE}Three things changed\\\nThe bank [cut its rate](https://example.com/a) again.\\\nThe peso [held steady](https://example.com/b) all week.\n`,
    );
    expect(out).toContain("held steady");
  });
});

describe("markdown author bio after the article", () => {
  const front = "---\ntitle: Peso steadies as the bank meets\nbyline: Ana Ruiz\n---\n\n";
  const lede = "The peso held near 17 per dollar on Thursday, traders said.\n\n";

  it("drops the byline's bio and name after the last paragraph", () => {
    const out = body(`${front}${lede}Ana Ruiz\n\nAna Ruiz is a reporter for the Border Times.\n`);
    expect(out).not.toContain("is a reporter");
    expect(out).toContain("The peso held near 17");
  });

  it("keeps a bio-like sentence with the article's paragraphs after it", () => {
    const out = body(
      `${front}${lede}Ana Ruiz is a reporter who covered the talks in 2019.\n\nThe bank cut its rate at each of its last two meetings, analysts said.\n`,
    );
    expect(out).toContain("Ana Ruiz is a reporter");
  });
});

describe("markdown list of the page's controls", () => {
  it("drops a list of icon links and account labels, and a rail's label left closing the body", () => {
    const out = body(
      `${LEDE}- [](https://example.com/facebook)\n- [](https://example.com/x)\n-\n- [SUBSCRIBE](https://example.com/subscribe)\n- Sign In\n\nThe bank cut its rate at each of its last two meetings.\n\n## LATEST NEWS\n`,
    );
    expect(out).not.toContain("SUBSCRIBE");
    expect(out).not.toContain("Sign In");
    expect(out).not.toContain("LATEST NEWS");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a list of the article's short points, and a rail's label with text after it", () => {
    const out = body(
      `${LEDE}- Rates held\n- Peso steady\n\n## Latest news\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).toContain("- Rates held");
    expect(out).toContain("- Peso steady");
    expect(out).toContain("Latest news");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });
});

describe("markdown newsletter pitch set apart in bold", () => {
  const PITCH = "Start the week with the Morning Ledger. Sign up for the free daily newsletter.";

  it("drops a bold paragraph that ends in a call to sign up, all of it", () => {
    const out = body(`${LEDE}**${PITCH}**\n\nThe bank cut its rate at each of its last two meetings.\n`);
    expect(out).not.toContain("Morning Ledger");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a bold paragraph of the article with no call to sign up", () => {
    const lede = "**The bank cut its rate for a third time on Thursday. Traders had expected the move.**";
    expect(body(`${LEDE}${lede}\n`)).toContain("Traders had expected the move.");
  });

  it("keeps the other sentences of a paragraph in the article's own type", () => {
    const out = body(`${LEDE}The bank cut its rate on Thursday. Sign up for the free daily newsletter.\n`);
    expect(out).toContain("The bank cut its rate on Thursday.");
  });
});

describe("a pointer to another story under a bold label", () => {
  const AFTER = "The bank cut its rate at each of its last two meetings.";

  it.each([
    "**Also on the Ledger:** [Peso slides as exports fall](https://example.com/peso-slides)",
    "**Earlier** : [Peso slides as exports fall](https://example.com/peso-slides)",
  ])("drops the label and its headline's link %j", (line) => {
    const out = body(`${LEDE}${line}

${AFTER}
`);
    expect(out).not.toContain("Peso slides");
    expect(out).toContain(AFTER);
  });

  it("keeps a labelled sentence with a link in it, and a label's link that ends as a sentence", () => {
    const sentence = "**Analysis:** Traders [told the Ledger](https://example.com/a) the peso would hold.";
    expect(
      body(`${LEDE}${sentence}
`),
    ).toContain("the peso would hold.");
    const stopped = "**Note:** [The bank meets again in May.](https://example.com/may)";
    expect(
      body(`${LEDE}${stopped}
`),
    ).toContain("The bank meets again in May.");
  });
});

describe("the page's own address as a line of the body", () => {
  const URL = "https://www.example.com/news/article/Harbour-ferry-fares-rise-1234.php";
  const report = (markdown: string) => {
    const result = normalize(markdown, { fileName: "address.md", meta: { url: URL } });
    if (!result.ok) throw new Error(result.error.message);
    return result;
  };

  it("drops a paragraph that is only the page's declared address, as navigation", () => {
    const result = report(
      `# Ferry fares rise\n\n${URL.replace("://", "\\://")}\n\nFerry fares rise by a fifth in May, the harbour board said on Monday.\n`,
    );
    expect(result.markdown.replace(/^---\n[\s\S]*?\n---\n/, "")).not.toContain("Harbour-ferry-fares-rise");
    expect(result.markdown).toContain("Ferry fares rise by a fifth in May");
    expect(result.report.removed).toContainEqual(expect.objectContaining({ reason: "navigation", line: 3 }));
  });

  it("drops it written without its scheme or with a trailing slash, from the frontmatter's url", () => {
    const markdown = `---\ntitle: Ferry fares rise\nurl: ${URL}\n---\n\nexample.com/news/article/Harbour-ferry-fares-rise-1234.php/\n\nFerry fares rise by a fifth in May, the harbour board said on Monday.\n`;
    const result = normalize(markdown, { fileName: "address.md" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.markdown.replace(/^---\n[\s\S]*?\n---\n/, "")).not.toContain("Harbour-ferry-fares-rise");
  });

  it("keeps a sentence that gives the address, and a line with another page's address", () => {
    const result = report(
      `# Ferry fares rise\n\nThe new fares are listed at ${URL.replace("://", "\\://")} from today.\n\nhttps\\://www.example.com/news/article/Harbour-board-meets-5678.php\n\nFerry fares rise by a fifth in May, the harbour board said on Monday.\n`,
    );
    expect(result.markdown).toContain("The new fares are listed at");
    expect(result.markdown).toContain("Harbour-ferry-fares-rise-1234.php from today");
    expect(result.markdown).toContain("Harbour-board-meets-5678.php");
  });
});

describe("markdown rail under any short label, every item one link to another page", () => {
  it("drops a heading over linked headlines of other stories", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n## Further coverage of the peso\n\n- [Exporters cheer a cheaper currency](https://example.com/a)\n- [Bank chief faces lawmakers on Friday](https://example.com/b)\n`,
    );
    expect(out).not.toContain("Exporters cheer");
    expect(out).not.toContain("Further coverage");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a list whose items are sentences with a link inside", () => {
    const out = body(
      `${LEDE}## Where the money went\n\n- [Exports](https://example.com/a) rose 4 percent in March, the ministry said.\n- [Imports](https://example.com/b) fell for a second month, customs data showed.\n`,
    );
    expect(out).toContain("rose 4 percent in March, the ministry said.");
  });

  it("keeps a list of links within the page", () => {
    const out = body(
      `${LEDE}## Contents\n\n- [Why the bank held its rate this time around](#rate)\n- [What traders expect from the next two meetings](#traders)\n`,
    );
    expect(out).toContain("Why the bank held its rate");
  });
});

describe("a quoted embed's placeholder", () => {
  it("drops a quoted 'Tweet may have been deleted' link and keeps a quoted post", () => {
    const out = body(
      `${LEDE}> [Tweet may have been deleted (opens in a new tab)](https://example.com/status/1)\n\nThe bank cut its rate at each of its last two meetings.\n\n> The peso is calmer than it has been all year, a trader wrote.\n`,
    );
    expect(out).not.toContain("Tweet may have been deleted");
    expect(out).toContain("The peso is calmer than it has been all year");
  });
});

describe("a picture's file name, caption and credit printed as paragraphs", () => {
  it("drops all three and keeps the paragraphs around them", () => {
    const out = body(
      `${LEDE}harbour cranes at dusk.jpg\n\nCranes stand idle at the port after the strike began on Monday.\n\n_(Ana Ruiz/aruiz@example.com)_\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).not.toContain("cranes at dusk.jpg");
    expect(out).not.toContain("Cranes stand idle");
    expect(out).not.toContain("aruiz@example.com");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps a paragraph under a file name that no credit follows", () => {
    const out = body(
      `${LEDE}harbour cranes at dusk.jpg\n\nCranes stood idle at the port after the strike began on Monday.\n\nThe bank cut its rate at each of its last two meetings.\n`,
    );
    expect(out).toContain("Cranes stood idle at the port");
  });
});

describe("a rail of teasers closing the page", () => {
  const RAIL =
    "## Popular Stories\n\n### [Port strike spreads to two more harbours](https://example.com/a)\n\nDockers walked out at two more ports on Friday, the union said.\n\n### [Gold hits a new high](https://example.com/b)\n\nGold rose for a fifth day as the dollar fell.\n";

  it("drops the label, the linked headlines and their blurbs", () => {
    const out = body(`${LEDE}The bank cut its rate at each of its last two meetings.\n\n${RAIL}`);
    expect(out).not.toContain("Popular Stories");
    expect(out).not.toContain("Port strike spreads");
    expect(out).not.toContain("Gold rose for a fifth day");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });

  it("keeps sections under the article's own subheadings", () => {
    const out = body(
      `${LEDE}## Most read\n\n### What the bank said\n\nThe bank cut its rate at each of its last two meetings.\n\n### What traders expect\n\nTraders expect another cut in June.\n`,
    );
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
    expect(out).toContain("Traders expect another cut in June.");
  });
});

describe("a print note under a Markdown article", () => {
  const note = "*\\*This article appears in the March 4, 2025 issue of* Harbor *Monthly*.";
  it("removes the note and takes the publication it names as the outlet", () => {
    const result = normalize(`${LEDE}The bank meets again in May.\n\n${note}\n`, { fileName: "print.md" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.markdown).not.toContain("This article appears");
    expect(result.frontmatter.outlet).toBe("Harbor Monthly");
  });
  it("keeps the outlet the frontmatter declares", () => {
    const declared = `---\ntitle: Peso steadies as the bank meets\noutlet: Valley Ledger\n---\n\nThe peso held near 17 per dollar on Thursday, traders said.\n\n${note}\n`;
    const result = normalize(declared, { fileName: "print.md" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.frontmatter.outlet).toBe("Valley Ledger");
  });
});

describe("markdown paragraph that is promotion from end to end", () => {
  it("drops a bold call for readers' projects set over a line break", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n**Have a remodel or a DIY project to share with us?\\\n[Submit it here!](https://example.com/submit)**\n`,
    );
    expect(out).not.toContain("Submit it here");
    expect(out).not.toContain("Have a remodel");
    expect(out).toContain("The bank cut its rate at each of its last two meetings.");
  });
});

describe("markdown pointer to another story under a bold kicker, its link lost", () => {
  const AFTER = "\n\nThe bank meets again in May, a spokesman said.\n";
  it("drops a kicker and a headline set alone between paragraphs", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n**Pilots sound alarm:** Harbor pilots say the port ignored their warnings for years${AFTER}`,
    );
    expect(out).not.toContain("Harbor pilots say the port ignored");
    expect(out).toContain("The bank meets again in May");
  });
  it("keeps a sentence closed by its full stop, a field of one word and a run of fields", () => {
    const sentence = "**Pilots sound alarm:** Harbor pilots say the port ignored their warnings for years.";
    const field = "**Cost:** Free for members and ten dollars for everyone else";
    const box =
      "**Ticket prices:** Free for members and ten dollars for everyone else\n\n**Opening hours:** From nine in the morning until six every weekday";
    for (const [block, kept] of [
      [sentence, "Harbor pilots say the port ignored"],
      [field, "Free for members"],
      [box, "Free for members"],
    ] as const) {
      const out = body(`${LEDE}The bank cut its rate at each of its last two meetings.\n\n${block}${AFTER}`);
      expect(out).toContain(kept);
    }
  });
});

describe("markdown control labels alone", () => {
  it("drops a picture box's 'Caption' and 'Close' set as paragraphs of their own", () => {
    const out = body(`${LEDE}Caption\n\nClose\n\nThe bank cut its rate at each of its last two meetings.\n`);
    expect(out).not.toMatch(/^Caption$/m);
    expect(out).not.toMatch(/^Close$/m);
    expect(out).toContain("The bank cut its rate");
  });
  it("keeps the word inside a sentence", () => {
    const out = body(`${LEDE}Close to half the traders expected a cut, the survey found.\n`);
    expect(out).toContain("Close to half the traders");
  });
});

describe("markdown reading list entries", () => {
  it("drops a linked headline with its publication's name in brackets after it", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n## Further Reading\n\n[Ferry fares to rise in May](https://example.com/a) (*Harbor Ledger*)\n\n[Dockers vote to end the strike](https://example.com/b) (*Valley Wire*)\n`,
    );
    expect(out).not.toContain("Ferry fares to rise");
    expect(out).not.toContain("Dockers vote");
  });
  it("keeps a sentence whose link has words in brackets after it", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n[The agency's report](https://example.com/r) (in English) was published on Friday.\n`,
    );
    expect(out).toContain("was published on Friday");
  });
});

describe("markdown paragraph of links set one a line", () => {
  it("drops links parted by line breaks, as links parted by separators", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\n[Share your ferry story with the newsroom and our readers today](https://example.com/a)\\\n[Ferry fare scams and other hoaxes](https://example.com/b)\n`,
    );
    expect(out).not.toContain("Ferry fare scams");
    expect(out).toContain("The bank cut its rate");
  });
  it("keeps sentences with links parted by a line break", () => {
    const out = body(
      `${LEDE}The council posted [the minutes](https://example.com/a) on Friday.\\\nThe mayor posted [a reply](https://example.com/b).\n`,
    );
    expect(out).toContain("The mayor posted");
  });
});

describe("markdown site address closing the body", () => {
  it("drops the site's address alone after the article's last paragraph", () => {
    const out = body(`${LEDE}The bank cut its rate at each of its last two meetings.\n\nHarborwire.com\n`);
    expect(out).not.toContain("Harborwire.com");
    expect(out).toContain("The bank cut its rate");
  });
  it("keeps an address alone that the article's text goes on after", () => {
    const out = body(
      `${LEDE}The bank cut its rate at each of its last two meetings.\n\nHarborwire.com\n\nThe bank meets again in May, a spokesman said.\n`,
    );
    expect(out).toContain("Harborwire.com");
  });
});
