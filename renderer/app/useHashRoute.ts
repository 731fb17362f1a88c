import { useEffect, useState, useTransition } from 'react';
import { readRoute } from './routes';

/**
 * The current `#/…` route with its opened screen, and whether the next one is still on
 * its way (its code loading, its first read answering: `open`). Hash routing keeps
 * working under app:// and file-less hosts.
 */
export function useHashRoute<S>(
  open: (route: string, signal: AbortSignal) => Promise<S | null>,
  first: { route: string; screen: S },
): { route: string; screen: S; pending: boolean } {
  const [current, setCurrent] = useState(first);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    let opening: AbortController | null = null;
    // A transition: the current screen stays until the next one is drawn, with no blank
    // in between.
    const onChange = () => {
      const route = readRoute();
      // React commits no transition while an earlier async one is pending: the one before
      // stops waiting, so this one is not held up behind it.
      opening?.abort();
      const controller = new AbortController();
      opening = controller;
      startTransition(async () => {
        const screen = await open(route, controller.signal);
        // Another navigation since: it sets its own route.
        if (screen === null || controller.signal.aborted) return;
        startTransition(() => setCurrent({ route, screen }));
      });
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      opening?.abort();
    };
  }, [open]);
  return { ...current, pending };
}
