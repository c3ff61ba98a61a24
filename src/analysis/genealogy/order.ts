/**
 * Lane order, top to bottom: every elder above the groups it gave rise to (a topological order of the
 * elder → younger edges), and among the lanes free to go next, the one that began first. A cycle (a
 * dataset that contradicts itself) is broken by start date rather than dropping lanes.
 */
export function laneOrder(lanes: readonly { id: string; start: string }[], edges: readonly { elder: string; younger: string }[]): string[] {
  const byStart = [...lanes].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)).map((l) => l.id);
  const known = new Set(byStart);
  const elders = new Map<string, Set<string>>(byStart.map((id) => [id, new Set()]));
  for (const e of edges) if (known.has(e.elder) && known.has(e.younger) && e.elder !== e.younger) elders.get(e.younger)?.add(e.elder);
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < byStart.length) {
    const next = byStart.find((id) => !placed.has(id) && [...(elders.get(id) ?? [])].every((e) => placed.has(e))) ?? byStart.find((id) => !placed.has(id));
    if (next === undefined) break;
    placed.add(next);
    order.push(next);
  }
  return order;
}
