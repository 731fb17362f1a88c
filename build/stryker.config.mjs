// Mutation testing (`npm run mutate`): StrykerJS changes the code below on purpose, one
// small mistake at a time, and runs the unit tests each mistake reaches. A mistake no
// test notices is a gap in the tests. The scope is the code whose mistakes cost most:
// the rules, time, the bridge, the domain's refinements, the command layer, the plan
// file checks and the Electron shell's pure parts. docs/testing.md says how to read it.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'build/vitest.mutate.config.ts' },
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/rules/*.ts',
    'shared/time/*.ts',
    'shared/bridge/*.ts',
    'shared/domain/common.ts',
    'shared/domain/text.ts',
    'shared/domain/shifts.ts',
    'shared/domain/settingValues.ts',
    'renderer/db/command.ts',
    'renderer/db/entityWriter.ts',
    'renderer/db/session.ts',
    'renderer/db/seed.ts',
    'renderer/features/entrances/commands.ts',
    'renderer/features/perimeter/commands.ts',
    'renderer/features/map/edit/placeCommands.ts',
    'renderer/features/map/edit/workCommands.ts',
    'renderer/features/map/planImport/commands.ts',
    'renderer/features/settings/commands.ts',
    'renderer/features/shifts/duty/commands.ts',
    'renderer/features/map/planImport/sanitizeSvg.ts',
    'renderer/features/map/planImport/svgReferences.ts',
    'electron/resolveAppPath.ts',
    'electron/files/atomicWrite.ts',
    'electron/ipc/registry.ts',
    'electron/ipc/trustedSender.ts',
    '!**/*.test.ts',
  ],
  // Only what changed since the committed result is mutated again.
  incremental: true,
  incrementalFile: 'build/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'out/mutation/index.html' },
  jsonReporter: { fileName: 'out/mutation/mutation.json' },
  tempDirName: 'out/stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 95, low: 90, break: null },
};
