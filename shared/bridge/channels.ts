import type { BridgeMethod } from './contract';

/**
 * The IPC channel of a bridge method. Kept apart from the contract so the preload,
 * which is bundled into one file, can name channels without pulling zod in with it
 * (the import above is type-only and vanishes at build time).
 */
export const channelOf = (method: BridgeMethod): string => `cordon:${method}`;
