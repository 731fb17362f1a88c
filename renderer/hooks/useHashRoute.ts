import { useEffect, useState, useTransition } from 'react';

const readRoute = () => {
  const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' ? '/' : path;
};

/**
 * The current `#/…` route, and whether the next one is still on its way (its data being
 * read by `prepare`, or its screen's code loading). Hash routing keeps working under
 * app:// and file-less hosts.
 */
export function useHashRoute(prepare: (route: string, signal: AbortSignal) => Promise<void>): {
  route: string;
  pending: boolean;
} {
  const [route, setRoute] = useState(readRoute);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    let preparing: AbortController | null = null;
    // A transition: the current screen stays until the next one is drawn, with no blank
    // fallback in between. React holds back a fallback's replacement for 300 ms after the
    // fallback shows, which made the first visit to a screen that long.
    const onChange = () => {
      const next = readRoute();
      // React commits no transition while an earlier async one is pending: the one before
      // stops waiting for its data, so this one is not held up behind it.
      preparing?.abort();
      const controller = new AbortController();
      preparing = controller;
      startTransition(async () => {
        await prepare(next, controller.signal);
        // Another navigation since: it sets its own route.
        if (controller.signal.aborted) return;
        startTransition(() => setRoute(next));
      });
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      preparing?.abort();
    };
  }, [prepare]);
  return { route, pending };
}
