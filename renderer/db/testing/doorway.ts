import type { Entrance } from '../../../shared/domain';

/** A street doorway of site s1, sealed, as the demo has them: the entrance most unit tests change. */
export function doorway(number: number, id = `e${number}`): Entrance {
  return {
    id,
    siteId: 's1',
    number,
    name: `沿街门洞${number}`,
    kind: 'street-doorway',
    state: 'sealed',
    position: { x: 10 * number, y: 20 },
    note: '',
  };
}
