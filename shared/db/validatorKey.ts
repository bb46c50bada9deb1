/** Identifies a collection schema version, to find its build-time compiled validator. */
export const validatorKey = (schema: { title?: string; version: number }): string => `${schema.title ?? 'untitled'}@${schema.version}`;
