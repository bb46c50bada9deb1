import { describe, expect, it } from 'vitest';
import { defaultImportLimits } from './importLimits.ts';
import { readDeadline } from './readDeadline.ts';

describe('readDeadline', () => {
  it('stops work that runs past the limit or that the host cancels, and names why', async () => {
    const slow = readDeadline({ ...defaultImportLimits, timeoutMs: 20 });
    const never = new Promise<never>(() => undefined);
    const err = await slow.race(never).catch((e: unknown) => e);
    expect(slow.stopCode(err)).toBe('timeout');

    const controller = new AbortController();
    const cancelled = readDeadline(defaultImportLimits, { signal: controller.signal });
    const pending = cancelled.race(never).catch((e: unknown) => cancelled.stopCode(e));
    controller.abort();
    expect(await pending).toBe('cancelled');
    expect(() => cancelled.check()).toThrow();
  });

  it('passes results and other errors through', async () => {
    const deadline = readDeadline(defaultImportLimits);
    expect(await deadline.race(Promise.resolve(5))).toBe(5);
    const err = await deadline.race(Promise.reject(new Error('坏文件'))).catch((e: unknown) => e);
    expect(deadline.stopCode(err)).toBeNull();
    let now = 0;
    const clocked = readDeadline({ ...defaultImportLimits, timeoutMs: 10 }, { now: () => now });
    expect(() => clocked.check()).not.toThrow();
    now = 11;
    expect(() => clocked.check()).toThrow('timeout');
  });
});
