import { useEffect, useState } from 'react';

/** How long each page of the wall's rotating panels stays: long enough to read a chart from across the tent. */
export const ROTATION_MS = 15_000;

/**
 * Which of `count` pages shows now, moving on every `periodMs` (and back to the first
 * after the last). One page or none: no timer at all.
 */
export function useRotation(count: number, periodMs = ROTATION_MS): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    const id = setInterval(() => setStep((s) => (s + 1) % count), periodMs);
    return () => clearInterval(id);
  }, [count, periodMs]);
  return count === 0 ? 0 : step % count;
}
