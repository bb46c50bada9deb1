import type { DryRunResult } from './runDryRunInWorker.ts';

const VERDICTS: Readonly<Record<string, string>> = { new: '新增', changed: '更新', unchanged: '不变', skipped: '跳过', rejected: '拒绝' };
const SHOWN_ROWS = 30;

/** The dry run as Chinese text for an admin at a terminal (the --json output carries everything). */
export const formatDryRun = (result: DryRunResult): string => {
  if (!result.ok) return `无法导入 ${result.file.name}：${result.message}`;
  const lines = [
    `文件：${result.file.name}（${result.file.kind}${result.file.encoding ? `，${result.file.encoding}` : ''}）`,
    `工作表：${result.sheets.map((s) => `${s.name}${s.hidden ? '（隐藏）' : ''} ${s.rows} 行`).join('、')}；使用「${result.sheet}」`,
    `表头：第 ${result.header.row} 行${result.header.rows === 2 ? `（两行表头，到第 ${result.header.row + 1} 行）` : ''}`,
    '列对应：',
    ...result.mapping.map((m) => `  ${m.column} ${m.header || '（无标题）'} → ${m.field ? `${m.label}（${Math.round(m.confidence * 100)}%）` : '不导入'}`),
    `结果：新增 ${result.counts.new}，更新 ${result.counts.changed}，不变 ${result.counts.unchanged}，跳过 ${result.counts.skipped ?? 0}，拒绝 ${result.counts.rejected}；新客户 ${result.newCustomers.length}，新联系人 ${result.newContacts.length}`,
    ...result.warnings.map((w) => `注意：${w}`),
    ...result.rows.slice(0, SHOWN_ROWS).map((r) => `  第 ${r.row} 行 ${VERDICTS[r.verdict] ?? r.verdict}${[...r.reasons, ...r.warnings].length ? `：${[...r.reasons, ...r.warnings].join('；')}` : ''}`),
  ];
  if (result.rows.length > SHOWN_ROWS) lines.push(`  ……另有 ${result.rows.length - SHOWN_ROWS} 行（用 --json 查看全部）`);
  lines.push('这是预览，没有写入任何数据。');
  return lines.join('\n');
};
