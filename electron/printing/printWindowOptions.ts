import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../appOrigin';
import { appWebPreferences } from '../webPreferences';

// An A4 page at 96 CSS pixels an inch: the view is laid out about as wide as it prints,
// so what is measured on screen (the plan's size) holds on paper.
const A4_WIDTH_PX = 794;
const A4_HEIGHT_PX = 1123;

/**
 * The hidden window a sheet is drawn in. It has the operator window's webPreferences
 * (isolated, sandboxed, no Node: it runs the same renderer and gets the same bridge),
 * is never shown, and is never throttled: a hidden page's timers and frames are
 * otherwise slowed down, and its data, fonts and plan would take far longer to be in.
 */
export function printWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: A4_WIDTH_PX,
    height: A4_HEIGHT_PX,
    backgroundColor: '#ffffff',
    // A hidden window must not have its timers and frames held back while it lays the sheet out.
    webPreferences: { ...appWebPreferences(preload), backgroundThrottling: false },
  };
}

/** The URL a print view is opened on: a route of the app's print page (print.html: the sheet's code only), on its own origin. */
export function printPageUrl(route: string): string {
  return `${APP_ORIGIN}/print.html#${route}`;
}
