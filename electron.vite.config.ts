import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { precompiledValidators } from './tools/vite/precompiledValidators.ts';

const root = import.meta.dirname;
// SALESDESK_OUT lets parallel work on one machine build into separate folders (default out/).
const out = process.env['SALESDESK_OUT'] ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload can only require 'electron': bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), precompiledValidators()],
    build: {
      outDir: resolve(root, out, 'renderer'),
      // Browsers on the LAN download it in web mode; the desktop loads it from disk.
      minify: process.env['SALESDESK_NO_MINIFY'] ? false : true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
