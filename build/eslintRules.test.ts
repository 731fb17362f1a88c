import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The import rules of docs/architecture.md live in the lint config; this keeps them from quietly
// going away when the config is edited.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function messagesOf(rule: string, file: string, code: string): Promise<string[]> {
  return (await findingsOf(rule, file, code)).map((f) => f.message);
}
/** The rule's findings with the source line each one is on, so a test names what is flagged. */
async function findingsOf(rule: string, file: string, code: string): Promise<Array<{ line: string; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  const lines = code.split('\n');
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === rule)
    .map((m) => ({ line: lines[m.line - 1] ?? '', message: m.message }));
}
/** The source lines a rule flags, in order. */
const flagged = async (rule: string, file: string, code: string) =>
  (await findingsOf(rule, file, code)).map((f) => f.line);
const restrictedImports = (file: string, code: string) => flagged('no-restricted-imports', file, code);
const layerBreaks = (file: string, code: string) => flagged('cordon/layers', file, code);
const writesOutsideCommands = (file: string, code: string) => flagged('no-restricted-syntax', file, code);

// The first lint builds the TypeScript program for type-aware rules: slow on a cold machine.
describe('import rules', { timeout: 120_000 }, () => {
  it('shared/ imports nothing from the other folders, nor React, Dexie, Electron or Node', async () => {
    const code =
      "import 'react';\nimport 'dexie';\nimport 'electron';\nimport 'node:fs';\nimport '../../renderer/db/openDb';\nimport '../../electron/main';\nimport './site';\n";
    expect(await restrictedImports('shared/domain/common.ts', code)).toEqual([
      "import 'react';",
      "import 'dexie';",
      "import 'electron';",
      "import 'node:fs';",
      "import '../../renderer/db/openDb';",
      "import '../../electron/main';",
    ]);
  });

  it('renderer/ never imports electron or Node built-ins', async () => {
    const code =
      "import 'electron';\nimport 'fs';\nimport 'node:path';\nimport '../../electron/main';\nimport '../../shared/domain';\nimport 'react';\n";
    expect(await restrictedImports('renderer/db/openDb.ts', code)).toEqual([
      "import 'electron';",
      "import 'fs';",
      "import 'node:path';",
      "import '../../electron/main';",
    ]);
  });

  it('renderer/ reads live through useLive, not dexie-react-hooks or liveQuery directly', async () => {
    const code =
      "import { useLiveQuery } from 'dexie-react-hooks';\nimport { useObservable } from 'dexie-react-hooks';\nimport { liveQuery, Dexie } from 'dexie';\n";
    const found = await findingsOf('no-restricted-imports', 'renderer/features/home/HomeScreen.tsx', code);
    expect(found.map((f) => f.line)).toEqual([
      "import { useLiveQuery } from 'dexie-react-hooks';",
      "import { useObservable } from 'dexie-react-hooks';",
      "import { liveQuery, Dexie } from 'dexie';",
    ]);
    expect(found.every((f) => f.message.includes('useLive (renderer/db/live/useLive.ts)'))).toBe(true);
    // The one place a live query is made.
    expect(await restrictedImports('renderer/db/live/LiveReads.ts', "import { liveQuery } from 'dexie';\n")).toEqual(
      [],
    );
  });

  it('a feature never imports another feature, by whatever path it is spelled', async () => {
    const code = [
      "import '../map/MapScreen';", // another feature, next door
      "import '../../features/perimeter/commands';", // another feature, from the top
      "import './EntranceTile';", // its own
      "import '../../plan/SitePlanMap';",
      "import '../../db/queries/entrances';",
      "import '../../ui/Dialog';",
      "import '../../services/SharedDialogs';",
      "import '../../../shared/domain';",
    ].join('\n');
    const found = await messagesOf('cordon/layers', 'renderer/features/home/HomeScreen.tsx', code);
    expect(found).toEqual([
      expect.stringContaining('features/home imports features/map: a feature never imports another feature'),
      expect.stringContaining('features/home imports features/perimeter'),
    ]);
    // A feature's own subfolders are the feature.
    expect(
      await layerBreaks('renderer/features/map/edit/MapEditor.tsx', "import '../layers/x';\nimport '../MapScreen';"),
    ).toEqual([]);
    // Dynamic imports too.
    expect(
      await layerBreaks(
        'renderer/features/map/MapScreen.tsx',
        "void import('./reads');\nvoid import('../perimeter/commands');",
      ),
    ).toEqual(["void import('../perimeter/commands');"]);
  });

  it('db/, ui/ and the other lower layers import no feature, no plan and no app; plan/ imports no feature', async () => {
    const up =
      "import '../features/map/MapScreen';\nimport '../plan/SitePlanMap';\nimport '../app/Shell';\nimport '../i18n/strings';\n";
    const upward = ["import '../features/map/MapScreen';", "import '../plan/SitePlanMap';", "import '../app/Shell';"];
    expect(await layerBreaks('renderer/db/command.ts', up)).toEqual(upward);
    expect(await layerBreaks('renderer/ui/Dialog.tsx', up)).toEqual(upward);
    expect(await layerBreaks('renderer/hooks/useMinute.ts', up)).toEqual(upward);
    expect(
      await layerBreaks(
        'renderer/plan/SitePlanMap.tsx',
        "import '../features/map/edit/LazyMapEditor';\nimport '../app/Shell';\nimport '../db/queries/patrolRoutes';\n",
      ),
    ).toEqual(["import '../features/map/edit/LazyMapEditor';", "import '../app/Shell';"]);
    // Tests keep the layers too: a test of db/ does not reach into a feature.
    expect(
      await layerBreaks(
        'renderer/db/command.test.ts',
        "import './session';\nimport '../features/entrances/commands';\n",
      ),
    ).toEqual(["import '../features/entrances/commands';"]);
    // app/ composes features.
    expect(
      await layerBreaks(
        'renderer/app/screens.ts',
        "import '../features/map/reads';\nimport '../features/home/HomeScreen';\n",
      ),
    ).toEqual([]);
  });

  it('nothing writes to the store but the command layer', async () => {
    const code = [
      "db.settings.put({ key: 'language', value: 'en' });",
      "ctx.db.entrances.update('e1', { state: 'sealed' });",
      'w.db.audit.add(row);',
      "db.table('posts').clear();",
      "db.transaction('rw', ['entrances'], async () => {});",
      // Reads are anyone's.
      "db.entrances.get('e1');",
      "db.transaction('r', ['entrances'], async () => {});",
    ].join('\n');
    const found = await findingsOf(
      'no-restricted-syntax',
      'renderer/features/entrances/EntrancesScreen.tsx',
      `${code}\ndeclare const db: any, ctx: any, w: any, row: any;`,
    );
    expect(found.map((f) => f.line)).toEqual([
      "db.settings.put({ key: 'language', value: 'en' });",
      "ctx.db.entrances.update('e1', { state: 'sealed' });",
      'w.db.audit.add(row);',
      "db.table('posts').clear();",
      "db.transaction('rw', ['entrances'], async () => {});",
    ]);
    expect(found.every((f) => f.message.includes('Writes go through a command'))).toBe(true);
    expect(await writesOutsideCommands('renderer/db/entityWriter.ts', `declare const db: any;\n${code}`)).toEqual([]);
  });

  it('electron/ never imports renderer/', async () => {
    const code = "import '../renderer/db/openDb';\nimport '../shared/bridge/contract';\nimport 'electron';\n";
    expect(await restrictedImports('electron/paths.ts', code)).toEqual(["import '../renderer/db/openDb';"]);
  });
});
