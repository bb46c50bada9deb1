import { createContext, useContext } from 'react';
import type { SyncStatus } from './deriveSyncStatus.ts';

export const SyncStatusContext = createContext<SyncStatus>({ kind: 'local' });

export const useSyncStatus = (): SyncStatus => useContext(SyncStatusContext);
