/**
 * An entry of the editor-owned entity register, `content/entities/<id>.yaml`: a person,
 * organisation or place the articles name. The file name (without `.yaml`) is the entity's id,
 * so one file = one entity and ids stay stable across edits. The analysis links mentions,
 * quotes and attributions to these ids; descriptions say only what the sources state (or a
 * plain identity such as "President of Mexico").
 */
import { z } from "astro/zod";
import { text } from "./text.ts";

export const entityKind = z.enum(["person", "organisation", "place"]);

export const entitySchema = z.strictObject({
  /** Display name, the fullest usual form ("Claudia Sheinbaum", "U.S. Northern Command"). */
  name: text("an entity needs a name"),
  /** What the entity is: a person, an organisation (agency, outlet, group, party) or a place. */
  kind: entityKind,
  /**
   * Other names that always count as a mention, as written in sources ("C.I.A.",
   * "Northern Command", "Ron Johnson"). Matching folds case and accents, except that
   * all-capital forms ("CIA", "ICE", "U.S.") match only in capitals.
   */
  aliases: z.array(text()).default([]),
  /**
   * A short form (usually the surname: "Sheinbaum", "López Obrador") that counts as a mention
   * only after a full mention in the same article. For people it defaults to the last word of
   * `name`; set it for compound surnames.
   */
  shortName: text().optional(),
  /** One line saying who or what this is, from what the sources state. */
  description: text("a one-line description is required"),
  /** Role or title as the sources give it ("Secretary of State"), when there is one. */
  role: text().optional(),
  /** True for news outlets, whose mentions in attributions count as sourcing to another outlet. */
  outlet: z.boolean().optional(),
});

export type EntityData = z.infer<typeof entitySchema>;
export type EntityKind = z.infer<typeof entityKind>;

/** An entity with its id (the file name), as the analysis uses it. */
export type Entity = EntityData & { readonly id: string };
