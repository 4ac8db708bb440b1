/** An article set in several blocks of one kind between other modules, against one read in part. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { gatherSections, holdsAllOf } from "./articleSections.ts";

const para = (topic: string, n: number) =>
  `The council met again about the ${topic} on Tuesday evening, and its members spent paragraph ${String(n)} weighing costs.`;
const section = (topic: string, cls = "text body") =>
  `<div class="row"><div class="col"><div class="${cls}"><p>${para(topic, 1)}</p><p>${para(topic, 2)}</p></div></div></div>`;
const ad = `<div class="row"><div class="slot"><p>Advertisement</p></div></div>`;
const page = (inner: string) =>
  parseHTML(`<html><body><h1>Council weighs the harbor plan</h1><main>${inner}</main></body></html>`).document;
const texts = (document: Document) => [...document.querySelectorAll("p")].map((p) => p.textContent);

describe("gatherSections", () => {
  it("gathers the sections an extraction lacked into the first, in order", () => {
    const doc = page(`${section("harbor")}${ad}${section("bridge", "text body wide")}${ad}${section("budget")}`);
    // The extractor kept the middle block only.
    expect(gatherSections(doc, `${para("bridge", 1)}\n${para("bridge", 2)}`)).toBe(true);
    const first = doc.querySelector(".text");
    expect([...(first?.querySelectorAll("p") ?? [])].map((p) => p.textContent)).toEqual(
      ["harbor", "bridge", "budget"].flatMap((t) => [para(t, 1), para(t, 2)]),
    );
    expect(texts(doc)).toContain("Advertisement");
  });

  it("leaves blocks of another kind, a block read in part, and blocks past another headline", () => {
    const held = `${para("bridge", 1)}\n${para("bridge", 2)}`;
    for (const inner of [
      // A teaser box: another class.
      `${section("bridge")}${ad}${section("harbor", "teaser body-copy")}`,
      // The extraction already holds one paragraph of the other block.
      `${section("bridge")}${ad}${section("harbor").replace(para("harbor", 1), para("bridge", 1))}`,
      // Teaser cards, each an <article> of its own, and a related story's body nested deeper.
      `${section("bridge")}${ad}<div class="row"><article class="col"><div class="text body"><p>${para("harbor", 1)}</p></div></article></div>`,
      section("bridge").replace(
        "</div></div></div>",
        `<div class="related">${section("harbor")}</div></div></div></div>`,
      ),
      // The next story the page appends, under its own headline.
      `${section("bridge")}<div class="next"><h1>Library opens</h1></div>${section("harbor")}`,
    ]) {
      const doc = page(inner);
      const before = texts(doc);
      expect(gatherSections(doc, held)).toBe(false);
      expect(texts(doc)).toEqual(before);
    }
  });

  it("does nothing when the extraction holds every section", () => {
    const doc = page(`${section("harbor")}${ad}${section("bridge")}`);
    const all = ["harbor", "bridge"].flatMap((t) => [para(t, 1), para(t, 2)]).join("\n");
    expect(gatherSections(doc, all)).toBe(false);
  });
});

describe("holdsAllOf", () => {
  it("is true only for a longer reading that keeps every prose paragraph of the first", () => {
    const first = `<p>${para("bridge", 1)}</p><p>Short line</p>`;
    expect(holdsAllOf(`<p>${para("harbor", 1)}</p>${first}`, first)).toBe(true);
    expect(holdsAllOf(`<p>${para("harbor", 1)}</p><p>${para("harbor", 2)}</p>`, first)).toBe(false);
    expect(holdsAllOf(first, first)).toBe(false);
  });
});
