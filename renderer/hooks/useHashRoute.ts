import { useEffect, useState, useTransition } from 'react';

/**
 * The current `#/…` route, and whether the next one is still on its way (its screen's
 * code loading). Hash routing keeps working under app:// and file-less hosts.
 */
export function useHashRoute(): { route: string; pending: boolean } {
  const read = () => {
    const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
    return path === '' ? '/' : path;
  };
  const [route, setRoute] = useState(read);
  const [pending, startTransition] = useTransition();
  useEffect(() => {
    // A transition: a screen whose code is not loaded yet replaces the current one once it
    // is, with no blank fallback in between. React holds back a fallback's replacement for
    // 300 ms after the fallback shows, which made the first visit to a screen that long.
    const onChange = () => startTransition(() => setRoute(read()));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return { route, pending };
}
