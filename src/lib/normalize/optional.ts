/**
 * A frontmatter field only when it has a value: `{ [key]: value }` or `{}`, to spread into a
 * fields object, since an article's optional fields are left out rather than set to undefined.
 */
export function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
