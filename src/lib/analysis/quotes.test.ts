import { describe, expect, it } from "vitest";
import { articleSentences } from "#lib/text/sentences.ts";
import { buildEntityMatcher, findEntities, findMentions } from "./entities.ts";
import { findQuotes, quoteSpans, viaWordingOf, type Quote } from "./quotes.ts";
import { articleFor, loadCorpus, loadRegister } from "./test-support/corpus.ts";

const matcher = buildEntityMatcher(loadRegister());
const corpus = loadCorpus();

function quotesOf(body: string, slug = "t"): Quote[] {
  const blocks = articleSentences(body);
  return findQuotes(slug, blocks, findMentions(blocks, matcher), matcher);
}

const allQuotes = corpus.flatMap((a) => quotesOf(a.body, a.slug));

function quoteContaining(words: string): Quote {
  const found = allQuotes.filter((q) => q.text.includes(words));
  expect(found, words).toHaveLength(1);
  return found[0] as Quote;
}

describe("findQuotes on the real articles", () => {
  it.each([
    ["not negotiable, and we will always coordinate without subordinating", "claudia-sheinbaum"],
    ["gets after the cartel networks", "gregory-m-guillot"],
    ["Donald Trump ordered a summary execution", "kenneth-roth"],
    ["We have reached a historical level of cooperation", "marco-rubio"],
    ["What will stop them is when you blow them up", "marco-rubio"],
    ["It’ll happen again", "marco-rubio"],
    ["Each one in his own territory", "juan-ramon-de-la-fuente"],
    ["We cannot rule out espionage", "ricardo-trevilla"],
    ["All options will be on the table", "pete-hegseth"],
    ["Unilateralism is here to stay", "carlos-perez-ricart"],
    ["Trump sees in Mexico everything he does not want", "carlos-perez-ricart"],
    ["The important thing here, I think", "claudia-sheinbaum"],
  ])("“%s” is %s's", (words, entityId) => {
    const quote = quoteContaining(words);
    expect(quote.speaker.kind).toBe("named");
    expect(quote.speaker.entity).toBe(entityId);
  });

  it.each([
    ["Countering drug cartels in Mexico and regionally is a priority", /CIA representative/u],
    ["Lessons learned in the counterterrorism realm", /Unnamed CIA source/u],
    ["It’s one thing to do that in a lawless environment", /Former U\.S\. intelligence official/u],
    ["The flights go", /Unnamed U\.S\. official/u],
  ])("“%s” is from an anonymous source", (words, label) => {
    const quote = quoteContaining(words);
    expect(quote.speaker.kind).toBe("anonymous");
    expect(quote.speaker.entity).toBeUndefined();
    expect(quote.speaker.name).toMatch(label);
  });

  it("records the outlet a quote came through", () => {
    expect(quoteContaining("Donald Trump ordered a summary execution").via).toBe("The Wall Street Journal");
    expect(quoteContaining("All options will be on the table").via).toBe("Fox News");
    expect(quoteContaining("We have reached").via).toBeUndefined();
  });

  it("keeps quotes inside quotes and the multi-sentence CIA statement whole", () => {
    expect(quoteContaining("gets after the cartel networks").inner).toEqual([
      "gets after the cartel networks that drive the production and distribution of fentanyl and pushes it across the border",
    ]);
    expect(quoteContaining("Countering drug cartels").text).toContain("Director [John] Ratcliffe is determined");
  });

  it("keeps short quotations that have a stated speaker", () => {
    expect(quoteContaining("abrazos, no balazos").speaker.entity).toBe("andres-manuel-lopez-obrador");
    expect(quoteContaining("waging war").speaker.entity).toBe("donald-trump");
  });

  it("finds all 18 quotations of the five articles", () => {
    expect(allQuotes).toHaveLength(18);
  });

  it("never leaves a real-article quote unattributed and anchors each to a sentence of its article", () => {
    for (const article of corpus) {
      const anchors = new Set(articleSentences(article.body).flatMap((b) => b.sentences.map((s) => s.anchor)));
      for (const quote of allQuotes.filter((q) => q.articleSlug === article.slug)) {
        expect(anchors.has(quote.anchor)).toBe(true);
        expect(quote.speaker.kind).not.toBe("unattributed");
      }
    }
    expect(articleFor(corpus, "000")).toBeDefined();
    expect(allQuotes.filter((q) => q.articleSlug === articleFor(corpus, "000").slug)).toEqual([]);
  });
});

