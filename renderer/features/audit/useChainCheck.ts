import { useCallback, useEffect, useRef, useState } from 'react';
import { webSha256 } from '../../db/sha256';
import { useServices } from '../../services/useServices';
import type { ChainCheckProgress, CheckedChain } from './checkAuditTrail';

export type ChainCheckState =
  | { phase: 'idle' }
  /** `progress` stays null for the first second: a short check shows no counter flickering by. */
  | { phase: 'working'; progress: ChainCheckProgress | null }
  | { phase: 'done'; chains: CheckedChain[] }
  | { phase: 'failed'; message: string };

/** How long a check runs before it says how far it has got. */
const QUIET_MS = 1_000;

/**
 * Verifies the whole audit trail when asked: reads every row, checks every chain with
 * WebCrypto, and keeps each chain's report until the next check. A check started again,
 * or a screen left, makes the answer of the one before go unheard.
 */
export function useChainCheck() {
  const { db, clock } = useServices();
  const [state, setState] = useState<ChainCheckState>({ phase: 'idle' });
  const current = useRef(0);
  useEffect(
    () => () => {
      current.current += 1;
    },
    [],
  );

  const start = useCallback(async () => {
    current.current += 1;
    const run = current.current;
    const began = clock.now();
    setState({ phase: 'working', progress: null });
    try {
      const { checkAuditTrail } = await import('./checkAuditTrail');
      const chains = await checkAuditTrail(db, webSha256, (progress) => {
        if (run === current.current && clock.now() - began >= QUIET_MS) setState({ phase: 'working', progress });
      });
      if (run === current.current) setState({ phase: 'done', chains });
    } catch (err) {
      if (run === current.current)
        setState({ phase: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }, [db, clock]);

  return { state, start };
}
