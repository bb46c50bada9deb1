import { describe, expect, it } from 'vitest';
import { checkViewName } from './checkViewName.ts';

describe('checkViewName', () => {
  it('needs 1–60 characters after trimming', () => {
    expect(checkViewName('   ', [])).toBe('required');
    expect(checkViewName('长'.repeat(61), [])).toBe('required');
    expect(checkViewName(' 本周拜访 ', [])).toBeNull();
  });

  it('refuses a name the user already sees, ignoring case and spaces', () => {
    expect(checkViewName('本周 拜访', ['本周拜访'])).toBe('taken');
    expect(checkViewName('vip', ['VIP'])).toBe('taken');
    expect(checkViewName('VIP 客户', ['VIP'])).toBeNull();
  });
});
