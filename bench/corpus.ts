/**
 * A synthetic but realistic corpus of raw scraped articles for the benchmark: the shapes the
 * normalizer meets in the wild (site chrome with a clock and crumbs, bylines with dates, key
 * points, wire datelines, bare-line headings, promo and related-link blocks), lengths from a
 * few paragraphs to long reads, names from the entity register, quotes with speakers, dates,
 * the topics' own terms, and groups of near-duplicate stories as real coverage has.
 *
 * Deterministic: the same seed gives the same corpus, so benchmark runs compare like with like.
 */
import { MONTHS } from "#lib/content/dates.ts";

export interface CorpusVocabulary {
  /** People's names from the entity register. */
  readonly people: readonly string[];
  /** Organisations' names from the entity register. */
  readonly organisations: readonly string[];
  /** Places from the entity register. */
  readonly places: readonly string[];
  /** Topic terms, so articles land in topics as real ones do. */
  readonly topicTerms: readonly (readonly string[])[];
}

export interface RawArticle {
  /** File name for content/sources/. */
  readonly name: string;
  readonly text: string;
  /** Which generated story the article covers: the truth a story grouping should recover. */
  readonly story: number;
}

/** Mulberry32: a tiny, fast, seedable PRNG; quality is ample for test data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = ["expanded", "reviewed", "announced", "questioned", "defended", "criticized", "confirmed", "delayed"];
const THINGS = [
  "surveillance flights",
  "border deployments",
  "intelligence sharing",
  "extradition requests",
  "sanctions on cartel networks",
  "training exercises",
  "counternarcotics operations",
  "diplomatic talks",
];
const CLAIMS = [
  "the program would continue under close supervision",
  "cooperation had reached a new level",
  "the operations respected national sovereignty",
  "more resources were needed to dismantle fentanyl labs",
  "unilateral action would damage trust between the two governments",
  "the flights had produced useful intelligence",
];
const ANONYMOUS = [
  "a senior official familiar with the matter",
  "an unnamed U.S. official",
  "a former intelligence officer",
  "a person briefed on the talks",
];
const OUTLETS = ["The Wall Street Journal", "Small Wars Journal", "WSAV", "Fox News"];
const CRUMBS = ["World News", "Politics", "Americas", "Security"];
const FILLER = [
  "Analysts said the shift reflects years of pressure from Washington.",
  "The debate has divided lawmakers in both capitals.",
  "Officials declined to give further details about the timing.",
  "Critics warned that the measures could have unintended consequences.",
  "The government said it would publish a full report later in the year.",
  "Residents of border towns described a visible increase in patrols.",
  "The figures could not be independently verified.",
  "Both sides described the meeting as productive.",
];

/**
 * Syllables for made-up words: the names only one story has (a local official, a town, an
 * operation) and the long tail of ordinary words. Real coverage of one event shares such rare
 * names, and they are what tells one story from the next when every article draws on the same
 * register of well-known names.
 */
const SYLLABLES =
  "al ba cor da el fa gar hi ir jo ka lu mar ne or pe qui ro sal te ur va xo ya zan bel cas dor len mon".split(" ");

