import { createHash, randomBytes } from 'node:crypto';

/** Tokens are random bearer secrets; the hub stores only their SHA-256. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const newToken = (): string => randomBytes(24).toString('base64url');
