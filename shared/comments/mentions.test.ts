import { describe, expect, it } from 'vitest';
import { activeMention } from './activeMention.ts';
import { insertMention } from './insertMention.ts';
import { mentionSegments } from './mentionSegments.ts';
import { parseMentions } from './parseMentions.ts';

const members = [
  { id: 'zw', name: '张伟' },
  { id: 'zwh', name: '张伟华' },
  { id: 'ln', name: '李娜' },
];

describe('parseMentions', () => {
  it('finds each @name once, in order, the longest name winning at each @', () => {
    expect(parseMentions('@李娜 这个客户请跟进，@张伟华 协助报价，再@李娜', members)).toEqual(['ln', 'zwh']);
    expect(parseMentions('请@张伟看一下', members)).toEqual(['zw']);
  });

  it('ignores an @ that names nobody, an e-mail address and a bare name without @', () => {
    expect(parseMentions('发到 li@qihang.com，张伟 知悉，@王五', members)).toEqual([]);
  });
});

describe('activeMention', () => {
  it('is the @ before the caret and what was typed after it', () => {
    expect(activeMention('请@张', 3)).toEqual({ start: 1, query: '张' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    // The caret in the middle of the text: only what is before it counts.
    expect(activeMention('@李娜 你好', 2)).toEqual({ start: 0, query: '李' });
  });

  it('ends at a space, does not start inside an e-mail address, and gives up after 20 characters', () => {
    expect(activeMention('@李娜 你好', 6)).toBeNull();
    expect(activeMention('li@qi', 5)).toBeNull();
    expect(activeMention(`@${'长'.repeat(21)}`, 22)).toBeNull();
    expect(activeMention('没有提到任何人', 7)).toBeNull();
  });
});

describe('insertMention', () => {
  it('replaces the typed @query with @name and a space, and puts the caret after it', () => {
    const text = '请@张 看下报价';
    const mention = activeMention(text, 3)!;
    expect(insertMention(text, 3, mention, '张伟华')).toEqual({ text: '请@张伟华  看下报价', caret: 6 });
  });
});

describe('mentionSegments', () => {
  it('splits text around the stored mentions, longest name first', () => {
    expect(mentionSegments('@张伟华 和 @李娜：明天一起拜访', [members[1]!, members[2]!])).toEqual([
      { text: '@张伟华', memberId: 'zwh' },
      { text: ' 和 ' },
      { text: '@李娜', memberId: 'ln' },
      { text: '：明天一起拜访' },
    ]);
  });

  it('leaves an @ that names no stored mention as plain text', () => {
    expect(mentionSegments('li@qihang.com @王五', [members[2]!])).toEqual([{ text: 'li@qihang.com @王五' }]);
    expect(mentionSegments('', [])).toEqual([]);
  });
});
