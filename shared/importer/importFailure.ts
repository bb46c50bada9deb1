import type { ImportErrorCode, ImportFailure } from './importTypes.ts';

const RESAVE = '请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。';

/** What each failure means to the user and what to do about it. */
const messages: Record<ImportErrorCode, string> = {
  xls: `这是旧版 Excel 文件（.xls），无法直接导入。${RESAVE}`,
  encrypted: '文件设有打开密码，无法读取。请先在 Excel 或 WPS 中取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后再导入。',
  notSpreadsheet: '这不是表格文件。请选择 .xlsx、.xlsm 或 .csv 文件。',
  corrupt: `文件已损坏或结构不标准，无法读取。${RESAVE}`,
  tooLarge: '文件太大，无法一次导入。请把数据拆成几个较小的文件（例如按年份），分别导入。',
  tooManyRows: '文件行数太多，无法一次导入。请把数据拆成几个较小的文件（例如按年份），分别导入。',
  timeout: '读取文件用时过长，已停止。请删除不需要的工作表、图片和格式，或把数据拆成几个较小的文件后再导入。',
  empty: `文件里没有可导入的数据（没有工作表，或工作表都是空的）。如果在 Excel 中能看到数据，${RESAVE}`,
  cancelled: '已取消导入，没有写入任何数据。',
  sheetNotFound: '文件里没有这个工作表，请检查工作表名称。',
};

/**
 * A failure with its Chinese message: `detail` (what exactly was found) goes in front of the code's
 * advice, or of `advice` when the case needs its own.
 */
export const importFailure = (code: ImportErrorCode, detail?: string, advice?: string): ImportFailure => {
  const tail = advice ?? messages[code];
  return { ok: false, code, message: detail ? `${detail}。${tail}` : tail };
};

/** The advice for files that Excel or WPS can open but we cannot read: re-save them as .xlsx. */
export const RESAVE_ADVICE = RESAVE;
