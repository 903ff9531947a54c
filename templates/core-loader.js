// Starts the grader's own code, compiled to WebAssembly (TeaVM) and inlined in this page as gzip in base64:
// unzipped by the browser's DecompressionStream and handed to TeaVM's loader. Nothing is fetched. Resolves to
// the module's exports (its @JSExport methods), or rejects where the browser has no WebAssembly GC (then the page
// works without the checks the module makes). Started once, at the top of the page, so that the module compiles
// while the rest of the page is read; later calls get the same promise.
(function () {
  'use strict';
  var started = {};

  function load(id) {
    if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function' || !window.TeaVM) {
      return Promise.reject(new Error('this browser cannot run the page\'s WebAssembly'));
    }
    var binary = atob(document.getElementById(id).textContent.trim());
    var zipped = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      zipped[i] = binary.charCodeAt(i);
    }
    var stream = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (wasm) {
      return window.TeaVM.wasmGC.load(new Int8Array(wasm));
    }).then(function (teavm) {
      return teavm.exports;
    });
  }

  window.graderCore = function (id) {
    if (!started[id]) {
      started[id] = load(id);
    }
    return started[id];
  };
}());
