import type { Operator } from '../../shared/domain';
import { readOperatorValue } from '../../shared/domain/settingValues';
import type { CordonDb } from './CordonDb';

export async function currentOperator(db: CordonDb): Promise<Operator | null> {
  return readOperatorValue((await db.settings.get('operator'))?.value);
}
