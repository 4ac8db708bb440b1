/**
 * The claims figure of `npm run eval`: how well `storyClaims` aligns sentences across a story's
 * articles and flags their disagreements, against hand-written gold (`eval/claims/<story>.yaml`,
 * format in eval/README.md).
 *
 * Each article is normalized from its raw file with the project's normalizer (eval-corpus
 * `text-NN` files; the committed articles by slug, from `content/sources/`), segmented into the
 * same sentences the site anchors, and each gold sentence is found among them. Alignment is
 * scored over pairs of sentences from different articles that share a claim; a disagreement
 * over pairs of articles with the same kind on a gold claim's sentences.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";
import {
  DEFAULT_CLAIM_OPTIONS,
  explainPair,
  fold,
  storyClaims,
  type ClaimArticle,
  type ClaimOptions,
} from "#lib/analysis/claims.ts";
import { buildEntityMatcher, findMentions, type EntityMatcher } from "#lib/analysis/entities.ts";
import { findQuotes } from "#lib/analysis/quotes.ts";
import { loadDesk } from "#lib/content/desk.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { articleSentences, type Block } from "#lib/text/sentences.ts";
import { sumCounts } from "./sumCounts.ts";

const sentenceList = z.union([z.string(), z.array(z.string()).min(1)]);

const claimGoldSchema = z.object({
  story: z.string().min(1),
  split: z.enum(["dev", "test"]),
  articles: z.array(z.string().min(1)).min(2),
  claims: z.array(z.object({ about: z.string(), sentences: z.record(z.string(), sentenceList) })),
  disagreements: z.array(
    z.object({
      kind: z.enum(["figures", "dates", "status", "attribution"]),
      about: z.string().optional(),
      claim: z.string(),
      articles: z.array(z.string()).min(2),
    }),
  ),
  notes: z.string().optional(),
});

export type ClaimGold = z.infer<typeof claimGoldSchema>;

/** Parses one claim gold file; throws naming the file and the field. */
export function parseClaimGold(text: string, file: string): ClaimGold {
  const parsed = claimGoldSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${file}: ${issues.join("; ")}`);
  }
  for (const d of parsed.data.disagreements) {
    if (!parsed.data.claims.some((c) => c.about === d.claim)) {
      throw new Error(`${file}: disagreements: claim "${d.claim}" is not the "about" of any claim`);
    }
  }
  return parsed.data;
}

/**
 * The segmented sentences a gold sentence is: every one it contains (the segmenter may cut a
 * sentence at "U.S."), else the one that contains it, else the one sharing most words (≥ 60%).
 */
export function findSentences(blocks: readonly Block[], gold: string): string[] {
  const want = fold(gold);
  const sentences = blocks.flatMap((b) => b.sentences).map((s) => ({ anchor: s.anchor, have: fold(s.text) }));
  const pieces = sentences.filter((s) => s.have.length > 0 && want.includes(s.have));
  if (pieces.length > 0) return pieces.map((s) => s.anchor);
  const container = sentences.find((s) => s.have.includes(want));
  if (container) return [container.anchor];
  const words = new Set(want.split(" "));
  let best: { anchor: string; share: number } | undefined;
  for (const s of sentences) {
    const have = new Set(s.have.split(" "));
    const share = [...words].filter((w) => have.has(w)).length / Math.max(words.size, have.size);
    if (!best || share > best.share) best = { anchor: s.anchor, share };
  }
  return best && best.share >= 0.6 ? [best.anchor] : [];
}

/**
 * The markdown body of one evaluated article, normalized from its raw file. A file the
 * normalizer refuses (most often: no headline line) is given what its error asks an editor
 * for, YAML frontmatter with a title (the case's gold title, else the file name), so that the
 * claims are measured on its text rather than on nothing; `wrapped` says so.
 */
function normalizedBody(id: string, corpusDir: string, root: string): { body: string; wrapped: boolean } {
  let file: string;
  let title: string | undefined;
  const text = /^text-(\d{2})$/u.exec(id);
  if (text) {
    const dir = join(corpusDir, "text");
    const name = readdirSync(dir).find((f) => f.startsWith(`${text[1]}-`));
    if (!name) throw new Error(`${id}: no file ${text[1]}-… in ${dir}`);
    file = join(dir, name);
    const caseGold = join(root, "eval", "cases", id, "gold.yaml");
    if (existsSync(caseGold)) {
      const parsed = z.object({ title: z.string().nullable() }).safeParse(parseYaml(readFileSync(caseGold, "utf8")));
      title = parsed.success ? (parsed.data.title ?? undefined) : undefined;
    }
  } else {
    const article = loadDesk(root).articles.find((a) => a.slug === id);
    const source = article?.data.source;
    if (source === undefined) throw new Error(`${id}: no committed article with a source file has this slug`);
    file = join(root, "content", "sources", source);
  }
  const fileName = file.split("/").pop() ?? file;
  const raw = readFileSync(file, "utf8");
  const first = normalizeSource(raw, { fileName });
  if (first.ok) return { body: parseFrontmatter(first.markdown)?.body ?? "", wrapped: false };
  const wrapped = `---\ntitle: ${JSON.stringify(title ?? fileName)}\n---\n\n${raw}`;
  const second = normalizeSource(wrapped, { fileName: fileName.replace(/\.txt$/u, ".md") });
  if (!second.ok) throw new Error(`${file}: refused by the normalizer: ${first.error.message}`);
  return { body: parseFrontmatter(second.markdown)?.body ?? "", wrapped: true };
}

export interface Counts {
  right: number;
  system: number;
  found: number;
  gold: number;
}

export interface StoryClaimScore {
  story: string;
  split: "dev" | "test";
  alignment: Counts;
  disagreements: Counts;
  /** Gold sentences not found among the segmented sentences (a normalizer or gold problem). */
  unmatched: string[];
  /** Articles the normalizer refused until given a title (see `normalizedBody`). */
  wrapped: string[];
  /** System disagreements, for reading: kind and the two states. */
  flagged: string[];
  /** Aligned pairs no gold claim holds, and gold pairs left unaligned, as sentence texts (for reading dev misses). */
  misses: { falsePairs: string[]; missedPairs: string[] };
  /** The same pairs as `<slug>#<anchor>` keys, with the aligned pairs the gold holds (for their score margins). */
  pairs: { right: [string, string][]; false: [string, string][]; missed: [string, string][] };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Scores one story's claims against its gold. */
export function scoreStory(
  gold: ClaimGold,
  articles: readonly ClaimArticle[],
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): Omit<StoryClaimScore, "story" | "split" | "wrapped"> {
  const blocksOf = new Map(articles.map((a) => [a.slug, a.blocks]));
  const unmatched: string[] = [];
  // Per gold claim: its sentence pairs, each as the set of segment pairs that stand for it.
  const claimPairs = new Map<string, Set<string>[]>();
  for (const claim of gold.claims) {
    const found: { slug: string; keys: string[] }[] = [];
    for (const [slug, list] of Object.entries(claim.sentences)) {
      for (const text of typeof list === "string" ? [list] : list) {
        const anchors = findSentences(blocksOf.get(slug) ?? [], text);
        if (anchors.length > 0) found.push({ slug, keys: anchors.map((a) => `${slug}#${a}`) });
        else unmatched.push(`${slug}: ${text.slice(0, 60)}…`);
      }
    }
    const pairs: Set<string>[] = [];
    for (const x of found)
      for (const y of found)
        if (x.slug < y.slug) pairs.push(new Set(x.keys.flatMap((kx) => y.keys.map((ky) => pairKey(kx, ky)))));
    claimPairs.set(claim.about, pairs);
  }
  const goldPairs = [...claimPairs.values()].flat();
  const textOf = new Map<string, string>(
    articles.flatMap((a) =>
      a.blocks.flatMap((b) => b.sentences.map((x) => [`${a.slug}#${x.anchor}`, x.text] as const)),
    ),
  );
  const showPair = (pair: string) =>
    pair
      .split("|")
      .map((k) => `${k.split("#")[0] ?? ""} “${textOf.get(k) ?? k}”`)
      .join("\n      ~ ");
  const goldAny = new Set(goldPairs.flatMap((p) => [...p]));

  const claims = storyClaims(articles, options).filter((c) => c.kind !== "single");
  const systemPairs = new Set<string>();
  for (const c of claims) {
    for (const x of c.sentences)
      for (const y of c.sentences)
        if (x.slug < y.slug) systemPairs.add(pairKey(`${x.slug}#${x.anchor}`, `${y.slug}#${y.anchor}`));
  }
  const alignment = {
    right: [...systemPairs].filter((p) => goldAny.has(p)).length,
    system: systemPairs.size,
    found: goldPairs.filter((p) => [...p].some((k) => systemPairs.has(k))).length,
    gold: goldPairs.length,
  };

  // Gold disagreements: one per pair of listed articles, on the named claim's sentences.
  const goldDiffs = new Map<string, Set<string>>();
  for (const d of gold.disagreements) {
    const pairs = new Set((claimPairs.get(d.claim) ?? []).flatMap((p) => [...p]));
    for (const a of d.articles)
      for (const b of d.articles) {
        if (a >= b) continue;
        const onPair = [...pairs].filter((p) =>
          p.split("|").every((k) => k.startsWith(`${a}#`) || k.startsWith(`${b}#`)),
        );
        goldDiffs.set(`${d.kind}|${a}|${b}|${d.claim}`, new Set(onPair));
      }
  }
  const systemDiffs = claims.flatMap((c) =>
    c.differences.map((d) => ({
      kind: d.kind,
      pair: pairKey(`${d.a.slug}#${d.a.anchor}`, `${d.b.slug}#${d.b.anchor}`),
      label: `${d.kind}: ${d.a.slug} “${d.a.states}” / ${d.b.slug} “${d.b.states}”`,
    })),
  );
  const isGold = (kind: string, pair: string) =>
    [...goldDiffs].some(([key, pairs]) => key.startsWith(`${kind}|`) && pairs.has(pair));
  const foundGold = [...goldDiffs].filter(([key, pairs]) =>
    systemDiffs.some((s) => key.startsWith(`${s.kind}|`) && pairs.has(s.pair)),
  );
  const keys = (pair: string) => pair.split("|") as [string, string];
  const missedGold = goldPairs.filter((p) => ![...p].some((k) => systemPairs.has(k)));
  return {
    alignment,
    disagreements: {
      right: systemDiffs.filter((s) => isGold(s.kind, s.pair)).length,
      system: systemDiffs.length,
      found: foundGold.length,
      gold: goldDiffs.size,
    },
    unmatched,
    flagged: systemDiffs.map((s) => `${isGold(s.kind, s.pair) ? "right" : "WRONG"} ${s.label}`),
    pairs: {
      right: [...systemPairs].filter((p) => goldAny.has(p)).map(keys),
      false: [...systemPairs].filter((p) => !goldAny.has(p)).map(keys),
      missed: missedGold.map((p) => keys([...p][0] ?? "")),
    },
    misses: {
      falsePairs: [...systemPairs].filter((p) => !goldAny.has(p)).map(showPair),
      missedPairs: missedGold.map((p) => {
        const [ka = "", kb = ""] = ([...p][0] ?? "").split("|");
        return `${showPair([...p][0] ?? "")}\n      why: ${explainPair(articles, ka, kb, options)}`;
      }),
    },
  };
}

/** Articles of a story as the analysis sees them: normalized, segmented, with their quotations. */
function storyArticles(
  ids: readonly string[],
  corpusDir: string,
  root: string,
  matcher: EntityMatcher,
): (ClaimArticle & { wrapped: boolean })[] {
  return ids.map((slug) => {
    const { body, wrapped } = normalizedBody(slug, corpusDir, root);
    const blocks = articleSentences(body);
    return { slug, wrapped, blocks, quotes: findQuotes(slug, blocks, findMentions(blocks, matcher), matcher) };
  });
}

/**
 * Every story in `claimsDir` (or only one split's), scored, with the articles it was scored on;
 * throws naming the file when a gold or raw file is missing or malformed.
 */
export function runClaimsEval(
  claimsDir: string,
  corpusDir: string,
  root: string,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
  only?: "dev" | "test",
): (StoryClaimScore & { articles: ClaimArticle[] })[] {
  if (!existsSync(claimsDir)) return [];
  const matcher = buildEntityMatcher(loadDesk(root).entities);
  return readdirSync(claimsDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => {
      const file = join(claimsDir, f);
      const gold = parseClaimGold(readFileSync(file, "utf8"), file);
      if (only !== undefined && gold.split !== only) return [];
      let articles: (ClaimArticle & { wrapped: boolean })[];
      try {
        articles = storyArticles(gold.articles, corpusDir, root, matcher);
      } catch (error) {
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const wrapped = articles.filter((a) => a.wrapped).map((a) => a.slug);
      return [{ story: gold.story, split: gold.split, wrapped, articles, ...scoreStory(gold, articles, options) }];
    });
}

const ratio = (a: number, b: number) => (b === 0 ? undefined : a / b);

/** Precision and recall of alignment and disagreements over a set of stories (pooled counts). */
export function summarizeClaims(scores: readonly StoryClaimScore[]) {
  const add = (pick: (s: StoryClaimScore) => Counts): Counts =>
    sumCounts(scores.map(pick), { right: 0, system: 0, found: 0, gold: 0 });
  const figure = (c: Counts) => ({ precision: ratio(c.right, c.system), recall: ratio(c.found, c.gold), ...c });
  return {
    stories: scores.length,
    alignment: figure(add((s) => s.alignment)),
    disagreements: figure(add((s) => s.disagreements)),
  };
}
