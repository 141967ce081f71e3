// Writes dist/web-worker-source.js: the built analysis worker (web-worker.js)
// as a string the page can start a worker from. Chromium refuses
// `new Worker('web-worker.js')` on a page opened from file:// (the offline
// page opened by double-click), but starts a worker from a blob: URL; the page
// loads this file with a <script> tag (allowed from file://), makes the blob and
// starts the same worker (src/web/worker/client.ts). Added after minification,
// so the text is the worker byte for byte.
const { Compilation, WebpackError, sources } = require('webpack');

const PLUGIN = 'WorkerSourcePlugin';

/** The global the source file sets: read by src/web/worker/client.ts (WORKER_SOURCE_GLOBAL). */
const GLOBAL = 'junhengWorkerSource';

class WorkerSourcePlugin {
  constructor({ worker = 'web-worker.js', output = 'web-worker-source.js' } = {}) {
    this.worker = worker;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT - 1 }, () => {
        const asset = compilation.getAsset(this.worker);
        if (asset === undefined) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${this.worker} was not built`));
          return;
        }
        const text = asset.source.source().toString();
        compilation.emitAsset(this.output, new sources.RawSource(`self.${GLOBAL}=${JSON.stringify(text)};\n`));
      });
    });
  }
}

module.exports = { WorkerSourcePlugin, GLOBAL };
