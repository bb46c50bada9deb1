import { defineConfig } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4399);
// The build to serve (SALESDESK_OUT, as electron.vite.config.ts): parallel work builds into its own folder.
const out = process.env['SALESDESK_OUT'] ?? 'out';

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
export const chromiumLaunch = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  // Per port, so two runs on different E2E_PORTs (parallel work on one machine) never share files.
  outputDir: `test-results/e2e-${port}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 820 },
  },
  webServer: {
    command: `node electron/hub/cli.ts --host 127.0.0.1 --port ${port} --data test-results/hub-data-${port} --no-mdns --renderer ${out}/renderer`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
