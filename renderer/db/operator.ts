import type { Operator } from '../../shared/domain';
import type { CordonDb } from './CordonDb';

/**
 * The stored operator, checked by hand rather than with the zod schema: this runs at
 * start-up, before the app's larger code has loaded.
 */
export function readOperator(value: unknown): Operator | null {
  if (typeof value !== 'object' || value === null) return null;
  const name: unknown = Reflect.get(value, 'name');
  const personId: unknown = Reflect.get(value, 'personId');
  if (typeof name !== 'string' || name.trim() === '' || name.length > 120) return null;
  return { name, personId: typeof personId === 'string' ? personId : null };
}

export async function currentOperator(db: CordonDb): Promise<Operator | null> {
  return readOperator((await db.settings.get('operator'))?.value);
}
