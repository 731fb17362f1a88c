import { build } from 'vite';

/** Builds the reference page (e2e/bench/bare) into outDir with Vite's defaults: no app config, no plugins. */
export async function buildBare(root: string, outDir: string): Promise<void> {
  await build({
    root,
    base: './',
    build: { outDir, emptyOutDir: true, target: 'chrome130' },
    configFile: false,
    logLevel: 'warn',
  });
}
