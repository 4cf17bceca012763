/**
 * Finish-to-start dependencies: an edge says `milestoneId` waits for `predecessorId`.
 * Returns a cycle as ids following the edges (each waits for the next), the first id repeated at
 * the end (a self-loop is [a, a]), or null when the graph is acyclic. Iterative depth-first search,
 * so long chains cannot overflow the stack; nodes are visited in order of first appearance, so the
 * answer is deterministic.
 */
export function findCycle(edges: { milestoneId: string; predecessorId: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { milestoneId, predecessorId } of edges) {
    const list = next.get(milestoneId);
    if (list) list.push(predecessorId);
    else next.set(milestoneId, [predecessorId]);
    if (!next.has(predecessorId)) next.set(predecessorId, []);
  }
  const finished = new Set<string>();
  for (const root of next.keys()) {
    if (finished.has(root)) continue;
    const path: string[] = [root];
    const onPath = new Map<string, number>([[root, 0]]);
    const cursor: number[] = [0];
    while (path.length > 0) {
      const depth = path.length - 1;
      const node = path[depth] as string;
      const successors = next.get(node) ?? [];
      const position = cursor[depth] ?? 0;
      if (position >= successors.length) {
        finished.add(node);
        onPath.delete(node);
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[depth] = position + 1;
      const successor = successors[position] as string;
      const seenAt = onPath.get(successor);
      if (seenAt !== undefined) return [...path.slice(seenAt), successor];
      if (finished.has(successor)) continue;
      onPath.set(successor, path.length);
      path.push(successor);
      cursor.push(0);
    }
  }
  return null;
}
