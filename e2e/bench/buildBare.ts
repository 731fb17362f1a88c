import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the reference pages (e2e/bench/bare: index.html for the start, map.html for the
 * map screen) into outDir with Vite's defaults: no app config, no plugins.
 */
export async function buildBare(root: string, outDir: string): Promise<void> {
  await build({
    root,
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      rolldownOptions: { input: { index: join(root, 'index.html'), map: join(root, 'map.html') } },
    },
    configFile: false,
    logLevel: 'warn',
  });
}
