// Opening IndexedDB in a fresh page takes ~100 ms here. Start it now, while the panel's
// code is still loading, so the app's own open finds the connection ready.
(function () {
  try {
    var request = indexedDB.open('estate');
    // A first run has no database yet: leave creating it (with its schema) to the app.
    request.onupgradeneeded = function () { request.transaction.abort(); };
    request.onerror = function (event) { event.preventDefault(); };
    request.onsuccess = function () {
      var connection = request.result;
      // Never stand in the way of a schema upgrade; the app opens its own connection.
      connection.onversionchange = function () { connection.close(); };
      setTimeout(function () { connection.close(); }, 10000);
    };
  } catch (e) {
    // The app reports storage problems itself.
  }
})();
