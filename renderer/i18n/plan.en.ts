import type { PlanMessageKey } from './plan.zh-CN';

/** Strings of the plan-picture import in English: every key of the Chinese source. */
export const planEn: Record<PlanMessageKey, string> = {
  'plan.import': 'Import plan picture',
  'plan.replace': 'Replace plan picture',
  'plan.intro': 'A photo, scan or screenshot of the site plan: PNG, JPEG or SVG, up to 20 MB.',
  'plan.fileFilter': 'Plan pictures',
  'plan.choose': 'Choose a file…',
  'plan.chooseOther': 'Choose another file…',
  'plan.reading': 'Reading…',
  'plan.chosen': '{name} · {width} × {height}',
  'plan.sanitized': 'Scripts and external content were removed from this SVG.',
  'plan.keepPositions':
    'Entrances, posts and works keep their places in plan units: the new picture should show the same plan.',
  'plan.setScale': 'Set scale',
  'plan.scaleCurrent': 'Current scale: {metres} m per unit.',
  'plan.scaleUnset': 'No scale is set.',
  'plan.scaleNeedLine': 'Click two points on the plan, then enter the real distance between them.',
  'plan.rescalePositions':
    'The new picture has another size: entrances, posts, checkpoints and works are scaled onto it evenly (keeping their layout, all inside the picture). Correct them afterwards by dragging in edit mode. Earlier map edits can no longer be undone.',
  'plan.rescaleReason': 'Plan replaced: position converted to the new plan size',
  'plan.fit': 'Fit the picture to the current plan ({width} × {height}), so what is placed stays aligned',
  'plan.scaleHelp':
    'Set the scale: click two points on the picture whose real distance you know, then type that distance.',
  'plan.preview': 'Plan preview: click two points to draw the scale line',
  'plan.scaleLength': 'Real length (metres)',
  'plan.scaleResult': 'Scale: {metres} m per unit (line of {units} units)',
  'plan.scaleCarried': 'No scale line drawn: the scale is converted with the positions, to {metres} m per unit.',
  'plan.scaleKept': 'Without a scale line the current scale is kept.',
  'plan.scaleNone': 'No scale yet: the map shows no scale bar until one is set.',
  'plan.clearLine': 'Clear the line',
  'plan.save': 'Save',
  'plan.cancel': 'Cancel',
  'plan.error.cancelled': 'No file was chosen.',
  'plan.error.empty': 'The file is empty.',
  'plan.error.not-an-image': 'This is not a picture. Choose a PNG, JPEG or SVG of the plan.',
  'plan.error.too-large-file': 'The file is too large (20 MB at most). Make it smaller and import it again.',
  'plan.error.too-many-pixels':
    'The picture has too many pixels (12,000 a side and 80 million in all at most). Make it smaller and import it again.',
  'plan.error.broken-image': 'The picture is damaged and cannot be read.',
  'plan.error.broken-svg': 'The SVG file is damaged and cannot be read.',
  'plan.error.unsafe-svg': 'The SVG file holds unsafe content and cannot be imported.',
  'plan.error.no-size': 'The SVG has no size (no viewBox, width or height).',
};
