/** Dark enough for white text; no amber (conflicts), red (errors) or the primary blue (selection). */
const palette = ['#9333ea', '#0d9488', '#db2777', '#4f46e5', '#15803d', '#0e7490', '#a16207', '#c026d3'] as const;

/** A teammate's colour: the same on every desktop, from the member id alone. */
export const memberColor = (memberId: string): string => {
  let h = 0;
  for (const ch of memberId) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return palette[h % palette.length] ?? palette[0];
};
