/**
 * Hands a file to the browser's downloads. The link is put in the page for the click
 * (some browsers ignore a click on a detached one), and the Blob's URL let go a minute
 * later, once the download has surely read it.
 */
export function downloadFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
