import { useEffect, useState } from 'react';
import { useServices } from '../services/useServices';

/** The injected clock's time, re-read every `intervalMs` so clocks and "now" views move. */
export function useNow(intervalMs = 1000): number {
  const { clock } = useServices();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const id = setInterval(() => setNow(clock.now()), intervalMs);
    return () => clearInterval(id);
  }, [clock, intervalMs]);
  return now;
}
