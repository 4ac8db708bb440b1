import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { inEmbeddedPost, pageOwnElements, unwrapEmbeddedPosts } from "./embeddedPosts.ts";

const page = (body: string) => parseHTML(`<html><head></head><body>${body}</body></html>`).document;

describe("pageOwnElements", () => {
  it("leaves out what stands inside an embedded tweet, Instagram or TikTok post", () => {
    const document = page(
      `<p><time datetime="2016-12-07">Dec 7</time></p>` +
        `<blockquote class="twitter-tweet"><p>Words <time datetime="2016-12-05">Dec 5</time></p></blockquote>` +
        `<blockquote class="instagram-media"><time datetime="2016-12-04">Dec 4</time></blockquote>` +
        `<blockquote class="tiktok-embed"><time datetime="2016-12-03">Dec 3</time></blockquote>`,
    );
    expect(pageOwnElements(document, "time").map((t) => t.getAttribute("datetime"))).toEqual(["2016-12-07"]);
  });

  it("keeps a block quotation of the article's own, which no platform's class marks", () => {
    const document = page(`<blockquote class="pull-quote"><time datetime="2016-12-07">Dec 7</time></blockquote>`);
    expect(pageOwnElements(document, "time")).toHaveLength(1);
    const time = document.querySelector("time");
    expect(time && inEmbeddedPost(time)).toBe(false);
  });
});

describe("unwrapEmbeddedPosts", () => {
  it("sets the post where its wrapper of scripts stood, and leaves a wrapper that holds more", () => {
    const document = page(
      `<div id="only"><blockquote class="twitter-tweet"><p>A</p></blockquote><script></script></div>` +
        `<div id="more"><p>Text</p><blockquote class="twitter-tweet"><p>B</p></blockquote></div>`,
    );
    unwrapEmbeddedPosts(document);
    expect(document.querySelector("#only")).toBeNull();
    expect(document.querySelector("#more blockquote")).not.toBeNull();
    expect(document.querySelectorAll("blockquote.twitter-tweet")).toHaveLength(2);
  });
});
