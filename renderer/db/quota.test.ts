import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isQuotaExceeded } from './quota';

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('knows the browser’s own error: a DOMException named QuotaExceededError', () => {
    expect(isQuotaExceeded(full())).toBe(true);
  });

  it('knows Dexie’s QuotaExceededError, made by Dexie from the browser’s or on its own', () => {
    expect(isQuotaExceeded(new Dexie.QuotaExceededError(full()))).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('no room'))).toBe(true);
  });

  it('knows a transaction aborted for lack of space: an AbortError holding the QuotaExceededError', () => {
    // What Dexie rejects a transaction with when the browser aborts it at commit (idbtrans.error).
    const aborted = new Dexie.AbortError(full());
    expect(aborted.name).toBe('AbortError');
    expect(isQuotaExceeded(aborted)).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError(full())))).toBe(
      true,
    );
  });

  it('knows a bulk write one of whose rows found no room, and an error that names it as its cause', () => {
    expect(isQuotaExceeded(new Dexie.BulkError('1 of 2 failed', { 1: full() }))).toBe(true);
    expect(isQuotaExceeded(new Error('save failed', { cause: full() }))).toBe(true);
  });

  it('knows a write that failed for lack of space inside a Dexie transaction, as the transaction rejects', async () => {
    const db = new Dexie('quota-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    db.version(1).stores({ notes: 'id' });
    // The browser refuses the write the way Chromium does when the origin's quota is used up.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(full()) }),
      }),
    });
    const notes = db.table<{ id: string; text: string }, string>('notes');
    const failure: unknown = await db
      .transaction('rw', notes, async () => {
        await notes.add({ id: 'n1', text: 'x'.repeat(1000) });
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(failure).not.toBeNull();
    expect(isQuotaExceeded(failure)).toBe(true);
    db.close();
  });

  it('does not take other failures for a full disk', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.AbortError(new DOMException('gone', 'InvalidStateError')))).toBe(false);
    expect(isQuotaExceeded(new Dexie.ConstraintError(new DOMException('taken', 'ConstraintError')))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded({ name: 'Quota' })).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
    expect(isQuotaExceeded(undefined)).toBe(false);
  });

  it('stops at a loop of links instead of following it for ever', () => {
    const looped: { name: string; inner?: unknown } = { name: 'AbortError' };
    looped.inner = looped;
    expect(isQuotaExceeded(looped)).toBe(false);
  });
});
