/**
 * The sign-up box pass: a short title and its pitch over a promo button are marked promo
 * furniture; the same lines without the button, or a headline-length title, are left alone.
 */
import { describe, expect, it } from "vitest";
import { classifyUnits } from "./classify.ts";
import { normalize } from "./index.ts";
import { toLines } from "./lines.ts";
import { isInnerPitch, markSignUpBoxes } from "./signUpBox.ts";
import { buildUnits } from "./units.ts";

const LEDE = "Officials in the state capital said on Monday that the new water rules would take effect in the spring.";
const PITCH = "Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.";

function furnitureOf(...lines: string[]): (string | undefined)[] {
  const units = markSignUpBoxes(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units));
  return units.map((u) => u.furniture);
}

describe("markSignUpBoxes", () => {
  it.each([
    ["a title, its pitch and the button", ["Breaking News Emails", PITCH, "SUBSCRIBE"], ["promo", "promo", "promo"]],
    ["no button under the pitch", ["Breaking News Emails", PITCH, "By Ana Ruiz"], [undefined, undefined, undefined]],
    [
      "a title as long as a headline",
      ["Water rules will cut valley deliveries by a third", PITCH, "SUBSCRIBE"],
      [undefined, undefined, "promo"],
    ],
    ["a title written as a sentence", ["Emails are here.", PITCH, "SUBSCRIBE"], [undefined, undefined, "promo"]],
    [
      "a credit over the article's lede over a newsletter line: the lede speaks to no reader",
      ["Staff writer", "Customs agents said on Tuesday that they found rifle parts in a truck.", "SUBSCRIBE"],
      [undefined, undefined, "promo"],
    ],
    [
      "the same shape inside the article's text: a section heading and its paragraph",
      [LEDE, LEDE, "Breaking News Emails", PITCH, "SUBSCRIBE"],
      [undefined, undefined, undefined, undefined, "promo"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(furnitureOf(...lines)).toEqual(expected);
  });
});

describe("isInnerPitch", () => {
  const PROMPT = "Sign up for e-mail newsletters";
  const FINE_PRINT = "No spam, we promise. You can unsubscribe at any time.";
  const pitchAt = (...lines: string[]): boolean =>
    isInnerPitch(classifyUnits(buildUnits(toLines(lines.join("\n\n"))).units), 1);

  it("takes the offer between a sign-up prompt and its fine print", () => {
    expect(pitchAt(PROMPT, "Get breaking port news and the latest updates on the border and more!", FINE_PRINT)).toBe(
      true,
    );
  });

  it.each([
    ["a paragraph between two advertisement markers", ["Advertisement", LEDE, "Advertisement"]],
    [
      "reporting between the prompt and the fine print",
      [PROMPT, "Get ready for delays, the port chief said.", FINE_PRINT],
    ],
    ["a line that is no offer", [PROMPT, "The council meets again in May to vote on the rules.", FINE_PRINT]],
    ["no fine print under it", [PROMPT, "Get breaking port news and the latest updates on the border!", LEDE]],
  ])("leaves %s", (_, lines) => {
    expect(pitchAt(...lines)).toBe(false);
  });
});

describe("a sign-up box in a markdown body (an HTML page arrives as markdown)", () => {
  const BOX = `## Breaking News Emails\n\n${PITCH}\n\n[SUBSCRIBE](https://example.com/newsletters)\n\n`;
  function body(markdown: string): string {
    const result = normalize(`# Water rules cut valley deliveries\n\n${markdown}`, { fileName: "box.md" });
    if (!result.ok) throw new Error(result.error.message);
    return result.markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
  }

  it("drops the title and pitch over a sign-up button above the article's text, with the reason", () => {
    const result = normalize(`# Water rules cut valley deliveries\n\n${BOX}${LEDE}\n`, { fileName: "box.md" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.markdown).not.toContain("Breaking News Emails");
    expect(result.markdown).not.toContain("weekday mornings");
    expect(result.markdown).toContain(LEDE);
    expect(result.report.removed.filter((r) => r.reason === "sign-up").map((r) => r.text)).toEqual([
      "## Breaking News Emails",
      PITCH,
    ]);
  });

  it("keeps the same shape inside the article's text: a section heading and its paragraph", () => {
    const out = body(`${LEDE}\n\n${BOX}${LEDE}\n`);
    expect(out).toContain("Breaking News Emails");
    expect(out).toContain("weekday mornings");
  });

  it("keeps a heading and a pitch with no button under them", () => {
    const out = body(`## Breaking News Emails\n\n${PITCH}\n\n${LEDE}\n`);
    expect(out).toContain("weekday mornings");
  });
});
