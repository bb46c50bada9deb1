/** Where each column starts, after the row-number column: absolute positions for the virtualized rows. */
export const columnOffsets = (widths: readonly number[], start: number): number[] => {
  const offsets: number[] = [];
  let left = start;
  for (const width of widths) {
    offsets.push(left);
    left += width;
  }
  return offsets;
};
