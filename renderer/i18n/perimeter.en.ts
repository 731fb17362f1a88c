import type { PerimeterMessageKey } from './perimeter.zh-CN';

/** Strings of the perimeter-works area in English: every key of the Chinese source. */
export const perimeterEn: Record<PerimeterMessageKey, string> = {
  'perimeter.title': 'Perimeter works and upgrades',
};