describe("findQuotes on tricky sentences", () => {
  it("reads straight quotes and pronouns with one clear antecedent", () => {
    const [quote] = quotesOf('Defense Minister Ricardo Trevilla spoke. "We will not allow it," he said.');
    expect(quote?.speaker).toEqual({ name: "Ricardo Trevilla", kind: "named", entity: "ricardo-trevilla" });
    expect(quote?.text).toBe("We will not allow it");
  });

  it("does not give a firm's quotation to a person the article named with one of its words", () => {
    const [quote] = quotesOf("Ronald Johnson spoke on Monday. “Profits will rise,” Johnson & Johnson said.");
    expect(quote?.speaker.name).toBe("Johnson & Johnson");
  });

  it("leaves a pronoun unattributed when the previous sentence names two people it may be", () => {
    const [quote] = quotesOf("Lena Ortiz met Claudia Sheinbaum. “We will keep talking about everything,” she said.");
    expect(quote?.speaker.kind).toBe("unattributed");
    // A man's given name rules him out for "she" (gender.ts): the one woman is left.
    const [one] = quotesOf("Marco Rubio met Claudia Sheinbaum. “We will keep talking about everything,” she said.");
    expect(one?.speaker.name).toBe("Claudia Sheinbaum");
  });

  it("leaves a pronoun unattributed when one person is named as an owner and another plainly", () => {
    const [quote] = quotesOf("Sheinbaum’s reply to Trump, which she called “a message of respect,” came on Monday.");
    expect(quote?.speaker.kind).toBe("unattributed");
    // The same when the owner is a known person.
    const [known] = quotesOf(
      "Claudia Sheinbaum spoke. Sheinbaum’s reply to Trump, which she called “a message of respect,” came on Monday.",
    );
    expect(known?.speaker.kind).toBe("unattributed");
  });

  it("gives a split quote's second half the first half's speaker", () => {
    const quotes = quotesOf("Marco Rubio spoke. “They will stop,” Rubio said. “It will happen again.”");
    expect(quotes.map((q) => q.speaker.entity)).toEqual(["marco-rubio", "marco-rubio"]);
  });

  it("handles 'according to' and anonymous descriptions", () => {
    const [a, b] = quotesOf(
      "According to one senior Mexican naval officer, “that would be illegal under our law.” An unnamed U.S. official said, “The flights go well into Mexico.”",
    );
    expect(a?.speaker).toEqual({ name: "one senior Mexican naval officer", kind: "anonymous" });
    expect(b?.speaker).toEqual({ name: "An unnamed U.S. official", kind: "anonymous" });
  });

  it("gives a quotation to one resident or a witness, people a story reaches on the ground", () => {
    const [a, b] = quotesOf(
      "“They came from both sides of the road,” one resident said. A witness told reporters: “We stayed on the floor.”",
    );
    expect(a?.speaker).toEqual({ name: "one resident", kind: "anonymous" });
    expect(b?.speaker).toEqual({ name: "A witness", kind: "anonymous" });
  });

  it("gives a quotation in an object relative clause to the clause's own subject, not to the name before it", () => {
    const [quote] = quotesOf(
      "U.S. President Donald Trump met Claudia Sheinbaum. Sheinbaum, whom Trump has praised as a “wonderful woman,” has rejected U.S. troops.",
    );
    expect(quote?.speaker.entity).toBe("donald-trump");
  });

  it("gives a paragraph-long quotation to the speaker the next paragraph names with 'So said'", () => {
    const [quote] = quotesOf(
      "“The violence did not begin yesterday. It began when the factions turned on each other.”\n\nSo said Rocío Nahle, the governor of Veracruz, at a forum on Tuesday.",
    );
    expect(quote?.speaker).toEqual({ name: "Rocío Nahle", kind: "named" });
    const [other] = quotesOf(
      "“The violence did not begin yesterday. It began when the factions turned on each other.”\n\nRocío Nahle, the governor of Veracruz, spoke at a forum on Tuesday.",
    );
    expect(other?.speaker.kind).toBe("unattributed");
  });

  it("gives a participle's quotation to its main clause's subject, not to the object named after the verb", () => {
    const [quote] = quotesOf(
      "Claudia Sheinbaum met the envoy. Rubio praised Sheinbaum, calling her “a serious partner.”",
    );
    expect(quote?.speaker).toEqual({ name: "Rubio", kind: "named" });
  });

  it("does not give a quotation to a name that is the object of a preposition in the subject", () => {
    const [quote] = quotesOf(
      "Marco Rubio met Claudia Sheinbaum. Marco Rubio, responding to Sheinbaum, said the U.S. “respects Mexico’s sovereignty.”",
    );
    expect(quote?.speaker.entity).toBe("marco-rubio");
    const [letter] = quotesOf(
      "Donald Trump wrote to Claudia Sheinbaum. The letter from Trump to Sheinbaum said the U.S. would act “with or without Mexico, whatever the cost.”",
    );
    expect(letter?.speaker.entity).not.toBe("claudia-sheinbaum");
  });

  it("gives a quotation to the subject before a participle's clause ('X, asked whether …, said')", () => {
    const [quote] = quotesOf(
      "The delegations included Senegal’s Fatou Ndiaye. Ndiaye, asked whether Senegal would join the patrols, said it was “too early to say.”",
    );
    expect(quote?.speaker).toEqual({ name: "Fatou Ndiaye", kind: "named" });
  });

  it("does not give 'she' to a man the text names as someone's husband", () => {
    const quotes = quotesOf(
      "Margaret Hale met me on the dock. Her husband, Samuel Hale, ran the ferry before her. “The water is not the hard part,” she says.",
    );
    expect(quotes.map((q) => q.speaker.name)).not.toContain("Samuel Hale");
  });

  it("never gives 'she' or 'he' to someone named after a sentence's opening 'her' or 'his'", () => {
    // "Her" is whom "she" stands for, named before; the fund's owner, a preposition's object, is not.
    const [owner] = quotesOf(
      "Nora Vale said on Monday that she had left the label. Her catalogue was sold to a fund run by investor Carl Brenner. In a blog post she called the sale “the worst thing that could happen to an artist like me.”",
    );
    expect(owner?.speaker).toEqual({ name: "Nora Vale", kind: "named" });
    // Someone named plainly after "his" may be who "he" is, or not: no one is sure (after a colon too).
    const [plain] = quotesOf(
      "Tomas Ekberg said the bakery would stay open. The flour came late: his supplier, Anton Reyes, blamed the snow. “We lost two days of baking to the storm,” he said.",
    );
    expect(plain?.speaker.kind).toBe("unattributed");
    // A sentence that opens with "her" and names no one passes the pronoun on, as before.
    const [none] = quotesOf(
      "Nora Vale said on Monday that she had left the label. Her catalogue was sold in the spring. “It was the worst thing that could happen to me,” she said.",
    );
    expect(none?.speaker).toEqual({ name: "Nora Vale", kind: "named" });
  });

  it("gives 'he' to the one holder of a title that is a reporting verb's subject before it", () => {
    const [quote] = quotesOf(
      "President Amara Okonkwo arrived in Nairobi on Friday. The president also admitted that the talks had stalled. “We will try again in the spring,” he said.",
    );
    expect(quote?.speaker).toEqual({ name: "Amara Okonkwo", kind: "named" });
    // A title the article gives to two people leaves "he" open.
    const [two] = quotesOf(
      "President Amara Okonkwo met President Tomas Lind on Friday. The president also admitted that the talks had stalled. “We will try again in the spring,” he said.",
    );
    expect(two?.speaker.kind).toBe("unattributed");
  });

  it("gives a quotation filling its paragraph to the person the paragraph before paraphrased as 'he' or 'she'", () => {
    const lead = "Harriet Malvern runs the port. She said on Monday that the docks were full every night.";
    const words = "“We are moving more cargo than at any time since the war, and the cranes never stop.”";
    expect(quotesOf(`${lead}\n\n${words}`)[0]?.speaker).toEqual({ name: "Harriet Malvern", kind: "named" });
    // Not when the pronoun could be either of two people,
    const [two] = quotesOf(
      `Harriet Malvern met Lena Fairweather at the harbour. She said on Monday that the docks were full every night.\n\n${words}`,
    );
    expect(two?.speaker.kind).toBe("unattributed");
    // nor when the paragraph after it names someone else, whose words they may be,
    const [after] = quotesOf(`${lead}\n\n${words}\n\nThat was the verdict of Daniel Ostrowski, the board's chair.`);
    expect(after?.speaker.kind).toBe("unattributed");
    // nor when the paragraph before reports no one's words.
    const [none] = quotesOf(`Harriet Malvern runs the port. She walks its docks every night.\n\n${words}`);
    expect(none?.speaker.kind).toBe("unattributed");
  });

  it("carries one speaker's run of quotations across a caption line between the paragraphs, not across a subheading", () => {
    const said = "“The tide turned early this year,” said Iwa Tamsen, who leads the recovery team.";
    const more = "“We are not strangers on this coast. We were here first.”";
    const caption = "The harbour seen from the old pier, with mangroves growing through the silt";
    expect(quotesOf(`${said}\n\n${caption}\n\n${more}`)[1]?.speaker).toEqual({ name: "Iwa Tamsen", kind: "named" });
    // A short line is a subheading that opens a new part, and a caption as a lone list item counts as one.
    expect(quotesOf(`${said}\n\nA coast remembered\n\n${more}`)[1]?.speaker.kind).toBe("unattributed");
    expect(quotesOf(`${said}\n\n- ${caption}\n\n${more}`)[1]?.speaker).toEqual({ name: "Iwa Tamsen", kind: "named" });
    // A line that ends its sentence is prose, not a caption.
    expect(quotesOf(`${said}\n\n${caption}.\n\n${more}`)[1]?.speaker.kind).toBe("unattributed");
  });

  it("gives a quotation filling its paragraph to the one person the paragraph before names as the source of what it reports", () => {
    const words = "“There is no money left for the bridge, and there will be none next year either.”";
    for (const lead of [
      "Mayor Lena Ortiz defended the decision, arguing that the city could not borrow more this year.",
      "The council voted to wait. Ortiz, the mayor, argued that the city could not borrow more this year.",
    ])
      expect(quotesOf(`${lead}\n\n${words}`)[0]?.speaker.name, lead).toMatch(/Ortiz$/u);
    // Not when a second person is named there, who may be the one quoted,
    const [two] = quotesOf(
      `Mayor Lena Ortiz defended the decision after Councillor Petra Holm argued that the city could not borrow more.\n\n${words}`,
    );
    expect(two?.speaker.kind).toBe("unattributed");
    // nor when the person there reports nothing,
    const [none] = quotesOf(`Mayor Lena Ortiz walked the length of the old bridge on Monday.\n\n${words}`);
    expect(none?.speaker.kind).toBe("unattributed");
    // nor when the paragraph after it names someone else first.
    const [after] = quotesOf(
      `Mayor Lena Ortiz defended the decision on Monday.\n\n${words}\n\nThat was the view of Petra Holm, the treasurer.`,
    );
    expect(after?.speaker.kind).toBe("unattributed");
  });

  it("reads 'the actor' as the one person the article gave that noun to, and as the speaker it tied the noun to", () => {
    const [given] = quotesOf(
      "The actor Tom Vale spoke about the role on Monday.\n\n“It was the hardest thing I have done on a set in twenty years,” the actor said.",
    );
    expect(given?.speaker).toEqual({ name: "Tom Vale", kind: "named" });
    // Given to two people, the noun names neither.
    const [two] = quotesOf(
      "The actor Tom Vale met the actor Sam Reed on Monday.\n\n“It was the hardest thing I have done on a set in twenty years,” the actor said.",
    );
    expect(two?.speaker.kind).toBe("unattributed");
    // Never given, but tied to Vale by "said the actor" right after his quotation: later uses are his
    // too, while no one else has been quoted since or named in the paragraph before.
    const tied = [
      "Tom Vale spoke about the role on Monday. “The snow came early,” Vale said. “We lost a week to it.”",
      "“Nobody complained once, not even the crew who slept in the vans,” said the actor.",
      "The actor later shared a clip of the set on “Frost.”",
      "“I cannot wait to get back to that cold valley with all of them,” the actor previously said on “Morning Show.”",
    ];
    const quotes = quotesOf(tied.join("\n\n"));
    expect(quotes.map((q) => q.speaker.name)).toEqual(["Tom Vale", "Tom Vale", "Tom Vale", "Tom Vale"]);
    const other = [...tied.slice(0, 3), "“We will see,” Sam Reed said of the delay.", tied[3]];
    expect(quotesOf(other.join("\n\n")).map((q) => q.speaker.name)).toEqual([
      "Tom Vale",
      "Tom Vale",
      "Tom Vale",
      "Sam Reed",
      "unattributed",
    ]);
    const named = [...tied.slice(0, 2), "The judges then spoke with Mara Quint about the result.", tied[3]];
    expect(quotesOf(named.join("\n\n")).map((q) => q.speaker.name)).toEqual([
      "Tom Vale",
      "Tom Vale",
      "Tom Vale",
      "unattributed",
    ]);
  });

  it("reads the words right after 'said on' as where they were said, not a quotation", () => {
    const quotes = quotesOf(
      "“We lost a week to the snow and nobody complained once,” Tom Vale said on “Morning Show Live.”",
    );
    expect(quotes.map((q) => q.text)).toEqual(["We lost a week to the snow and nobody complained once"]);
  });

  it("reads a standfirst's 'the singer' as the body's one singer", () => {
    const body = articleSentences(
      "The singer Ana Pereira has cancelled the last six dates of her tour after a fall on stage.",
    );
    const front = articleSentences("The singer said cancelling was “the hardest decision of my whole career so far.”");
    const read = (text: readonly string[]) =>
      findQuotes("t", front, findMentions(front, matcher), matcher, { articleText: text })[0]?.speaker;
    expect(read(body.map((b) => b.text))).toEqual({ name: "Ana Pereira", kind: "named" });
    // A body that gives the noun to two people names neither.
    expect(read(["The singer Ana Pereira toured with the singer Rosa Lind."])?.kind).toBe("unattributed");
  });

  it("reads a capitalised role or letters set off after a name as describing it, never as a name", () => {
    const words = "“The bridge will be closed for three weeks during the repairs,”";
    for (const [subject, name] of [
      ["Priya Nandakumar, Chief Executive of Harbour Works, said", "Priya Nandakumar"],
      ["Nandakumar, Chair of the Roads Committee, told reporters", "Nandakumar"],
      ["Priya Nandakumar, QC, said", "Priya Nandakumar"],
      ["Priya Nandakumar, PhD, said", "Priya Nandakumar"],
    ])
      expect(quotesOf(`${words} ${subject}.`)[0]?.speaker, subject).toEqual({ name, kind: "named" });
  });

  const closed = "“The bridge will be closed for three weeks during the repairs,”";

  it.each([
    // A bare lower-case role set off after a name alone describes the name, which speaks.
    ["Priya Nandakumar, mayor, said", "Priya Nandakumar"],
    ["Priya Nandakumar, deputy mayor, told reporters", "Priya Nandakumar"],
    ["Nandakumar, engineer, said", "Nandakumar"],
    // A title without its full stop is dropped from the name as one with it is.
    ["said Dr Priya Nandakumar", "Priya Nandakumar"],
    ["said Dr. Priya Nandakumar", "Priya Nandakumar"],
    ["Prof Nandakumar said", "Nandakumar"],
  ])("names the speaker of '%s' as %s", (subject, name) => {
    expect(quotesOf(`${closed} ${subject}.`)[0]?.speaker).toEqual({ name, kind: "named" });
  });

  it("gives 'the engineer said' to the article's one engineer, and to no one when it names two", () => {
    const one = "The survey was led by engineer Ana Ruiz.";
    const two = "Engineer Ana Ruiz and engineer Tom Berg led the survey.";
    expect(quotesOf(`${one}\n\n${closed} the engineer said.`)[0]?.speaker).toEqual({ name: "Ana Ruiz", kind: "named" });
    expect(quotesOf(`${two}\n\n${closed} the engineer said.`)[0]?.speaker.kind).toBe("unattributed");
  });

  it("reads no plural and no described person before a bare role as the name's description", () => {
    // "officials said": a second subject, never the name's description.
    expect(quotesOf(`${closed} Priya Nandakumar, officials said.`)[0]?.speaker.kind).not.toBe("named");
    // "Nandakumar’s neighbour" is no name alone: the role after it names no one either.
    expect(quotesOf(`${closed} Nandakumar’s neighbour, teacher, said.`)[0]?.speaker.name).not.toBe("Nandakumar");
  });

  it("gives a quotation of a person's envoy to the envoy, unnamed", () => {
    const [quote] = quotesOf(
      "Donald Trump spoke with Claudia Sheinbaum. Trump’s envoy told Sheinbaum the strikes were “not negotiable.”",
    );
    expect(quote?.speaker).toEqual({ name: "Trump’s envoy", kind: "anonymous" });
  });

  it.each([
    // Kin a name owns is someone else, unnamed: never the owner, before the verb or after it.
    ["Priya Nandakumar runs the port.", "Nandakumar's son said", "Nandakumar's son"],
    ["Priya Nandakumar runs the port.", "said Nandakumar’s daughter", "Nandakumar’s daughter"],
    ["Priya Nandakumar runs the port.", "Priya Nandakumar's husband told reporters", "Priya Nandakumar's husband"],
    ["Ana Ruiz and Tom Berg run the port.", "said Berg’s wives", "Berg’s wives"],
    // A role a name owns, at the end of its sentence, is unnamed too.
    ["Priya Nandakumar runs the port.", "said Nandakumar's deputy", "Nandakumar's deputy"],
  ])("after '%s', gives '%s' to %s, unnamed", (before, subject, name) => {
    expect(quotesOf(`${before}\n\n${closed} ${subject}.`)[0]?.speaker).toEqual({ name, kind: "anonymous" });
  });

  it("takes the attribution a paragraph break cut from a quotation ending on a comma", () => {
    const lead = "Priya Nandakumar runs the port.";
    const waiting = "“The bridge will be closed for three weeks during the repairs,”";
    const named = { name: "Priya Nandakumar", kind: "named" };
    const [first, second] = quotesOf(`${lead}\n\n${waiting}\n\nNandakumar said. “The crews start at dawn.”`);
    expect(first?.speaker).toEqual(named);
    // the half that opens the sentence after that attribution is the same speaker's,
    expect(second?.speaker).toEqual(named);
    expect(quotesOf(`${lead}\n\n${waiting}\n\nsaid Nandakumar.`)[0]?.speaker).toEqual(named);
    // but not a quotation that ended its sentence, nor a next sentence that says more than who spoke.
    const ended = "“The bridge will be closed for three weeks during the repairs.”";
    expect(quotesOf(`${lead}\n\n${ended}\n\nNandakumar said.`)[0]?.speaker.kind).toBe("unattributed");
    expect(quotesOf(`${lead}\n\n${waiting}\n\nAna Ruiz said the crews start at dawn.`)[0]?.speaker.kind).toBe(
      "unattributed",
    );
  });

  it("gives 'dijeron las entidades' to the two bodies named side by side just before, and 'agregó' after it", () => {
    const words =
      '"El puente estará cerrado tres semanas. Las obras empiezan el lunes", dijeron las entidades en un comunicado.';
    const more = '"Las cuadrillas empiezan al amanecer del lunes próximo", agregó.';
    const pair = "El puente se cerró el martes, informaron la Fiscalía General y la Secretaría de Obras.";
    const quotes = quotesOf(`${pair}\n\n${words}\n\n${more}`);
    expect(quotes.map((q) => q.speaker.name)).toEqual(
      Array(2).fill("Fiscalía General y la Secretaría de Obras") as string[],
    );
    expect(quotes[0]?.speaker.kind).toBe("named");
    // A person named beside the pair is no body: the pair still speaks.
    const person = "La Fiscalía General y la Secretaría de Obras detuvieron a Ana Ruiz.";
    expect(quotesOf(`${person}\n\n${words}`)[0]?.speaker.name).toBe("Fiscalía General y la Secretaría de Obras");
    // One body before, or a third body beside the pair: nobody sure.
    const one = "El puente se cerró el martes, informó la Fiscalía General.";
    expect(quotesOf(`${one}\n\n${words}`)[0]?.speaker.kind).toBe("unattributed");
    const three = "La Fiscalía General y la Secretaría de Obras lo dijeron tras reunirse con la Secretaría de Salud.";
    expect(quotesOf(`${three}\n\n${words}`)[0]?.speaker.kind).toBe("unattributed");
    // The pair as a preposition's object is no subject the plural stands for.
    const object = "El puente se cerró el martes por orden de la Fiscalía General y la Secretaría de Obras.";
    expect(quotesOf(`${object}\n\n${words}`)[0]?.speaker.kind).toBe("unattributed");
  });

  it("does not take a verb's form after a determiner for the verb ('the call was “…”')", () => {
    const [quote] = quotesOf("Claudia Sheinbaum said the call was “very productive for both countries.”");
    expect(quote?.speaker.entity).toBe("claudia-sheinbaum");
  });

  it("does not give the subject a quotation of someone else's claim ('dismissed Trump’s claim that …')", () => {
    const [quote] = quotesOf(
      "Donald Trump spoke with Claudia Sheinbaum. Sheinbaum dismissed Trump’s claim that Mexico was “run by the cartels.”",
    );
    expect(quote?.speaker.entity).not.toBe("claudia-sheinbaum");
  });

  it("keeps a long quotation without attribution as unattributed, never guessed", () => {
    const [quote] = quotesOf(
      "Claudia Sheinbaum spoke. “This is a long sentence that nobody in this text is said to have spoken.”",
    );
    expect(quote?.speaker).toEqual({ name: "unattributed", kind: "unattributed" });
  });

  it("names a speaker the register lacks by the name given", () => {
    const [quote] = quotesOf("“We are ready for anything,” said Jane Doe, a spokeswoman.");
    expect(quote?.speaker).toEqual({ name: "Jane Doe", kind: "named" });
  });

  it("finds top-level spans with nesting and apostrophes", () => {
    const text = 'He said, “It’s ‘fine’ now.” Then "plain" words.';
    expect(quoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(["It’s ‘fine’ now.", "plain"]);
  });

  it("opens a straight quotation right after a comma before a capital, the space left out", () => {
    const text = 'She writes,"Today I am thankful." Then, "plain," she said,"twice."';
    expect(quoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(["Today I am thankful.", "plain,"]);
  });

  it.each([
    ['he said, “sink the boat," the police said.', ["sink the boat,"]],
    ['"Open the door!” an officer shouts.', ["Open the door!"]],
    // A straight quotation inside a curly one still nests: only a quotation no mark of its own closes takes the other.
    ['“He said "no" twice,” she said.', ['He said "no" twice,']],
    // Before its own style's closer, a mark of the other style closes it when no quotation of that style opened between.
    ['“It was distressing," says Roe. "But then it came.”', ["It was distressing,", "But then it came."]],
    ['"It was distressing,” says Roe. “But then it came."', ["It was distressing,", "But then it came."]],
  ])("closes a quotation with a double mark of the other style: %s", (text, inside) => {
    expect(quoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(inside);
  });
});

/** Quotes with every name the analysis finds (register and not), as the site runs it. */
function quotesWithFound(body: string): Quote[] {
  const blocks = articleSentences(body);
  return findQuotes("t", blocks, findEntities(blocks, matcher).mentions, matcher);
}

const speakers = (quotes: readonly Quote[]) => quotes.map((q) => [q.speaker.kind, q.speaker.name]);

describe("a pronoun's speaker only when one person fits it (issues 15/16, quote27)", () => {
  it("gives 'he' to the one man of the sentence before", () => {
    expect(
      speakers(quotesWithFound("Martin Okafor runs the gallery on the harbour. “We never did that,” he said.")),
    ).toEqual([["named", "Martin Okafor"]]);
  });

  it("gives 'he' to no one when the sentence before names two men as plainly", () => {
    expect(speakers(quotesWithFound("Martin Okafor met Daniel Reyes in March. “We never did that,” he said."))).toEqual(
      [["unattributed", "unattributed"]],
    );
  });

  it("gives 'he' to no one when the sentence before names whom its subject worked with (quote28)", () => {
    const lead = (sentence: string) => speakers(quotesWithFound(`${sentence} “We never did that,” he said.`));
    expect(lead("Martin Okafor has worked with Daniel Reyes.")).toEqual([["unattributed", "unattributed"]]);
    expect(lead("Martin Okafor met with President Daniel Reyes on Monday.")).toEqual([
      ["unattributed", "unattributed"],
    ]);
    // A full name with a word of places in it is still a person's: no speaker, but "he" may be them.
    expect(lead("Martin Okafor has worked with Kanye West.")).toEqual([["unattributed", "unattributed"]]);
    // A noun's "with" names no one who did anything with the subject: the subject is still the one.
    expect(lead("Martin Okafor was on the call with Daniel Reyes.")).toEqual([["named", "Martin Okafor"]]);
    expect(lead("Martin Okafor has worked with the gallery for years.")).toEqual([["named", "Martin Okafor"]]);
  });
});

describe("an owner of a part only a body has stands between a pronoun and no one (issue 15, quote32)", () => {
  const run = (between: string) =>
    speakers(
      quotesWithFound(
        `Speaking from Lisbon, Martin Okafor recalled the wait: “The plan was thin,” Okafor said. “I hoped we would solve it.” ${between}\n\nAt the last moment, a tape arrived. “It took hold of me the first time I heard it,” he said.`,
      ),
    ).at(-1);

  it("passes over a name that owns a division or a subsidiary to the last speaker", () => {
    expect(run("Brightline’s music division sent some tapes, but none of them worked.")).toEqual([
      "named",
      "Martin Okafor",
    ]);
    expect(run("Brightline’s film subsidiary sent some tapes, but none of them worked.")).toEqual([
      "named",
      "Martin Okafor",
    ]);
  });

  it("stops at an owner whose part a person may have, or who is written as a person", () => {
    expect(run("Brightline’s manager sent some tapes, but none of them worked.")).toEqual([
      "unattributed",
      "unattributed",
    ]);
    expect(run("Daniel Reyes’s music division sent some tapes, but none of them worked.")).toEqual([
      "unattributed",
      "unattributed",
    ]);
  });
});

describe("an introduction that ends in a colon (issue 15, quote32)", () => {
  const words = "“We are ready for the ships to come back to the docks.”";
  const lead = (text: string) => speakers(quotesWithFound(text));

  it("gives the words to the named owner of a message, a statement or a reply the colon introduces", () => {
    expect(lead(`Ana Ruiz, the port's engineer, spoke on Monday.\n\nRuiz’s message was simple: ${words}`)).toEqual([
      ["named", "Ana Ruiz"],
    ]);
    expect(lead(`Ana Ruiz, the port's engineer, spoke on Monday. Ruiz’s reply read: ${words}`)).toEqual([
      ["named", "Ana Ruiz"],
    ]);
    // Whom the message went to is named inside it: not the owner's words introduced.
    expect(
      lead(`Ana Ruiz, the port's engineer, spoke on Monday. Ruiz’s message to Carl Brenner was simple: ${words}`),
    ).toEqual([["unattributed", "unattributed"]]);
  });

  it("gives a document's words, introduced by a colon, to whoever the sentence before says issued it", () => {
    expect(lead(`The Lagos Port Authority issued a statement on Monday. The statement read: ${words}`)).toEqual([
      ["named", "Lagos Port Authority"],
    ]);
    expect(lead(`The Lagos Port Authority issued a statement on Monday.\n\nThe statement read:\n\n${words}`)).toEqual([
      ["named", "Lagos Port Authority"],
    ]);
    // Not a document someone else wrote, nor one no sentence says anyone issued.
    expect(lead(`Ana Ruiz shared a post by Carl Brenner on Monday. The post read: ${words}`)).toEqual([
      ["unattributed", "unattributed"],
    ]);
    expect(lead(`The docks reopened on Monday. The statement read: ${words}`)).toEqual([
      ["unattributed", "unattributed"],
    ]);
  });
});

describe("a speaker who turned to a platform to speak (issue 15, quote28)", () => {
  const lead = (sentence: string) => speakers(quotesWithFound(sentence));

  it("gives the words to the platform phrase's subject", () => {
    expect(
      lead("The city's mayor Ana Ruiz turned to Twitter last month to describe her city as a “gas chamber.”"),
    ).toEqual([["named", "Ana Ruiz"]]);
    expect(lead("Last week, Ana Ruiz took to Instagram to call the plan “a real disaster”.")).toEqual([
      ["named", "Ana Ruiz"],
    ]);
  });

  it("gives them to no one when a second person is in reach", () => {
    expect(lead("Ana Ruiz turned to Twitter last month to describe Carl Brenner as a “gas chamber.”")).toEqual([]);
    expect(lead("Ana Ruiz and Carl Brenner took to Twitter to describe it as a “gas chamber.”")).toEqual([]);
    expect(lead("Ana Ruiz asked Carl Brenner to say “we are not leaving this city for anyone at all.”")).toEqual([
      ["unattributed", "unattributed"],
    ]);
  });
});

describe("speakers in the styles of other outlets", () => {
  it("names the speaker an initialism stands for, as the text defined it after the full name", () => {
    const quotes = quotesWithFound(
      "Critics answered Harold J. Penwick (HJP) at once. HJP has long said it was “a quiet campaign” against him.",
    );
    expect(speakers(quotes)).toEqual([["named", "Harold J. Penwick"]]);
  });

  it("follows a pronoun through a sentence that only says 'He said', past a group that is no person", () => {
    const quotes = quotesWithFound(
      "Tunisian Islamists and secular forces have worked together. “There is a consensus here,” Karim Benali said. He said he did not expect a campaign against Islamists. “We have nothing to fear,” he said.",
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Karim Benali"],
      ["named", "Karim Benali"],
    ]);
  });

  it("gives a short quotation to the named owner of the words it is the content of", () => {
    const lead = "President Wen Shaoming spoke at the congress.";
    for (const [sentence, who] of [
      [
        "The crackdown began with directives from Wen to “show absolutely no mercy” in the “struggle against separatism”.",
        "Wen Shaoming",
      ],
      ["Officials cited a pledge by Wen Shaoming that “no region will be left behind”.", "Wen Shaoming"],
      ["Delegates welcomed Wen’s call to “open the doors wider”.", "Wen Shaoming"],
      ["In Wen’s call to “open the doors wider” delegates heard a turn.", "Wen Shaoming"],
    ] as const) {
      const quotes = quotesWithFound(`${lead} ${sentence}`);
      expect(quotes.length, sentence).toBeGreaterThan(0);
      for (const quote of quotes) expect(quote.speaker.name, sentence).toBe(who);
    }
    // No owner stated, an unnamed one, or a noun that holds no words: a scare quote, no one's words.
    for (const sentence of [
      "The crackdown began with directives to “show absolutely no mercy”.",
      "Officials ignored calls from residents to “open the doors wider”.",
      "Delegates welcomed Wen’s plan to “open the doors wider”.",
    ])
      expect(quotesWithFound(`${lead} ${sentence}`), sentence).toEqual([]);
  });

  it("gives a quotation to the subject of 'as … told me' that ends its sentence or an aside, and to no one else", () => {
    expect(speakers(quotesWithFound("They want “financial health,” as one CEO told me, and less “pain”."))).toEqual([
      ["anonymous", "one CEO"],
    ]);
    expect(speakers(quotesWithFound("They want “financial health,” as Dana Whitlow told me."))).toEqual([
      ["named", "Dana Whitlow"],
    ]);
    expect(
      speakers(quotesWithFound("Critics call it “a giveaway to the rich,” as one official told reporters.")),
    ).toEqual([["anonymous", "one official"]]);
    // A document, a clause of no speech, or one that goes on past the subject's verb: no one's words here.
    for (const sentence of [
      "It was a “free market,” as the report said.",
      "The market is “free,” as prices rose.",
      "The market is “truly free,” as Dana Whitlow said it would be.",
    ])
      expect(quotesWithFound(sentence), sentence).toEqual([]);
  });

  it("gives 'they' to the unnamed group that spoke in the sentence right before, and to no one else", () => {
    const [quote] = quotesWithFound("Experts say the drought will worsen. “We are running out of time,” they said.");
    expect(quote?.speaker).toEqual({ name: "Experts", kind: "anonymous" });
    // One unnamed person is no "they"; a group that did not speak, or one beside a person, is not sure to be.
    for (const before of [
      "A spokesman said the drought will worsen.",
      "The wells are drying up and farmers are leaving.",
      "Experts and Dana Whitlow say the drought will worsen.",
    ]) {
      const [other] = quotesWithFound(`${before} “We are running out of time,” they said.`);
      expect(other?.speaker.kind, before).toBe("unattributed");
    }
  });

  it("takes the name before a role written without an article, not the body the role names", () => {
    const [quote] = quotesWithFound(
      "“We saw a need to bring on more providers,” Dana Whitlow, deputy associate administrator for exploration in the Harbour Science Directorate, said in a call with reporters.",
    );
    expect(quote?.speaker.name).toBe("Dana Whitlow");
    const [joint] = quotesWithFound("“We will not stop,” Dana Whitlow, and Ben Ortiz said on Monday.");
    expect(joint?.speaker.name).not.toBe("Dana Whitlow");
  });

  it("takes a name set off by the role it holds for another ('Lena Voss, Marek’s attorney,') for a person's", () => {
    const quotes = quotesWithFound(
      "Tomas Marek pleaded guilty on Monday. Lena Voss, Marek’s attorney, told reporters that her client regretted it. “Tomas Marek is passionate about his beliefs,” she said in an email.",
    );
    expect(speakers(quotes)).toEqual([["named", "Lena Voss"]]);
  });

  it("takes the name after a role in a body, not the body", () => {
    const [quote] = quotesWithFound(
      "The leader of the Harbour Party, Nadia Okafor, condemned the attack, saying in a statement that it “will not break our will or our democracy.”",
    );
    expect(quote?.speaker.name).toBe("Nadia Okafor");
  });

  it("resolves 'he' to the one unnamed source of the sentence before, and keeps it through the next quoted paragraph", () => {
    const quotes = quotesWithFound(
      "But a spokesperson for the Northern Growers and Packers Association said prices had fallen. “We have worked with the unions for years,” he said.\n\n“Our own analysis shows growth in open-ended contracts across the whole sector.”",
    );
    expect(quotes.map((q) => q.speaker.kind)).toEqual(["anonymous", "anonymous"]);
    expect(quotes[0]?.speaker.name).toMatch(/^a spokesperson for the Northern Growers and Packers Association/u);
  });

  it("joins a split quotation across one long attribution sentence", () => {
    const quotes = quotesWithFound(
      "“They were the first to market it,” said Pam Ortiz, head of the Coastal Boat Owners Association, representing boats that catch cod and black cod and a driver of the certification effort. “It turned into quite an advantage.”",
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Pam Ortiz"],
      ["named", "Pam Ortiz"],
    ]);
  });

  it("reads the attribution in the sentence after a question, speech acts after the quotation and a colon lead", () => {
    const quotes = quotesWithFound(
      "The deal has been steady, said Tom Forte, a director at a brokerage. “Do they take the profit and reinvest it in grocery?” Forte said. “It was a difficult part,” quipped Forte of the task. Forte summed up the journey from boat to counter: “It’s old school meets new school.”",
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Tom Forte"],
      ["named", "Tom Forte"],
      ["named", "Tom Forte"],
    ]);
  });

  it("resolves a pronoun in the attribution clause against its own sentence first", () => {
    const [quote] = quotesWithFound(
      "Officials met on Monday. The handover was confirmed by Security Minister Lena Sorvik on social media, where she described the detainees as “high impact criminals” posing a threat.",
    );
    expect(quote?.speaker.name).toBe("Lena Sorvik");
  });

  it("does not take 'added' as an adjective for a speech, nor a title before a comma or 'for' as a role", () => {
    const quotes = quotesWithFound(
      "Then came the integration of Prime, Amazon’s shipping program, and analysts wrote for Amazon. The merger has been steady, said Tom Forte, who follows Amazon at a brokerage. In a few more years, he said, “You won’t recognize the original store.”\n\n“They were the first to market it,” said Bob Alverson, head of a fishing association.\n\nThe certification comes with added costs. But it is also an assurance “that people are watching out for the resource,” he said.",
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Tom Forte"],
      ["named", "Bob Alverson"],
      ["named", "Bob Alverson"],
    ]);
  });
});

