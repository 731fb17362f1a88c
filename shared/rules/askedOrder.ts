import type { AskedCheckpoint, Checkpoint, CheckpointOrder } from '../domain';
import { hashString, mulberry32 } from './seeded';

/**
 * The checkpoints a round is asked to reach, in the order asked: the route's order, or
 * for a shuffled route an order drawn from the round itself (route and due time), so
 * rounds are not predictable yet the same round always gets the same order. Checkpoints
 * taken off the route are not asked.
 */
export function askedOrder(
  checkpoints: readonly Checkpoint[],
  order: CheckpointOrder,
  round: { routeId: string; dueAt: number },
): AskedCheckpoint[] {
  const asked = checkpoints
    .filter((c) => c.active)
    .sort((a, b) => a.order - b.order)
    .map(({ id, name, checks }) => ({ id, name, checks }));
  if (order !== 'shuffled') return asked;
  const next = mulberry32(hashString(`${round.routeId}@${round.dueAt}`));
  for (let i = asked.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = asked[i];
    const b = asked[j];
    if (a && b) {
      asked[i] = b;
      asked[j] = a;
    }
  }
  return asked;
}
