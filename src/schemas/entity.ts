/**
 * An entry of the editor-owned entity register, `content/entities/<id>.yaml`: a person,
 * organisation or place the articles name. The file name (without `.yaml`) is the entity's id,
 * so one file = one entity and ids stay stable across edits. The analysis links mentions,
 * quotes and attributions to these ids. A description is the editors' note: pages show it as
 * such, with its `source` link, after what the articles themselves state about the entity; one
 * without a `source` is labelled "no source given", never shown as fact.
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
  /** The editors' one-line note on who or what this is; shown as their note, never as fact. */
  description: text("a one-line description is required"),
  /** Role or title as the editors give it ("Secretary of State"); shown with the description. */
  role: text().optional(),
  /**
   * Where the description and role are stated: the URL of a published source (an article's own
   * address, an official page). Without one, pages label the note "no source given".
   */
  source: z.url({ error: "source: expected a URL (https://…) of where the description is stated" }).optional(),
  /** True for news outlets, whose mentions in attributions count as sourcing to another outlet. */
  outlet: z.boolean().optional(),
  /**
   * True for a person whose name others share (another "Ron Johnson" sits in the Senate): their
   * name then links only in an article that writes, with the name, a title or role word of
   * `role` or `description` ("Ambassador Ron Johnson", "Johnson, the ambassador,"). Elsewhere
   * which Ron Johnson is meant would be a guess, so the name stays unlinked.
   */
  namesakes: z.boolean().optional(),
});

export type EntityData = z.infer<typeof entitySchema>;
export type EntityKind = z.infer<typeof entityKind>;

/** An entity with its id (the file name), as the analysis uses it. */
export type Entity = EntityData & { readonly id: string };
