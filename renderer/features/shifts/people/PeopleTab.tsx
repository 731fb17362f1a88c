import type { Site } from '../../../../shared/domain';
import { PeopleFileActions } from '../peopleIO/PeopleFileActions';

/** The people tab of the guard shifts screen. */
export function PeopleTab({ site }: { site: Site | null }) {
  return (
    <div data-site={site?.id}>
      <PeopleFileActions site={site} />
    </div>
  );
}
