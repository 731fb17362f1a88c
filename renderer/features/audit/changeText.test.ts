import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain';
import { translate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { auditWhat, rowChanges } from './changeText';

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const format = { moment: (ms: number) => new Date(ms).toISOString(), number: (n: number) => String(n) };

const row = (more: Partial<AuditEntry>): AuditEntry => ({
  at: 0,
  operator: '陈静',
  action: 'update',
  table: 'sites',
  entityId: 's1',
  siteId: 's1',
  before: null,
  after: null,
  ...more,
});

describe('an audit row in words', () => {
  it('a site deleted: the site by name, and how many rows of each kind went with it (its audit rows stay, so they are not named)', () => {
    const deleted = row({
      action: 'delete',
      before: { name: '香樟苑', counts: { sites: 1, entrances: 6, posts: 0, people: 59, audit: 412 } },
    });
    expect(auditWhat(deleted, zh)).toBe('删除 现场 · 香樟苑');
    expect(rowChanges(deleted, zh, format)).toEqual({ changes: [], notes: ['出入口 6、人员 59'] });
    expect(rowChanges(deleted, en, format).notes).toEqual(['6 entrances, 59 people']);
  });

  it('a restore: the site by name, the file it came from and how many audit records came with it', () => {
    const restored = row({
      action: 'restore',
      after: { name: 'Xiangzhangyuan', fileName: 'xzy-2026-11-28.cordon', rows: 152 },
    });
    expect(auditWhat(restored, en)).toBe('Restored from backup Site · Xiangzhangyuan');
    expect(rowChanges(restored, en, format)).toEqual({
      changes: [],
      notes: ['File: xzy-2026-11-28.cordon', '152 audit records'],
    });
  });

  it('an update lists the fields it changed, states in words', () => {
    const update = row({
      table: 'entrances',
      before: { name: '沿街门洞3', state: 'sealed' },
      after: { name: '沿街门洞3', state: 'controlled-open' },
    });
    expect(auditWhat(update, zh)).toBe('修改 出入口 · 沿街门洞3');
    expect(rowChanges(update, zh, format).changes).toEqual([{ field: '状态', before: '封闭', after: '管控开放' }]);
  });
});
