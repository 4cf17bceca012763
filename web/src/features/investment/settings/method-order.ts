/** A promotion method as GET /investment/methods lists it. */
export interface Method {
  id: string;
  name: string;
  sortOrder: number;
  active: boolean;
  /** Leads using it: one in use can be deactivated but not deleted. */
  leadCount: number;
}

/**
 * The PATCHes that move one method a place up (-1) or down (+1): the list is renumbered 10, 20, 30 …
 * in its new order and only methods whose number changes are sent (equal or gapless numbers work too).
 */
export function reorderPatches(
  methods: readonly Method[],
  index: number,
  step: -1 | 1,
): { id: string; sortOrder: number }[] {
  const target = index + step;
  if (index < 0 || index >= methods.length || target < 0 || target >= methods.length) return [];
  const order = [...methods];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  return order
    .map((m, i) => ({ id: m.id, sortOrder: (i + 1) * 10, before: m.sortOrder }))
    .filter((p) => p.sortOrder !== p.before)
    .map(({ id, sortOrder }) => ({ id, sortOrder }));
}
