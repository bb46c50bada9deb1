import { matchKey } from './matchKey.ts';

/**
 * The id of the member `text` names: the one whose name matches exactly, else the only one whose
 * name starts with it (老王 → 老王五 when no one else starts so). Null when none or ambiguous.
 */
export const matchMember = (text: string, members: ReadonlyMap<string, { name: string }>): string | null => {
  const key = matchKey(text);
  if (key === '') return null;
  const entries = [...members].map(([id, m]) => ({ id, key: matchKey(m.name) }));
  const exact = entries.filter((e) => e.key === key);
  if (exact.length > 0) return exact.length === 1 ? (exact[0]?.id ?? null) : null;
  const prefixed = entries.filter((e) => e.key.startsWith(key));
  return prefixed.length === 1 ? (prefixed[0]?.id ?? null) : null;
};
