import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { noLiteralUiText } from './tools/eslint/noLiteralUiText.js';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run without Node: no node:* imports.' };
const electronImport = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const uiImports = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'echarts', 'echarts/*'],
  message: 'shared/ is pure domain code: no UI libraries.',
};

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' }],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } }],
    },
  },
  {
    // Tool configs must default-export by convention.
    files: ['*.config.ts', '*.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport, uiImports] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, salesdesk: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [nodeBuiltins, electronImport] }],
      'salesdesk/no-literal-ui-text': 'error',
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'salesdesk/no-literal-ui-text': 'off' },
  },
  {
    files: ['electron/hub/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronImport] }] },
  },
);
