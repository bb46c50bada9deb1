/** A new follow-up id. getRandomValues works on plain http too (web mode on the LAN), randomUUID does not. */
export const newFollowUpId = (now: number): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `f${now.toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};
