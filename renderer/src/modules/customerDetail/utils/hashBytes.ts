import { sha256Hex } from '../../../../../shared/attachments/sha256Hex.ts';

/** SHA-256 as hex: Web Crypto where the page is secure (desktop, localhost), else the pure version (a LAN browser on http). */
export const hashBytes = async (bytes: Uint8Array): Promise<string> => {
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return sha256Hex(bytes);
};