describe("whom the words were told to, and an age or a party after a name", () => {
  const lead = "Tom Ellis is the county's emergency manager. Maria Lopez runs the River Shop.";
  it("gives 'X told Y: “…”' to X, never to Y, and 'X, 54, told' or 'X, D-Calif., said' to X", () => {
    for (const sentence of [
      "Ellis told The Associated Press: “We have never had to close every road in the county at once.”",
      "Ellis told CNN: “We have never had to close every road in the county at once.”",
      "Ellis told Maria Lopez: “We have never had to close every road in the county at once.”",
      "“I think we will get through this winter together,” Ellis, 54, told reporters on Monday.",
      "“I think we will get through this winter together,” Tom Ellis, 54, said.",
      "“I think we will get through this winter together,” Sen. Tom Ellis, D-Calif., said.",
      "“I think we will get through this winter together,” said Ellis, R-N.Y., on Monday.",
      "“I think we will get through this winter together,” Ellis (D-Calif.) said.",
      "“I think we will get through this winter together,” Tom Ellis (54) told reporters.",
      "“I think we will get through this winter together,” Ellis said, asked about the cuts.",
      "“I think we will get through this winter together,” Ellis told reporters who asked about the cuts.",
    ])
      expect(speakers(quotesWithFound(`${lead} ${sentence}`)), sentence).toEqual([["named", "Tom Ellis"]]);
    // A name and a colon alone still introduce the words.
    expect(
      speakers(quotesWithFound(`${lead} Ellis: “We have never had to close every road in the county at once.”`)),
    ).toEqual([["named", "Tom Ellis"]]);
  });

  it("gives no one the words of two people, of one reported by another, or of a count that is no age", () => {
    for (const sentence of [
      "“I think we will get through this winter together,” Ellis, 54, and Lopez, 61, told reporters.",
      "“I think we will get through this winter together,” of the 12, 5 said.",
      "“I think we will get through this winter together,” Ellis, D-Calif., and Lopez, R-Texas, said.",
      "“I think we will get through this winter together,” Ellis and Lopez (D-Calif.) said.",
      "“I think we will get through this winter together,” Lopez said Ellis told her.",
      "“I think we will get through this winter together,” Ellis, Lopez said, told the crews.",
    ])
      expect(
        quotesWithFound(`${lead} ${sentence}`).map((q) => q.speaker.kind),
        sentence,
      ).not.toContain("named");
  });
});

