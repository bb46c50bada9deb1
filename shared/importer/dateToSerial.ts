const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * The 1900-system Excel serial of a Date exceljs produced. exceljs turns serial v into
 * `new Date((v − 25569 [+ 1462 in a 1904 workbook]) days)` (UTC), so this inverse gives the serial a
 * 1900 workbook would hold for the same wall-clock day, whichever system the file used.
 */
export const dateToSerial = (date: Date): number => {
  const serial = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  // Excel stores times to the millisecond at best; rounding to whole seconds drops float noise.
  return Math.round(serial * 86_400) / 86_400;
};
