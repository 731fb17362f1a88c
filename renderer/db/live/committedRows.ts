/** Rows a command has just committed in this window, by id: the row as written, or null when deleted. */
export type CommittedRows = ReadonlyMap<string, object | null>;

const idOf = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' ? v.id : undefined;

/**
 * A live query's answer with the rows just committed put in place: a list of rows (what
 * most queries answer) gets each committed row where the row with its id was, and loses a
 * deleted one. Nothing else is touched: rows added (the query decides where they belong),
 * rows inside derived answers (staffing, an audit row's before and after) wait for the
 * query's next answer, which follows within a few milliseconds. Unchanged answers are
 * handed back as they were.
 */
export function withCommitted<T>(data: T, rows: CommittedRows): T {
  if (!Array.isArray(data) || rows.size === 0) return data;
  let changed = false;
  const out: unknown[] = [];
  for (const item of data as unknown[]) {
    const id = idOf(item);
    const row = id === undefined ? undefined : rows.get(id);
    if (row === undefined) {
      out.push(item);
      continue;
    }
    changed = true;
    if (row !== null) out.push(row);
  }
  // Rows are taken as the command wrote them, in the list's place for them.
  return changed ? (out as T) : data;
}
