// Builds the add-in (task pane + custom functions in one shared runtime), the
// task-pane-only page for Excel without the shared runtime, and the local web page.
// Output goes to dist/, which is what a server or sideload points at:
//   ADDIN_URL=https://内网地址/junheng npm run build   → manifests for that address
//   npm run serve                                     → https://localhost:3000 with trusted dev certificates
// Every bundle is ES2020 (Safari 14, older Office webviews): see scripts/es2020-loader.js.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { FunctionsZhCnPlugin } = require('./scripts/functions-zh-cn');
const { WorkerSourcePlugin } = require('./scripts/worker-source');
const { addinUrl, rebase } = require('./scripts/manifest-url');
const { TARGET } = require('./scripts/es2020-loader');

const POLYFILLS = './scripts/es2020-polyfills.js';
/** The two entries taskpane.html loads together (pane.html loads only the first). */
const PANE_ENTRIES = ['taskpane', 'functions'];

/** The dev server's HTTPS options: Microsoft's office-addin-dev-certs (installs a trusted local CA once). */
async function devServerHttps() {
  if (process.env.DEV_HTTP === '1') return 'http';
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    throw new Error(
      `Could not set up the trusted local certificate for https://localhost:3000 (${error.message}). ` +
        'Run "npx office-addin-dev-certs install" once (it may ask for administrator rights), ' +
        'or serve plain HTTP for the web page only with DEV_HTTP=1 npm run serve.',
    );
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const base = addinUrl(process.env.ADDIN_URL);
  const manifest = (file) => ({ from: file, to: file, transform: (content) => rebase(content.toString(), base) });
  return {
    devtool: dev ? 'source-map' : false,
    target: ['web', TARGET],
    entry: {
      // taskpane.html loads both into one page (the shared runtime): one webpack runtime
      // for the two, and what they share (zod, the core) in one chunk, loaded once.
      taskpane: { import: [POLYFILLS, './src/taskpane/index.tsx'], runtime: 'pane-runtime' },
      functions: { import: './src/functions/functions.ts', runtime: 'pane-runtime' },
      web: [POLYFILLS, './src/web/index.tsx'],
      // The web page's analysis worker (src/web/worker/client.ts starts it as web-worker.js).
      'web-worker': [POLYFILLS, './src/web/worker/analysis.worker.ts'],
      // The task pane's check worker (src/taskpane/check/client.ts starts it as pane-worker.js).
      'pane-worker': [POLYFILLS, './src/taskpane/check/check.worker.ts'],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          paneShared: {
            name: 'pane-shared',
            chunks: (chunk) => PANE_ENTRIES.includes(chunk.name),
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // dist/cli/ holds the command line's bundle (scripts/build-cli.js), not webpack's.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS's browser build still asks for these Node built-ins by name.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules for webpack: keeps `import()` as a split point (the web page loads
          // ExcelJS lazily); tsconfig's commonjs would turn it into a synchronous require.
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: TARGET } } },
        },
        {
          // Packages ship newer syntax (class static blocks, ??=): lowered to ES2020.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, 'scripts/es2020-loader.js') },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      // functions-zh-cn.json: the same metadata with Chinese names (manifest: zh-CN override).
      new FunctionsZhCnPlugin({ translations: './src/functions/zh-cn.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      // The pane alone, for manifest.taskpane.xml (no shared runtime, no custom functions).
      new HtmlWebpackPlugin({
        filename: 'pane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      // web-worker-source.js: the worker as text, started from a blob: URL on the page opened from file://.
      new WorkerSourcePlugin(),
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/web/web.html',
        chunks: ['web'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          // ES5, loaded before the bundles: the message for Internet Explorer 11 / Edge Legacy webviews.
          { from: 'src/taskpane/webview-check.js', to: 'webview-check.js' },
          manifest('manifest.xml'),
          manifest('manifest.taskpane.xml'),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      server: serving ? await devServerHttps() : 'http',
      port: 3000,
      open: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
