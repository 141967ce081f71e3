// Builds the add-in (task pane + custom functions in one shared runtime) and the
// local web page. Output goes to dist/, which is what a server or sideload points at.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { FunctionsZhCnPlugin } = require('./scripts/functions-zh-cn');

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
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
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
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
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/web/web.html',
        chunks: ['web'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      port: 3000,
      open: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
