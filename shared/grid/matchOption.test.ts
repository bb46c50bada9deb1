import { describe, expect, it } from 'vitest';
import { defaultOptionLists, type OptionItem } from '../domain/options.ts';
import { matchOption } from './matchOption.ts';
import { optionSynonyms } from './optionSynonyms.ts';

const lists = defaultOptionLists();
const item = (id: string, label: string, archived = false): OptionItem => ({ id, label, builtin: false, archived });

describe('matchOption', () => {
  it('matches labels, ignoring spaces, case and width', () => {
    expect(matchOption('电话', lists.methods, optionSynonyms)).toBe('phone');
    expect(matchOption(' 视频 会议 ', lists.methods, optionSynonyms)).toBe('video');
    const custom = [item('a', 'VIP客户'), item('b', 'Ａ类')];
    expect(matchOption('ｖｉｐ客户', custom, {})).toBe('a');
    expect(matchOption('a类', custom, {})).toBe('b');
  });

  it('matches ids', () => {
    expect(matchOption('negotiation', lists.stages, optionSynonyms)).toBe('negotiation');
    expect(matchOption('WeChat', lists.methods, optionSynonyms)).toBe('wechat');
  });

  it('matches synonyms people typed in old sheets', () => {
    expect(matchOption('打电话', lists.methods, optionSynonyms)).toBe('phone');
    expect(matchOption('WX', lists.methods, optionSynonyms)).toBe('wechat');
    expect(matchOption('腾讯会议', lists.methods, optionSynonyms)).toBe('video');
    expect(matchOption('E-Mail', lists.methods, optionSynonyms)).toBe('email');
    expect(matchOption('上门', lists.methods, optionSynonyms)).toBe('visit');
    expect(matchOption('其它', lists.methods, optionSynonyms)).toBe('other');
    expect(matchOption('赢单', lists.stages, optionSynonyms)).toBe('won');
    expect(matchOption('报价', lists.stages, optionSynonyms)).toBe('quote');
    expect(matchOption('报价', lists.statuses, optionSynonyms)).toBe('quoted');
    expect(matchOption('待跟进', lists.statuses, optionSynonyms)).toBe('callback');
    expect(matchOption('流失', lists.statuses, optionSynonyms)).toBe('churned');
    expect(matchOption('流失', lists.stages, optionSynonyms)).toBe('lost');
  });

  it('keeps synonyms working after an admin renames a label', () => {
    const renamed = lists.methods.map((o) => (o.id === 'phone' ? { ...o, label: '电话/语音' } : o));
    expect(matchOption('电话/语音', renamed, optionSynonyms)).toBe('phone');
    expect(matchOption('致电', renamed, optionSynonyms)).toBe('phone');
  });

  it("lets a label win over another option's synonym", () => {
    const statuses = [...lists.statuses, item('s9', '回访')];
    expect(matchOption('回访', statuses, optionSynonyms)).toBe('s9');
  });

  it('prefers a live option over an archived one with the same label, but still finds archived ones', () => {
    expect(matchOption('老客户', [item('old', '老客户', true), item('new', '老客户')], {})).toBe('new');
    expect(matchOption('老客户', [item('old', '老客户', true)], {})).toBe('old');
  });

  it('returns null for unknown or empty text', () => {
    expect(matchOption('打球', lists.methods, optionSynonyms)).toBeNull();
    expect(matchOption('', lists.methods, optionSynonyms)).toBeNull();
    expect(matchOption('  ', lists.methods, optionSynonyms)).toBeNull();
  });
});
