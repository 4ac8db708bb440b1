import { describe, expect, it } from "vitest";
import { brandTermUse, thingSlot } from "./thingSlots.ts";

const slot = (text: string, name: string) => thingSlot(text, text.indexOf(name), text.indexOf(name) + name.length);

describe("thingSlot", () => {
  it("takes the object of a verb of using", () => {
    expect(slot("I traced it using Firefox's TraceLog dumping for an hour.", "TraceLog")).toBe(true);
    expect(slot("They avoided using a Harlow Trust structure for the sale.", "Harlow Trust")).toBe(true);
    expect(slot("The service uses QueueWorks to hold jobs.", "QueueWorks")).toBe(true);
  });

  it("not a body named by its head, nor an owner before a possessive", () => {
    expect(slot("The team used the Ridgeway Observatory in Chile.", "Ridgeway Observatory")).toBe(false);
    expect(slot("I got far by using Dana Orrin’s book on habits.", "Dana Orrin")).toBe(false);
  });

  it("not a name qualifying a noun after an article, nor a subject", () => {
    expect(slot("She wrote a Tumblr post about it.", "Tumblr")).toBe(false);
    expect(slot("QueueWorks uses a queue.", "QueueWorks")).toBe(false);
  });
});

describe("brandTermUse", () => {
  const use = (text: string, name: string) => brandTermUse(text, text.indexOf(name), text.indexOf(name) + name.length);

  it("reads a code's term: qualifying a common noun, or glossing a lower-case phrase in brackets", () => {
    expect(use("The job ends in a HardStop state.", "HardStop")).toBe("term");
    expect(use("The worker makes a LeaseJob RPC to the server.", "LeaseJob")).toBe("term");
    expect(use("It serves calls for leasing a job (LeaseJob), and more.", "LeaseJob")).toBe("term");
  });

  it("reads a list item as saying nothing", () => {
    expect(use("It ends as one of Done, HardStop or SoftStop.", "HardStop")).toBe("listed");
  });

  it("reads a firm's acts, people and role nouns as no term", () => {
    expect(use("TrailPeak said so on Monday.", "TrailPeak")).toBe("other");
    expect(use("TrailPeak plans to list its shares.", "TrailPeak")).toBe("other");
    expect(use("A TrailPeak spokesperson said so.", "TrailPeak")).toBe("other");
    expect(use("The whole TrailPeak staff tried it.", "TrailPeak")).toBe("other");
    expect(use("The TrailPeak founder said so.", "TrailPeak")).toBe("other");
    expect(use("He left TrailPeak in May.", "TrailPeak")).toBe("other");
  });
});

describe("brandTermUse and a comma", () => {
  it("takes a comma after the name alone for a clause's end, not a list", () => {
    const text = "After its acquisition of TrailPeak, he said more.";
    expect(brandTermUse(text, text.indexOf("TrailPeak"), text.indexOf("TrailPeak") + 9)).toBe("other");
  });
});
