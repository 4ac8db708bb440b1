import { describe, expect, it } from "vitest";
import { articleFor, loadCorpus } from "#lib/analysis/test-support/corpus.ts";
import { AnchorAllocator, normalizeForAnchor, sentenceAnchor } from "./anchors.ts";
import { splitSentences } from "./segment.ts";
import { articleSentences } from "./sentences.ts";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("does not split after U.S., C.I.A., titles, months or middle initials", () => {
    expect(
      texts(
        "The U.S. Northern Command flew. C.I.A. Director John Ratcliffe spoke with Gen. Gregory M. Guillot and Dr. Ruiz on Jan. 5 about U.S.-Mexico ties. Mr. Smith agreed.",
      ),
    ).toEqual([
      "The U.S. Northern Command flew.",
      "C.I.A. Director John Ratcliffe spoke with Gen. Gregory M. Guillot and Dr. Ruiz on Jan. 5 about U.S.-Mexico ties.",
      "Mr. Smith agreed.",
    ]);
  });

  it("reads a title after an initialism as part of the name it introduces", () => {
    expect(
      texts("Sheinbaum spoke with U.S. President Donald Trump and U.S. Secretary of State Marco Rubio. They agreed."),
    ).toEqual([
      "Sheinbaum spoke with U.S. President Donald Trump and U.S. Secretary of State Marco Rubio.",
      "They agreed.",
    ]);
  });

  it("reads a firm's “Bros.” as an abbreviation, ending a sentence only before a typical opener", () => {
    expect(
      texts("She phoned Harbor Bros. Pictures chief Ana Ruiz. The film was made by Dale Bros. The studio said so."),
    ).toEqual([
      "She phoned Harbor Bros. Pictures chief Ana Ruiz.",
      "The film was made by Dale Bros.",
      "The studio said so.",
    ]);
  });

  it("ends a sentence after an initialism when a typical opener follows", () => {
    expect(texts("Tensions rose with the U.S. The next day talks began.")).toEqual([
      "Tensions rose with the U.S.",
      "The next day talks began.",
    ]);
  });

  it("keeps closing quotes with the sentence they end", () => {
    expect(
      texts(
        "Rubio said, “It’ll happen again.” Mexico disagreed. He said it was ‘well into sovereign Mexico.’” Then silence.",
      ),
    ).toEqual([
      "Rubio said, “It’ll happen again.”",
      "Mexico disagreed.",
      "He said it was ‘well into sovereign Mexico.’”",
      "Then silence.",
    ]);
    expect(texts('He stated, "We cannot rule it out." She did not.')).toEqual([
      'He stated, "We cannot rule it out."',
      "She did not.",
    ]);
  });

  it("does not split a quotation at a lower-case continuation or a comma", () => {
    expect(texts("“What will stop them?” he asked. “Each one in his own territory,” said de la Fuente.")).toEqual([
      "“What will stop them?” he asked.",
      "“Each one in his own territory,” said de la Fuente.",
    ]);
  });

  it("treats an ellipsis inside a quotation as elision, outside as an ending", () => {
    expect(
      texts("He said, “Trump sees in Mexico everything he does not want… [Ronald Johnson is] a Green Beret.” Fine."),
    ).toEqual([
      "He said, “Trump sees in Mexico everything he does not want… [Ronald Johnson is] a Green Beret.”",
      "Fine.",
    ]);
    expect(texts("It went on and on... Then it stopped. Or not… Maybe.")).toEqual([
      "It went on and on...",
      "Then it stopped.",
      "Or not…",
      "Maybe.",
    ]);
  });

  it("never splits at em dashes and keeps parenthetical endings", () => {
    expect(
      texts(
        "The embassy—which Moscow ranks among its largest—serves as a hub. (Related: war on cartels.) The CIA's role grew. Was it legal? Yes!",
      ),
    ).toEqual([
      "The embassy—which Moscow ranks among its largest—serves as a hub.",
      "(Related: war on cartels.)",
      "The CIA's role grew.",
      "Was it legal?",
      "Yes!",
    ]);
  });

  it("ends a Chinese sentence at 。！？ and the closing marks after it, with no space or capital after", () => {
    expect(texts("王明表示，他很高兴。“我们赢了！比赛很难吗？不难。”王明说，“明年再来。”")).toEqual([
      "王明表示，他很高兴。",
      "“我们赢了！",
      "比赛很难吗？",
      "不难。”",
      "王明说，“明年再来。”",
    ]);
    // A short tag closing on its own full stop after the quotation is the quotation's sentence.
    expect(texts("“我们赢了。”王明笑着说。他走了。")).toEqual(["“我们赢了。”王明笑着说。", "他走了。"]);
    // Not a longer sentence, nor one with no quotation closed before it.
    expect(texts("“我们赢了。”王明和他的朋友们一起走出了体育馆。")).toEqual([
      "“我们赢了。”",
      "王明和他的朋友们一起走出了体育馆。",
    ]);
    expect(texts("我们赢了。王明说。")).toEqual(["我们赢了。", "王明说。"]);
    // A comma, an enumeration comma or a semicolon ends nothing; nor does a full stop at the end.
    expect(texts("天气很好，大家都来了；有人唱歌、有人跳舞。")).toEqual(["天气很好，大家都来了；有人唱歌、有人跳舞。"]);
    // English full stops still need a space and a capital after them.
    expect(texts("He left.then came back.")).toEqual(["He left.then came back."]);
  });

  it("returns offsets into the original text", () => {
    const text = "  One here.  Two there. ";
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("splitSentences and reference markers", () => {
  it("ends a sentence after the note markers set right after its stop, which stay with it", () => {
    expect(texts("The bridge opened in 1931.[4] Two weeks later, a storm shut it.[5][6] Repairs took a year.")).toEqual(
      ["The bridge opened in 1931.[4]", "Two weeks later, a storm shut it.[5][6]", "Repairs took a year."],
    );
    expect(texts("It was rebuilt.[citation needed] Nobody knows by whom.[a]")).toEqual([
      "It was rebuilt.[citation needed]",
      "Nobody knows by whom.[a]",
    ]);
  });

  it("keeps a bracket that is no marker inside the sentence", () => {
    expect(texts("He wrote it.[sic] Then he stopped.")).toEqual(["He wrote it.[sic] Then he stopped."]);
  });
});

describe("sentenceAnchor", () => {
  it("is s- plus 8 hex digits and ignores whitespace and quote style", () => {
    expect(sentenceAnchor("Hello world.")).toMatch(/^s-[0-9a-f]{8}$/u);
    expect(sentenceAnchor("Hello   world.")).toBe(sentenceAnchor("Hello world."));
    expect(sentenceAnchor("He said “no.”")).toBe(sentenceAnchor('He said "no."'));
    expect(sentenceAnchor("Hello world.")).not.toBe(sentenceAnchor("Hello world!"));
    expect(normalizeForAnchor(" a\n b… ")).toBe("a b...");
  });

  it("numbers repeats -2, -3 in order", () => {
    const anchors = new AnchorAllocator();
    const a = anchors.next("Same.");
    expect([anchors.next("Other."), anchors.next("Same."), anchors.next("Same.")]).toEqual([
      sentenceAnchor("Other."),
      `${a}-2`,
      `${a}-3`,
    ]);
  });
});

describe("articleSentences", () => {
  it("returns blocks by kind in document order", () => {
    const blocks = articleSentences(
      "## A heading\n\nFirst one. Second *one* here.\n\n- Item one. Item two.\n- Item three\n\n> Quoted text. More.\n\nSame.\n\nSame.\n",
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      "heading",
      "paragraph",
      "listItem",
      "listItem",
      "blockquote",
      "paragraph",
      "paragraph",
    ]);
    expect(blocks.map((b) => b.blockIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(blocks[1]?.sentences.map((s) => s.text)).toEqual(["First one.", "Second one here."]);
    expect(blocks[6]?.sentences[0]?.anchor).toBe(`${sentenceAnchor("Same.")}-2`);
  });

  it("marks a list item or a paragraph whose content is one link, and no other block", () => {
    const blocks = articleSentences(
      [
        "- [A headline](https://x.example)",
        "- *[An emphasised headline](https://x.example)* and more",
        "- Text with [a link](https://y.example)",
        "- [A reference headline][ref]",
        "",
        "[A paragraph that is a link](https://z.example)",
        "",
        "[ref]: https://w.example",
      ].join("\n"),
    );
    expect(blocks.map((b) => [b.text, b.linkOnly ?? false])).toEqual([
      ["A headline", true],
      ["An emphasised headline and more", false],
      ["Text with a link", false],
      ["A reference headline", true],
      ["A paragraph that is a link", true],
    ]);
  });

  it("marks a paragraph whose content is all bold (a subheading or a pull quote), and no other block", () => {
    const blocks = articleSentences(
      [
        "**“… a pull quote set in bold”**",
        "",
        "**A bold lead-in** and the paragraph it opens.",
        "",
        "A plain paragraph.",
        "",
        "**Two bold** **runs**",
        "",
        "## A heading",
      ].join("\n"),
    );
    expect(blocks.map((b) => [b.text, b.boldOnly ?? false])).toEqual([
      ["“… a pull quote set in bold”", true],
      ["A bold lead-in and the paragraph it opens.", false],
      ["A plain paragraph.", false],
      ["Two bold runs", true],
      ["A heading", false],
    ]);
  });

  it("anchors survive edits elsewhere in the article", () => {
    const before = articleSentences("Alpha one. Beta two.\n\nGamma three.");
    const after = articleSentences("Alpha one, edited. Beta two.\n\nNew paragraph.\n\nGamma three.");
    const anchorOf = (blocks: typeof before, text: string) =>
      blocks.flatMap((b) => b.sentences).find((s) => s.text === text)?.anchor;
    expect(anchorOf(after, "Beta two.")).toBe(anchorOf(before, "Beta two."));
    expect(anchorOf(after, "Gamma three.")).toBe(anchorOf(before, "Gamma three."));
  });

  const corpus = loadCorpus();
  it.each(corpus.map((a) => [a.slug, a] as const))("segments %s with unique anchors", (_slug, article) => {
    const sentences = articleSentences(article.body).flatMap((b) => b.sentences);
    expect(sentences.length).toBeGreaterThan(10);
    expect(new Set(sentences.map((s) => s.anchor)).size).toBe(sentences.length);
    for (const s of sentences) expect(s.anchor).toMatch(/^s-[0-9a-f]{8}(?:-\d+)?$/u);
  });

  it("keeps the real articles' tricky sentences whole", () => {
    const all = (prefix: string) =>
      articleSentences(articleFor(corpus, prefix).body).flatMap((b) => b.sentences.map((s) => s.text));
    expect(all("001")).toContain(
      "General Gregory M. Guillot confirmed the military’s increased efforts, stating, “Analysts are providing intelligence that ‘gets after the cartel networks that drive the production and distribution of fentanyl and pushes it across the border’” (Gen. Gregory M. Guillot, U.S. Northern Command).",
    );
    expect(all("003")).toContain(
      "While President Trump and C.I.A. Director John Ratcliffe have advocated for stronger measures against Mexican drug cartels, the current drone flights are primarily focused on intelligence gathering rather than direct military action.",
    );
    expect(all("002")).toContain("“It’ll happen again.”");
    expect(all("002")).toContain(
      "“What will stop them is when you blow them up, when you get rid of them,” Rubio said.",
    );
    expect(all("000")).toContain(
      "The sizable Russian Embassy in Mexico City—which Moscow ranks among its largest worldwide despite limited economic or military ties with Mexico—serves as a hub facilitating these activities.",
    );
  });
});

describe("italic runs", () => {
  it("gives each italic run's offsets in the block's text, and none for a block without one", () => {
    const [block, plain] = articleSentences(
      "He hosts _Dawn & Daylight_ and [*Harbor Lights*](https://example.com) now.\n\nNo italics **here**.",
    );
    expect(block?.italics?.map(([a, z]) => block.text.slice(a, z))).toEqual(["Dawn & Daylight", "Harbor Lights"]);
    expect(plain?.italics).toBeUndefined();
  });
});
