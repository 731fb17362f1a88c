import type { Site } from '../../../../shared/domain';

/** The board tab of the guard shifts screen. */
export function BoardTab({ site }: { site: Site | null }) {
  return <div data-site={site?.id} />;
}
