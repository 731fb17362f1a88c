import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/translate';
import { splitPageText } from './pageText';

describe('splitPageText', () => {
  it('puts the counters where each language has the numbers', () => {
    expect(splitPageText(translate('zh-CN', 'sheets.head.page'))).toEqual(['第 ', ' 页，共 ', ' 页']);
    expect(splitPageText(translate('en', 'sheets.head.page'))).toEqual(['Page ', ' of ', '']);
  });
});
