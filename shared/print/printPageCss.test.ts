import { describe, expect, it } from 'vitest';
import { pageCounterContent, printPageCss } from './printPageCss.ts';

describe('printPageCss', () => {
  it('turns the page-of template into CSS page counters around quoted text', () => {
    expect(pageCounterContent('第 {{page}} 页 共 {{pages}} 页')).toBe('"第 " counter(page) " 页 共 " counter(pages) " 页"');
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('')).toBe('""');
  });

  it('sets A4 in the orientation asked for, with 制表人, page numbers and print date in the bottom margin', () => {
    const css = printPageCss({ preparedBy: '制表人：张伟', pageOf: '第 {{page}} 页 共 {{pages}} 页', printedOn: '打印日期：2026-12-01' }, true);
    expect(css).toContain('@page { size: A4 landscape;');
    expect(css).toContain('@bottom-left { content: "制表人：张伟";');
    expect(css).toContain('@bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页";');
    expect(css).toContain('@bottom-right { content: "打印日期：2026-12-01";');
    expect(printPageCss({ preparedBy: '', pageOf: '', printedOn: '' }, false)).toContain('size: A4 portrait;');
  });

  it('keeps a name with quotes, backslashes or line breaks inside its string', () => {
    const css = printPageCss({ preparedBy: '制表人：张"伟\\}\n@page{', pageOf: '{{page}}', printedOn: '' }, true);
    expect(css).toContain('content: "制表人：张\\"伟\\\\} @page{";');
  });
});
