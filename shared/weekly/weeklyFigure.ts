/** One number of the 周报 and the follow-up rows behind it, so the page can open exactly those rows. */
export type WeeklyFigure = { value: number; followUpIds: string[] };

export const figure = (followUpIds: string[], value = followUpIds.length): WeeklyFigure => ({ value, followUpIds });

/** Money summed from many rows, kept to the cent (0.1 + 0.2 must print as 0.30, not 0.30000000000000004). */
export const cents = (value: number): number => Math.round(value * 100) / 100;

export const addFigures = (list: readonly WeeklyFigure[], money = false): WeeklyFigure => {
  const sum = list.reduce((total, f) => total + f.value, 0);
  return { value: money ? cents(sum) : sum, followUpIds: list.flatMap((f) => f.followUpIds) };
};
