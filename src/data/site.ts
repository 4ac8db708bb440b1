/** Site-wide facts shown in the page frame and metadata. */
export const SITE_NAME = "U.S.–Mexico Security Desk";
