const pad = (n: number) => String(n).padStart(2, '0');

/** 'HH:MM' of an instant on the team's clock (its fixed UTC offset), not the desktop's own time zone. */
export const clockTime = (epochMs: number, utcOffsetMinutes: number): string => {
  const d = new Date(epochMs + utcOffsetMinutes * 60_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
