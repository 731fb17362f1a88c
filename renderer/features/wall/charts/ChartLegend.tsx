/** A legend in the panel's own words and sizes (Recharts' legend does not scale with the wall's text). */
export function ChartLegend({ items }: { items: ReadonlyArray<readonly [string, string]> }) {
  return (
    <ul className="wall-legend">
      {items.map(([className, label]) => (
        <li key={className}>
          <svg viewBox="0 0 10 10" aria-hidden="true">
            <rect width="10" height="10" className={className} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
