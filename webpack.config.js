// Builds the browser bundles. Today: the pure core as one script (`dist/web/svarstid-core.js`,
// global `SvarstidCore`), the same code the Outlook add-in and the Teams tab will load. The
// add-in and tab pages add their own entries here (one entry and one HTML page per surface).
const path = require('node:path');

/** @type {import('webpack').Configuration} */
module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: ['web', 'es2020'],
  entry: { 'svarstid-core': './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'SvarstidCore', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'swc-loader', options: { jsc: { target: 'es2020', parser: { syntax: 'typescript', tsx: true } } } },
      },
    ],
  },
  devtool: 'source-map',
  performance: { hints: false },
});
