import type { ReactNode } from 'react';

/** One of the wall's rotating panels: a title and its chart, filling the space the alerts leave. */
export function ChartPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="wall-panel wall-chart" aria-labelledby={`wall-chart-${id}`} data-testid={`wall-chart-${id}`}>
      <h2 id={`wall-chart-${id}`}>{title}</h2>
      <div className="wall-chart-body" aria-hidden="true">
        {children}
      </div>
    </section>
  );
}

/** Recharts' props every wall chart shares: no animation (a panel is read, not watched), no focusable layer. */
export const stillChart = {
  responsive: true,
  accessibilityLayer: false,
  style: { width: '100%', height: '100%' },
} as const;
