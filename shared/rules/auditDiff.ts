export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (v: unknown): string => {
  if (v === undefined) return '';
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The top-level fields an audit row changed, as text, in a stable order. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== 'id' && k !== 'siteId').sort();
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: show(b[k]), after: show(a[k]) }));
}

/** A name to show for the entity a row is about: its name, title or label, if it has one. */
export function entityLabel(before: unknown, after: unknown): string | null {
  for (const v of [after, before]) {
    if (!isRecord(v)) continue;
    for (const k of ['name', 'title', 'label']) {
      const x = v[k];
      if (typeof x === 'string' && x !== '') return x;
    }
  }
  return null;
}
