import { describe, expect, it } from "vitest";
import { deskOf, loadDesk } from "#lib/content/desk.ts";
import { readContent } from "#lib/content/readContent.ts";
import { cardJobs } from "./cardJobs.ts";

const SITE = "U.S.–Mexico Security Desk";

describe("cardJobs", () => {
  const jobs = cardJobs(loadDesk(process.cwd()), SITE);

  it("makes one card per article and one per topic, with the topic counts the pages give", () => {
    expect(jobs.filter((job) => job.path.startsWith("og/articles/"))).toHaveLength(5);
    const topics = Object.fromEntries(
      jobs.filter((job) => job.path.startsWith("og/topics/")).map((job) => [job.path, job.card.meta]),
    );
    expect(topics).toEqual({
      "og/topics/russian-espionage.png": "1 article",
      "og/topics/drone-surveillance.png": "3 articles, compared side by side",
      "og/topics/sovereignty-tensions.png": "2 articles, compared side by side",
    });
  });

  it("reads articles through the site's schema: values as pages show them, drafts left out", () => {
    const article = (name: string, frontmatter: string) => ({
      path: `content/articles/${name}.md`,
      text: `---\n${frontmatter}\n---\n\nBody.\n`,
    });
    const content = {
      ...readContent(process.cwd()),
      articles: [
        article("padded", 'title: "  A padded headline "\npublished: " 2025-02-21 "\noutlet: " Reuters "'),
        article("draft", "title: A draft\ndraft: true"),
        article("broken", "dek: no title"),
      ],
    };
    const cards = cardJobs(deskOf(content), SITE).filter((job) => job.path.startsWith("og/articles/"));
    expect(cards.map((job) => [job.path, job.card.title, job.card.meta])).toEqual([
      ["og/articles/padded.png", "A padded headline", "21 February 2025 · Reuters"],
    ]);
  });
});
