/**
 * The footer of every printed page, as the Excel 周报 has it: 制表人 on the left, 第 N 页 共 M 页 in the
 * middle, the print date on the right. `pageOf` holds the markers {{page}} and {{pages}}, which become
 * CSS page counters; the rest is quoted text.
 */
export type PrintFooter = { preparedBy: string; pageOf: string; printedOn: string };

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n\f]+/g, ' ')}"`;

/** `第 {{page}} 页 共 {{pages}} 页` → `"第 " counter(page) " 页 共 " counter(pages) " 页"`. */
export const pageCounterContent = (template: string): string => {
  const parts = template.split(/(\{\{pages?\}\})/).filter((p) => p !== '');
  if (parts.length === 0) return '""';
  return parts.map((p) => (p === '{{page}}' ? 'counter(page)' : p === '{{pages}}' ? 'counter(pages)' : cssString(p))).join(' ');
};

/**
 * The `@page` rule of a page being printed: A4 in its orientation (Chromium takes the size from CSS and
 * ignores the print call's own orientation when a page sets one, so this must agree with it) and the
 * footer in the page's bottom margin, on every page. The margins are those of the print stylesheet.
 */
export const printPageCss = (footer: PrintFooter, landscape: boolean): string =>
  [
    `@page { size: A4 ${landscape ? 'landscape' : 'portrait'};`,
    `  @bottom-left { content: ${cssString(footer.preparedBy)}; font-size: 8pt; color: #333; }`,
    `  @bottom-center { content: ${pageCounterContent(footer.pageOf)}; font-size: 8pt; color: #333; }`,
    `  @bottom-right { content: ${cssString(footer.printedOn)}; font-size: 8pt; color: #333; }`,
    '}',
  ].join('\n');
