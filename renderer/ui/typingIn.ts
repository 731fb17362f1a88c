/**
 * Whether a key press belongs to a field or a dialog rather than to the screen's shortcuts.
 * Any open dialog counts, wherever the focus is: inside a modal it can fall back to the
 * page body (a click on its text), and a shortcut must not change what is behind it.
 */
export const typingIn = (target: EventTarget | null): boolean =>
  document.querySelector('dialog[open]') !== null ||
  (target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)));
