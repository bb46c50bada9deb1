import { describe, expect, it } from 'vitest';
import { localeMessages } from './localeMessages.ts';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
const variables = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('UI text', () => {
  const zh = new Map(flatten(localeMessages['zh-CN'] as Tree));
  const en = new Map(flatten(localeMessages.en as Tree));

  it('has the same keys in every language, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of [...zh, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same {{variables}} in every language', () => {
    for (const [key, text] of zh) expect(variables(en.get(key) ?? ''), key).toEqual(variables(text));
  });
});