const capitalized = (text: string) => `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;

interface Story {
  readonly people: string[];
  /** A person only this story names, such as a local official. */
  readonly local: string;
  /** A town only this story names. */
  readonly town: string;
  /** The operation's name. */
  readonly operation: string;
  readonly organisation: string;
  readonly place: string;
  readonly verb: string;
  readonly thing: string;
  readonly claim: string;
  readonly figure: number;
  readonly date: { year: number; month: number; day: number };
  readonly topic: readonly string[];
}

export function generateCorpus(count: number, vocabulary: CorpusVocabulary, seed = 1): RawArticle[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  const word = (syllables: number) => {
    const text = Array.from({ length: syllables }, () => pick(SYLLABLES)).join("");
    return capitalized(text);
  };
  // The long tail of ordinary words, drawn by Zipf's law as real text is: a few are in most
  // articles, most are in a few. Without it every article is made of the same templates and
  // unrelated stories look far more alike than real ones do.
  const lexicon = [...new Set(Array.from({ length: 9000 }, () => word(int(2, 3)).toLowerCase()))].slice(0, 6000);
  const zipf: number[] = [];
  lexicon.forEach((_, rank) => zipf.push((zipf[rank - 1] ?? 0) + 1 / (rank + 1)));
  const tailWord = () => {
    const target = random() * (zipf[zipf.length - 1] ?? 0);
    let [low, high] = [0, zipf.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((zipf[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return lexicon[low] ?? "";
  };
  const background = () => {
    const words = Array.from({ length: int(8, 16) }, tailWord).join(" ");
    return `${capitalized(words)}.`;
  };
  const newStory = (): Story => ({
    people: [pick(vocabulary.people), pick(vocabulary.people), pick(vocabulary.people)],
    local: `${word(2)} ${word(3)}`,
    town: `${pick(["San", "Villa", "Santa", "Puerto"])} ${word(3)}`,
    operation: word(3),
    organisation: pick(vocabulary.organisations),
    place: pick(vocabulary.places),
    verb: pick(VERBS),
    thing: pick(THINGS),
    claim: pick(CLAIMS),
    figure: int(2, 40) * 500,
    date: { year: int(2019, 2025), month: int(1, 12), day: int(1, 28) },
    topic: pick(vocabulary.topicTerms),
  });

  const longDate = (d: Story["date"]) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
  const isoDate = (d: Story["date"]) =>
    `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

  /** What an article about the story says, each point once, worded afresh for each article. */
  const storySentences = (story: Story): string[] => {
    const [first = "", second = ""] = story.people;
    const terms = story.topic;
    return [
      `On ${longDate(story.date)}, ${story.organisation} ${story.verb} its ${story.thing} in ${story.place}, deploying ${story.figure.toLocaleString("en-US")} troops.`,
      `“${capitalized(story.claim)},” ${first} said.`,
      `${second} stated, “We will keep working on ${pick(terms)} with our partners.”`,
      `According to ${pick(ANONYMOUS)}, the ${pick(terms)} effort grew in ${MONTHS[int(0, 11)]} ${story.date.year}.`,
      `As quoted by ${pick(OUTLETS)}, officials said the ${pick(terms)} work would expand.`,
      `The talks on ${pick(terms)} involved ${pick(vocabulary.organisations)} and ${pick(vocabulary.people)}.`,
      `Operation ${story.operation} centred on ${story.town}, where ${story.local}, a local official, described the arrests.`,
      `${story.local} said residents of ${story.town} had not been told about Operation ${story.operation} in advance.`,
      `“We learned about it from the news,” ${story.local} said.`,
      `“${capitalized(pick(CLAIMS))},” said ${pick(ANONYMOUS)}.`,
      `A review of ${story.thing} is due by ${MONTHS[int(0, 11)]} ${story.date.year + 1}.`,
      `Talks on ${pick(terms)} resumed on ${longDate({ ...story.date, day: Math.min(28, story.date.day + int(1, 9)) })}.`,
      pick(FILLER),
      pick(FILLER),
    ];
  };

  /**
   * An article's paragraphs: the story's points once each, in a shuffled order, spread over the
   * first paragraphs; ordinary text around them; later paragraphs come back to the story's own
   * names now and then, as a long read does. Near-duplicates are similar, not identical.
   */
  const paragraphs = (story: Story, count: number): string[] => {
    const points = storySentences(story).sort(() => random() - 0.5);
    const recall = () =>
      pick([
        `Operation ${story.operation} remained the focus in ${story.town}.`,
        `${story.local} returned to the subject of ${story.town}.`,
        `${story.organisation} said little more about ${story.thing}.`,
      ]);
    return Array.from({ length: count }, () => {
      const told = points.length > 0 ? points.splice(0, int(1, 3)) : random() < 0.35 ? [recall()] : [];
      return [...told, ...Array.from({ length: int(1, 3) }, background)].join(" ");
    });
  };

  const heading = () => `${pick(["Why", "How", "What"])} ${pick(THINGS)} ${pick(["Matter", "Changed", "Comes Next"])}`;

  const articles: RawArticle[] = [];
  let story = newStory();
  let storyNumber = -1;
  let left = 0;
  for (let index = 0; index < count; index += 1) {
    // Stories are covered by 1–4 outlets, as real coverage is.
    if (left === 0) {
      story = newStory();
      storyNumber += 1;
      left = int(1, 4);
    }
    left -= 1;
    // The number leads so titles stay unique after slugs are cut to length.
    const title = `Dispatch ${index}: ${story.organisation} ${capitalized(story.verb)} ${story.thing
      .split(" ")
      .map(capitalized)
      .join(" ")} in ${story.place}`;
    const body = paragraphs(story, int(3, 24));
    // Headings every few paragraphs in longer pieces.
    const withHeadings = body.flatMap((text, i) => (i > 0 && i % int(3, 6) === 0 ? [heading(), text] : [text]));
    const shape = int(0, 3);
    const lines: string[] = [];
    if (shape === 0) {
      // A plain page: title, paragraphs, bare-line headings, a "- " list.
      lines.push(title, ...withHeadings, `- ${pick(FILLER)}`, `- ${pick(FILLER)}`, "", "");
    } else if (shape === 1) {
      // A news site: clock, crumb, date line, title, dek, paragraphs, navigation.
      const d = story.date;
      lines.push(`Today : ${MONTHS[d.month - 1]?.slice(0, 3)} ${String(d.day).padStart(2, "0")}, ${d.year}`);
      lines.push(pick(CRUMBS), `${String(d.day).padStart(2, "0")} ${MONTHS[d.month - 1]} ${d.year}`, "", title, "");
      lines.push(`${story.organisation} ${story.verb} ${story.thing} as pressure over ${pick(story.topic)} grows.`, "");
      for (const text of withHeadings) lines.push(text, "");
      lines.push("Previous Post Next Post");
    } else if (shape === 2) {
      // A blog: byline with date, key points, one long line, promo, related links, sources.
      lines.push(title, `By ${pick(["bellecarter", "jdoe", "staffwriter"])} // ${isoDate(story.date)}`, "\u00a0");
      lines.push(`  • ${pick(FILLER)}`, `  • ${pick(FILLER)}`, `  • ${pick(FILLER)}`);
      lines.push(`${body.join(" ")} Head over to Example.news to read related articles.`, "");
      lines.push("More related stories:", "", `${pick(FILLER)} ${pick(FILLER)}`, "");
      lines.push("Sources include:", "", "NYPost.com CNN.com Example.com");
    } else {
      // Wire copy: dateline on the first paragraph.
      lines.push(title, "", `${story.place.toUpperCase()} (Wire) - ${body[0] ?? ""}`, "");
      for (const text of withHeadings.slice(1)) lines.push(text, "");
      lines.push("Explore more");
    }
    articles.push({
      name: `${String(index).padStart(6, "0")}_bench.txt`,
      text: `${lines.join("\n")}\n`,
      story: storyNumber,
    });
  }
  return articles;
}
