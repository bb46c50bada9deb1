/** Chinese numerals people type for hours and minutes (三点, 十点半, 二十分). */
const NUMERALS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const chineseNumber = (text: string): number | null => {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? (NUMERALS[tens] ?? null) : null;
  return (tens ? (NUMERALS[tens] ?? 0) : 1) * 10 + (ones ? (NUMERALS[ones] ?? 0) : 0);
};

const hhmm = (h: number, m: number): string | null =>
  h >= 0 && h < 24 && m >= 0 && m < 60 ? `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` : null;

/**
 * 下午3点 is 15:00; 中午1点 is 13:00; 晚上8点 is 20:00; 上午/早上 keep the hour. A bare 1–7点 is in the
 * afternoon, as people mean it at work (nobody plans a customer call for 3 a.m.).
 */
const dayPart = (word: string | undefined, h: number): number => {
  if ((word === '下午' || word === '晚上') && h < 12) return h + 12;
  if (word === '中午' && h < 3) return h + 12;
  if (word === undefined && h >= 1 && h <= 7) return h + 12;
  return h;
};

const CLOCK = /(\d{1,2})[:：](\d{2})/;
const SPOKEN = /(上午|早上|中午|下午|晚上)?\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*点\s*(半|([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*分?)?/;

/**
 * The time of day a 下一步动作 names, as local 'HH:MM', or null: "15:00 电话确认报价", "下午3点半上门",
 * "明天上午十点视频会议" (the date is the plan's own field; only the time is read here).
 */
export const planTime = (action: string): string | null => {
  const clock = CLOCK.exec(action);
  if (clock) return hhmm(Number(clock[1]), Number(clock[2]));
  const spoken = SPOKEN.exec(action);
  if (!spoken) return null;
  const hour = chineseNumber(spoken[2] ?? '');
  const minute = spoken[3] === '半' ? 30 : spoken[4] ? chineseNumber(spoken[4]) : 0;
  if (hour === null || minute === null) return null;
  return hhmm(dayPart(spoken[1], hour), minute);
};
