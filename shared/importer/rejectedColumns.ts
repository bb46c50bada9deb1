/**
 * The two columns a rejected-rows workbook (buildRejectedWorkbook) puts in front of the rows it gives
 * back. They describe the earlier import, not a record, so mapColumns never maps them: the fixed file
 * re-imports as it was, and 未导入原因 is not taken for a 备注 or a custom field named 原因.
 */
export const REJECTED_COLUMNS = { rowNumber: '原行号', reasons: '未导入原因' } as const;
