/**
 * JSON text with every object's keys sorted (recursively), so two equal documents give the same text
 * whatever order their fields were written in. Otherwise it is exactly JSON.stringify: toJSON is
 * honoured and undefined fields are dropped. It throws on values JSON cannot hold (BigInt, cycles);
 * the hub store relies on that to reject such a push.
 */
export function canonicalJson(value: unknown): string {
  const text: string | undefined = JSON.stringify(value, sortKeys);
  if (text === undefined) throw new TypeError(`无法转换为 JSON 的值（${typeof value}），请检查提交的数据。`);
  return text;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // fromEntries defines "__proto__" as an own field instead of setting the prototype (which would drop it).
  return Object.fromEntries(entries);
}

/** Equal as JSON values, whatever the key order. */
export const sameJson = (a: unknown, b: unknown): boolean => a === b || canonicalJson(a ?? null) === canonicalJson(b ?? null);
