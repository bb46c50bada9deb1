/** Elements whose content is never cell text (Excel's clipboard HTML carries big style blocks). */
const SKIPPED = new Set(['style', 'script', 'template', 'head', 'title', 'xml']);
/** Elements that start and end a line of their own inside a cell. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
/** Marks "new line here unless one is already here" while walking; resolved once the cell is read (a private-use char). */
const SOFT_BREAK = '\ue000';
// colspan/rowspan limits of the HTML table model, so a hostile 1e9 cannot allocate a huge grid.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

const keepsWhitespace = (el: Element): boolean => el.localName === 'pre' || /white-space\s*:\s*pre/i.test(el.getAttribute('style') ?? '');

/** Collects a cell's text: <br> is a line break, blocks are lines, comments and styles are nothing. */
const collectText = (node: Node, out: string[], pre: boolean): void => {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = child.textContent ?? '';
      out.push(pre ? text.replace(/\r\n?/g, '\n') : text.replace(/[ \t\n\r\f]+/g, ' '));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const el = child as Element;
      if (SKIPPED.has(el.localName)) continue;
      if (el.localName === 'br') {
        out.push('\n');
        continue;
      }
      const block = BLOCKS.has(el.localName);
      if (block) out.push(SOFT_BREAK);
      collectText(el, out, pre || keepsWhitespace(el));
      if (block) out.push(SOFT_BREAK);
    }
  }
};

/** The text a cell shows: source-formatting whitespace collapsed as a browser would, &nbsp; as a space. */
const cellText = (cell: Element): string => {
  const out: string[] = [];
  collectText(cell, out, keepsWhitespace(cell));
  return out
    .join('')
    .replace(/[ \ue000]*\ue000[ \ue000]*/g, SOFT_BREAK)
    .replace(/\n\ue000/g, '\n')
    .replaceAll(SOFT_BREAK, '\n')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replaceAll('\u00a0', ' ');
};

const spanOf = (cell: Element, name: 'colspan' | 'rowspan', max: number): number => {
  const n = Number.parseInt(cell.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/** The table's own visible rows: not those of nested tables, not Excel's display:none spacer rows. */
const rowsOf = (table: Element): Element[] =>
  [...table.querySelectorAll('tr')].filter(
    (tr) => tr.closest('table') === table && !/display\s*:\s*none/i.test(tr.getAttribute('style') ?? ''),
  );

const cellsOf = (tr: Element): Element[] => [...tr.children].filter((c) => c.localName === 'td' || c.localName === 'th');

/** Puts one cell's text in its top-left slot and '' in the rest of its merged area; returns the next free column. */
const placeCell = (grid: string[][], r: number, c: number, cell: Element): number => {
  const rowspan = cell.getAttribute('rowspan') === '0' ? grid.length - r : Math.min(spanOf(cell, 'rowspan', MAX_ROWSPAN), grid.length - r);
  const colspan = spanOf(cell, 'colspan', MAX_COLSPAN);
  const text = cellText(cell);
  for (let dr = 0; dr < rowspan; dr += 1) {
    const row = grid[r + dr];
    for (let dc = 0; row && dc < colspan; dc += 1) row[c + dc] = dr === 0 && dc === 0 ? text : '';
  }
  return c + colspan;
};

/**
 * The first table of clipboard HTML (Excel, WPS, Google Sheets) as rows of cell text, or null when
 * there is none. HTML keeps what the plain text loses: merged cells (expanded with '' so the grid
 * stays rectangular) and where a cell's own line breaks are.
 */
export const parseClipboardHtml = (html: string): string[][] | null => {
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');
  if (!table) return null;
  const trs = rowsOf(table);
  if (trs.length === 0) return null;
  const grid: string[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const cell of cellsOf(tr)) {
      // Skip slots taken by a rowspan from above.
      while (grid[r]?.[c] !== undefined) c += 1;
      c = placeCell(grid, r, c, cell);
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  if (width === 0) return null;
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
};
