/**
 * The entity register's own checks: the schema, an id that is a valid URL segment, aliases
 * that are real names, and no name or alias claimed by two entities.
 */
import { eng as englishStopWords } from "stopword";
import { entitySchema, type Entity } from "#schemas/entity.ts";
import { stripAccents } from "#lib/text/fold.ts";
import { checkFile, type CheckedFile, type ContentFile } from "./checkFile.ts";
import type { ContentProblem } from "./problems.ts";
import { validateFileIds } from "./validate.ts";

/** Folds case and accents, the way entity matching compares names. */
const nameKey = (name: string) => stripAccents(name).toLowerCase();

/**
 * Words so common that an alias spelled like one would be "found" in nearly every sentence
 * (the library's English list holds "the", "a", "said"); no entity is named by a reporting verb.
 */
const COMMON_WORDS = new Set([...englishStopWords, "says", "told"].map(nameKey));

/**
 * Entity files: the schema, an id that is a valid URL segment, aliases that are real names
 * (not one letter, not a common word), and no name or alias claimed by two entities (a
 * mention of it could not be attributed to either).
 */
export function checkEntities(files: readonly ContentFile[], problems: ContentProblem[]): CheckedFile<Entity>[] {
  problems.push(...validateFileIds(files, "entity id", "claudia-sheinbaum.yaml"));
  const owners = new Map<string, string>();
  const entities: CheckedFile<Entity>[] = [];
  for (const file of files) {
    const { problems: found, entry } = checkFile(file, entitySchema);
    problems.push(...found);
    if (!entry) continue;
    entities.push({ ...entry, data: { ...entry.data, id: entry.id } });
    const at = (field: "name" | "aliases") => ({ file: file.path, line: entry.keyLines.get(field), field });
    for (const alias of entry.data.aliases) {
      const letters = alias.replace(/[^\p{L}\p{N}]/gu, "");
      if (letters.length < 2 || COMMON_WORDS.has(nameKey(alias))) {
        problems.push({
          ...at("aliases"),
          message: `"${alias}" is ${letters.length < 2 ? "a single letter" : "a common word"} and would match almost every article: remove it, or write the fuller name it stands for`,
        });
      }
    }
    const names = [entry.data.name, ...entry.data.aliases];
    for (const name of names) {
      const key = nameKey(name);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== file.path) {
        problems.push({
          ...at(name === entry.data.name ? "name" : "aliases"),
          message: `"${name}" is also a name or alias of ${owner}: keep it on one entity only`,
        });
      } else owners.set(key, file.path);
    }
  }
  return entities;
}
