import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { fillWithDefaultSettings } from 'rxdb';
import type { Plugin } from 'vite';
import { collectionSpecs } from '../../shared/db/collections.ts';
import { validatorKey } from '../../shared/db/validatorKey.ts';
import { rxdbSchemaKeywords } from '../../shared/db/rxdbSchemaKeywords.ts';

const VIRTUAL_ID = 'virtual:rxdb-validators';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

// ajv's helper for maxLength in code points, inlined (its CommonJS default export trips ESM interop).
const ucs2length = `const __ucs2length = { default: (str) => {
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const code = str.charCodeAt(pos++);
    if (code >= 0xd800 && code <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
} };`;

/** ES module source exporting `validators`: one ajv-compiled function per collection schema. */
export const precompiledValidatorsSource = (): string => {
  const ajv = new Ajv({ strict: true, allErrors: false, code: { source: true, esm: true } });
  rxdbSchemaKeywords.forEach((k) => ajv.addKeyword(k));
  // export name (an identifier) → schema key ('follow-up@1').
  const refs: Record<string, string> = {};
  Object.values(collectionSpecs).forEach((spec, i) => {
    const key = validatorKey(spec.schema);
    ajv.addSchema(fillWithDefaultSettings(spec.schema as never) as object, key);
    refs[`validate_${i}`] = key;
  });
  const code = standaloneCode(ajv, refs)
    // ajv's standalone output is ESM but still `require`s its unicode-length helper.
    .replace(/require\("ajv\/dist\/runtime\/ucs2length"\)/g, '__ucs2length');
  const table = Object.entries(refs).map(([name, key]) => `${JSON.stringify(key)}: ${name}`);
  return `${ucs2length}\n${code}\nexport const validators = { ${table.join(', ')} };`;
};

/**
 * Compiles the collection schemas with ajv at build time. The renderer's CSP forbids eval, so ajv
 * cannot compile at run time there, and an interpreting validator costs ~1 ms per document.
 */
export const precompiledValidators = (): Plugin => ({
  name: 'salesdesk:precompiled-validators',
  resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
  load: (id) => (id === RESOLVED_ID ? precompiledValidatorsSource() : undefined),
});
