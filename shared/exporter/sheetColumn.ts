import type { ColumnKind } from '../grid/gridTypes.ts';

/** One column of an exported data sheet. `listRef` is the dropdown's range; `hidden` hides the column. */
export type SheetColumn = {
  id: string;
  header: string;
  /** On-screen width in px (the grid's), turned into Excel's character widths. */
  widthPx: number;
  kind: ColumnKind | 'recordId';
  required?: boolean;
  hidden?: boolean;
  listRef?: string;
};
