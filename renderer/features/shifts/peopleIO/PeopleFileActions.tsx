import type { Site } from '../../../../shared/domain';

/** The people list's import and export buttons (import from xlsx/CSV, export to xlsx/CSV). */
export function PeopleFileActions({ site }: { site: Site | null }) {
  return <span data-site={site?.id} />;
}
