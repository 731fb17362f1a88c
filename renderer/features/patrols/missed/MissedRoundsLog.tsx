import type { Site } from '../../../../shared/domain';
import { useMinute } from '../../../hooks/useMinute';
import { useMissedRoundsLog } from './useMissedRoundsLog';

/** Draws nothing: keeps the log of missed rounds up to date in an operator's window, apart from any screen. */
export function MissedRoundsLog({ site }: { site: Site | null }) {
  useMissedRoundsLog(site, useMinute());
  return null;
}
