import type { Site } from '../../../../shared/domain';

/** The patterns tab of the guard shifts screen. */
export function PatternsTab({ site }: { site: Site | null }) {
  return <div data-site={site?.id} />;
}
