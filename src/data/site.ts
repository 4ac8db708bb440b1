/** Site-wide facts shown in the page frame and metadata. */
export const SITE_NAME = "U.S.–Mexico Security Desk";
/** One line on what the site is: the default social card and the feeds' description. */
export const SITE_TAGLINE = "Security reporting, compared article by article";
/** Open Graph locale of every page (the site is written in American English). */
export const SITE_LOCALE = "en_US";
/** Browser UI colours (`theme-color`), the page background of each scheme in src/styles/global.css. */
export const THEME_COLORS = { light: "#fdfcf9", dark: "#161614" } as const;
