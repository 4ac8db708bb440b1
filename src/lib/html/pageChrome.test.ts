/**
 * Each of pageChrome's passes on the smallest page that needs it: what the page marks or shapes
 * as not its article goes, the article's own paragraphs and headings stay.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { removePageChrome } from "./pageChrome.ts";

const PROSE = [
  "Officials in both countries said on Tuesday that the patrols would continue along the border through the end of the month.",
  "The army sent two more units to the state after a week of clashes between rival groups near the highway to the coast.",
  "Residents said the streets were calmer on Wednesday, although shops in the centre kept their shutters down until noon.",
];

/** A page with a headline and three paragraphs of prose, `inside` the article after the second and `outside` after it. */
function page(inside: string, outside = ""): Document {
  const [a, b, c] = PROSE.map((p) => `<p>${p}</p>`);
  return parseHTML(
    `<html><body><article><h1>Patrols to continue</h1>${a}${b}${inside}${c}</article>${outside}</body></html>`,
  ).document;
}

/** The page's text after the passes, squashed. */
function cleaned(document: Document): string {
  removePageChrome(document);
  return document.body.textContent.replace(/\s+/g, " ");
}

function expectArticleKept(text: string): void {
  expect(text).toContain("Patrols to continue");
  for (const p of PROSE) expect(text).toContain(p);
}

