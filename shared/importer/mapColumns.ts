import type { CustomFieldDef } from '../db/schemas/teamSettingsSchema.ts';
import { headerKey } from './headerKey.ts';
import { importFields } from './importFields.ts';
import type { ColumnMapping, ImportField, ImportTarget, MappingGuess } from './importTypes.ts';
import { REJECTED_COLUMNS } from './rejectedColumns.ts';

type Candidate = { column: number; field: string; confidence: number };

/** Titles that never name a field: the notes a rejected-rows workbook adds (原行号, 未导入原因). */
const IGNORED_KEYS: ReadonlySet<string> = new Set(Object.values(REJECTED_COLUMNS).map(headerKey));

/** The label or a synonym, exactly. */
const exactField = (key: string, fields: readonly ImportField[]): Omit<Candidate, 'column'> | null => {
  const byLabel = fields.find((f) => headerKey(f.label) === key);
  if (byLabel) return { field: byLabel.id, confidence: 1 };
  const bySynonym = fields.find((f) => f.synonyms.some((s) => headerKey(s) === key));
  return bySynonym ? { field: bySynonym.id, confidence: 0.9 } : null;
};

const NEXT_GROUP = /下一步|下次|计划|后续|next/;

/** A two-row title "下一步计划/日期": the group decides for 下一步 columns, else the sub-title, else the group. */
const joinedField = (key: string, fields: readonly ImportField[]): Omit<Candidate, 'column'> | null => {
  const [group = '', sub = ''] = key.split('/');
  const has = (id: string) => fields.some((f) => f.id === id);
  if (NEXT_GROUP.test(group) && has('nextDate')) {
    if (/日期|时间|date|time/.test(sub)) return { field: 'nextDate', confidence: 0.85 };
    if (/负责人|执行人|owner/.test(sub)) return { field: 'nextOwnerId', confidence: 0.85 };
    return { field: 'nextAction', confidence: 0.85 };
  }
  const bySub = exactField(sub, fields);
  if (bySub) return { ...bySub, confidence: 0.8 };
  const byGroup = exactField(group, fields);
  return byGroup ? { ...byGroup, confidence: 0.7 } : null;
};

/** Names worth finding inside a longer title: Chinese ones of two characters or more, Latin ones of five letters or more ("id" is inside "hidden"). */
const containable = (name: string): boolean => (/[^ -~]/.test(name) ? name.length >= 2 : name.length >= 5);

/** The field whose longest name the title contains ("客户名称（全称）" → 客户名称), for titles nobody listed. */
const containedField = (key: string, fields: readonly ImportField[]): Omit<Candidate, 'column'> | null => {
  let best: { field: string; length: number } | null = null;
  for (const f of fields) {
    for (const name of [f.label, ...f.synonyms].map(headerKey)) {
      if (containable(name) && key.includes(name) && name.length > (best?.length ?? 0)) best = { field: f.id, length: name.length };
    }
  }
  return best ? { field: best.field, confidence: 0.5 } : null;
};

const guessField = (header: string, fields: readonly ImportField[]): Omit<Candidate, 'column'> | null => {
  const key = headerKey(header);
  if (key === '' || IGNORED_KEYS.has(key)) return null;
  return exactField(key, fields) ?? (key.includes('/') ? joinedField(key, fields) : null) ?? containedField(key, fields);
};

/** A remembered mapping (same layoutKey) as it stands today: fields that no longer exist are dropped. */
const fromRemembered = (headers: readonly string[], remembered: ColumnMapping, fields: readonly ImportField[]): MappingGuess => {
  const mapping: ColumnMapping = {};
  const confidence: Record<number, number> = {};
  headers.forEach((_h, c) => {
    const field = remembered[c] ?? '';
    mapping[c] = fields.some((f) => f.id === field) ? field : '';
    confidence[c] = 1;
  });
  return { mapping, confidence };
};

/**
 * Which field each column goes to, by its title: the label or a Chinese or English synonym, a
 * two-row title (下一步计划/日期), or a title containing a known name. Each field takes one column,
 * the surest first (then the leftmost). A `remembered` mapping for the same layout wins outright.
 */
export const mapColumns = (headers: readonly string[], target: ImportTarget, remembered?: ColumnMapping, customFields: readonly CustomFieldDef[] = []): MappingGuess => {
  const fields = importFields(target, customFields);
  if (remembered) return fromRemembered(headers, remembered, fields);
  const candidates: Candidate[] = [];
  headers.forEach((header, column) => {
    const guess = guessField(header, fields);
    if (guess) candidates.push({ column, ...guess });
  });
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  const mapping: ColumnMapping = Object.fromEntries(headers.map((_h, c) => [c, '']));
  const confidence: Record<number, number> = Object.fromEntries(headers.map((_h, c) => [c, 0]));
  const taken = new Set<string>();
  for (const c of candidates) {
    if (taken.has(c.field)) continue;
    taken.add(c.field);
    mapping[c.column] = c.field;
    confidence[c.column] = c.confidence;
  }
  return { mapping, confidence };
};
