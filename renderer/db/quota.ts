/**
 * Whether a failed write failed because the origin's storage is full. The browser aborts
 * the transaction with a DOMException named QuotaExceededError; Dexie hands it on as its
 * own QuotaExceededError, or as an AbortError (the transaction's) or a BulkError whose
 * `inner` or `failures` hold it, so the name is looked for down those links too.
 */
export function isQuotaExceeded(error: unknown): boolean {
  return holdsQuotaError(error, 0);
}

/** Dexie wraps an error once or twice; a few links are enough, and a loop of links ends here. */
const MAX_DEPTH = 4;
const QUOTA_NAME = 'QuotaExceededError';

function holdsQuotaError(error: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return false;
  if ('name' in error && error.name === QUOTA_NAME) return true;
  const linked: unknown[] = [];
  if ('inner' in error) linked.push(error.inner);
  if ('cause' in error) linked.push(error.cause);
  if ('failures' in error && Array.isArray(error.failures)) linked.push(...(error.failures as unknown[]));
  return linked.some((e) => holdsQuotaError(e, depth + 1));
}
