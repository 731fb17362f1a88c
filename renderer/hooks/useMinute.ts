import { useEffect, useState } from 'react';
import { useServices } from '../services/useServices';

const MINUTE = 60_000;
const floorMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

/**
 * The current minute, changing on the minute boundary itself: every part of the screen
 * that asks "which shift is now" turns over at the same moment (header and roster
 * never disagree at a shift change).
 */
export function useMinute(): number {
  const { clock } = useServices();
  const [minute, setMinute] = useState(() => floorMinute(clock.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const now = clock.now();
      setMinute(floorMinute(now));
      // A little past the boundary, so a timer that fires early still lands in the new minute.
      timer = setTimeout(schedule, MINUTE - (now % MINUTE) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, [clock]);
  return minute;
}
