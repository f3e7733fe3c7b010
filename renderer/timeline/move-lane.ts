// Moving a lane up or down in the shown order: returns the new full order the store keeps (laneOrder).

export function moveLane(shown: readonly string[], key: string, direction: 'up' | 'down'): string[] {
  const order = [...shown];
  const at = order.indexOf(key);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= order.length) return order;
  [order[at], order[to]] = [order[to]!, order[at]!];
  return order;
}
