/** Where each column starts, after the row-number column: absolute positions for the virtualized rows. */
export const columnOffsets = (widths: readonly number[], start: number): number[] =>
  widths.reduce<number[]>((acc, w, i) => [...acc, i === 0 ? start : (acc[i - 1] ?? start) + (widths[i - 1] ?? 0)], []);
