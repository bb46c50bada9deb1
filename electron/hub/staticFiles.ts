import { extname, join, normalize, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export const mimeTypeOf = (filePath: string): string => mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL path to a file inside the built renderer, or null when it would leave that folder.
 * Paths without an extension are app routes and get index.html (single-page app).
 */
export const resolveStaticPath = (root: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const requested = normalize(join(root, decoded));
  // Check the escape before the app-route fallback, so '/../../etc' is refused, not served index.html.
  if (!requested.startsWith(base) && requested !== normalize(root)) return null;
  return decoded === '/' || extname(decoded) === '' ? join(root, 'index.html') : requested;
};

/**
 * The renderer's Content-Security-Policy: only its own scripts, no plugins, no framing.
 * `connectSources` adds the team hub's origin for a desktop whose page is served by app://.
 */
export const contentSecurityPolicy = (connectSources: readonly string[] = []): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // React and ECharts set style attributes; no inline <style> or script is ever served.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

export const securityHeaders = (connectSources: readonly string[] = []): Record<string, string> => ({
  'Content-Security-Policy': contentSecurityPolicy(connectSources),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
