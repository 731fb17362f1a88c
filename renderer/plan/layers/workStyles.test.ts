import { describe, expect, it } from 'vitest';
import { workLineStyle } from './workStyles';

/** What Leaflet's setStyle does with a style (Util.setOptions): copies the keys it is given, keeps the rest. */
const restyle = (options: object, style: object) => {
  const next: Record<string, unknown> = { ...options };
  for (const key of Object.keys(style)) next[key] = (style as Record<string, unknown>)[key];
  return next;
};

describe('perimeter work lines', () => {
  it('tell the states apart by pattern and weight, not colour alone', () => {
    const styles = (['planned', 'under-way', 'done', 'checked'] as const).map((s) => workLineStyle('netting', s));
    expect(styles.map((s) => s.dashArray)).toEqual(['2 8', '10 6', undefined, undefined]);
    expect(styles.map((s) => s.weight)).toEqual([4, 4, 4, 6]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(1);
  });

  it('restyled from dashed to done, draw solid: the style names its dashes even when there are none', () => {
    const dashed = workLineStyle('guard-rail', 'under-way');
    const done = restyle(dashed, workLineStyle('guard-rail', 'done'));
    expect(done.dashArray).toBeUndefined();
    expect(restyle(done, workLineStyle('guard-rail', 'planned')).dashArray).toBe('2 8');
  });
});
