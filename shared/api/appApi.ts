import type { ApiMethodName } from './apiMethodNames.ts';
import type { ApiArgs, ApiResult, AppEvent } from './apiSchemas.ts';

/** `window.api`: the renderer's only door to the desktop, served by the preload or by the hub in web mode. */
export type AppApi = { [M in ApiMethodName]: (...args: ApiArgs<M>) => Promise<ApiResult<M>> } & {
  onEvent: (listener: (event: AppEvent) => void) => () => void;
};

/** What the desktop or the hub implements; the dispatcher validates around it. */
export type ApiHandlers = { [M in ApiMethodName]: (...args: ApiArgs<M>) => Promise<ApiResult<M>> | ApiResult<M> };
