/** Article HTML → markdown: character references a page escaped twice are read as the characters they stand for. */
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./toMarkdown.ts";

describe("htmlToMarkdown", () => {
  it("decodes a character reference escaped twice in prose, and leaves code and unknown names alone", () => {
    const html =
      "<p>Sign-ups rose 250&amp;percnt; in a year, the mayor&amp;#8217;s office said&amp;semi; it was &amp;frac12; done.</p>" +
      "<p>Write <code>&amp;amp;</code> for an ampersand; &amp;notaname; stays.</p>";
    expect(htmlToMarkdown(html).trim()).toBe(
      "Sign-ups rose 250% in a year, the mayor’s office said; it was ½ done.\n\nWrite `&amp;` for an ampersand; \\&notaname; stays.",
    );
  });

  it("moves a space at the edge of a link or emphasis out of it, so the next word stays a word", () => {
    const html =
      '<p>The study in <em><a href="https://example.org/j">Journal of Things </a></em>argued that <strong> rates</strong> rose.</p>';
    expect(htmlToMarkdown(html).trim()).toBe(
      "The study in *[Journal of Things](https://example.org/j)* argued that **rates** rose.",
    );
  });
  it("moves a line break at the edge of emphasis out of it, and drops one that breaks no line", () => {
    const html =
      "<p><strong>PICTURE BOOKS<br></strong></p>" +
      "<p><strong>The Ship in the Bottle<br></strong>Ana Ruiz <br>Harbour Press, $12</p>" +
      "<p>Cables carried 48 calls at a time: TAT-1<strong> </strong>could not carry more, and ran from one shore to<em> </em>another.</p>";
    expect(htmlToMarkdown(html).trim()).toBe(
      "**PICTURE BOOKS**\n\n**The Ship in the Bottle**\\\nAna Ruiz\\\nHarbour Press, $12\n\n" +
        "Cables carried 48 calls at a time: TAT-1 could not carry more, and ran from one shore to another.",
    );
  });

  it("splits a paragraph where two breaks in a row leave a blank line, and keeps a single break", () => {
    const html =
      '<p><a href="https://example.org/g"><strong>Read the river guide</strong></a><br><br>The ferry runs twice a day.<br> <br>' +
      "Tickets cost $4.<br>Children ride free.<br><br></p>";
    expect(htmlToMarkdown(html).trim()).toBe(
      "[**Read the river guide**](https://example.org/g)\n\nThe ferry runs twice a day.\n\nTickets cost $4.\\\nChildren ride free.",
    );
  });

  it("drops the lifted dek set as the first paragraph after an image's own paragraph", () => {
    const html =
      '<p><img src="a.jpg"></p><p>How the patrols outgrew the border</p><p>Officials said the patrols would go on.</p>';
    expect(htmlToMarkdown(html, ["Patrols extended", "How the patrols outgrew the border"]).trim()).toBe(
      "Officials said the patrols would go on.",
    );
  });
});
