import { useEffect } from 'react';
import { pendingImport } from '../utils/pendingImport.ts';

/** Starts the wizard on a file dropped on the grid, once, when the import page opens. */
export const PendingImportEffect = ({ onFile }: { onFile: (file: File) => void }): null => {
  useEffect(() => {
    const file = pendingImport.take();
    if (file) onFile(file);
    // Once per mount: the pending file is taken, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
};
