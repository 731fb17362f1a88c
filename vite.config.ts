import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One file builds three things: the renderer (default mode), and the Electron main
// process and preload (modes "main" and "preload"). The preload is CommonJS because a
// sandboxed preload cannot load ES modules, and it is one self-contained file because
// a sandboxed preload can require nothing but 'electron'.
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function electronBuild(entry: string, fileName: string, format: 'es' | 'cjs'): UserConfig {
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: { entry, formats: [format], fileName: () => fileName },
      rolldownOptions: { external: nodeExternals },
    },
    ssr: { noExternal: true },
  };
}

const appVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** The dev server needs a websocket for hot reload; the built app needs no connection at all. */
function dropDevOnlyCsp() {
  return {
    name: 'cordon-drop-dev-only-csp',
    apply: 'build' as const,
    transformIndexHtml: (html: string) => html.replace(" 'self' ws:", " 'self'"),
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'main') return electronBuild('electron/main.ts', 'main.js', 'es');
  if (mode === 'preload') return electronBuild('electron/preload.ts', 'preload.cjs', 'cjs');
  return {
    root: 'renderer',
    base: './',
    plugins: [react(), dropDevOnlyCsp()],
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome130',
      sourcemap: true,
      chunkSizeWarningLimit: 1500,
      // The app, and the page the hosts print sheets from (only the sheet's code).
      rolldownOptions: { input: { index: 'renderer/index.html', print: 'renderer/print.html' } },
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173, strictPort: true },
    test: {
      root: '.',
      include: [
        'shared/**/*.test.ts',
        'renderer/**/*.test.ts',
        'electron/**/*.test.ts',
        'build/**/*.test.ts',
        'e2e/bench/**/*.test.ts',
      ],
      environment: 'node',
    },
  };
});
