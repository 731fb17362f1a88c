import { describe, expect, it } from 'vitest';
import { phoneSchema } from '../domain';
import { familyNameOf, fictionalPhone, nameGenerator, nameIn } from './names';
import { createRng } from './random';

describe('generated names', () => {
  it('gives each person a Chinese name and the same name in pinyin, never twice', () => {
    const next = nameGenerator(createRng(5));
    const names = Array.from({ length: 400 }, () => next());
    expect(new Set(names.map((n) => n.zh)).size).toBe(400);
    expect(new Set(names.map((n) => n.en)).size).toBe(400);
    for (const n of names) {
      expect(n.zh).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(n.en).toMatch(/^[A-Z][a-z]+ [A-Z][a-z']+$/);
      expect(nameIn(n, 'zh-CN')).toBe(n.zh);
      expect(nameIn(n, 'en')).toBe(n.en);
      expect(familyNameOf(n).zh).toBe(n.zh.charAt(0));
    }
  });

  it('makes undialable phone numbers the schema accepts', () => {
    expect(fictionalPhone(1)).toBe('000-0000-0001');
    expect(fictionalPhone(219)).toBe('000-0000-0219');
    for (const i of [0, 1, 42, 9999]) expect(phoneSchema.safeParse(fictionalPhone(i)).success).toBe(true);
  });
});
