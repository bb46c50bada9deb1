/**
 * Hands a generated file to the user: the browser's download (web mode), or Electron's save dialog,
 * which the desktop shows for the same anchor download.
 */
export const downloadBytes = (bytes: Uint8Array, fileName: string, mime: string): void => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, or the download may find the URL gone.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
