import type { PerimeterWork } from '../../shared/domain';
import type { I18n } from '../i18n/I18nContext';

/** What a piece of perimeter work is called on screen: its label, or its kind when it has none. */
export const workName = (work: Pick<PerimeterWork, 'label' | 'kind'>, t: I18n['t']): string =>
  work.label || t(`workKind.${work.kind}`);
