import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOptionLists } from '../../../../../shared/domain/options.ts';
import { initI18n } from '../../../i18n/i18n.ts';
import { describeValue } from './describeValue.ts';

beforeAll(() => initI18n('zh-CN'));

describe('describeValue', () => {
  const ctx = () => ({ t: i18next.t, options: defaultOptionLists(), memberNames: new Map([['m1', '王五']]) });

  it('shows option labels and member names instead of ids', () => {
    expect(describeValue('status', 'quoted', ctx())).toBe('已报价');
    expect(describeValue('stage', 'negotiation', ctx())).toBe('合同谈判');
    expect(describeValue('ownerId', 'm1', ctx())).toBe('王五');
  });

  it('words empty values and booleans, and shortens long text', () => {
    expect(describeValue('remark', '', ctx())).toBe('（空）');
    expect(describeValue('trashed', true, ctx())).toBe('是');
    expect(describeValue('summary', '字'.repeat(50), ctx())).toBe(`${'字'.repeat(40)}…`);
  });
});
