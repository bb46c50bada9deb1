/**
 * The header of the hidden last column that carries each row's id, so re-importing an exported sheet
 * updates the same rows instead of adding copies (the importer maps this header to `id`).
 */
export const RECORD_ID_HEADER = '记录ID';
