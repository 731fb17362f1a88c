import { describe, expect, it } from 'vitest';
import {
  checkpointSchema,
  entranceSchema,
  perimeterWorkSchema,
  postSchema,
  siteSchema,
  upgradeItemSchema,
} from '../../shared/domain';
import { ChangedSinceError, ValidationError } from '../db/errors';
import { isMessageKey, translate, type MessageKey, type MessageParams } from '../i18n/translate';
import { describeError } from './describeError';

const i18n = (language: 'zh-CN' | 'en') => ({
  t: (key: MessageKey, params?: MessageParams) => translate(language, key, params),
  locale: language,
});
const refused = (field: string) =>
  new ValidationError([
    { code: 'custom', path: [field], message: 'Too big: expected string to have <=500 characters', input: '' },
  ]);

describe('describeError', () => {
  // Every field a command parses, as a form or the audit names it: never the program's own word.
  const schemas = { entranceSchema, postSchema, checkpointSchema, perimeterWorkSchema, upgradeItemSchema, siteSchema };
  const fields = [
    ...new Set(
      Object.values(schemas).flatMap((schema) => Object.keys(schema.shape).filter((k) => k !== 'id' && k !== 'siteId')),
    ),
    'reason',
    'operatorName',
  ];

  it.each(fields)('names the field %s as people read it, in both languages', (field) => {
    expect(isMessageKey(`field.${field}`), `a label for ${field} in the i18n files`).toBe(true);
    for (const language of ['zh-CN', 'en'] as const) {
      const label = translate(language, `field.${field}` as MessageKey);
      expect(describeError(refused(field), i18n(language), 'Asia/Shanghai')).toBe(
        translate(language, 'error.validation', { fields: label }),
      );
    }
  });

  it('says a too-long reason is about the reason, not an internal field', () => {
    expect(describeError(refused('reason'), i18n('zh-CN'), 'Asia/Shanghai')).toBe('输入有误，请检查：原因');
    expect(describeError(refused('internalBlob'), i18n('en'), 'Asia/Shanghai')).toBe('Please check: what was entered');
  });

  it('says who changed a record since it was opened, and when, in the site’s time zone', () => {
    const at = Date.UTC(2021, 10, 27, 6, 3);
    expect(
      describeError(new ChangedSinceError('upgradeItems', 'u1', '王伟', at), i18n('zh-CN'), 'Asia/Shanghai'),
    ).toMatch(/^未保存：打开编辑后，王伟 于 .*14:03.* 修改了这条记录。/);
    expect(
      describeError(new ChangedSinceError('upgradeItems', 'u1', 'Li Na', at), i18n('en'), 'Europe/London'),
    ).toMatch(/^Not saved: Li Na changed this record at .*06:03.*, after you opened it\./);
    expect(describeError(new ChangedSinceError('sites', 's1', null, null), i18n('en'), 'Asia/Shanghai')).toContain(
      'this record was changed after you opened it',
    );
  });
});
