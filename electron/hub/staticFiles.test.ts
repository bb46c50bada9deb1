import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, mimeTypeOf, resolveStaticPath } from './staticFiles.ts';

const root = join('/srv', 'renderer');

describe('resolveStaticPath', () => {
  it('serves files inside the renderer folder and index.html for app routes', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/followups')).toBe(join(root, 'index.html'));
  });

  it('refuses paths that climb out of the folder, however they are spelled', () => {
    expect(resolveStaticPath(root, '/../package.json')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath(root, '/a%00.js')).toBeNull();
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only the app’s own scripts and adds the hub origin to connect-src', () => {
    const csp = contentSecurityPolicy(['ws://192.168.1.20:4317']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self' ws://192.168.1.20:4317");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('types files by extension', () => {
    expect(mimeTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('a/blob.bin')).toBe('application/octet-stream');
  });
});
