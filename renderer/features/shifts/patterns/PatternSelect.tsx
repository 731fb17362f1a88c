import type { ShiftPattern } from '../../../../shared/domain';

/** Choosing one of the site's patterns by name: the board's toolbar and the patterns tab both make shifts from it. */
export function PatternSelect({
  label,
  patterns,
  value,
  onChange,
}: {
  label: string;
  patterns: readonly ShiftPattern[];
  value: string;
  onChange: (patternId: string) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {patterns.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
