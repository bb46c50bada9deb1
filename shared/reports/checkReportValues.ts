import { parseNumberText } from '../grid/parseNumberText.ts';
import type { ReportField } from './normalizeReportTemplate.ts';
import type { ReportIssue } from './reportIssue.ts';

/** Longest text one section takes (the schema allows 20,000; a day's report needs far less). */
export const REPORT_TEXT_MAX = 5000;

export type CheckedReportValues = { issues: ReportIssue[]; values: Record<string, string> };

/** One value: its issue, or its stored form (a number as plain digits, a choice as the option). */
const checkOne = (field: ReportField, raw: string): ReportIssue | string => {
  const text = raw.trim();
  if (text === '') return field.required ? { code: 'required', sectionId: field.id } : '';
  if (field.kind === 'number') {
    const n = parseNumberText(text);
    return n === null ? { code: 'notANumber', sectionId: field.id } : String(n);
  }
  if (field.kind === 'choice') return field.options.includes(text) ? text : { code: 'notAChoice', sectionId: field.id, options: field.options };
  // Text keeps its inner line breaks and indentation; only the blank edges go.
  return raw.length > REPORT_TEXT_MAX ? { code: 'tooLong', sectionId: field.id, max: REPORT_TEXT_MAX } : raw.replace(/^\s*\n|\s+$/g, '');
};

/**
 * Checks what a rep typed against the sections shown: required ones filled, numbers readable (12, 1.5万,
 * full-width digits), choices one of their options, text within REPORT_TEXT_MAX. Values of sections not
 * shown are kept as they are: text is never dropped by a check.
 */
export const checkReportValues = (fields: readonly ReportField[], values: Readonly<Record<string, string>>): CheckedReportValues => {
  const issues: ReportIssue[] = [];
  const cleaned: Record<string, string> = { ...values };
  for (const field of fields) {
    const result = checkOne(field, values[field.id] ?? '');
    if (typeof result !== 'string') issues.push(result);
    // A section never typed into stays absent rather than becoming ''.
    else if (result !== '' || field.id in values) cleaned[field.id] = result;
  }
  return { issues, values: cleaned };
};
