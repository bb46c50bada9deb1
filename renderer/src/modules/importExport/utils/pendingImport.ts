/**
 * A file dropped on the follow-up grid, handed to the import wizard on the 导入导出 page: the drop and
 * the wizard live on different pages, and a File cannot travel in the URL.
 */
let pending: File | null = null;

export const pendingImport = {
  put: (file: File): void => {
    pending = file;
  },
  take: (): File | null => {
    const file = pending;
    pending = null;
    return file;
  },
};
