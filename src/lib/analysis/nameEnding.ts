import { endsOnPersonNoun } from "./personNouns.ts";

/**
 * Whether a speaker's name may be a name: not one that ends on a lower-case noun of a person's
 * trade or role ("Municipal’s economist", cut from "The Municipal’s economist Jeremiah Mbelu"),
 * which describes someone and is never their name; given as a named speaker it would be a wrong
 * one. A body's lower-case head stays ("Whitlow’s office", "Xinhua news agency"). Pure.
 */
export function endsAsName(name: string): boolean {
  return !endsOnPersonNoun(name);
}
