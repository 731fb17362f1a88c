import { useState } from 'react';
import type { PerimeterWork, PerimeterWorkKind } from '../../../../shared/domain';
import { lineWorkKinds, symbolWorkKinds } from '../../../../shared/domain/perimeterValues';
import type { EditTool } from './editTypes';
import { placedTables } from './placedTables';
import { useI18n } from '../../../i18n/useI18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import './mapEdit.css';
import type { useMapEdit } from './useMapEdit';
import { DialogActions } from '../../../ui/DialogActions';
import { workName } from '../../../ui/workName';
import { ChoiceSelect } from '../../../ui/ChoiceSelect';

type MapEdit = ReturnType<typeof useMapEdit>;

/** The edit switch and, in edit mode, the tools: draw a line, place a symbol, delete, undo. */
export function EditToolbar({ edit, selectedWork }: { edit: MapEdit; selectedWork: PerimeterWork | null }) {
  const { t } = useI18n();
  const [lineKind, setLineKind] = useState<PerimeterWorkKind>('guard-rail');
  const [placeKind, setPlaceKind] = useState<string>('camera');
  const [confirming, setConfirming] = useState<PerimeterWork | null>(null);
  const { editing, tool } = edit;
  const name = (w: PerimeterWork) => workName(w, t);

  return (
    <div className={`map-edit-bar${editing ? ' is-editing' : ''}`} role="toolbar" aria-label={t('mapEdit.toolbar')}>
      <button
        type="button"
        className={editing ? 'button-primary' : 'button-secondary'}
        aria-pressed={editing}
        title={t('mapEdit.toggleTitle')}
        aria-keyshortcuts="E"
        onClick={edit.toggle}
      >
        {editing ? t('mapEdit.on') : t('mapEdit.toggle')}
      </button>
      {editing && (
        <>
          <label className="map-edit-field">
            <span className="visually-hidden">{t('mapEdit.lineKind')}</span>
            <ChoiceSelect
              value={lineKind}
              choices={lineWorkKinds}
              labelOf={(k) => t(`workKind.${k}`)}
              onChoose={setLineKind}
            />
          </label>
          <button
            type="button"
            className="button-secondary"
            aria-pressed={tool?.type === 'line'}
            disabled={!edit.editorReady}
            onClick={() => edit.setTool({ type: 'line', kind: lineKind })}
          >
            {t('mapEdit.drawLine')}
          </button>
          <label className="map-edit-field">
            <span className="visually-hidden">{t('mapEdit.placeKind')}</span>
            <select value={placeKind} onChange={(e) => setPlaceKind(e.target.value)}>
              <optgroup label={t('mapEdit.group.symbols')}>
                {symbolWorkKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`workKind.${k}`)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('mapEdit.group.places')}>
                {placedTables.map((what) => (
                  <option key={what} value={what}>
                    {t(`mapEdit.what.${what}`)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <button
            type="button"
            className="button-secondary"
            aria-pressed={tool !== null && tool.type !== 'line'}
            disabled={!edit.editorReady}
            onClick={() => edit.setTool(placeTool(placeKind))}
          >
            {t('mapEdit.place')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={!selectedWork || edit.busy}
            onClick={() => setConfirming(selectedWork)}
          >
            {t('mapEdit.delete')}
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={!edit.canUndo || edit.busy}
            title={t('mapEdit.undoTitle')}
            aria-keyshortcuts="Control+Z"
            onClick={() => void edit.undo()}
          >
            {t('mapEdit.undo')}
          </button>
        </>
      )}
      <Dialog
        title={confirming ? t('mapEdit.deleteTitle', { name: name(confirming) }) : ''}
        open={confirming !== null}
        onClose={() => setConfirming(null)}
      >
        <p>{t('mapEdit.deleteBody')}</p>
        <DialogActions
          cancel={t('mapEdit.cancel')}
          onCancel={() => setConfirming(null)}
          focusCancel
          confirm={t('mapEdit.deleteConfirm')}
          danger
          onConfirm={() => {
            const work = confirming;
            setConfirming(null);
            if (work) void edit.remove(work);
          }}
        />
      </Dialog>
    </div>
  );
}

/** The choice in the place list as a tool: an entrance, post or checkpoint, or a symbol. */
function placeTool(value: string): EditTool {
  const what = placedTables.find((p) => p === value);
  if (what) return { type: 'place', what };
  return { type: 'symbol', kind: symbolWorkKinds.find((k) => k === value) ?? 'camera' };
}

/** Over the map, in edit mode: what a click or drag does now, and what went wrong. Overlaid so the map keeps its size. */
export function EditHint({ edit, selectedWork }: { edit: MapEdit; selectedWork: PerimeterWork | null }) {
  const { t } = useI18n();
  const { editing, tool } = edit;
  if (!editing && !edit.error) return null;
  return (
    <div className="map-edit-overlay">
      {editing && (
        <p className="map-edit-hint" role="status">
          {tool?.type === 'line'
            ? t('mapEdit.drawHint', { kind: t(`workKind.${tool.kind}`) })
            : tool?.type === 'symbol'
              ? t('mapEdit.placeHint', { kind: t(`workKind.${tool.kind}`) })
              : tool?.type === 'place'
                ? t('mapEdit.placeHint', { kind: t(`mapEdit.what.${tool.what}`) })
                : selectedWork?.geometry.type === 'line'
                  ? t('mapEdit.reshapeHint')
                  : t('mapEdit.dragHint')}
          {tool && (
            <button type="button" className="button-quiet" onClick={() => edit.setTool(null)}>
              {t('mapEdit.cancel')}
            </button>
          )}
        </p>
      )}
      <ErrorMessage message={edit.error} onDismiss={edit.clearError} />
    </div>
  );
}
