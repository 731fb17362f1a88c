import { useEffect, useState } from 'react';

/** The current `#/…` route. Hash routing keeps working under app:// and file-less hosts. */
export function useHashRoute(): string {
  const read = () => {
    const path = window.location.hash.replace(/^#/, '').split('?')[0] ?? '';
    return path === '' ? '/' : path;
  };
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
