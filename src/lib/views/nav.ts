/**
 * Which site-nav item is current on a page, for its `aria-current`: "page" on the item's own
 * page, "true" on a page under its path (an article under its topic, a quote filter under
 * Quotes). A page whose path alone does not say its section names it (`section`, the label of
 * its section crumb): an organisation's page sits under the entity index's path but is not one
 * of People (`entitySectionCrumb`), so under that path only the item of that label is current.
 */
export interface NavItem {
  readonly label: string;
  readonly path: string;
}

export function navCurrent(
  pathname: string,
  item: NavItem,
  section: string | undefined,
  home: string,
): "page" | "true" | undefined {
  if (pathname === item.path) return "page";
  if (item.path === home || !pathname.startsWith(item.path)) return undefined;
  return section === undefined || section === item.label ? "true" : undefined;
}
