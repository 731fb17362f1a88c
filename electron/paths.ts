import path from 'node:path';
import { fileURLToPath } from 'node:url';

// main.js and preload.cjs are built side by side into dist/electron, next to
// dist/renderer; the same layout holds inside app.asar.
const electronDir = path.dirname(fileURLToPath(import.meta.url));

export const preloadPath = path.join(electronDir, 'preload.cjs');
export const rendererRoot = path.join(electronDir, '..', 'renderer');
