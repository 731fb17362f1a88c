import type { Language, Operator } from '../../shared/domain';
import { readOperatorValue } from '../../shared/domain/settingValues';
import { defineCommands } from './command';
import { ValidationError } from './errors';
import { currentOperator } from './operator';

/**
 * What the people at this laptop set for themselves: who is on duty, and the language
 * and theme of the screen. Signing on is audited, by the one coming on; the language and
 * the theme are preferences of the laptop, not records of the post, and write no audit row.
 */
export const sessionCommands = defineCommands('session', {
  signOn: {
    tables: ['settings'],
    by: 'anyone',
    // Checked by hand, not with zod: this is the first thing done at every start and must
    // not wait for more code to load.
    run: async (w, input: { name: string; personId: string | null }): Promise<Operator> => {
      const operator = readOperatorValue({ name: input.name, personId: input.personId });
      if (!operator) {
        throw new ValidationError([{ code: 'custom', path: ['operatorName'], message: 'required', input: input.name }]);
      }
      const before = await currentOperator(w.db);
      const site = await w.db.settings.get('activeSiteId');
      await w.setSetting('operator', operator);
      await w.as({ name: operator.name }).record({
        action: 'update',
        table: 'operator',
        entityId: operator.personId ?? operator.name,
        siteId: typeof site?.value === 'string' ? site.value : null,
        before,
        after: operator,
      });
      return operator;
    },
  },
  setLanguage: {
    tables: ['settings'],
    by: 'anyone',
    run: async (w, language: Language) => {
      await w.setSetting('language', language);
    },
  },
  setTheme: {
    tables: ['settings'],
    by: 'anyone',
    run: async (w, theme: 'light' | 'dark') => {
      await w.setSetting('theme', theme);
    },
  },
  setWallTheme: {
    tables: ['settings'],
    by: 'anyone',
    run: async (w, theme: 'light' | 'dark') => {
      await w.setSetting('wallTheme', theme);
    },
  },
});
