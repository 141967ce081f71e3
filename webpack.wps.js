// Builds the WPS 加载项 (npm run build:wps) into dist-wps/, kept apart from webpack.config.js:
//   dist-wps/JUNHENG_<version>/   the add-in folder: index.html + main.js (ribbon callbacks, functions),
//                                 taskpane.html + taskpane.js (the pane), ribbon.xml, manifest.xml,
//                                 functions.json (from the functions' JSDoc and zh-cn.json), assets/
//   dist-wps/jsplugins.xml        for an intranet server: <jspluginonline url="WPS_BASE_URL/JUNHENG_<version>/">
//   dist-wps/publish.xml          for offline install into the user's jsaddons folder
// WPS_BASE_URL (e.g. http://10.1.2.3/wps/) sets the intranet address in jsplugins.xml.
const path = require('path');
const { URL } = require('url');
const { DefinePlugin, sources } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { FunctionsWpsPlugin, NAMESPACE, wpsFunctionTable } = require('./scripts/functions-wps');
const { jspluginsXml, publishXml } = require('./scripts/wps-deploy');
const { version } = require('./package.json');

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const entries = await wpsFunctionTable('./src/functions/functions.ts', './src/functions/zh-cn.json');
  const folder = `${NAMESPACE}_${version}`;
  const baseUrl = process.env.WPS_BASE_URL ?? 'http://127.0.0.1:3889/';
  return {
    devtool: dev ? 'source-map' : false,
    entry: { main: './src/wps/main.ts', taskpane: './src/wps/pane.tsx' },
    output: { path: path.resolve(__dirname, 'dist-wps'), filename: `${folder}/[name].js`, chunkFilename: `${folder}/[name].[contenthash:8].js`, clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: { fs: false, path: false, stream: false, crypto: false } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
      ],
    },
    plugins: [
      new DefinePlugin({ __JUNHENG_WPS_FUNCTIONS__: JSON.stringify(entries) }),
      new FunctionsWpsPlugin({ entries, output: `${folder}/functions.json` }),
      new HtmlWebpackPlugin({ filename: `${folder}/index.html`, template: './src/wps/index.html', chunks: ['main'], publicPath: './' }),
      new HtmlWebpackPlugin({ filename: `${folder}/taskpane.html`, template: './src/wps/taskpane.html', chunks: ['taskpane'], publicPath: './' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/wps/ribbon.xml', to: `${folder}/ribbon.xml` },
          { from: 'src/wps/manifest.xml', to: `${folder}/manifest.xml` },
          { from: 'assets/icon-32.png', to: `${folder}/assets/icon-32.png` },
        ],
      }),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap('WpsDeploy', (compilation) => {
            compilation.hooks.processAssets.tap({ name: 'WpsDeploy', stage: 0 }, () => {
              compilation.emitAsset('jsplugins.xml', new sources.RawSource(jspluginsXml(NAMESPACE, new URL(`${folder}/`, baseUrl).href)));
              compilation.emitAsset('publish.xml', new sources.RawSource(publishXml(NAMESPACE, folder, version)));
            });
          });
        },
      },
    ],
    performance: { hints: false },
  };
};
