/** Excel's column width (characters of the default font) for a width in screen px: about 7 px each. */
export const excelWidth = (px: number): number => Math.max(4, Math.round((px / 7) * 10) / 10);
