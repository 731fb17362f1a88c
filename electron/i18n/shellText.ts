/**
 * The shell's own words (its menu), in the app's two languages. The renderer's
 * dictionaries are not reachable from main; these are the few the shell shows itself.
 */

export type ShellLanguage = 'zh-CN' | 'en';

const zhCN = {
  'menu.openWall': '打开大屏',
} as const satisfies Record<string, string>;

export type ShellTextKey = keyof typeof zhCN;
export type ShellText = Readonly<Record<ShellTextKey, string>>;

// Typed by the Chinese keys: a key missing here, or one only here, does not compile.
const en: ShellText = {
  'menu.openWall': 'Open wall screen',
};

export const shellTexts: Readonly<Record<ShellLanguage, ShellText>> = { 'zh-CN': zhCN, en };

/**
 * Chinese, the app's first language, unless the system's preferred language is English
 * (`app.getPreferredSystemLanguages()`, first first).
 */
export function shellLanguage(preferred: readonly string[]): ShellLanguage {
  const first = preferred[0] ?? '';
  return /^en(?:[-_]|$)/i.test(first) ? 'en' : 'zh-CN';
}

export function shellTextFor(preferred: readonly string[]): ShellText {
  return shellTexts[shellLanguage(preferred)];
}
