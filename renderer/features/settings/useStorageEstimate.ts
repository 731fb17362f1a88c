import Dexie from 'dexie';
import { useEffect, useState } from 'react';

/** The browser's estimate of this origin's storage: still being asked, not given, or known. */
export type StorageEstimate =
  | { readonly state: 'reading' }
  | { readonly state: 'unknown' }
  | { readonly state: 'known'; readonly usage: number; readonly quota: number };

const READING: StorageEstimate = { state: 'reading' };
const UNKNOWN: StorageEstimate = { state: 'unknown' };

async function readEstimate(): Promise<StorageEstimate> {
  if (!('storage' in navigator) || typeof navigator.storage.estimate !== 'function') return UNKNOWN;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return usage === undefined || quota === undefined ? UNKNOWN : { state: 'known', usage, quota };
  } catch {
    return UNKNOWN;
  }
}

/**
 * How much the store holds and may hold, as the browser estimates it: asked when the
 * panel mounts and again after each write to the store, in this window or another
 * (Dexie's `storagemutated`), which is when the figure moves. A timer would ask while
 * nothing changes and show a write up to its period late. Writes can come many at once
 * (an import, a busy wall): one estimate is asked at a time, and one more after it if
 * anything was written meanwhile.
 */
export function useStorageEstimate(): StorageEstimate {
  const [estimate, setEstimate] = useState<StorageEstimate>(READING);
  useEffect(() => {
    let live = true;
    let asking = false;
    let writtenSince = false;
    const ask = async () => {
      if (asking) {
        writtenSince = true;
        return;
      }
      asking = true;
      do {
        writtenSince = false;
        const next = await readEstimate();
        if (live) setEstimate(next);
      } while (live && writtenSince);
      asking = false;
    };
    const onWrite = () => void ask();
    void ask();
    Dexie.on('storagemutated', onWrite);
    return () => {
      live = false;
      Dexie.on.storagemutated.unsubscribe(onWrite);
    };
  }, []);
  return estimate;
}
