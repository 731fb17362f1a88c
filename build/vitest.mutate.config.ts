import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vite.config';

/**
 * The unit tests as a mutation run needs them: every test but build/'s own. Stryker runs
 * all tests for a mutant in module-level code (a schema, a constant), and the lint rule
 * tests take half the suite's time (they lint with type information) while testing no
 * code in the mutation scope.
 */
export default defineConfig((env) => mergeConfig(base(env), { test: { exclude: ['build/**', '**/node_modules/**'] } }));
