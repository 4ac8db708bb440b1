/**
 * Applies editors' story files (`content/stories/<id>.yaml`, src/schemas/storyEdit.ts) to the
 * machine's grouping: an edit takes the machine story with its id (when none has it, the story
 * is exactly its pinned articles), adds its pinned articles (taking them out of other
 * stories), splits off its `notArticles` as stories of their own, and gives it the editor's
 * title. Pure; an edit that names an unknown article or matches nothing comes back as a
 * problem, so the build can fail with the file and field rather than publish a wrong story.
 */
import type { StoryEdit } from "#schemas/storyEdit.ts";
import type { Story } from "./stories.ts";

export interface EditedStory extends Story {
  /** The editor's name for the story. */
  readonly title?: string;
  /** True when an editor's file shaped this story. */
  readonly edited?: true;
}

export interface StoryEditProblem {
  /** The story file's id (`content/stories/<id>.yaml`). */
  readonly id: string;
  readonly field: "articles" | "notArticles" | "(file)";
  readonly message: string;
}

/**
 * `idOf` gives the id of a machine story from its members (the earliest article's slug), for
 * stories that lose members to an edit.
 */
export function applyStoryEdits(
  stories: readonly Story[],
  edits: ReadonlyMap<string, StoryEdit>,
  idOf: (slugs: readonly string[]) => string,
): { stories: EditedStory[]; problems: StoryEditProblem[] } {
  const known = new Set(stories.flatMap((story) => story.slugs));
  const problems: StoryEditProblem[] = [];
  let current: EditedStory[] = stories.map((story) => ({ ...story }));
  const without = (story: EditedStory, gone: ReadonlySet<string>): EditedStory | undefined => {
    const slugs = story.slugs.filter((slug) => !gone.has(slug));
    if (slugs.length === story.slugs.length) return story;
    if (slugs.length === 0) return undefined;
    return { ...story, slugs, id: story.edited ? story.id : idOf(slugs) };
  };

  for (const [id, edit] of [...edits].sort(([a], [b]) => a.localeCompare(b))) {
    for (const field of ["articles", "notArticles"] as const) {
      for (const slug of edit[field] ?? []) {
        if (!known.has(slug))
          problems.push({ id, field, message: `no article "${slug}" (use a slug from content/articles/)` });
      }
    }
    const pinned = (edit.articles ?? []).filter((slug) => known.has(slug));
    const split = new Set((edit.notArticles ?? []).filter((slug) => known.has(slug)));
    const base = current.find((story) => story.id === id);
    if (!base && pinned.length === 0) {
      problems.push({
        id,
        field: "(file)",
        message: `matches no story: no story has the id "${id}" and no articles are pinned`,
      });
      continue;
    }
    const slugs = [...new Set([...(base?.slugs ?? []), ...pinned])].filter((slug) => !split.has(slug)).sort();
    const taken = new Set([...slugs, ...split]);
    current = current.flatMap((story) => (story === base ? [] : (without(story, taken) ?? [])));
    current.push({
      ...(base ?? { sharedTerms: [] }),
      id,
      slugs,
      ...(edit.title !== undefined ? { title: edit.title } : {}),
      edited: true,
    });
    for (const slug of split) current.push({ id: slug, slugs: [slug], sharedTerms: [] });
  }
  current.sort((x, y) => y.slugs.length - x.slugs.length || x.id.localeCompare(y.id));
  return { stories: current, problems };
}
