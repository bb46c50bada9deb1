import type { AppApi } from '../../../shared/api/appApi.ts';
import { createWebApi } from './createWebApi.ts';
import './windowApi.ts';

/** The desktop's preload provides `window.api`; in a browser the hub serves the same contract. */
export const api: AppApi = window.api ?? createWebApi(window.location.origin);
