import { memo, useCallback } from 'react';
import type { Entrance, Point } from '../../../shared/domain';
import { useI18n } from '../../i18n/useI18n';
import { entranceSymbolMarkup } from '../../ui/entranceSymbols';
import { useRemScale } from '../../ui/useRemScale';
import { PlanMarker } from './PlanMarker';

type Select = (e: Entrance) => void;
type Move = (id: string, to: Point) => Promise<boolean>;

/** Every entrance by its state and number; clicked to select, moved in edit mode (`onMove`). */
export function EntranceMarkers({
  entrances,
  onSelect,
  onMove,
}: {
  entrances: readonly Entrance[];
  onSelect?: Select | undefined;
  onMove?: Move | undefined;
}) {
  const rem = useRemScale();
  const size = Math.round(30 * rem);
  return entrances.map((e) => (
    <EntranceMarker key={e.id} entrance={e} size={size} onSelect={onSelect} onMove={onMove} />
  ));
}

/** One entrance; re-renders only when it, its size or the language changes. */
const EntranceMarker = memo(function EntranceMarker({
  entrance: e,
  size,
  onSelect,
  onMove,
}: {
  entrance: Entrance;
  size: number;
  onSelect: Select | undefined;
  onMove: Move | undefined;
}) {
  const { t } = useI18n();
  const click = useCallback(() => onSelect?.(e), [onSelect, e]);
  return (
    <PlanMarker
      id={e.id}
      at={e.position}
      className="entrance-marker"
      html={`${entranceSymbolMarkup(e.state, size)}<span class="entrance-marker-number">${e.number}</span>`}
      size={size}
      title={t('map.entranceMarker', { number: e.number, name: e.name, state: t(`entranceState.${e.state}`) })}
      onClick={click}
      onMove={onMove}
    />
  );
});
