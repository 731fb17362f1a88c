import type { MapEditMessageKey } from './mapEdit.zh-CN';

/** Strings of the map's edit mode in English: every key of the Chinese source. */
export const mapEditEn: Record<MapEditMessageKey, string> = {
  'mapEdit.toolbar': 'Map editing',
  'mapEdit.toggle': 'Edit',
  'mapEdit.on': 'Editing · stop',
  'mapEdit.toggleTitle': 'Turn edit mode on or off (E)',
  'mapEdit.lineKind': 'Line kind',
  'mapEdit.drawLine': 'Draw line',
  'mapEdit.delete': 'Delete selected',
  'mapEdit.undo': 'Undo',
  'mapEdit.undoTitle': 'Undo the last edit (Ctrl+Z)',
  'mapEdit.cancel': 'Cancel',
  'mapEdit.dragHint':
    'Edit mode: drag entrances, posts, checkpoints and symbols to move them (or Tab to one and use the arrow keys); select a line to reshape it.',
  'mapEdit.drawHint':
    'Click point by point on the plan to draw the {kind}; double-click the last point to finish. Esc cancels.',
  'mapEdit.placeHint':
    'Click on the plan to place the {kind}, or press Enter to place it at the centre of the map. Esc cancels.',
  'mapEdit.reshapeHint':
    'Drag a vertex to reshape; drag a midpoint to add a vertex, right-click a vertex to remove it.',
  'mapEdit.deleteTitle': 'Delete “{name}”?',
  'mapEdit.deleteBody': 'This work will be removed from the map. Undo brings it back.',
  'mapEdit.deleteConfirm': 'Delete',
  'mapEdit.inUse': 'This work has {count} upgrade item(s) linked to it and cannot be deleted.',
  'mapEdit.placeKind': 'What to place',
  'mapEdit.place': 'Place',
  'mapEdit.group.places': 'Places',
  'mapEdit.group.symbols': 'Symbols',
  'mapEdit.what.entrances': 'Entrance',
  'mapEdit.what.posts': 'Post',
  'mapEdit.what.checkpoints': 'Checkpoint',
  'mapEdit.placeTitle.entrances': 'New entrance',
  'mapEdit.placeTitle.posts': 'New post',
  'mapEdit.placeTitle.checkpoints': 'New checkpoint',
  'mapEdit.defaultName.entrances': 'Entrance {number}',
  'mapEdit.defaultName.posts': 'New post {number}',
  'mapEdit.defaultName.checkpoints': 'New checkpoint {number}',
  'mapEdit.field.route': 'Patrol route',
  'mapEdit.field.entrance': 'At entrance',
  'mapEdit.noEntrance': '(not at an entrance)',
  'mapEdit.noRoute': 'This site has no patrol route yet, so no checkpoint can be placed.',
  'mapEdit.checkpointOrder': 'It becomes checkpoint {order} of the route.',
  'mapEdit.placeSave': 'Place',
  'mapEdit.error.name': 'Enter a name.',
  'mapEdit.error.number': 'The number must be a whole number above 0.',
  'mapEdit.error.minStaff': 'Minimum staff must be a whole number from 0 to 100.',
  'mapEdit.numberTaken': 'Number {number} is already used by another entrance. Choose another number.',
  'mapEdit.placedInUse':
    '{count} record(s) (roster, crossings or patrols) already refer to it: its placing cannot be undone.',
} as const;
