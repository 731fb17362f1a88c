import { groupSchema, personSchema, type Group, type Person } from '../../../../shared/domain';
import { cleanName } from '../../../../shared/domain/text';
import { defineCommands } from '../../../db/command';
import type { EntityWriter } from '../../../db/entityWriter';
import { NotFoundError } from '../../../db/errors';
import { GroupNameTakenError, LeaderNotMemberError, LeaderStoodDownError, NoSuchGroupError } from './refusals';

/** What a person fills in for someone; `active` moves only through stand down and reinstate. */
export type PersonFields = Pick<Person, 'name' | 'phone' | 'unit' | 'groupId' | 'role' | 'reserve' | 'notes'>;

/** What a person fills in for a group; its place in the list (`order`) is given when it is made. */
export type GroupFields = Pick<Group, 'name' | 'side' | 'leaderId'>;

/** A person's group must be one of the site's groups: a group deleted or from another site is refused. */
async function checkGroup(w: EntityWriter, siteId: string, groupId: string | null): Promise<void> {
  if (groupId === null) return;
  const group = await w.db.groups.get(groupId);
  if (group?.siteId !== siteId) throw new NoSuchGroupError();
}

/**
 * Someone who leaves a group, or is stood down, no longer leads it: the group's leader is
 * cleared in the same transaction (with its own audit row), so a group never names as
 * leader someone outside it or offered for no shift.
 */
async function leaveLeadership(w: EntityWriter, person: Person): Promise<void> {
  if (person.groupId === null) return;
  const group = await w.db.groups.get(person.groupId);
  if (group?.leaderId !== person.id) return;
  await w.update('groups', groupSchema, group.id, () => ({ leaderId: null }));
}

/** Group names are compared as they are stored (cleaned) and without regard to case. */
const sameName = (a: string, b: string) => cleanName(a).toLocaleLowerCase() === cleanName(b).toLocaleLowerCase();

async function checkGroupName(w: EntityWriter, siteId: string, name: string, self: string | null): Promise<void> {
  const groups = await w.db.groups.where('siteId').equals(siteId).toArray();
  const taken = groups.find((g) => g.id !== self && sameName(g.name, name));
  if (taken) throw new GroupNameTakenError(taken.name);
}

/**
 * What the people tab changes: people and their working groups. Nobody is ever deleted:
 * a person with shifts, check-ins and handover notes behind them is stood down instead,
 * and one added by mistake is corrected or stood down, so every name the audit trail and
 * the old shifts point at stays there.
 */
export const peopleCommands = defineCommands('people', {
  createPerson: {
    tables: ['people', 'groups'],
    run: async (w, { siteId, fields }: { siteId: string; fields: PersonFields }): Promise<Person> => {
      await checkGroup(w, siteId, fields.groupId);
      return w.create('people', personSchema, { ...fields, id: crypto.randomUUID(), siteId, active: true });
    },
  },

  /**
   * Saves an edit of a person. `opened` is the person as the form showed them: an edit
   * over a change saved since (here or in another window) is refused, not written over it.
   * Moving a group's leader to another group clears that group's leader.
   */
  updatePerson: {
    tables: ['people', 'groups'],
    run: async (w, { opened, fields }: { opened: Person; fields: PersonFields }): Promise<Person> => {
      await checkGroup(w, opened.siteId, fields.groupId);
      const { before, after } = await w.update('people', personSchema, opened.id, () => ({ ...fields }), {
        expected: opened,
      });
      if (before.groupId !== after.groupId) await leaveLeadership(w, before);
      return after;
    },
  },

  /**
   * Stands someone down: kept with all their history, offered for no new shift, and no
   * longer leading their group. Standing down someone already stood down writes nothing.
   */
  standDownPerson: {
    tables: ['people', 'groups'],
    run: async (w, { id, reason = '' }: { id: string; reason?: string }): Promise<Person> => {
      const { before, after, changed } = await w.update('people', personSchema, id, () => ({ active: false }), {
        reason,
      });
      if (changed) await leaveLeadership(w, before);
      return after;
    },
  },

  /** Takes someone back: offered for shifts again. Their group's leader is left as it is. */
  reinstatePerson: {
    tables: ['people'],
    run: async (w, { id }: { id: string }): Promise<Person> =>
      (await w.update('people', personSchema, id, () => ({ active: true }))).after,
  },

  /** Adds a group at the end of the site's list, with no leader yet (it has no members yet). */
  createGroup: {
    tables: ['groups'],
    run: async (w, { siteId, fields }: { siteId: string; fields: Pick<Group, 'name' | 'side'> }): Promise<Group> => {
      await checkGroupName(w, siteId, fields.name, null);
      const last = await w.db.groups.where('[siteId+order]').between([siteId, -Infinity], [siteId, Infinity]).last();
      return w.create('groups', groupSchema, {
        ...fields,
        id: crypto.randomUUID(),
        siteId,
        order: last ? last.order + 1 : 0,
        leaderId: null,
      });
    },
  },

  /**
   * Renames a group, moves it to another side, or names its leader: one of its members,
   * not stood down. `opened` is the group as the form showed it.
   */
  updateGroup: {
    tables: ['groups', 'people'],
    run: async (w, { opened, fields }: { opened: Group; fields: GroupFields }): Promise<Group> => {
      await checkGroupName(w, opened.siteId, fields.name, opened.id);
      if (fields.leaderId !== null) {
        const leader = await w.db.people.get(fields.leaderId);
        if (!leader) throw new NotFoundError('people', fields.leaderId);
        if (leader.groupId !== opened.id) throw new LeaderNotMemberError(leader.name);
        if (!leader.active) throw new LeaderStoodDownError(leader.name);
      }
      return (await w.update('groups', groupSchema, opened.id, () => ({ ...fields }), { expected: opened })).after;
    },
  },
});
