import { describe, expect, it } from 'vitest';
import { cellDisplayText } from './cellDisplayText.ts';

describe('cellDisplayText', () => {
  it('shows dates as the wall clock, a time alone as a time', () => {
    expect(cellDisplayText({ t: 'date', v: 45453 })).toBe('2024-06-10');
    expect(cellDisplayText({ t: 'date', v: 45453 + 14.5 / 24 })).toBe('2024-06-10 14:30');
    expect(cellDisplayText({ t: 'date', v: 45453 + (14 * 3600 + 30 * 60 + 5) / 86400 })).toBe('2024-06-10 14:30:05');
    expect(cellDisplayText({ t: 'date', v: 0.1944444 })).toBe('04:40');
  });

  it('shows numbers as Excel\u2019s General format does: phone numbers whole, no float noise', () => {
    expect(cellDisplayText({ t: 'number', v: 13800138000 })).toBe('13800138000');
    expect(cellDisplayText({ t: 'number', v: 0.1 + 0.2 })).toBe('0.3');
    expect(cellDisplayText({ t: 'number', v: -5 })).toBe('-5');
  });

  it('shows text, booleans and errors as they are, and nothing for an empty cell', () => {
    expect(cellDisplayText({ t: 'text', v: '恒瑞' })).toBe('恒瑞');
    expect(cellDisplayText({ t: 'bool', v: false })).toBe('FALSE');
    expect(cellDisplayText({ t: 'error', v: '#N/A' })).toBe('#N/A');
    expect(cellDisplayText({ t: 'empty' })).toBe('');
    expect(cellDisplayText(undefined)).toBe('');
  });
});