describe("a document as a quotation's speaker", () => {
  it("gives the document's words to whoever the sentence before says issued it", () => {
    for (const body of [
      "Dana Whitlow wrote in a letter to the council on Monday that the plan was flawed. “The plan ignores every family living along the river,” the letter said.",
      "Mayor Dana Whitlow spoke to reporters. Dana Whitlow issued a statement on Monday. “The plan ignores every family living along the river,” the statement said.",
      "Dana Whitlow put out another statement on Monday. “The plan ignores every family living along the river,” it says.",
      "Mayor Dana Whitlow spoke on Monday. Whitlow’s statement said the plan “ignores every family living along the river.”",
    ])
      expect(speakers(quotesWithFound(body)), body).toEqual([["named", "Dana Whitlow"]]);
  });

  it("keeps an office as the body it is, and a lawyer as someone else", () => {
    const lead = "Mayor Dana Whitlow spoke on Monday.";
    const [office] = quotesWithFound(`${lead} “The plan ignores every family along the river,” Whitlow’s office said.`);
    expect(office?.speaker.name).toBe("Whitlow’s office");
    const [lawyer] = quotesWithFound(`${lead} “The plan ignores every family along the river,” Whitlow’s lawyer said.`);
    expect(lawyer?.speaker.name).not.toBe("Dana Whitlow");
  });

  it("follows 'they' past a sentence of only a body's quotation to that body", () => {
    const quotes = quotesWithFound(
      "The label that owns most of her music, Big Machine, says she will be allowed to play.\n\nBig Machine have twice denied doing anything wrong.\n\n“At no point did we say Taylor could not perform at the awards,” they said in a statement.\n\n“In fact, we do not have the right to keep her from performing live anywhere.”\n\nNow they've put out another statement.\n\n“We have agreed to grant all licenses of our artists' performances to stream,” it says.",
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Big Machine"],
      ["named", "Big Machine"],
      ["named", "Big Machine"],
    ]);
  });

  it("gives no one a document someone else wrote, one received, one no one is said to issue, or another noun", () => {
    for (const body of [
      "Senator Ana Ruiz shared a post by Governor Tom Ellis on Sunday. “Stay home and stay safe, everyone, until the crews have cleared the highways,” the post said.",
      "Senator Ana Ruiz posted the letter she received from the governor. “Stay home and stay safe, everyone, until the crews have cleared the highways,” it said.",
      "A statement was read out at the rally in front of the town hall. “We will not stop until the plant is closed for good,” it said.",
      "Dana Whitlow released a statement on Monday. The county's new plan is ambitious. “It ignores every family living along the river,” it says.",
      "Dana Whitlow wrote in a letter to the council on Monday that the plan was flawed. “The plan ignores every family living along the river,” the statement said.",
      "Dana Whitlow met Tom Ellis.\n\n“The plan ignores every family living along the river and every farm.”\n\nNow they've put out another statement.\n\n“We have agreed to grant all licenses of our artists' performances to stream,” it says.",
    ])
      expect(
        quotesWithFound(body).map((q) => q.speaker.kind),
        body,
      ).not.toContain("named");
  });
});

