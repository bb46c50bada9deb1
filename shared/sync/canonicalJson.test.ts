import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';

describe('canonicalJson', () => {
  it('sorts keys recursively, so field order never matters', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: null } };
    const b = { a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order (it is data, not layout)', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('is stable for integer-like keys and Chinese keys', () => {
    expect(canonicalJson({ 状态: 1, '10': 1, b: 1, '2': 1 })).toBe(canonicalJson({ '2': 1, b: 1, '10': 1, 状态: 1 }));
  });

  it('behaves like JSON.stringify otherwise: drops undefined fields, honours toJSON', () => {
    expect(canonicalJson({ a: undefined, b: new Date(Date.UTC(2026, 0, 2)) })).toBe('{"b":"2026-01-02T00:00:00.000Z"}');
    expect(canonicalJson({ list: [undefined] })).toBe('{"list":[null]}');
  });

  it('keeps a "__proto__" field instead of turning it into a prototype', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"a":1}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":1}');
  });

  it('round-trips: the canonical text of parsed canonical text is itself', () => {
    const text = canonicalJson({ z: -0, y: 1e21, x: 'a\u0000b\ud800', w: 0.1 + 0.2 });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('throws on values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow();
    expect(() => canonicalJson(undefined)).toThrow(/无法转换为 JSON/);
  });
});
