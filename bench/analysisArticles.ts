/**
 * The benchmark's synthetic articles (bench/corpus.ts) normalized as ingest would, as
 * `analyseCorpus` takes them: for the timing scripts that run the analysis without a site
 * (claimsTime.ts, storiesTime.ts). Articles ingest would refuse are left out.
 */
import type { CorpusArticleInput } from "#lib/analysis/index.ts";
import { parseFrontmatter } from "#lib/content/frontmatter.ts";
import { normalizeSource } from "#lib/ingest/normalizeSource.ts";
import { generateCorpus } from "./corpus.ts";
import { readVocabulary } from "./vocabulary.ts";

export function analysisArticles(root: string, count: number, seed: number): CorpusArticleInput[] {
  return generateCorpus(count, readVocabulary(root), seed)
    .map((raw) => normalizeSource(raw.text, { fileName: raw.name }))
    .flatMap((result) => {
      if (!result.ok) return [];
      const { title, published, dek, keyPoints } = result.frontmatter;
      return [
        {
          slug: result.slug,
          title,
          body: parseFrontmatter(result.markdown)?.body ?? "",
          ...(published !== undefined ? { published } : {}),
          ...(dek !== undefined ? { dek } : {}),
          ...(keyPoints !== undefined ? { keyPoints } : {}),
        },
      ];
    });
}
