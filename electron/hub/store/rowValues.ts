/**
 * Typed reads of SQLite result columns. A wrong type means the file was changed outside the hub or
 * is damaged, so the message points the operator at a backup.
 */
export const rowValues = {
  text(row: Record<string, unknown>, column: string): string {
    const value = row[column];
    if (typeof value !== 'string') throw damaged(column);
    return value;
  },
  integer(row: Record<string, unknown>, column: string): number {
    const value = row[column];
    if (typeof value !== 'number' || !Number.isInteger(value)) throw damaged(column);
    return value;
  },
  integerOrNull(row: Record<string, unknown>, column: string): number | null {
    return row[column] === null ? null : rowValues.integer(row, column);
  },
};

function damaged(column: string): Error {
  return new Error(`团队数据文件内容异常（字段 ${column} 类型不对），请停止团队服务并从最近的备份恢复。`);
}
