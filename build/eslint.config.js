// Lint for the whole repo. The import rules of docs/architecture.md are enforced here, not
// by hope: shared/ imports no other folder, renderer/ never imports electron or Node
// built-ins, electron/ never imports renderer/; inside renderer/ the layers hold
// (cordon/layers: a feature never imports another), reads go through useLive and writes
// through the command layer.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import cordon from './eslint/layers.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// Module names are matched exactly (`paths`), folders by glob (`patterns`): a glob of the
// built-in "domain" would otherwise also forbid our own "../domain".
const restrict = (modules, folders, message, more = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...modules.map((name) => ({ name, message })), ...more],
      patterns: [{ group: folders, message }],
    },
  ],
});

// Writes to the store outside the command layer: a table's write methods, and read-write
// transactions. Each command writes through EntityWriter, which audits in the same transaction.
const writeMethods = '/^(add|bulkAdd|put|bulkPut|update|bulkUpdate|delete|bulkDelete|clear|modify)$/';
const writeSelectors = [
  `CallExpression[callee.property.name=${writeMethods}][callee.object.object.name='db']`,
  `CallExpression[callee.property.name=${writeMethods}][callee.object.object.property.name='db']`,
  `CallExpression[callee.property.name=${writeMethods}][callee.object.callee.property.name='table']`,
  "CallExpression[callee.property.name='transaction'][arguments.0.value=/w/]",
];
const writeMessage =
  'Writes go through a command (renderer/db/command.ts, defineCommands): it parses the input and writes the audit row in the same transaction.';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: new URL('..', import.meta.url).pathname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      // Async functions that return promises of values are part of the bridge contract's shape.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'leaflet', ...nodeBuiltins],
      ['**/renderer/**', '**/electron/**', '**/e2e/**', '**/build/**', 'electron/*'],
      'shared/ is pure TypeScript: it imports nothing from the other folders, no DOM, Node, Electron or Dexie.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, cordon },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        ['electron', ...nodeBuiltins],
        ['electron/*', '**/electron/**', '**/e2e/**'],
        'renderer/ talks to the outside only through window.cordon: no electron, no Node built-ins.',
        [
          {
            name: 'dexie-react-hooks',
            message:
              "Live reads go through useLive (renderer/db/live/useLive.ts): one read path, shared with the route's first read.",
          },
          {
            name: 'dexie',
            importNames: ['liveQuery'],
            message:
              "Live reads go through useLive (renderer/db/live/useLive.ts): one read path, shared with the route's first read.",
          },
        ],
      ),
      'cordon/layers': 'error',
      'no-restricted-syntax': ['error', ...writeSelectors.map((selector) => ({ selector, message: writeMessage }))],
    },
  },
  {
    // The one place a live query is made, and the places that write for the command layer.
    files: ['renderer/db/live/LiveReads.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'renderer/db/entityWriter.ts',
      'renderer/db/siteData.ts',
      'renderer/db/command.ts',
      'renderer/db/auditChain.ts',
      // A restore's bulk writes, in the restore command's transaction, and its scratch store.
      'renderer/db/backup/siteRows.ts',
      'renderer/db/backup/migrateBody.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Playwright fixtures and tests take their options as `({}, testInfo)`.
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Tests set up their stores directly; their imports between layers are checked like any file's.
    files: ['renderer/**/*.test.ts', 'renderer/db/testing/**', 'renderer/db/*/testing/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['electron/**/*.ts', 'electron/**/*.cts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      [],
      ['**/renderer/**', '**/e2e/**'],
      'electron/ never imports renderer/: the shell holds no business logic.',
    ),
  },
);
