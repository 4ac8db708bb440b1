/**
 * Which social image a page shows and how it is described (`og:image:alt`, `twitter:image:alt`).
 * Articles and topics get their own card unless the build was told to skip rendering them
 * (SOCIAL_IMAGES=0, for very large builds), in which case every page shares the default
 * card — a page never points at an image the build did not write.
 */
import { routes } from "#lib/paths.ts";
import { articleMetaLine } from "./card.ts";

export interface PageImage {
  /** Root-relative path without the base (`withBase` / `href` add it). */
  readonly path: string;
  /** What the image shows, for readers who cannot see it. */
  readonly alt: string;
}

/** Whether per-article and per-topic cards are rendered: on unless SOCIAL_IMAGES is "0" or "false". */
export function socialImagesEnabled(value: string | undefined): boolean {
  return !["0", "false", "off", "no"].includes((value ?? "").trim().toLowerCase());
}

/** The card every page without its own shares. */
export function defaultImage(siteName: string, tagline: string): PageImage {
  return { path: routes.socialDefault(), alt: `${siteName}: ${tagline}` };
}

/** An article's card: its headline, date and outlet (or that they are unknown). */
export function articleImage(
  article: { slug: string; title: string; published?: string | undefined; outlet?: string | undefined },
  site: { name: string; tagline: string; enabled: boolean },
): PageImage {
  if (!site.enabled) return defaultImage(site.name, site.tagline);
  return {
    path: routes.socialArticle(article.slug),
    alt: `${article.title} (${articleMetaLine(article.published, article.outlet)}), ${site.name}`,
  };
}

/** A topic's card: its title and article count. */
export function topicImage(
  topic: { id: string; title: string },
  site: { name: string; tagline: string; enabled: boolean },
): PageImage {
  if (!site.enabled) return defaultImage(site.name, site.tagline);
  return { path: routes.socialTopic(topic.id), alt: `Topic: ${topic.title}, ${site.name}` };
}
