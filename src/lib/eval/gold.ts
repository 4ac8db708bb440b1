/**
 * The hand-written answers of one evaluation case (`eval/cases/<id>/gold.yaml`, format in
 * eval/README.md). Only the fields the ingest scorer reads are checked strictly; the analysis
 * fields pass through untouched for the analysis scorer.
 */
import { z } from "astro/zod";
import { parse as parseYaml } from "yaml";

const nullableText = z.string().nullable();

export const goldSchema = z.looseObject({
  input: z.string().min(1),
  /** A case the project wrote itself: `input` is then a file in the case's own folder. */
  synthetic: z.boolean().optional().default(false),
  split: z.enum(["dev", "test"]),
  language: z.string().optional(),
  title: nullableText,
  dek: nullableText.optional().default(null),
  byline: nullableText.optional().default(null),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
    .nullable()
    .optional()
    .default(null),
  marker_date: z.string().nullable().optional(),
  outlet: nullableText.optional().default(null),
  url: nullableText.optional(),
  keep: z.array(z.string()).default([]),
  drop: z.array(z.string()).nullable().default([]),
});

export type Gold = z.infer<typeof goldSchema>;

/** Parses one gold.yaml; throws an Error naming the file and the field. */
export function parseGold(text: string, file: string): Gold {
  const parsed = goldSchema.safeParse(parseYaml(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${file}: ${issues.join("; ")}`);
  }
  return parsed.data;
}
