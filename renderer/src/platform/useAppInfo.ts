import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/apiSchemas.ts';
import { api } from './api.ts';

/** Desktop or web mode, version: asked once from `window.api`. */
export const useAppInfo = (): AppInfo | undefined => {
  const [info, setInfo] = useState<AppInfo | undefined>(undefined);
  useEffect(() => {
    void api.getAppInfo().then(setInfo, () => undefined);
  }, []);
  return info;
};
