import type { Site } from '../../../../shared/domain';

/** The duty tab of the guard shifts screen. */
export function DutyTab({ site }: { site: Site | null }) {
  return <div data-site={site?.id} />;
}
