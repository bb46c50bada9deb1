/** What two spellings share when they mean the same: width folded (ＷＸ = wx), spaces dropped, case ignored (张 三 = 张三). */
export const matchKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
