import { defineQuery } from '../../db/live/query';

const LIMIT = 12;

/**
 * People of the site whose name starts with (or, failing that, contains) the text,
 * at most a screenful, with how many more matched.
 */
export const peopleMatching = defineQuery('peopleMatching', async (db, siteId: string | null, text: string) => {
  if (siteId === null) return { people: [], more: 0 };
  const q = text.trim().toLowerCase();
  const all = db.people.where('[siteId+name]').between([siteId, ''], [siteId, '\uffff']);
  const matches = q === '' ? await all.toArray() : await all.filter((p) => p.name.toLowerCase().includes(q)).toArray();
  matches.sort((a, b) => Number(b.name.toLowerCase().startsWith(q)) - Number(a.name.toLowerCase().startsWith(q)));
  return { people: matches.slice(0, LIMIT), more: Math.max(0, matches.length - LIMIT) };
});
