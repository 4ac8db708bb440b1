/**
 * A site's web address written as a word, as a brand or beside one ("TMZ.com",
 * "HarborPost.co.uk"): one pattern for every reader of site names (html/pageShown.ts drops it from
 * a printed name, html/spelledName.ts reads the name it is paired with).
 */
export const SITE_ADDRESS = /^[\p{L}\d-]+\.(?:com|net|org|co|info|news|[a-z]{2})(?:\.[a-z]{2})?$/iu;
