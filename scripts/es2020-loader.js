// A webpack loader that lowers JavaScript (mostly from node_modules: Fluent UI,
// React) to ES2020 syntax with esbuild, so the bundles parse in Safari 14 and
// the older Edge webviews of Office on Mac and Windows: no class static blocks,
// no `??=`, no private `#methods`. Runtime functions newer than ES2020 come from
// scripts/es2020-polyfills.js.
/** The syntax level every bundle must parse at (tests/build/bundles.test.ts checks it). */
const TARGET = 'es2020';

module.exports = function es2020Loader(source, map) {
  const callback = this.async();
  // Required here, not at the top: webpack.config.js reads TARGET without loading esbuild.
  require('esbuild')
    .transform(source, { loader: 'js', target: TARGET, sourcemap: this.sourceMap ? 'external' : false, sourcefile: this.resourcePath })
    .then((result) => callback(null, result.code, result.map || map))
    .catch(callback);
};

module.exports.TARGET = TARGET;
