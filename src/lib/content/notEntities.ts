/**
 * Reads the editors' list of strings that are not entities (`content/not-entities.yaml`) into
 * the name keys the analysis compares (`nameKey`). A missing file is an empty list; a bad one
 * gives `file:line: field: message` problems, like every other content file.
 */
import { notEntitiesSchema } from "#schemas/notEntities.ts";
import { nameKey } from "#lib/text/tokens.ts";
import { parseYamlWithLines } from "./frontmatter.ts";
import { schemaProblems, type ContentProblem } from "./problems.ts";

export const NOT_ENTITIES_FILE = "content/not-entities.yaml";

export function parseNotEntities(
  text: string | undefined,
  file = NOT_ENTITIES_FILE,
): { keys: ReadonlySet<string>; problems: ContentProblem[] } {
  if (text === undefined) return { keys: new Set(), problems: [] };
  const parsed = parseYamlWithLines(text);
  if (parsed.errors.length > 0) {
    return {
      keys: new Set(),
      problems: parsed.errors.map((e) => ({
        file,
        line: e.line,
        field: "names",
        message: `invalid YAML: ${e.message}`,
      })),
    };
  }
  const result = notEntitiesSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const allowed = Object.keys(notEntitiesSchema.shape);
    return { keys: new Set(), problems: schemaProblems(file, result.error.issues, parsed.keyLines, allowed) };
  }
  return { keys: new Set(result.data.names.map(nameKey).filter((k) => k !== "")), problems: [] };
}
