/**
 * A new record id: a one-letter type prefix, the creation time (so ids sort roughly by age) and 64
 * random bits. getRandomValues works on plain http too (web mode on the LAN), randomUUID does not.
 */
export const newRecordId = (prefix: string, now: number): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}${now.toString(36)}${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};
