// Generated at build time by tools/vite/precompiledValidators.ts (ajv standalone code, no eval).
declare module 'virtual:rxdb-validators' {
  type AjvIssue = { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string };
  export const validators: Record<string, ((doc: unknown) => boolean) & { errors?: AjvIssue[] | null }>;
}
