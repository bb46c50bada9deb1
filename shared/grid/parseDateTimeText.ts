import type { CalendarDate } from '../domain/calendarDate.ts';

type Ymd = { y: number; m: number; d: number };

const DAY_MS = 86_400_000;
/** Excel's day 0 for serials ≥ 61; below that Excel is a day off because it counts a fake 1900-02-29 (serial 60). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31

/**
 * Date spellings found in Chinese sales sheets. Numeric forms must not run into more digits, so
 * 24/6/10 (two-digit year) and 6/10/2024 (US order) match nothing rather than something wrong.
 */
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray, year: number) => Ymd }[] = [
  { re: /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-])/, read: (m) => ({ y: Number(m[1]), m: Number(m[3]), d: Number(m[4]) }) },
  { re: /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?/, read: (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) },
  { re: /^(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?/, read: (m, year) => ({ y: year, m: Number(m[1]), d: Number(m[2]) }) },
  // 6.10 is how many people write 6月10日; it reads as that, not as Excel serial 6.1.
  { re: /^(\d{1,2})([-/.])(\d{1,2})(?![\d/.-])/, read: (m, year) => ({ y: year, m: Number(m[1]), d: Number(m[3]) }) },
  // 20240610: beyond Excel's serial range, so it cannot be mistaken for one.
  { re: /^(\d{4})(\d{2})(\d{2})(?!\d)/, read: (m) => ({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }) },
];

/** 周一 / 星期一 / （礼拜天） after a date says nothing the date does not. */
const WEEKDAY = /^ ?\(?(?:周|星期|礼拜)[一二三四五六日天]\)?/;

/** 14:30, 14:30:05, 下午2:30, 上午9点, 14点30分, 9点半, 2:30 PM. */
const TIME =
  /^(?:(?<period>上午|早上|凌晨|中午|下午|晚上|傍晚) ?)?(?<h>\d{1,2})(?::(?<m1>\d{1,2})(?::(?<s1>\d{1,2}))?|[点时](?:(?<half>半)|(?<m2>\d{1,2})分?)?(?:(?<s2>\d{1,2})秒)?) ?(?<ampm>am|pm)?$/i;

const validYmd = ({ y, m, d }: Ymd): boolean =>
  y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Local wall-clock ms (as if UTC) of an Excel serial like 45453.5; null when the text is none. */
const excelSerial = (text: string): number | null => (/^\d+(?:\.\d+)?$/.test(text) ? excelSerialWallMs(Number(text)) : null);

/** Local wall-clock ms (as if UTC) of an Excel serial day like 45453.5 (1900 system); null outside Excel's dates. */
export const excelSerialWallMs = (serial: number): number | null => {
  const day = Math.floor(serial);
  if (day < 1 || day > EXCEL_MAX_SERIAL || day === 60) return null;
  const date = EXCEL_EPOCH + (day < 60 ? day + 1 : day) * DAY_MS;
  // Excel keeps times as fractions of a day; whole seconds avoid 14:29:59.999.
  return date + Math.round((serial - day) * 86_400) * 1000;
};

/** The date at the start of `text` and what follows it; null when impossible (2024/2/30), undefined when no date form fits. */
const readDate = (text: string, year: number): (Ymd & { rest: string }) | null | undefined => {
  for (const form of DATE_FORMS) {
    const match = form.re.exec(text);
    if (!match) continue;
    const ymd = form.read(match, year);
    return validYmd(ymd) ? { ...ymd, rest: text.slice(match[0].length) } : null;
  }
  return undefined;
};

/** 12-hour words move the hour into the afternoon; 12 AM / 凌晨12点 is midnight; 上午14点 is a typo. */
const hour24 = (h: number, period: string): number | null => {
  if (period === '') return h;
  if (h > 12) return /下午|晚上|傍晚/.test(period) ? h : null; // 下午14:30 is common and means 14:30
  if (/下午|晚上|傍晚|pm/i.test(period)) return h < 12 ? h + 12 : h;
  if (period === '中午') return h < 11 ? h + 12 : h;
  if (/凌晨|am/i.test(period)) return h === 12 ? 0 : h;
  return h;
};

/** Ms since midnight of what follows the date ('' = midnight); null when it is not a time of day. */
const readTime = (rest: string): number | null => {
  const text = rest.replace(WEEKDAY, '').replace(/^[ T]+/, '');
  if (text === '') return 0;
  const g = TIME.exec(text)?.groups;
  if (!g) return null;
  const h = hour24(Number(g.h), `${g.period ?? ''}${g.ampm ?? ''}`);
  const m = g.half ? 30 : Number(g.m1 ?? g.m2 ?? 0);
  const s = Number(g.s1 ?? g.s2 ?? 0);
  if (h === null || h > 23 || m > 59 || s > 59) return null;
  return ((h * 60 + m) * 60 + s) * 1000;
};

/**
 * 跟进时间 typed or pasted from old sheets, as epoch ms: any date form (2024/6/10, 2024-06-10,
 * 2024.6.10, 2024年6月10日, 6月10日, 6/10 — short forms take `today`'s year — or an Excel serial
 * such as 45453.5) and an optional time (14:30, 14:30:05, 下午2:30, 上午9点, 14点30分); no time is
 * local midnight. Full-width digits and punctuation are folded first. Local time = UTC + offset.
 */
export const parseDateTimeText = (text: string, today: CalendarDate, utcOffsetMinutes: number): number | null => {
  const clean = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const offsetMs = utcOffsetMinutes * 60_000;
  const date = readDate(clean, Number(today.slice(0, 4)));
  if (date === undefined) {
    const serial = excelSerial(clean);
    return serial === null ? null : serial - offsetMs;
  }
  if (date === null) return null;
  const time = readTime(date.rest);
  return time === null ? null : Date.UTC(date.y, date.m - 1, date.d) + time - offsetMs;
};
