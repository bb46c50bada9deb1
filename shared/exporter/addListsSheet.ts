import type { DropdownList } from './dropdownLists.ts';
import type { Workbook } from './excel.ts';
import { LISTS_SHEET } from './listRange.ts';

/**
 * Writes the dropdown lists to a hidden sheet, one column each (title in row 1, values from row 2, as
 * `listRange` refers to them). Inline lists ("a,b,c") break Excel past 255 characters; a range has no
 * such limit and also works in WPS and LibreOffice. Added after the data sheet, which stays first.
 */
export const addListsSheet = (book: Workbook, lists: readonly DropdownList[]): void => {
  if (lists.length === 0) return;
  const sheet = book.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.forEach((list, index) => {
    const column = index + 1;
    sheet.getColumn(column).width = 16;
    sheet.getCell(1, column).value = list.title;
    sheet.getCell(1, column).font = { bold: true };
    list.values.forEach((value, i) => {
      const cell = sheet.getCell(i + 2, column);
      cell.value = value;
      // Text, so a label such as "001" stays exactly what the dropdown offers.
      cell.numFmt = '@';
    });
  });
};
