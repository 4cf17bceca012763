/** A top-level menu entry with the children a role sees under it. */
export interface MenuGroup {
  key: string;
  children: string[];
}

/**
 * Groups flat menu keys (`admin`, `admin.users`, `audit`) under their top-level entry, in the
 * order given; a child whose parent is missing still shows, as its own group.
 */
export function menuGroups(keys: readonly string[]): MenuGroup[] {
  const groups: MenuGroup[] = [];
  const byKey = new Map<string, MenuGroup>();
  for (const key of keys) {
    const dot = key.indexOf('.');
    const parent = dot === -1 ? undefined : byKey.get(key.slice(0, dot));
    if (parent) {
      parent.children.push(key);
      continue;
    }
    const group = { key, children: [] };
    groups.push(group);
    if (dot === -1) byKey.set(key, group);
  }
  return groups;
}
