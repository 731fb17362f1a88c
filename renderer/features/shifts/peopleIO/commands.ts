import { groupSchema, personSchema, type Group, type Person } from '../../../../shared/domain';
import { groupKey, MAX_IMPORT_ROWS, personKey, type ImportPerson } from '../../../../shared/rules/peopleImport';
import { logActivity } from '../../../db/activity';
import { defineCommands } from '../../../db/command';
import { RefusedError } from '../../../db/errors';

/** The import, as the dialog hands it over once the operator has seen the bad rows. */
export interface ImportPeopleInput {
  siteId: string;
  /** The good rows of the check. */
  people: readonly ImportPerson[];
  /** Groups the site lacks that the operator agreed to create. */
  newGroups: readonly string[];
  /** The file's name and how many of its rows were left out: for the audit trail. */
  fileName: string;
  skipped: number;
  /** What the audit trail says of it, in the operator's words (peopleIO.auditReason). */
  reason?: string;
  /** How the import reads in the activity log, in the language of the screen it was made on. */
  describe: (done: { count: number; fileName: string }) => string;
}

export interface ImportPeopleResult {
  imported: number;
  groupsCreated: number;
}

/** Nothing to import, or more than a file may hold. */
export class ImportSizeError extends RefusedError {
  constructor(readonly count: number) {
    super(
      count === 0 ? 'peopleIO.refused.nothing' : 'peopleIO.refused.tooMany',
      { count, max: MAX_IMPORT_ROWS },
      `import of ${count} people refused`,
    );
    this.name = 'ImportSizeError';
  }
}

/**
 * A row no longer fits what is stored (someone added the same person or removed a group
 * in another window since the check), or fails the person's schema: nothing is written.
 */
export class ImportRowError extends RefusedError {
  constructor(
    readonly row: number,
    readonly reason: 'duplicate' | 'group' | 'invalid',
    name: string,
  ) {
    super(`peopleIO.refused.${reason}`, { row, name }, `import row ${row} refused: ${reason}`);
    this.name = 'ImportRowError';
  }
}

/** What the people import changes: the site's people, and the groups the file names. */
export const peopleIOCommands = defineCommands('peopleIO', {
  /**
   * Creates the groups asked for and the people, in one transaction with one audit row
   * for the whole import, and a line in the activity log. Every row is checked again against the store as it is now and
   * against the person's schema: if any fails, nothing is written.
   */
  importPeople: {
    tables: ['people', 'groups', 'activityLog'],
    run: async (w, input: ImportPeopleInput): Promise<ImportPeopleResult> => {
      const { siteId, people } = input;
      if (people.length === 0 || people.length > MAX_IMPORT_ROWS) throw new ImportSizeError(people.length);
      const groups = await w.db.groups.where('siteId').equals(siteId).toArray();
      const byName = new Map(groups.map((g) => [groupKey(g.name), g]));
      let order = groups.reduce((max, g) => Math.max(max, g.order), -1);
      const created: Group[] = [];
      for (const name of input.newGroups) {
        if (byName.has(groupKey(name))) continue;
        order += 1;
        const group: Group = { id: crypto.randomUUID(), siteId, name, side: 'outside', order, leaderId: null };
        created.push(group);
        byName.set(groupKey(name), group);
      }

      const existing = await w.db.people.where('siteId').equals(siteId).toArray();
      const taken = new Set(existing.map((p) => personKey(p.name, p.phone)));
      const rows: Person[] = people.map((p) => {
        const group = p.groupName ? byName.get(groupKey(p.groupName)) : null;
        if (group === undefined) throw new ImportRowError(p.row, 'group', p.name);
        const key = personKey(p.name, p.phone);
        if (taken.has(key)) throw new ImportRowError(p.row, 'duplicate', p.name);
        taken.add(key);
        const person = {
          id: crypto.randomUUID(),
          siteId,
          name: p.name,
          phone: p.phone,
          unit: p.unit,
          groupId: group?.id ?? null,
          role: p.role,
          reserve: p.reserve ?? group?.side === 'reserve',
          notes: p.notes,
          active: true,
        };
        const parsed = personSchema.safeParse(person);
        if (!parsed.success) throw new ImportRowError(p.row, 'invalid', p.name);
        return parsed.data;
      });

      // The log line first, so the import's own audit row stays the last one written.
      await logActivity(w, {
        siteId,
        kind: 'people',
        text: input.describe({ count: rows.length, fileName: input.fileName }),
      });
      await w.createMany(
        [
          { name: 'groups', schema: groupSchema, values: created },
          { name: 'people', schema: personSchema, values: rows },
        ],
        {
          table: 'people',
          entityId: crypto.randomUUID(),
          siteId,
          ...(input.reason ? { reason: input.reason } : {}),
          after: {
            // `name` is what the audit trail shows as the subject: the file.
            name: input.fileName,
            imported: rows.length,
            groupsCreated: created.map((g) => g.name),
            skipped: input.skipped,
          },
        },
      );
      return { imported: rows.length, groupsCreated: created.length };
    },
  },
});
