import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HubStore, JoinCodeRecord, TokenRecord } from './HubStore.ts';
import { openSqliteHubStore } from './openSqliteHubStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'hub-auth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
const freshFile = (): string => join(dir, `hub-${(fileCount += 1)}.sqlite`);
const open = (file = freshFile()): HubStore => openSqliteHubStore({ file, newId: () => `id-${Math.random()}` });
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const token = (secret: string, memberId: string, fields: Partial<TokenRecord> = {}): TokenRecord => ({
  tokenHash: sha256(secret),
  memberId,
  role: 'rep',
  deviceName: '前台电脑',
  createdAt: 1_000,
  revokedAt: null,
  ...fields,
});
const code = (value: string, fields: Partial<JoinCodeRecord> = {}): JoinCodeRecord => ({
  code: value,
  role: 'rep',
  createdBy: 'member-admin',
  createdAt: 1_000,
  expiresAt: 2_000,
  usedAt: null,
  ...fields,
});

describe('tokens', () => {
  it('finds a stored token by hash and only by hash', () => {
    const store = open();
    const record = token('secret-a', 'member-zhang', { role: 'manager' });
    store.putToken(record);
    expect(store.findToken(sha256('secret-a'))).toEqual(record);
    expect(store.findToken(sha256('secret-b'))).toBeNull();
    expect(store.findToken('secret-a')).toBeNull();
    store.close();
  });

  it('revokes every live token of one member, keeps earlier revocation times, leaves others alone', () => {
    const store = open();
    store.putToken(token('z1', 'member-zhang'));
    store.putToken(token('z2', 'member-zhang', { deviceName: '笔记本' }));
    store.putToken(token('z0', 'member-zhang', { revokedAt: 1_500 }));
    store.putToken(token('w1', 'member-wang'));
    expect(store.revokeMember('member-zhang', 3_000)).toBe(2);
    expect(store.findToken(sha256('z1'))?.revokedAt).toBe(3_000);
    expect(store.findToken(sha256('z2'))?.revokedAt).toBe(3_000);
    expect(store.findToken(sha256('z0'))?.revokedAt).toBe(1_500);
    expect(store.findToken(sha256('w1'))?.revokedAt).toBeNull();
    expect(store.revokeMember('member-zhang', 4_000)).toBe(0);
    expect(store.revokeMember('nobody', 4_000)).toBe(0);
    store.close();
  });

  it('never overwrites a token (a revoked one cannot be revived by putting it again)', () => {
    const store = open();
    store.putToken(token('t', 'member-zhang', { revokedAt: 5 }));
    expect(() => store.putToken(token('t', 'member-zhang'))).toThrow(/已存在/);
    expect(store.findToken(sha256('t'))?.revokedAt).toBe(5);
    store.close();
  });

  it('keeps tokens across reopen', () => {
    const file = freshFile();
    const first = open(file);
    first.putToken(token('t', 'member-zhang', { role: 'admin' }));
    first.close();
    const again = open(file);
    expect(again.findToken(sha256('t'))?.role).toBe('admin');
    again.close();
  });
});

describe('join codes', () => {
  it('can be used once, before it expires', () => {
    const store = open();
    store.putJoinCode(code('482913', { role: 'manager' }));
    expect(store.consumeJoinCode('482913', 1_999)).toEqual(code('482913', { role: 'manager', usedAt: 1_999 }));
    expect(store.consumeJoinCode('482913', 1_999)).toBeNull();
    store.close();
  });

  it('is refused at or after its expiry, and when unknown', () => {
    const store = open();
    store.putJoinCode(code('111111'));
    store.putJoinCode(code('222222'));
    expect(store.consumeJoinCode('111111', 2_000)).toBeNull();
    expect(store.consumeJoinCode('222222', 9_999)).toBeNull();
    expect(store.consumeJoinCode('333333', 1_500)).toBeNull();
    // An expired attempt does not burn the code for an earlier clock (no side effect).
    expect(store.consumeJoinCode('111111', 1_500)?.usedAt).toBe(1_500);
    store.close();
  });

  it('is used once even when two connections race for it', () => {
    const file = freshFile();
    const a = open(file);
    const b = open(file);
    a.putJoinCode(code('777777'));
    const results = [b.consumeJoinCode('777777', 1_100), a.consumeJoinCode('777777', 1_100)];
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    a.close();
    b.close();
  });

  it('never overwrites a code (a used code cannot be reset to unused)', () => {
    const store = open();
    store.putJoinCode(code('555555'));
    store.consumeJoinCode('555555', 1_200);
    expect(() => store.putJoinCode(code('555555'))).toThrow(/已存在/);
    expect(store.consumeJoinCode('555555', 1_300)).toBeNull();
    store.close();
  });
});
