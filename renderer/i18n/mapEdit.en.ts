import type { MapEditMessageKey } from './mapEdit.zh-CN';

/** Strings of the map's edit mode in English: every key of the Chinese source. */
export const mapEditEn: Record<MapEditMessageKey, string> = {
  'mapEdit.toolbar': 'Map editing',
  'mapEdit.toggle': 'Edit',
  'mapEdit.on': 'Editing · click to stop',
  'mapEdit.toggleTitle': 'Turn edit mode on or off (E)',
  'mapEdit.lineKind': 'Line kind',
  'mapEdit.drawLine': 'Draw line',
  'mapEdit.symbolKind': 'Symbol kind',
  'mapEdit.placeSymbol': 'Place symbol',
  'mapEdit.delete': 'Delete selected work',
  'mapEdit.undo': 'Undo',
  'mapEdit.undoTitle': 'Undo the last edit (Ctrl+Z)',
  'mapEdit.cancel': 'Cancel',
  'mapEdit.dragHint': 'Edit mode: drag entrances, posts, checkpoints and symbols to move them; select a line to reshape it.',
  'mapEdit.drawHint': 'Click point by point on the plan to draw the {kind}; double-click the last point to finish. Esc cancels.',
  'mapEdit.placeHint': 'Click on the plan to place the {kind}. Esc cancels.',
  'mapEdit.reshapeHint': 'Drag a vertex to reshape; drag a midpoint to add a vertex, right-click a vertex to remove it.',
  'mapEdit.deleteTitle': 'Delete “{name}”?',
  'mapEdit.deleteBody': 'This work will be removed from the map. Undo brings it back.',
  'mapEdit.deleteConfirm': 'Delete',
  'mapEdit.inUse': 'This work has {count} upgrade item(s) linked to it and cannot be deleted.',
} as const;
