import { CUSTOM_PREFIX } from '../grid/followUpColumns.ts';
import type { FieldChange } from './importTypes.ts';

const same = (a: unknown, b: unknown): boolean => {
  const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (blank(a) && blank(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
};

/** A record's value for a field id as in ColumnMapping ('custom.<id>' reads the nested custom map). */
const current = (record: Readonly<Record<string, unknown>>, field: string): unknown =>
  field.startsWith(CUSTOM_PREFIX) ? (record.custom as Record<string, unknown> | undefined)?.[field.slice(CUSTOM_PREFIX.length)] : record[field];

/**
 * The fields whose value in the file differs from the record's, in `fields` order. Only fields the
 * file has are compared: a blank cell keeps what the record holds rather than clearing it.
 */
export const diffValues = (incoming: Readonly<Record<string, unknown>>, record: Readonly<Record<string, unknown>>, fields: readonly string[]): FieldChange[] =>
  fields.filter((f) => incoming[f] !== undefined && !same(incoming[f], current(record, f))).map((f) => ({ field: f, from: current(record, f), to: incoming[f] }));
