import { createContext, useContext } from 'react';
import type { SalesDeskDatabase } from '../../../shared/db/collections.ts';

export const DatabaseContext = createContext<SalesDeskDatabase | null>(null);

export const useDatabase = (): SalesDeskDatabase => {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside <DatabaseContext.Provider>');
  return db;
};
