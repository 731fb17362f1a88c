import type { Operator } from '../../../shared/domain';
import { readOperatorValue } from '../../../shared/domain/settingValues';
import { currentOperator } from '../../db/operator';
import { ValidationError } from '../../db/errors';
import type { CommandContext } from '../../db/commandContext';

/**
 * Signs an operator on. Unlike other commands it needs no operator already on duty;
 * the audit row is attributed to the one coming on. Checked by hand, not with zod: this
 * is the first thing done at every start and must not wait for more code to load.
 */
export async function setOperator(
  ctx: CommandContext,
  input: { name: string; personId: string | null },
): Promise<Operator> {
  const operator = readOperatorValue({ name: input.name.trim(), personId: input.personId });
  if (!operator)
    throw new ValidationError([{ code: 'custom', path: ['name'], message: 'required', input: input.name }]);
  const { db } = ctx;
  await db.transaction('rw', ['settings', 'audit'], async () => {
    const before = await currentOperator(db);
    const siteRow = await db.settings.get('activeSiteId');
    await db.settings.put({ key: 'operator', value: operator });
    await db.audit.add({
      at: ctx.clock.now(),
      operator: operator.name,
      action: 'update',
      table: 'operator',
      entityId: operator.personId ?? operator.name,
      siteId: typeof siteRow?.value === 'string' ? siteRow.value : null,
      before,
      after: operator,
    });
  });
  return operator;
}
