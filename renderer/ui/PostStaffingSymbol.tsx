import type { StaffingLevel } from '../../shared/rules/staffing';
import { postSymbolMarkup } from './postSymbols';

/** The map's post symbol, for legends; the markup comes from constants only. */
export function PostStaffingSymbol({ level, size = 18 }: { level: StaffingLevel; size?: number }) {
  return <span className="post-symbol" dangerouslySetInnerHTML={{ __html: postSymbolMarkup(level, size) }} />;
}
