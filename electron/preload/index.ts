import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_EVENT_CHANNEL, apiChannel, apiMethodNames } from '../../shared/api/apiMethodNames.ts';

// Named methods only: the page never sees ipcRenderer. Main validates every argument.
const call =
  (method: (typeof apiMethodNames)[number]) =>
  (...args: unknown[]): Promise<unknown> =>
    ipcRenderer.invoke(apiChannel(method), ...args).catch((err: unknown) => {
      // Main throws the dispatcher's {code, message}; Electron wraps it in "Error invoking remote method".
      const text = err instanceof Error ? err.message : String(err);
      const json = text.slice(text.indexOf('{'));
      try {
        const body = JSON.parse(json) as { code: string; message: string };
        throw Object.assign(new Error(body.message), { code: body.code });
      } catch (parseErr) {
        throw parseErr instanceof SyntaxError ? new Error(text) : parseErr;
      }
    });

const api = {
  ...Object.fromEntries(apiMethodNames.map((m) => [m, call(m)])),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const handler = (_e: IpcRendererEvent, event: unknown) => listener(event);
    ipcRenderer.on(API_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(API_EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
