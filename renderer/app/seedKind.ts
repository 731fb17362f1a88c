import type { SeedKind } from '../db/seed';

const seedKinds: readonly SeedKind[] = ['year', 'large-site', 'shift-site', 'sheet-site'];

/**
 * `?seed=year` (a generated year of operation), `?seed=large-site` (60 entrances, 200 posts,
 * 2,000 works), `?seed=shift-site` (500 people, 20 posts, a week of shifts from today) or
 * `?seed=sheet-site` (the demo with 200 people and 30 rounds in the shift running now)
 * instead of the demo, on an empty store only (benchmarks, the sheets' page-break spec).
 */
export function seedKind(): SeedKind {
  const seed = new URLSearchParams(window.location.search).get('seed');
  return seedKinds.find((k) => k === seed) ?? 'demo';
}