describe("German, Czech and Indonesian attribution tags", () => {
  it("gives a quotation to the name right after the verb, or the name before it", () => {
    for (const [body, who] of [
      [
        "„Wir werden alle rechtlichen Schritte prüfen“, sagte Ursula von der Leyen am Montag in Brüssel.",
        "Ursula von der Leyen",
      ],
      ["„Die Liste der Künstler wird immer länger“, sagt Gaby Allendorf.", "Gaby Allendorf"],
      ['"Musíme pokračovat a nesmíme polevit, pokud chceme být velkým týmem," zdůrazňuje Declan Rice.', "Declan Rice"],
      [
        '"Nenapadá mě jediný důvod, proč by nemohli skončit v elitní čtyřce," přidává se Emile Heskey, někdejší útočník.',
        "Emile Heskey",
      ],
      ["“Kami akan terus memantau perkembangan situasi di lapangan,” kata Joko Widodo di Jakarta.", "Joko Widodo"],
      ["„Wir werden nicht nachgeben“, fügte Gaby Allendorf am Montag hinzu.", "Gaby Allendorf"],
      ["„Das ist erst der Anfang“, ergänzte Gaby Allendorf.", "Gaby Allendorf"],
      ["„Wir schaffen das“, so Angela Merkel.", "Angela Merkel"],
      ["“Wir schaffen das,” so Angela Merkel.", "Angela Merkel"],
      [
        "Presiden Mahmoud Ahmadinejad menandaskan, “Dari tribun ini saya tegaskan bahwa ia bukanlah seorang muslim.”",
        "Mahmoud Ahmadinejad",
      ],
    ] as const)
      expect(speakers(quotesWithFound(body)), body).toEqual([["named", who]]);
  });

  it("joins the halves of a quotation split by such a tag only when it names the first half's speaker", () => {
    const quotes = quotesWithFound(
      '"Nenapadá mě jediný důvod, proč by nemohli skončit v elitní čtyřce," přidává se Emile Heskey, někdejší útočník. "Je fér říct, že vypadají fantasticky."',
    );
    expect(speakers(quotes)).toEqual([
      ["named", "Emile Heskey"],
      ["named", "Emile Heskey"],
    ]);
    const [, second] = quotesWithFound(
      "Aslam Karim berkata, “Bagaimana itu, wahai sahabatku yang baik?” Umar radiallohu anhu berkata, “Jika engkau mencintai seseorang, janganlah berlebihan seperti halnya anak kecil itu.”",
    );
    expect(second?.speaker.kind).toBe("unattributed");
  });

  it("gives a lone name its fuller form from the narration, never from a name addressed inside a quotation", () => {
    const addressed = quotesWithFound(
      "Umar bin Al-Khaththab ra berkata, “Wahai Aslam, janganlah rasa cintamu berlebihan.” Aslam berkata, “Bagaimana itu?”",
    );
    expect(speakers(addressed).at(-1)).toEqual(["named", "Aslam"]);
    const narrated = quotesWithFound(
      "Aslam Karim datang bersama Umar. Umar berkata, “Wahai Aslam, janganlah rasa cintamu berlebihan.” Aslam berkata, “Bagaimana itu?”",
    );
    expect(speakers(narrated).at(-1)).toEqual(["named", "Aslam Karim"]);
  });

  it("reads no subject but a name: not a dative outlet, a place before the name, a description or the noun 'kata'", () => {
    for (const body of [
      "„Die Liste der Künstler wird aber immer länger“, sagte Allendorf der Frankfurter Allgemeinen Zeitung.",
      '"Stali se excelentním týmem a zaslouží obrovský kredit," píše na Twitter Gary Lineker.',
      '"Náš kolektiv je teď opravdu speciální. Jsme nadšení," tvrdí mladá anglická superstar.',
      "Joko Widodo memakai kata “tidak ada yang salah di sini” dalam pidatonya.",
      // "fügte" without its particle is no verb of saying; "so" goes on with a verb in English.
      "„Das war ein Fehler“, fügte Gaby Allendorf sich dem Urteil.",
      "“We are not giving up,” so Angela Merkel went on with the talks.",
      "“We are not giving up” so Angela Merkel.",
      "„Wir schaffen das“, so Angela Merkel, die Kanzlerin, vor der Presse.",
    ])
      expect(
        quotesWithFound(body).map((q) => q.speaker.kind),
        body,
      ).not.toContain("named");
  });
});

