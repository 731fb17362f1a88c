import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The import rules of DESIGN.md live in the lint config; this keeps them from quietly
// going away when the config is edited.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: 'build/eslint.config.js' });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint builds the TypeScript program for type-aware rules: slow on a cold machine.
describe('import rules', { timeout: 120_000 }, () => {
  it('shared/ imports nothing from the other folders, nor React, Dexie, Electron or Node', async () => {
    const code =
      "import 'react';\nimport 'dexie';\nimport 'electron';\nimport 'node:fs';\nimport '../../renderer/db/openDb';\nimport '../../electron/main';\nimport './site';\n";
    expect(await restrictedImports('shared/domain/common.ts', code)).toHaveLength(6);
  });

  it('renderer/ never imports electron or Node built-ins', async () => {
    const code =
      "import 'electron';\nimport 'fs';\nimport 'node:path';\nimport '../../electron/main';\nimport '../../shared/domain';\nimport 'react';\n";
    expect(await restrictedImports('renderer/db/openDb.ts', code)).toHaveLength(4);
  });

  it('renderer/ reads live through useLive, not useLiveQuery directly', async () => {
    const code =
      "import { useLiveQuery } from 'dexie-react-hooks';\nimport { useObservable } from 'dexie-react-hooks';\n";
    expect(await restrictedImports('renderer/features/home/usePostStaffing.ts', code)).toEqual([
      expect.stringContaining('useLive (renderer/db/useLive.ts)'),
    ]);
  });

  it('electron/ never imports renderer/', async () => {
    const code = "import '../renderer/db/openDb';\nimport '../shared/bridge/contract';\nimport 'electron';\n";
    expect(await restrictedImports('electron/paths.ts', code)).toHaveLength(1);
  });
});
