/**
 * Every row of one of the extension's IndexedDB stores. Runs inside one of its pages
 * (`page.evaluate(storeRows, name)`), in Chromium through Playwright and in Firefox
 * through puppeteer, so it refers to nothing outside itself.
 */
export function storeRows(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('estate');
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result);
      };
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  });
}