describe("the wording of a quotation obtained through an outlet", () => {
  it("follows the cue before the outlet's name", () => {
    expect(viaWordingOf("in a recent interview with")).toBe("interview");
    expect(viaWordingOf("as quoted by")).toBe("quoted");
    expect(viaWordingOf("told")).toBe("told");
    expect(viaWordingOf("According to")).toBe("according");
  });
});

describe("findQuotes and a clause's opening adverb", () => {
  it("never takes a sentence adverb for a speaker or a person a pronoun stands for", () => {
    const quotes = quotesOf(
      "Officials met on Monday. Instead, “we will keep going,” he said.\n\n“Nothing changes for the harbour or for the town.” Instead said nobody, but the aides did.",
    );
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker.name)).not.toContain("Instead");
  });
});

describe("a word capitalised only because it opens a sentence is no name (issue 15)", () => {
  it("gives a quotation after 'Tenants said …' to no named speaker", () => {
    const after = (lead: string) => speakers(quotesWithFound(`${lead}\n\n“Nobody here can pay this much.”`));
    expect(after("Tenants said the rents were too high.").flat()).not.toContain("named");
    expect(after("Landlords said the rents were fair.").flat()).not.toContain("named");
  });

  it("still reads a one-word name the article writes inside a sentence too", () => {
    expect(
      speakers(
        quotesWithFound(
          "The letter was signed by Okafor and two others.\n\nOkafor said the rents were too high.\n\n“Nobody here can pay this much.”",
        ),
      ),
    ).toEqual([["named", "Okafor"]]);
  });
});

