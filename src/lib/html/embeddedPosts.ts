/**
 * Social posts an article quotes by embedding them (a tweet, an Instagram or TikTok post): the
 * platforms' own embed markup, a `<blockquote>` with the platform's class and the post's text
 * in it, is the article quoting someone, as a block quote in the text is. Its wrapper box, a
 * `<div>` of links and a script, reads to the extractor as a box of links, and it drops the post;
 * set in the wrapper's place, the quotation stays with the paragraphs around it.
 */

/** The classes the platforms' embed code gives a quoted post's `<blockquote>`. */
const EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed";

/**
 * True when `el` stands inside an embedded post: its stamps and words are the post's (when it
 * was posted, by whom), never the page's own.
 */
export function inEmbeddedPost(el: Element): boolean {
  return el.closest(EMBEDDED_POST) !== null;
}

/**
 * The elements `selector` finds that are the page's own, not inside a post it embeds: what the
 * page's metadata readers take a stamp or a date from (a tweet's "Dec 5, 2016" is the post's).
 */
export function pageOwnElements(document: Document, selector: string): Element[] {
  return [...document.querySelectorAll(selector)].filter((el) => !inEmbeddedPost(el));
}

/** Replaces each wrapper that holds nothing but one embedded post (and scripts) by the post, in place. */
export function unwrapEmbeddedPosts(document: Document): void {
  for (const post of document.querySelectorAll(EMBEDDED_POST)) {
    for (let box = post.parentElement; box !== null && box.tagName.toUpperCase() === "DIV";) {
      const others = [...box.children].filter((el) => el !== post && el.tagName.toUpperCase() !== "SCRIPT");
      if (others.length > 0) break;
      const outer = box.parentElement;
      box.replaceWith(post);
      box = outer;
    }
  }
}
