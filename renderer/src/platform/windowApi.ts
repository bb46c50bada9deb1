import type { AppApi } from '../../../shared/api/appApi.ts';

declare global {
  // Global augmentation of Window needs an interface; the preload sets `api` in the desktop app.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: AppApi;
  }
}

export {};
