import { describe, expect, it } from 'vitest';
import { reminderPrefsSchema, shownLogSchema } from './reminderPrefs.ts';

describe('reminderPrefsSchema', () => {
  it('reads muted categories, dropping unknown and repeated ones', () => {
    expect(reminderPrefsSchema.parse({ muted: ['nudge', 'weekly', 'nudge', 3, 'comment', 'weeklyReport'] })).toEqual({ muted: ['nudge', 'comment', 'weeklyReport'] });
  });

  it('mutes nothing when the stored value is unreadable', () => {
    expect(reminderPrefsSchema.parse(null)).toEqual({ muted: [] });
    expect(reminderPrefsSchema.parse({ muted: 'nudge' })).toEqual({ muted: [] });
  });
});

describe('shownLogSchema', () => {
  it('keeps entries with an instant, and reads anything else as an empty log', () => {
    expect(shownLogSchema.parse({ shown: { 'doc:n1': 5, 'doc:n2': 'x' } })).toEqual({ 'doc:n1': 5 });
    expect(shownLogSchema.parse(undefined)).toEqual({});
  });
});
