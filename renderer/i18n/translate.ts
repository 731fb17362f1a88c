import type { Language } from '../../shared/domain';
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** Replaces {name} placeholders; values are inserted as text, never as markup. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(zhCN) as MessageKey[];
}

export function dictionary(language: Language): Readonly<Record<MessageKey, string>> {
  return dictionaries[language];
}

const keySet = new Set<string>(Object.keys(zhCN));
export function isMessageKey(key: string): key is MessageKey {
  return keySet.has(key);
}
