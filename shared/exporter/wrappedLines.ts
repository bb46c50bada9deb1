/** East Asian wide characters take about two of Excel's width units ('0' of the default font). */
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text) width += wide.test(ch) ? 2 : 1.1;
  return width;
};

/**
 * About how many lines a wrapped cell needs at a column width (in Excel's character units). Spreadsheet
 * apps do not all re-measure rows when opening a file, so the export sets the height itself.
 */
export const wrappedLines = (text: string, widthChars: number): number => {
  if (text === '') return 1;
  const usable = Math.max(1, widthChars - 1);
  return text.split(/\r\n|\r|\n/).reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
};