describe("a full name before an irregular past is its sentence's subject (issue 15)", () => {
  const lead = (sentence: string) => speakers(quotesWithFound(`${sentence} “We will be ready by spring,” he said.`));

  it("gives 'he' to the one man who spoke, met or wrote in the sentence before", () => {
    expect(lead("Martin Okafor spoke to reporters on Saturday.")).toEqual([["named", "Martin Okafor"]]);
    expect(lead("Martin Okafor wrote to the council last week.")).toEqual([["named", "Martin Okafor"]]);
  });

  it("gives it to no one when a second man is in that sentence", () => {
    expect(lead("Martin Okafor spoke with Daniel Reyes on Saturday.")).toEqual([["unattributed", "unattributed"]]);
    expect(lead("Martin Okafor and Daniel Reyes spoke on Saturday.")).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a publication or an agency as the speaker (issue 15, quote29)", () => {
  const byOutlet = (tag: string) =>
    speakers(quotesWithFound(`“The new rules are a threat to the calm of the whole region,” ${tag}`));

  it("keeps a plural noun's possessive inside the name: the People's Daily, not 'People'", () => {
    expect(byOutlet("the People's Daily said.")).toEqual([["named", "People's Daily"]]);
    expect(byOutlet("said the People’s Daily.")).toEqual([["named", "People’s Daily"]]);
    expect(byOutlet("the People's Liberation Army said.")).toEqual([["named", "People's Liberation Army"]]);
  });

  it("reads a capitalised word ending in -ly as the name's, not an adverb: China Daily, not 'China'", () => {
    expect(byOutlet("China Daily said.")).toEqual([["named", "China Daily"]]);
    expect(byOutlet("the official China Daily reported.")).toEqual([["named", "China Daily"]]);
  });

  it("gives the words to a name and its lower-case head: the Xinhua news agency", () => {
    expect(byOutlet("the state-run Xinhua news agency said.")).toEqual([["named", "Xinhua news agency"]]);
  });

  it("gives them to no one when a second speaker is joined in the subject", () => {
    expect(byOutlet("the People's Daily and the Xinhua news agency said.")).toEqual([["unattributed", "unattributed"]]);
    expect(byOutlet("Tom Reyes and the Xinhua news agency said.")).toEqual([["unattributed", "unattributed"]]);
    expect(byOutlet("Tom Reyes and the Trump administration said.")).toEqual([["unattributed", "unattributed"]]);
  });

  it("still gives them to the person who heads or told the publication", () => {
    expect(byOutlet("Lena Ortiz, who heads the People's Daily, said.")).toEqual([["named", "Lena Ortiz"]]);
    expect(byOutlet("Lena Ortiz told the Xinhua news agency.")).toEqual([["named", "Lena Ortiz"]]);
  });
});

/** A quotation with a tag after it: who the tag makes its speaker. */
const tagged = (tag: string) => speakers(quotesWithFound(`“We kept every promise we made to this city,” ${tag}`));

describe("a tag in the present or with a verb of replying or conceding (issue 15, quote29)", () => {
  it("gives the words to the one subject of the tag", () => {
    expect(tagged("Lena Ortiz concedes.")).toEqual([["named", "Lena Ortiz"]]);
    expect(tagged("Lena Ortiz claims.")).toEqual([["named", "Lena Ortiz"]]);
    expect(tagged("replies Lena Ortiz.")).toEqual([["named", "Lena Ortiz"]]);
    expect(tagged("Lena Ortiz complained.")).toEqual([["named", "Lena Ortiz"]]);
  });

  it("gives them to no one when the tag's subject is two people", () => {
    expect(tagged("Lena Ortiz, of Leeds, and Tom Reyes complained.")).toEqual([["unattributed", "unattributed"]]);
    expect(tagged("Lena Ortiz, a teacher, and Tom Reyes replied.")).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("where a speaker is from, set off after the name (issue 15, quote29)", () => {
  it("gives the words to the name, not to the place or body after it", () => {
    expect(tagged("Lena Ortiz, 54, of Addison, New York, said.")).toEqual([["named", "Lena Ortiz"]]);
    expect(tagged("Lena Ortiz, from Leeds, said.")).toEqual([["named", "Lena Ortiz"]]);
    expect(tagged("Lena Ortiz, of the Justice Department, told reporters.")).toEqual([["named", "Lena Ortiz"]]);
    expect(
      speakers(quotesWithFound("Lena Ortiz, 54, from Leeds, said: “We kept every promise we made to this city.”")),
    ).toEqual([["named", "Lena Ortiz"]]);
  });

  it("gives them to no one when a second person is joined after the place", () => {
    expect(tagged("Ortiz, from Leeds, and Tom Reyes said.")).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("two subjects of one tag, and an owner's role after a name (issue 15, quote29)", () => {
  it("gives the words to no one when the verb comes first and two people follow it", () => {
    expect(tagged("said Tom Reyes and Lena Ortiz.")).toEqual([["unattributed", "unattributed"]]);
    expect(tagged("said Tom Reyes, a teacher, and his lawyer.")).toEqual([["unattributed", "unattributed"]]);
    // A firm's ampersand and a body's own "and" are one name, one speaker.
    expect(tagged("said Johnson & Johnson.")).toEqual([["named", "Johnson & Johnson"]]);
    expect(tagged("said Tom Reyes, director of the Centre for Science and Environment.")).toEqual([
      ["named", "Tom Reyes"],
    ]);
  });

  it("gives them to the name before a role that someone else's name owns", () => {
    expect(tagged("Tom Reyes, Lena Ortiz's deputy, said.")).toEqual([["named", "Tom Reyes"]]);
    expect(tagged("Lena Ortiz's deputy said.")).toEqual([["anonymous", "Lena Ortiz's deputy"]]);
  });
});

describe("an opening mark never closed mid-sentence (issue 15, quote31)", () => {
  const texts = (body: string) => quotesWithFound(body).map((q) => q.text);

  it("drops the stray mark and pairs the quotations after it", () => {
    const body =
      "Late that night a demo arrived titled “Harbour (“Coming Back Again”). “It stopped me cold the first time,” Martin Okafor said. “It just fit.”";
    // The title inside the stray mark's words is a title, not a quotation.
    expect(texts(body)).toEqual(["It stopped me cold the first time", "It just fit."]);
    expect(speakers(quotesWithFound(body))).toEqual([
      ["named", "Martin Okafor"],
      ["named", "Martin Okafor"],
    ]);
  });

  it("keeps a quotation that opens its paragraph, with a nested one, running on to the next", () => {
    const body =
      "“My father told me, “Keep the boat,” and I kept it for years.\n\n“Then the storm came and took it,” Martin Okafor said.";
    expect(texts(body)).toEqual([
      "My father told me, “Keep the boat,” and I kept it for years. Then the storm came and took it",
    ]);
  });

  it("keeps an unclosed quotation after a colon, and one the next paragraph carries on", () => {
    expect(texts("Martin Okafor said: “My father told me “Keep the boat” and I did.")).toEqual([
      "My father told me “Keep the boat” and I did.",
    ]);
    const runOn =
      "He recalled that “my father told me “Keep the boat” that spring.\n\n“We kept it,” Martin Okafor said.";
    expect(texts(runOn)).toEqual(["my father told me “Keep the boat” that spring. We kept it"]);
  });
});

describe("a relative clause between a name and its colon (issue 15, quote31)", () => {
  const colon = (subject: string) =>
    speakers(
      quotesWithFound(
        `Lena Ortiz runs the ferry. ${subject} had a similar feeling: “It was the first boat I ever trusted.”`,
      ),
    );

  it("gives the words to the name the clause describes", () => {
    expect(colon("Ortiz, who drove in from the coast that morning,")).toEqual([["named", "Lena Ortiz"]]);
    // The clause's closing comma inside a title's marks; the title's own reading is not at issue here.
    expect(colon("Ortiz, who called in from the set of “Harbour Lights,”").at(-1)).toEqual(["named", "Lena Ortiz"]);
  });

  it("gives them to no one when the clause names a second person", () => {
    expect(colon("Ortiz, who drove in with Tom Reyes that morning,")).toEqual([["unattributed", "unattributed"]]);
  });
});

describe("a name, a description of them and a colon (issue 15, quotes)", () => {
  const words = "“We are trying to house every family in the county before the first frost.”";
  const speakerOf = (lead: string) => quotesOf(`${lead} ${words}`)[0]?.speaker;

  it("gives the words to the name the description follows", () => {
    expect(speakerOf("Maria Lopez, the county's housing director:")).toEqual({ name: "Maria Lopez", kind: "named" });
    expect(speakerOf("Maria Lopez, a tenant:")).toEqual({ name: "Maria Lopez", kind: "named" });
    expect(speakerOf("Maria Lopez, 45, of Toledo:")).toEqual({ name: "Maria Lopez", kind: "named" });
  });

  it("gives them to no one when the name is not the subject or the description is a clause", () => {
    for (const lead of [
      "To Maria Lopez, the county's housing director:",
      "Unlike Maria Lopez, the county's housing director:",
      "Maria Lopez, a tenant who faces eviction next week:",
      "Maria Lopez, the tenant Tom Ruiz evicted:",
    ])
      expect(speakerOf(lead)?.name, lead).not.toBe("Maria Lopez");
  });
});

describe("a coach, a manager, a captain or a quarterback named once, then by the role (issue 15, quotes)", () => {
  const words = "“We just ran out of legs in the fourth quarter tonight,” the coach said.";

  it("gives the words to the one holder the article named", () => {
    for (const lead of [
      "Coach Mike Reed said his team was tired.",
      "Mike Reed, the Hawks coach, said his team was tired.",
    ])
      expect(quotesOf(`${lead} ${words}`)[0]?.speaker, lead).toEqual({ name: "Mike Reed", kind: "named" });
  });

  it("reads a team's quarterback named once the same way, and no one when another team's is spoken of", () => {
    const words2 = "“We were outplayed in every phase tonight,” the quarterback said.";
    expect(quotesOf(`Quarterback Tom Diaz threw three picks. ${words2}`)[0]?.speaker).toEqual({
      name: "Tom Diaz",
      kind: "named",
    });
    const two = "Tom Diaz, the Browns quarterback, struggled, and the Steelers' quarterback was hurt.";
    expect(quotesOf(`${two} ${words2}`)[0]?.speaker.kind).toBe("unattributed");
  });

  it("gives them to no one when two coaches were named", () => {
    const lead = "Mike Reed, the Hawks coach, and Tom Diaz, the Bears coach, shook hands.";
    expect(quotesOf(`${lead} ${words}`)[0]?.speaker.kind).toBe("unattributed");
  });
});

describe("a body's person after the tag's verb, and a party's member before a name (issue 15, quotes)", () => {
  const words = "“We will not leave this market while I run the company,”";
  const speakerOf = (tag: string) => quotesOf(`${words} ${tag}`)[0]?.speaker;

  it("gives the words to the person, not to the body that owns them", () => {
    for (const tag of [
      "according to Acme's Jane Doe.",
      "according to the Harbor Party's chief executive, Jane Doe.",
      "said Acme's Jane Doe.",
    ])
      expect(speakerOf(tag), tag).toEqual({ name: "Jane Doe", kind: "named" });
  });

  it("gives them to no one when the owned words name two people", () => {
    expect(speakerOf("according to Acme's Jane Doe and Tom Ruiz.")?.kind).toBe("unattributed");
  });

  it("leaves a state's party member's noun out of the speaker's name", () => {
    expect(speakerOf("Virginia Democrat Jane Doe said.")).toEqual({ name: "Jane Doe", kind: "named" });
    expect(speakerOf("the Republican National Committee said.")?.name).toBe("Republican National Committee");
  });

  it("gives a party's member described by their state to that unnamed member, never a name", () => {
    expect(speakerOf("said an Arizona Republican.")).toEqual({ name: "an Arizona Republican", kind: "anonymous" });
    expect(speakerOf("a Texas Democrat said.")).toEqual({ name: "a Texas Democrat", kind: "anonymous" });
    expect(speakerOf("Liberal Jane Doe said.")).toEqual({ name: "Jane Doe", kind: "named" });
  });
});

describe("an appositive between a name and the verb its colon ends (issue 15, quotes)", () => {
  const words = "“We will not leave this market while I run the company.”";
  const speakerOf = (lead: string) => quotesOf(`${lead} ${words}`)[0]?.speaker;

  it("passes over the appositive to the name", () => {
    expect(speakerOf("Jane Doe, the mayor, put it plainly:")).toEqual({ name: "Jane Doe", kind: "named" });
    expect(speakerOf("Jane Doe, a lawyer for the family, summed it up:")).toEqual({ name: "Jane Doe", kind: "named" });
  });

  it("gives the words to no one when the appositive names another person", () => {
    expect(speakerOf("Jane Doe, the mother of Tom Ruiz, put it plainly:")?.kind).toBe("unattributed");
  });

  it("passes over a role with no article whose head is a person noun (quotes6)", () => {
    expect(speakerOf("Jane Doe, senior analyst at research firm Brightwell, shared her view on it:")).toEqual({
      name: "Jane Doe",
      kind: "named",
    });
    // Not a phrase whose head is no person: "in charge of …" may be anything.
    expect(speakerOf("Jane Doe, in charge of the plant, put it plainly:")?.kind).not.toBe("named");
  });
});

describe("a quoted sentence signed after a dash (issue 15, quotes)", () => {
  it("gives a paragraph that is a quoted sentence, a dash and a name to that name", () => {
    const [quote] = quotesOf("“We stayed because the town needed us.” — Jane Doe, a nurse in the county");
    expect(quote?.speaker).toEqual({ name: "Jane Doe", kind: "named" });
  });

  it("does not read a work's title and its maker as a quotation's speaker", () => {
    const quotes = quotesOf("“Harbour Lights” — Tom Ruiz, 2014");
    expect(quotes.filter((q) => q.speaker.name === "Tom Ruiz")).toEqual([]);
  });
});

describe("a participle of speech inside a clause set in the main one (issue 15, quotes4)", () => {
  const words = "“a betrayal of every worker.”";
  const speakerOf = (lead: string) => quotesOf(`${lead} ${words}`)[0]?.speaker;

  it("gives the words to the relative clause's antecedent, not the main clause's subject", () => {
    expect(speakerOf("Mayor Lena Ortiz met Tom Reyes, who won support by calling the new rules")?.name).toBe(
      "Tom Reyes",
    );
    expect(
      speakerOf("Mayor Lena Ortiz criticized the Harbor Union, which tried to win support by saying the rules were")
        ?.name,
    ).toBe("Harbor Union");
  });

  it("gives the words to a reported or subordinate clause's subject", () => {
    expect(speakerOf("Mayor Lena Ortiz said Tom Reyes had won support by calling the new rules")?.name).toBe(
      "Tom Reyes",
    );
    expect(speakerOf("Mayor Lena Ortiz said that Tom Reyes won support by saying the rules were")?.name).toBe(
      "Tom Reyes",
    );
    expect(speakerOf("Mayor Lena Ortiz said that she won support by calling the new rules")?.name).toBe("Lena Ortiz");
  });

  it("never gives them to the main clause's subject when the inner clause's names no one", () => {
    const quotes = quotesOf(
      "The ministry’s first comments came with a warning about the rhetoric from the Green Party, which tried to rally support by saying that young voters were “staying home in droves.”",
    );
    expect(quotes.filter((q) => q.speaker.kind !== "unattributed")).toEqual([]);
    expect(speakerOf("Mayor Lena Ortiz met Tom Reyes after he won support by calling the new rules")?.kind).not.toBe(
      "named",
    );
  });

  it("keeps a participle that continues the main clause its subject's", () => {
    expect(speakerOf("Mayor Lena Ortiz criticized the plan on Monday, calling it")?.name).toBe("Lena Ortiz");
    expect(speakerOf("Mayor Lena Ortiz won that heated debate by calling the new rules")?.name).toBe("Lena Ortiz");
    expect(speakerOf("Mayor Lena Ortiz criticized the rules, which passed on Monday, saying they were")?.name).toBe(
      "Lena Ortiz",
    );
  });
});

describe("a title opening a subject after a time, an owner's phrase, and words sung (issue 15, quotes4)", () => {
  it("reads a titled name with its state as the subject after an opening phrase of time", () => {
    const [quote] = quotesOf(
      "In 2013, Senator Lena Ortiz of Kentucky called the debt and deficit “the defining issue of our time.”",
    );
    expect(quote?.speaker).toEqual({ name: "Lena Ortiz", kind: "named" });
  });

  it("gives a quotation to the person whose phrase or words the text says it is", () => {
    const [phrase] = quotesOf(
      "The city works as if there were (in economist Lena Ortiz’s phrase) “markets in everything.”",
    );
    expect(phrase?.speaker).toEqual({ name: "Lena Ortiz", kind: "named" });
    const [words] = quotesOf("To borrow Lena Ortiz’s words, “the market has no memory and no mercy at all.”");
    expect(words?.speaker).toEqual({ name: "Lena Ortiz", kind: "named" });
    expect(quotesOf("In the mayor’s words, “the market has no memory and no mercy at all.”")[0]?.speaker.kind).toBe(
      "unattributed",
    );
  });

  it("reads a verb of singing as a tag: the words sung are the singer's", () => {
    const [quote] = quotesOf("“Had to find my own way, make my own mistakes, but I had to go,” Lena Ortiz sings.");
    expect(quote?.speaker).toEqual({ name: "Lena Ortiz", kind: "named" });
  });
});

describe("a bare group with three words before its noun (issue 15, quotes4)", () => {
  it("gives the words to the group as written", () => {
    const [quote] = quotesOf("Former royal PR aides called it not a car crash, but “a slow motion train wreck.”");
    expect(quote?.speaker).toEqual({ name: "Former royal PR aides", kind: "anonymous" });
  });
});

describe("words the article quotes again (issue 15, quotes4)", () => {
  it("gives a repeated excerpt the speaker of the quotation it repeats", () => {
    const quotes = quotesOf(
      "Acme tweeted this announcement: “We are all worried about events downtown. Fares have gone up to bring more drivers to the area.”\n\nThat opener suggests a civic response.\n\n_“… Fares have gone up to bring more drivers to the area.”_",
    );
    expect(quotes.map((q) => q.speaker.name)).toEqual(["Acme", "Acme"]);
  });

  it("leaves words of two speakers, or a repeat with a clause of its own, unattributed", () => {
    const two = quotesOf(
      "“We will rebuild the old harbour wall before the winter storms arrive,” Lena Ortiz said.\n\nThe council met later.\n\n“We will rebuild the old harbour wall before the winter storms arrive,” Tom Reyes said too.\n\nThe vote is on Monday.\n\n_“… rebuild the old harbour wall before the winter storms arrive …”_",
    );
    expect(two).toHaveLength(3);
    expect(two.at(-1)?.speaker.kind).toBe("unattributed");
    const joint = quotesOf(
      "“We will rebuild the old harbour wall before the winter storms arrive,” Lena Ortiz said.\n\nThe council met later.\n\n“We will rebuild the old harbour wall before the winter storms arrive,” a spokeswoman for the county and Tom Reyes said.",
    );
    expect(joint.at(-1)?.speaker.kind).toBe("unattributed");
  });
});

describe("a name joined by “and” to someone described (issue 15, quotes4)", () => {
  const words = "“We will rebuild the old harbour wall before the winter storms arrive,”";
  it("gives the words to neither of two joined subjects", () => {
    expect(quotesOf(`${words} an aide and Tom Reyes said.`)[0]?.speaker.kind).toBe("unattributed");
    expect(quotesOf(`${words} her lawyer and Tom Reyes said.`)[0]?.speaker.kind).toBe("unattributed");
  });

  it("keeps a name that opens a clause of its own after “and”", () => {
    const [quote] = quotesOf(
      "The market closed and Tom Reyes said the wall would be “rebuilt before the winter storms arrive in the bay.”",
    );
    expect(quote?.speaker).toEqual({ name: "Tom Reyes", kind: "named" });
  });
});

describe("'another' as the subject after an unnamed speaker's quotation (quotes6)", () => {
  const speakers = (body: string) => quotesOf(body).map((q) => `${q.speaker.kind}: ${q.speaker.name}`);
  it("is a second person of the first one's kind", () => {
    expect(
      speakers(
        "One resident described the noise as “unbearable every single night,” and another described it as “a small price to pay.”",
      ),
    ).toEqual(["anonymous: One resident", "anonymous: another resident"]);
  });
  it("is never the named speaker of the quotation before it", () => {
    expect(
      speakers(
        "Ana Ruiz called the plan “a disaster for the town,” while another said it was “a fine idea for the harbour.”",
      ),
    ).toEqual(["named: Ana Ruiz", "unattributed: unattributed"]);
  });
});

describe("words in marks a group gives something in the passive (quotes6)", () => {
  it("gives them to the agent group, unnamed, and to no body", () => {
    const [quote] = quotesOf("Called a “violent rhythm game” by its creators, the title has players swing a sword.");
    expect(quote?.speaker).toEqual({ name: "its creators", kind: "anonymous" });
    const [other] = quotesOf("The title was called a “violent rhythm game” by Sony.");
    expect(other?.speaker.kind).not.toBe("anonymous");
  });
});

describe("a post a body has, as the speaker (issue 15)", () => {
  const lead = "Rates rose again in March.\n\n";
  it("leaves the words of an unnamed holder of a post unattributed, never a named speaker", () => {
    for (const tag of [
      "the Fed's chair said on Tuesday.",
      "Acme's chief executive said.",
      "Acme's head of research told reporters.",
      "Harbor Bank's chief said.",
    ])
      expect(speakers(quotesWithFound(`${lead}“We will act if needed,” ${tag}`)), tag).toEqual([
        ["unattributed", "unattributed"],
      ]);
  });
  it("gives them to the holder the article names with the same words", () => {
    expect(
      speakers(
        quotesWithFound(
          `Lena Ortiz, Harbor Bank's chief executive, spoke first.\n\n“We will act if needed,” Harbor Bank's chief executive said.`,
        ),
      ),
    ).toEqual([["named", "Lena Ortiz"]]);
  });
  it("keeps a document a body owns as what it says", () => {
    expect(speakers(quotesWithFound(`${lead}“Force must be proportionate,” the Pentagon's manual says.`))).toEqual([
      ["named", "Pentagon's manual"],
    ]);
  });
});

describe("the writer's own words and sentence-opening words (issue 15, quotes7)", () => {
  it("leaves 'said I' to the unnamed writer, never a name after it or the letter as a name", () => {
    expect(speakers(quotesWithFound("“What is your answer?” said I."))).toEqual([["unattributed", "unattributed"]]);
    expect(
      speakers(quotesWithFound("“Will you answer me now, Tom?” said I, after waiting while Nippers Hale watched.")),
    ).toEqual([["unattributed", "unattributed"]]);
    // An initial is no first person: "said I. M. Pei" names him.
    expect(speakers(quotesWithFound("“Tell me more about the glass,” said I. M. Pei."))).toEqual([
      ["named", "I. M. Pei"],
    ]);
  });
  it("never takes a sentence's opening conjunction as a first name", () => {
    expect(
      speakers(
        quotesWithFound(
          "Whether Bartleby's eyes improved or not, I could not say.\n\n“I would prefer not to answer that today,” said Bartleby.",
        ),
      ),
    ).toEqual([["named", "Bartleby"]]);
  });
});

describe("a question asked, then a paragraph of quotation (issue 15, quotes7)", () => {
  it("leaves the answer to no one: dialogue and interviews take turns", () => {
    expect(
      speakers(
        quotesWithFound(
          "Detective Tsukauchi drove on.\n\n“Is your mother always that strict with you?” Tsukauchi asked.\n\n“Only when I come home late from school, which is not often.”",
        ),
      ),
    ).toEqual([
      ["named", "Tsukauchi"],
      ["unattributed", "unattributed"],
    ]);
  });
  it("goes on in the voice of one who said a question, as a run of quotes does", () => {
    expect(
      speakers(
        quotesWithFound(
          "Mayor Ana Ruiz spoke at the hall.\n\n“Why would we wait another year?” Ruiz said.\n\n“It will take two years and cost less than the old one did.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["named", "Ana Ruiz"],
    ]);
  });
});

describe("a verb of speech before its subject, and 'one' or 'another' as the subject (issue 15, quotes)", () => {
  const words = "“Ramos reminded people why he wins rural counties by thirty points.”";

  it("reads the subject after an opening verb, up to the colon", () => {
    expect(quotesOf(`Said one Texas Republican: ${words}`)[0]?.speaker).toEqual({
      name: "one Texas Republican",
      kind: "anonymous",
    });
    expect(quotesOf(`Added Jane Doe, a county commissioner: ${words}`)[0]?.speaker).toEqual({
      name: "Jane Doe",
      kind: "named",
    });
  });

  it("keeps a short quotation that 'one' or 'another' said with no group in reach, unattributed", () => {
    const quotes = quotesOf("The vote was close. “She played it safe,” said one. “Too safe,” said another.");
    expect(quotes.map((q) => [q.text, q.speaker.kind])).toEqual([
      ["She played it safe", "unattributed"],
      ["Too safe", "unattributed"],
    ]);
  });

  it("names no one after an opening verb whose subject names no one", () => {
    expect(quotesOf(`Said simply: ${words}`)[0]?.speaker.kind).toBe("unattributed");
  });
});

describe("a paragraph of quotation after one whose attribution names someone else too", () => {
  it("goes on in the speaker's voice past a name in the speaker's description", () => {
    expect(
      speakers(
        quotesWithFound(
          "“The levy stays where it is until the spring,” said Ana Ruiz, who advised Tom Vale for years.\n\n“We will look at it again once the repairs are paid for.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["named", "Ana Ruiz"],
    ]);
  });
  it("goes on in the speaker's voice when the attribution names only the speaker", () => {
    expect(
      speakers(
        quotesWithFound(
          "Mayor Ana Ruiz met the harbour board.\n\n“The levy stays where it is until the spring,” Ruiz said.\n\n“We will look at it again once the repairs are paid for.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["named", "Ana Ruiz"],
    ]);
  });
  it("gives no one the next paragraph when the attribution names whom the words were told to", () => {
    expect(
      speakers(
        quotesWithFound(
          "Mayor Ana Ruiz met the harbour master, Tom Vale.\n\n“The levy stays where it is until the spring,” Ruiz told Vale.\n\n“We will look at it again once the repairs are paid for.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["unattributed", "unattributed"],
    ]);
  });
});

describe("a split quotation whose attribution names a work where the words were said", () => {
  it("joins the halves across the work's title in quotation marks", () => {
    expect(
      speakers(
        quotesWithFound(
          "“The levy was the only way to pay for the sea wall,” Ana Ruiz recalled in “Harbour Days.” “We would do it again tomorrow if the council asked us to.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["named", "Ana Ruiz"],
    ]);
    expect(
      speakers(
        quotesWithFound(
          "“The levy was the only way to pay for the sea wall,” Ruiz said on KTVU's “Morning Edition” on Monday. “We would do it again tomorrow if the council asked us to.”",
        ),
      ),
    ).toEqual([
      ["named", "Ruiz"],
      ["named", "Ruiz"],
    ]);
  });
  it("joins nothing across quoted words that are no title", () => {
    expect(
      speakers(
        quotesWithFound(
          "“The levy was the only way to pay for the sea wall,” Ana Ruiz wrote in “a letter to the whole board.” “We would do it again tomorrow if the council asked us to.”",
        ),
      ),
    ).toEqual([
      ["named", "Ana Ruiz"],
      ["unattributed", "unattributed"],
    ]);
  });
});
