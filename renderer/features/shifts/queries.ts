import type { Group, Person, Post } from '../../../shared/domain';
import { compareNames } from '../../../shared/rules/nameOrder';
import { defineQuery } from '../../db/live/query';

/**
 * The site's people (a few hundred), live, by name: one read for the people list, the
 * board's picker and the import's duplicate check.
 */
export const peopleOfSite = defineQuery('peopleOfSite', async (db, siteId: string | null): Promise<Person[]> =>
  siteId === null
    ? []
    : (await db.people.where('siteId').equals(siteId).toArray()).sort((a, b) => compareNames(a.name, b.name)),
);

/** The site's working groups, live, in their order. */
export const groupsOfSite = defineQuery('groupsOfSite', async (db, siteId: string | null): Promise<Group[]> =>
  siteId === null ? [] : db.groups.where('[siteId+order]').between([siteId, -Infinity], [siteId, Infinity]).toArray(),
);

/** The site's posts, live, in their order: the board's rows. */
export const postsOfSite = defineQuery('postsOfSite', async (db, siteId: string | null): Promise<Post[]> =>
  siteId === null ? [] : db.posts.where('[siteId+order]').between([siteId, -Infinity], [siteId, Infinity]).toArray(),
);
