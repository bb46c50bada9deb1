import { readFile } from 'node:fs/promises';
import { mimeTypeOf, resolveStaticPath, securityHeaders } from '../hub/staticFiles.ts';

/**
 * Serves the built renderer under app://salesdesk/ with the CSP as a real header (a file:// page gets
 * no headers), and a stable secure origin for IndexedDB.
 */
export const createAppProtocolHandler =
  (rendererDir: string, connectSources: () => readonly string[]) =>
  async (request: Request): Promise<Response> => {
    const filePath = resolveStaticPath(rendererDir, new URL(request.url).pathname);
    if (!filePath) return new Response('禁止访问', { status: 403 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders(connectSources()), 'Content-Type': mimeTypeOf(filePath) },
      });
    } catch {
      return new Response('找不到文件', { status: 404 });
    }
  };
