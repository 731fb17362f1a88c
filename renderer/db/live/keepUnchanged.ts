/**
 * The previous result of a live read wherever the new one holds the same data: the
 * whole value when nothing changed, else each element of an array (or each value of an
 * object) that did. A live query hands out new objects on every run, and any change in
 * a table runs it again; kept references let React skip the parts that did not change
 * (a map layer of 2,000 works re-renders only the one that moved).
 *
 * For what a store holds: plain objects, arrays and primitives. Anything else (a Blob,
 * a Date, a Map) is compared by reference, so it is never taken for unchanged wrongly.
 */
export function keepUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    // Rows are matched by id where they have one, so a row added or removed in the middle
    // does not make every row after it look changed; else by position.
    const byId = new Map<unknown, unknown>();
    for (const item of prev) if (idOf(item) !== undefined) byId.set(idOf(item), item);
    let same = prev.length === next.length;
    const out = next.map((item: unknown, i) => {
      const id = idOf(item);
      const before: unknown = id !== undefined ? byId.get(id) : i < prev.length ? prev[i] : undefined;
      const kept = before === undefined ? item : keepUnchanged(before, item);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const kept = Object.prototype.hasOwnProperty.call(prev, k) ? keepUnchanged(prev[k], next[k]) : next[k];
      if (kept !== prev[k] || !Object.prototype.hasOwnProperty.call(prev, k)) same = false;
      out[k] = kept;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

/** A row's id (a string), or undefined for anything else. */
function idOf(v: unknown): unknown {
  return isPlainObject(v) && typeof v.id === 'string' ? v.id : undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