describe("removePageChrome", () => {
  it("leaves out the passes it is told to skip (the ablation script's switch)", () => {
    const skipped = page("", "<nav>Home World</nav>");
    removePageChrome(skipped, new Set(["declared"]));
    expect(skipped.body.textContent).toContain("Home World");
    expect(cleaned(page("", "<nav>Home World</nav>"))).not.toContain("Home World");
  });

  it("removes what the page declares as navigation, complementary, hidden or a banner", () => {
    const text = cleaned(
      page(
        `<aside>Pull quote repeated</aside><div hidden>Paywall copy</div><span aria-hidden="true">Icon label</span>`,
        `<nav>Home World</nav><div role="complementary">Most read list</div><div role="dialog">We use cookies</div><footer>© Site</footer>`,
      ),
    );
    for (const chrome of ["Pull quote", "Paywall copy", "Icon label", "Home World", "Most read", "cookies", "© Site"])
      expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("removes a box a utility class hides ('hidden', 'd-none'), not one shown again at some width", () => {
    const text = cleaned(
      page(
        `<div class="offer-group hidden"><div class="h2">Reserved for members</div><ul><li>Unlimited reading on every device.</li></ul></div>`,
        `<div class="promo d-none">Weekend rates for new readers</div><div class="hidden md:block">Tide tables for the coast</div><div class="d-none d-lg-block">Ferry timetable</div><div class="hidden-xs">Harbour webcam</div>`,
      ),
    );
    for (const chrome of ["Reserved for members", "Unlimited reading", "Weekend rates"])
      expect(text).not.toContain(chrome);
    for (const shown of ["Tide tables", "Ferry timetable", "Harbour webcam"]) expect(text).toContain(shown);
    expectArticleKept(text);
  });

  it("never removes the article that a hiding class marks (a script reveals it): it holds the page's prose", () => {
    const [a, b, c] = PROSE.map((p) => `<p>${p}</p>`);
    const doc = parseHTML(
      `<html><body><h1>Patrols to continue</h1><div class="story hidden">${a}${b}${c}</div></body></html>`,
    ).document;
    expectArticleKept(cleaned(doc));
  });

  it("removes a breadcrumb trail's links and label beside the headline it holds, and keeps the headline", () => {
    const [a, b, c] = PROSE.map((p) => `<p>${p}</p>`);
    const doc = parseHTML(
      `<html><body><nav aria-label="Breadcrumb"><h6>Trail</h6><ol><li><a href="/">Front page</a></li><li><a href="/world/">World news</a></li><li><h1>Patrols to continue</h1></li></ol></nav><article>${a}${b}${c}</article></body></html>`,
    ).document;
    const text = cleaned(doc);
    for (const chrome of ["Trail", "Front page", "World news"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("removes a modal, whatever role it claims, and its long policy text", () => {
    const policy = Array.from(
      { length: 12 },
      (_, i) =>
        `<div>These cookies of kind ${String(i)} help us measure visits, remember your choices and show you offers that suit you.</div>`,
    ).join("");
    const text = cleaned(
      page(
        "",
        `<div id="consent"><div role="region" aria-modal="true" aria-label="Preference center"><h2>Manage your preferences</h2>${policy}</div></div>`,
      ),
    );
    expect(text).not.toContain("Manage your preferences");
    expect(text).not.toContain("remember your choices");
    expectArticleKept(text);
  });

  it("takes an image's marked caption set inside a paragraph, before its prose, and keeps the prose", () => {
    const lede = "The ferry resumed service on Monday after a week of repairs to its hull.";
    const text = cleaned(
      page(
        `<p><span class="inline-image"><img src="f.jpg" alt=""><span class="caption"><span class="credit">© Provided by Harbour Wire Ltd</span> Port Authority/Handout</span></span> ${lede}</p>`,
      ),
    );
    expect(text).not.toContain("Provided by");
    expect(text).not.toContain("Handout");
    expect(text).toContain(lede);
    expectArticleKept(text);
  });

  it("keeps a marked element inside a paragraph's sentence, or one beside no picture", () => {
    for (const inside of [
      `<p>“We will stay,” <span class="attribution">said the mayor</span>, before the vote.</p>`,
      `<p><span class="attribution">The mayor</span> said the ferry would run again on Monday.</p>`,
      `<p>The ferry ran again. <span class="pic"><img src="f.jpg" alt=""><span class="caption">The quay at dawn</span></span></p>`,
    ]) {
      const text = cleaned(page(inside));
      expect(text).toContain(
        inside
          .replace(/<[^>]*>/g, "")
          .replace(/\s+/g, " ")
          .trim(),
      );
    }
  });

  it("keeps a quotation's attribution in <blockquote><footer>", () => {
    const text = cleaned(page(`<blockquote><p>We will stay.</p><footer>General Luis Ortega</footer></blockquote>`));
    expect(text).toContain("General Luis Ortega");
  });

  it("never removes the element that holds the article, whatever it is marked as", () => {
    const { document } = parseHTML(
      `<html><body><aside class="story"><h1>Patrols to continue</h1>${PROSE.map((p) => `<p>${p}</p>`).join("")}</aside></body></html>`,
    );
    expectArticleKept(cleaned(document));
  });

  it("removes a footer longer than the article it closes (a video's transcript), unless it holds the headline", () => {
    const said = "Narrator: the valley floods every spring, and the farmers plant again when the water goes down.";
    const transcript = `<footer><p>${Array.from({ length: 6 }, () => said).join("</p><p>")}</p></footer>`;
    const text = cleaned(page("", transcript));
    expectArticleKept(text);
    expect(text).not.toContain("Narrator");
    const { document } = parseHTML(
      `<html><body><footer><h1>Patrols to continue</h1>${PROSE.map((p) => `<p>${p}</p>`).join("")}</footer></body></html>`,
    );
    expectArticleKept(cleaned(document));
  });

  it("removes a newsletter sign-up box with its heading and pitch, not only its form", () => {
    const text = cleaned(
      page(
        `<div><h3>Border Briefing</h3><p>Get the week's border news every Friday.</p><form><input type="email"><button>Sign up</button></form></div>`,
      ),
    );
    expect(text).not.toContain("Border Briefing");
    expect(text).not.toContain("every Friday");
    expectArticleKept(text);
  });

  it("removes boxes marked as an author bio, a paywall prompt or a section label", () => {
    const text = cleaned(
      page(
        `<div class="paywall-prompt"><h2>Subscribe to continue reading</h2></div>`,
        `<div class="author-bio"><p>Hector Salas is the Mexico correspondent, based in Mexico City.</p></div><span class="section-label">Border</span>`,
      ),
    );
    for (const chrome of ["Subscribe to continue", "Hector Salas is", "Border"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("reads a BEM class by its block: a newsletter widget's parts name the widget", () => {
    const text = cleaned(
      page(
        `<section class="newsletter-widget__story-page"><div class="newsletter-widget__title">Morning Brief</div><p class="newsletter-widget__text">The day's border news in five minutes.</p></section>`,
        `<div class="story-body__footer--wide"><p>Reporting by a staff writer in Tijuana.</p></div>`,
      ),
    );
    for (const chrome of ["Morning Brief", "five minutes"]) expect(text).not.toContain(chrome);
    expect(text).toContain("Reporting by a staff writer");
    expectArticleKept(text);
  });

  it("keeps paragraphs that all carry one mark and run on as prose (a metered page's 'paywall' paragraphs)", () => {
    const more = [
      "Police said the convoy left the capital before dawn and reached the northern border crossing shortly after noon on Thursday.",
      "Local officials asked for more patrols along the river, where smugglers have crossed at night for most of the past year.",
      "The governor said the state would pay for the extra fuel and food the soldiers need while they remain in the region.",
      "Farmers near the crossing said the checkpoints had slowed the trucks that carry their harvest to the markets in the south.",
      "A spokesman for the army said the soldiers would not search homes without a warrant signed by a local judge.",
      "Teachers in two towns said the schools would open again on Monday if the roads to the villages stayed quiet all weekend.",
    ];
    const text = cleaned(
      page(
        `${more.map((p) => `<p class="paywall">${p}</p>`).join("")}<div role="heading" class="paywall heading-h3">What comes next</div>`,
      ),
    );
    for (const p of more) expect(text).toContain(p);
    expect(text).toContain("What comes next");
    expectArticleKept(text);
  });

  it("still removes a marked paragraph on its own, or a few short ones, as a box", () => {
    const text = cleaned(
      page(
        `<p class="paywall">Subscribe to keep reading.</p><p class="paywall">Already a subscriber? Sign in.</p>`,
        `<p class="newsletter">Get the Border Briefing every Friday in your inbox.</p>`,
      ),
    );
    for (const chrome of ["Subscribe to keep", "Already a subscriber", "Border Briefing"])
      expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("removes a pull quote and its speaker's name, the article's words set again in large type", () => {
    const text = cleaned(
      page(
        `<div class="pullQuote section"><div class="pull-quote pull-quote--large"><blockquote>The patrols will stay as long as needed.</blockquote><div class="pull-quote__author"><span class="author">Ana Ruiz</span></div></div></div>`,
      ),
    );
    for (const chrome of ["The patrols will stay", "Ana Ruiz"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("does not take a mark that says an element lacks such a box ('hasnt-bio') or a part of a link", () => {
    const text = cleaned(
      page(
        `<div class="sig-line hasnt-bio">Filed from Cairo on assignment</div>`,
        `<ul><li><a href="/a"><span class="video-label-box">Teaser one</span></a></li></ul>`,
      ),
    );
    expect(text).toContain("Filed from Cairo on assignment");
    expect(text).toContain("Teaser one");
  });

  it("keeps the first marked byline (the extractor's guess) and removes later ones", () => {
    const text = cleaned(
      page(`<p class="post-byline">From Julia Brandt</p>`, `<span class="byline">By Omar Castañeda</span>`),
    );
    expect(text).toContain("From Julia Brandt");
    expect(text).not.toContain("Omar Castañeda");
  });

  it("removes the first marked byline too when the page declares its byline (the extractor then keeps it)", () => {
    const document = page(
      `<div class="byline-wrap"><span>Ana Ruiz and Tom Becker</span><span>Sierra Herald, Sonora</span></div>`,
    );
    removePageChrome(document, new Set(), true);
    const text = document.body.textContent;
    expect(text).not.toContain("Tom Becker");
    expectArticleKept(text.replace(/\s+/g, " "));
  });

  it("removes advertisement labels and lone byline and date lines", () => {
    const text = cleaned(
      page(
        `<div class="slot">Advertisement</div><p>Story continues below advertisement</p><p>By Carla Montes</p><p>Sept. 3, 2025</p><p>Patricio Candia | Palma de Mallorca | 08/01/2014</p>`,
      ),
    );
    for (const chrome of ["Advertisement", "Carla Montes", "Sept. 3, 2025", "Patricio Candia"])
      expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("keeps a date inside a paragraph", () => {
    const text = cleaned(page(`<p>The talks began on <time>Sept. 3, 2025</time>.</p>`));
    expect(text).toContain("The talks began on Sept. 3, 2025.");
  });

  it("removes repeated teaser cards (a linked headline, a summary and a date) and the heading they leave", () => {
    const card = (n: number) =>
      `<div class="card"><h3><a href="/story-${n}">Ferry service resumes after repairs number ${n}</a></h3><p>The ferry company said the vessel passed its inspection and would sail again.</p><span>Aug. 1${n}, 2025</span></div>`;
    const text = cleaned(page("", `<div class="popular"><h2>Popular stories</h2>${card(1)}${card(2)}${card(3)}</div>`));
    for (const chrome of ["Ferry service", "inspection", "Popular stories"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("keeps a list article's linked item headings, each over a long paragraph of its own, and also removes bare teasers", () => {
    const item = (n: number) =>
      `<h3><a href="https://shop.example.org/item-${n}">“Field Kit ${n}” ($20)</a></h3><div class="video"><iframe src="https://video.example.org/${n}"></iframe></div><p>${PROSE[0]} ${PROSE[1]} ${PROSE[2]}</p>`;
    const text = cleaned(page(`<div class="body">${item(1)}${item(2)}${item(3)}</div>`));
    for (const n of [1, 2, 3]) expect(text).toContain(`“Field Kit ${n}” ($20)`);
    const bare = (n: number) => `<h3><a href="/story-${n}">Ferry service resumes after repairs number ${n}</a></h3>`;
    const teasers = cleaned(page(`<div class="more">${bare(1)}${bare(2)}${bare(3)}</div>`));
    expect(teasers).not.toContain("Ferry service");
  });

  it("removes teaser cards whose long excerpts are cut short by a bracketed ellipsis", () => {
    const card = (n: number) =>
      `<div class="next"><h2><a href="/post-${n}">Harbor choir sings on the pier number ${n}</a></h2><p>${PROSE[0]} ${PROSE[1]} The choir [&hellip;]</p><h3><a href="/post-${n}">Keep going</a></h3></div>`;
    const text = cleaned(page("", `<div class="more">${card(1)}${card(2)}</div>`));
    for (const chrome of ["Harbor choir", "The choir"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("keeps a single linked heading (one card is not a block of teasers)", () => {
    const text = cleaned(page(`<h2><a href="/report">The full report</a></h2>`));
    expect(text).toContain("The full report");
  });

  it("removes a list of links to other pages with their dates", () => {
    const text = cleaned(
      page(
        "",
        `<section><h2>Further reading</h2><ul><li><a href="/a">A short history of extradition</a> <span>Aug. 19, 2025</span></li><li><a href="/b">How the amparo appeal slows transfers</a> <span>June 2, 2025</span></li></ul></section>`,
      ),
    );
    for (const chrome of ["Further reading", "short history", "amparo", "Aug. 19"]) expect(text).not.toContain(chrome);
    expectArticleKept(text);
  });

  it("keeps a list whose items are prose with a link in them", () => {
    const items = `<ul><li>The army sent <a href="/a">two units</a> to the state after the clashes near the coast.</li><li>The navy added <a href="/b">six boats</a> to its patrols in the gulf this autumn.</li></ul>`;
    expect(cleaned(page(items))).toContain("The navy added six boats to its patrols");
  });

  it("removes a 'Related' label left with nothing after it, and keeps a body heading", () => {
    const text = cleaned(page(`<h2>What comes next</h2>`, `<div><h3>Related</h3></div>`));
    expect(text).not.toContain("Related");
    expect(text).toContain("What comes next");
  });

  it("takes a label ending in a colon whose list of links went, and keeps one whose list stays", () => {
    const rail = ["Storm closes two highways", "Bakery wins state award", "Ferry fares rise again"]
      .map((t, i) => `<ul><li><h4><a href="/s${i}">${t}</a></h4></li></ul>`)
      .join("");
    const text = cleaned(page(`<h4>More:</h4>${rail}`));
    expect(text).not.toContain("More:");
    expect(text).not.toContain("Bakery wins state award");
    expectArticleKept(text);
    const kept = cleaned(
      page(
        `<h4>What the patrols check:</h4><ul><li>Trucks leaving the port at night</li><li>Buses on the coast road</li></ul>`,
      ),
    );
    expect(kept).toContain("What the patrols check:");
    expect(kept).toContain("Buses on the coast road");
  });

  it("takes a card of links set inside a paragraph (a name's hover card), and keeps the sentence", () => {
    const card = `<span class="card"><a href="/people/ana">Ana Ruiz</a><a href="/a">Patrols extended</a><a href="/b">Bridges rebuilt</a><a href="/people/ana">MORE</a></span>`;
    const text = cleaned(page(`<p>Governor <a href="/people/ana">Ana Ruiz</a>${card} said the army would stay.</p>`));
    expect(text).not.toContain("Bridges rebuilt");
    expect(text).toContain("said the army would stay.");
    expectArticleKept(text);
  });

  it("keeps the name when its link and its hover card share one wrapper", () => {
    const card = `<span class="card"><a href="/people/ana">Ana Ruiz</a><a href="/a">Patrols extended</a><a href="/b">Bridges rebuilt</a><a href="/people/ana">MORE</a></span>`;
    const text = cleaned(
      page(
        `<p>Governor <span class="name"><a href="/people/ana">Ana Ruiz</a>${card}</span> said the army would stay.</p>`,
      ),
    );
    expect(text).not.toContain("Bridges rebuilt");
    expect(text).toContain("Governor Ana Ruiz said the army would stay.");
    expectArticleKept(text);
  });

  it("takes a paragraph set as lines of other stories' links, each with a tag, wherever the break is nested, and its bold label", () => {
    const lines = `<a href="/a">Bridges rebuilt along the coast road</a> [<strong>ANALYSIS]|<br></strong><a href="/b">Floods close the valley schools for a week</a> [<strong>VIDEO]<br></strong><a href="/c">Rescue crews reach the last village</a>`;
    const text = cleaned(page(`<p><strong>MORE FROM THE COAST</strong></p><p>${lines}</p>`));
    expect(text).not.toContain("MORE FROM THE COAST");
    expect(text).not.toContain("Bridges rebuilt");
    expect(text).not.toContain("Rescue crews");
    expectArticleKept(text);
  });

  it("keeps lines of prose that hold a link with the bold label over them, and a single linked line", () => {
    const prose = `The mayor <a href="/a">said in a statement</a> that the road would reopen.<br>Crews <a href="/b">worked through the night</a> on the last bridge.`;
    const text = cleaned(
      page(
        `<p><strong>The night shift</strong></p><p>${prose}</p><p><a href="/c">Bridges rebuilt along the coast road</a><br></p>`,
      ),
    );
    expect(text).toContain("The night shift");
    expect(text).toContain("worked through the night on the last bridge.");
    expect(text).toContain("Bridges rebuilt along the coast road");
    expectArticleKept(text);
  });

  it("keeps links inside running text", () => {
    const text = cleaned(
      page(
        `<p>Talks <span><a href="/a">in Mexico City</a>, <a href="/b">in Washington</a> and <a href="/c">in Ottawa</a></span> went on.</p>`,
      ),
    );
    expect(text).toContain("in Washington and in Ottawa");
  });

  it.each(["Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM", "Updated at 1:23 p.m.", "Advert"])(
    "takes the stamp or label %j standing alone",
    (label) => {
      const text = cleaned(page(`<div>${label}</div>`));
      expect(text).not.toContain(label);
      expectArticleKept(text);
    },
  );
});
