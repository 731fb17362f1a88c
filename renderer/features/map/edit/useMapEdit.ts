import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PerimeterWork } from '../../../../shared/domain';
import { useServices } from '../../../services/useServices';
import { useCommand } from '../../../hooks/useCommand';
import { typingIn } from '../../../ui/typingIn';
import type { UndoEdit } from './workCommands';
import type { EditTool, MapEditHandlers } from './editTypes';
import { flushNudges } from '../../../plan/move/keyboardNudge';
import { popUndo, pushUndo, useUndoDepth } from './undoStack';

type Commands = typeof import('./commands');

/**
 * Edit mode of the map screen: on/off (E), the current tool, the commands behind every
 * edit (loaded on first use), and undo of the last edit (Ctrl+Z).
 */
export function useMapEdit(siteId: string | undefined) {
  const services = useServices();
  const { run, error, busy, clearError } = useCommand();
  const [editing, setEditing] = useState(false);
  const [tool, setTool] = useState<EditTool | null>(null);
  // Drawing and placing happen on the map, in MapEditor, whose code loads the first time
  // edit mode is turned on; until it is there a click on the map would do nothing.
  const [editorReady, setEditorReady] = useState(false);
  const markEditorReady = useCallback(() => setEditorReady(true), []);
  const depth = useUndoDepth();

  const perform = useCallback(
    (edit: (c: Commands['mapEditCommands']) => Promise<UndoEdit>): Promise<boolean> =>
      run(async () => pushUndo(await edit((await import('./commands')).mapEditCommands))),
    [run],
  );

  const handlers = useMemo<MapEditHandlers>(
    () => ({
      move: (table, id, to) => perform((c) => c.movePoint(services, { table, id, to })),
      moveWork: (id, to) => perform((c) => c.moveWorkSymbol(services, { id, to })),
      reshape: (id, points) =>
        perform((c) => c.updateWorkGeometry(services, { id, geometry: { type: 'line', points } })),
      create: (kind, geometry) =>
        siteId
          ? perform(async (c) => (await c.createWork(services, { siteId, kind, geometry })).undo)
          : Promise.resolve(false),
    }),
    [perform, services, siteId],
  );

  const remove = useCallback(
    (work: PerimeterWork) => perform((c) => c.deleteWork(services, { id: work.id })),
    [perform, services],
  );

  const undo = useCallback(async (): Promise<boolean> => {
    // A move made with the keys and not saved yet is the last edit: save it, then undo it.
    await flushNudges();
    const edit = popUndo();
    if (!edit) return false;
    // A refused undo (records point at it now) stays off the stack: it would be refused again.
    return run(async () => (await import('./commands')).applyUndo(services, edit));
  }, [run, services]);

  // The commands' code is fetched as edit mode comes on, not at the first drag's release: a
  // move is saved only once it is there, and a window closed meanwhile would lose it.
  useEffect(() => {
    if (editing) void import('./commands').catch(() => undefined);
  }, [editing]);

  const toggle = useCallback(() => {
    void flushNudges();
    setEditing((on) => !on);
    setTool(null);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typingIn(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z') {
        // Undo belongs to edit mode, like its button: out of it, Ctrl+Z takes nothing back.
        if (!editing) return;
        e.preventDefault();
        void undo();
      } else if (!mod && !e.altKey && (e.key === 'e' || e.key === 'E')) {
        e.preventDefault();
        toggle();
      } else if (e.key === 'Escape') {
        setTool(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editing, toggle, undo]);

  return {
    editing,
    toggle,
    tool,
    setTool,
    editorReady,
    markEditorReady,
    handlers,
    remove,
    undo,
    canUndo: depth > 0,
    busy,
    error,
    clearError,
  };
}
