import { describe, expect, it } from 'vitest';
import { backupFailureOf } from './backupFailure';

const fsError = (code: string, message = `${code}: something`) => Object.assign(new Error(message), { code });

describe('backupFailureOf', () => {
  it('tells a full disk or quota from a folder that refuses writes, with the system’s message', () => {
    expect(backupFailureOf(fsError('ENOSPC', 'ENOSPC: no space left on device, write'))).toEqual({
      written: false,
      reason: 'no-space',
      message: 'ENOSPC: no space left on device, write',
    });
    expect(backupFailureOf(fsError('EDQUOT')).reason).toBe('no-space');
    for (const code of ['EACCES', 'EPERM', 'EROFS'])
      expect(backupFailureOf(fsError(code)).reason, code).toBe('not-writable');
  });

  it('calls anything else a failure, errors without a code and thrown non-errors too', () => {
    expect(backupFailureOf(fsError('EIO')).reason).toBe('failed');
    expect(backupFailureOf(new Error('boom'))).toEqual({ written: false, reason: 'failed', message: 'boom' });
    expect(backupFailureOf('odd')).toEqual({ written: false, reason: 'failed', message: 'odd' });
    expect(backupFailureOf(Object.assign(new Error('x'), { code: 28 })).reason).toBe('failed');
  });
});
