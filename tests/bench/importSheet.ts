import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createPrng, type Prng } from '../../shared/demo/prng.ts';

/** Bump when the generated sheet changes, so a cached file of the old shape is not reused. */
const VERSION = 1;

/** Sales reps named in the sheet's 业务员 column; the benchmark team knows them by these names. */
export const SHEET_OWNERS = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨帆', '赵磊', '周敏'] as const;

const HEADERS = ['客户名称', '联系人', '跟进日期', '跟进方式', '跟进内容', '当前状态', '销售阶段', '金额（元）', '下次跟进日期', '下一步计划', '业务员', '备注'];
const CITIES = ['上海', '苏州', '杭州', '南京', '宁波', '无锡', '常州', '合肥', '嘉兴', '绍兴', '温州', '南通', '扬州', '芜湖', '湖州', '台州', '金华', '镇江', '泰州', '徐州'];
const WORDS = ['恒瑞', '华星', '博远', '启航', '中联', '新锐', '东方', '宏达', '天成', '瑞丰', '嘉禾', '远景', '鼎信', '永盛', '联创', '海纳', '盛世', '金桥', '长江', '凯越', '明德', '正泰', '华茂', '通达', '卓越', '九州', '安信', '同创', '汇通', '精工'];
const TRADES = ['精密机械', '电子科技', '智能装备', '新材料', '物流', '医疗器械', '自动化', '环保科技', '软件', '建设工程'];
const SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司', '（苏州）有限公司', '科技有限公司'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡'];
const TITLES = ['工', '经理', '总', '主任', '科长'];
const METHODS = ['电话', '微信', '拜访', '上门', '邮件', '电联', '视频', '面访'];
const STATUSES = ['待回访', '报价', '谈判中', '待签约', '已签约', '回访', '已报价', '无需跟进'];
const STAGES = ['线索', '初步沟通', '需求确认', '方案报价', '谈判', '成交', '合同谈判', '需求分析'];
const TOPICS = ['设备选型', '年度采购计划', '试用反馈', '付款方式', '交货周期', '售后维保', '技术参数', '样机测试', '招标文件', '合同条款'];
const ACTIONS = ['发送报价单', '安排技术交流', '约见采购负责人', '寄送样品', '提交方案', '跟进付款', '确认合同细节'];
const NOTES = ['VIP客户', '老客户转介绍', '展会获客', '价格敏感', '需总经理审批', '竞品在跟'];

/** A few thousand distinct company names, as a team's customer list has. */
const companyNames = (prng: Prng, count: number): string[] => {
  const names = new Set<string>();
  while (names.size < count) names.add(`${prng.pick(CITIES)}${prng.pick(WORDS)}${prng.pick(TRADES)}${prng.pick(SUFFIXES)}`);
  return [...names];
};

/** Wall-clock time as exceljs stores it (UTC fields = what the cell shows). */
const wall = (day: number, minutes: number): Date => new Date(Date.UTC(2023, 0, 1) + day * 86_400_000 + minutes * 60_000);

/** 跟进日期 in the styles people use: real dates with two formats, and typed text in three. */
const followedCell = (prng: Prng, at: Date): { value: Date | string; numFmt?: string } => {
  const [y, m, d] = [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
  const roll = prng.next();
  if (roll < 0.6) return { value: at, numFmt: 'yyyy-mm-dd hh:mm' };
  if (roll < 0.8) return { value: at, numFmt: 'yyyy/m/d' };
  if (roll < 0.9) return { value: `${y}/${m}/${d}` };
  if (roll < 0.95) return { value: `${y}年${m}月${d}日` };
  return { value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}` };
};

const amountCell = (prng: Prng): number | string | null => {
  const roll = prng.next();
  if (roll < 0.5) return null;
  if (roll < 0.9) return prng.int(5, 500) * 1000;
  return `${prng.int(1, 90) / 10}万`;
};

const nextDateCell = (prng: Prng, at: Date): { value: Date | string | null; numFmt?: string } => {
  const roll = prng.next();
  if (roll < 0.5) return { value: null };
  const next = new Date(at.getTime() + prng.int(1, 21) * 86_400_000);
  if (roll < 0.9) return { value: new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate())), numFmt: 'yyyy/m/d' };
  return { value: `${next.getUTCMonth() + 1}-${next.getUTCDate()}` };
};

type Row = { values: (Date | number | string | null)[]; formats: Record<number, string> };

const dataRow = (prng: Prng, customers: readonly string[]): Row => {
  const at = wall(prng.int(0, 729), prng.int(8 * 60, 19 * 60));
  const followed = followedCell(prng, at);
  const next = nextDateCell(prng, at);
  const values = [
    prng.pick(customers), `${prng.pick(SURNAMES)}${prng.pick(TITLES)}`, followed.value, prng.pick(METHODS),
    `${prng.pick(['电话沟通', '上门交流', '微信联系', '邮件回复'])}${prng.pick(TOPICS)}，客户${prng.pick(['表示有兴趣', '要求再降价', '需要内部讨论', '确认下月采购', '反馈良好'])}`,
    prng.pick(STATUSES), prng.pick(STAGES), amountCell(prng), next.value, next.value === null ? null : prng.pick(ACTIONS), prng.pick(SHEET_OWNERS), prng.chance(0.3) ? prng.pick(NOTES) : null,
  ];
  const formats: Record<number, string> = {};
  if (followed.numFmt) formats[3] = followed.numFmt;
  if (next.numFmt) formats[9] = next.numFmt;
  return { values, formats };
};

const writeSheet = async (file: string, rows: number): Promise<void> => {
  const prng = createPrng(20_241_231 + rows);
  const customers = companyNames(prng, 3000);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = book.addWorksheet('跟进记录');
  ws.addRow(['2023–2024年华东区销售跟进表']);
  ws.mergeCells('A1:L1');
  ws.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const { values, formats } = dataRow(prng, customers);
    const row = ws.addRow(values);
    for (const [col, fmt] of Object.entries(formats)) row.getCell(Number(col)).numFmt = fmt;
    row.commit();
  }
  ws.commit();
  await book.commit();
};

/**
 * A realistic Chinese 跟进表 .xlsx of `rows` rows × 12 columns (a merged title, the header, 3,000
 * customers, dates as Excel dates and as typed text, method/status/stage synonyms, 万 amounts), written
 * once with exceljs's streaming writer and cached in the temp folder.
 */
export const importBenchSheet = async (rows: number): Promise<string> => {
  const dir = join(tmpdir(), 'salesdesk-bench-import');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `followups-${rows}-v${VERSION}.xlsx`);
  if (existsSync(file)) return file;
  const partial = `${file}.${process.pid}.partial`;
  await writeSheet(partial, rows);
  renameSync(partial, file);
  return file;
};
