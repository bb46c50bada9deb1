/** The three typed parts of a 周报 under each rep; the admin may retitle them (周报模板). */
export type WeeklySectionId = 'summary' | 'risks' | 'nextWeek';

export const weeklySectionIds: readonly WeeklySectionId[] = ['summary', 'risks', 'nextWeek'];

export const defaultWeeklySectionTitles: Readonly<Record<WeeklySectionId, string>> = {
  summary: '本周总结',
  risks: '问题与风险',
  nextWeek: '下周计划',
};
