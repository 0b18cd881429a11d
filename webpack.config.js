/**
 * Builds the Excel add-in the way Microsoft's task-pane template does
 * (ts-loader, HtmlWebpackPlugin, CopyWebpackPlugin, an HTTPS dev server on
 * localhost), plus the preview page with its simulated Excel host.
 *
 *   npm run build                                   production add-in in dist/
 *   ADDIN_PUBLIC_URL=https://host/path npm run build  … with dist/manifest.xml pointing there
 *   webpack serve --mode development                dev server on https://localhost:3000
 *   webpack --env preview                           preview page in node_modules/.cache/phuluc-preview/
 *
 * The dev certificates (office-addin-dev-certs) are loaded only for the dev
 * server, so building and testing never need them.
 */
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const pkg = require('./package.json');

const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
const DEV_URL = `https://localhost:${DEV_PORT}/`;
const PREVIEW_DIR = path.resolve(__dirname, 'node_modules/.cache/phuluc-preview');

/** The public address of dist/, with one trailing slash; the dev server's by default. */
function publicUrl() {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"'<>]+$/.test(url))
    throw new Error(`ADDIN_PUBLIC_URL must be an https:// address, got "${url}"`);
  return url.replace(/\/*$/, '/');
}

/** The manifest with every dev-server URL replaced by the public one, and without the note about the dev server. */
function rewriteManifest(content, url) {
  return content
    .toString()
    .replace(/<!--(?:(?!-->)[\s\S])*ADDIN_PUBLIC_URL[\s\S]*?-->\s*/, '')
    .split(DEV_URL)
    .join(url);
}

const tsRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // Type checking is `npm run typecheck`'s job; the bundle only transpiles, which keeps builds fast.
    options: { transpileOnly: true, configFile: path.resolve(__dirname, 'tsconfig.taskpane.json') },
  },
};

function addinConfig(dev, serve) {
  const url = publicUrl();
  return {
    name: 'addin',
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: 'web',
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [tsRule] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : rewriteManifest(content, url)),
          },
        ],
      }),
    ],
    performance: { maxEntrypointSize: 400_000, maxAssetSize: 400_000 },
    devServer: serve
      ? {
          port: DEV_PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: serve.https },
          static: false,
        }
      : undefined,
  };
}

function previewConfig(dev) {
  return {
    name: 'preview',
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: 'web',
    entry: { preview: './src/preview/preview.ts' },
    output: {
      // A local build artefact, like a loader cache: never deployed, committed or linted.
      path: PREVIEW_DIR,
      filename: '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // The file picker reads workbooks with the command line's reader (src/node/read); its file-system calls are never
      // reached in the browser, and it inflates with fflate where there is no zlib.
      fallback: { fs: false, path: false, zlib: false },
    },
    module: { rules: [tsRule] },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new webpack.NormalModuleReplacementPlugin(
        /\/exceljs-workbook$/,
        path.resolve(__dirname, 'src/preview/exceljs-workbook.ts'),
      ),
      new webpack.NormalModuleReplacementPlugin(
        /\/sheetjs-thread$/,
        path.resolve(__dirname, 'src/preview/sheetjs-thread.ts'),
      ),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'src/preview/preview.css', to: 'preview.css' },
        ],
      }),
    ],
    // The reader brings exceljs (already minified) and SheetJS: 2 MB that only this local page loads.
    // Minifying them again takes minutes on a small machine and saves nothing that matters here.
    optimization: { minimize: false },
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  if (env.preview) return previewConfig(dev);
  if (!env.WEBPACK_SERVE) return addinConfig(dev, null);
  const devCerts = require('office-addin-dev-certs');
  return addinConfig(dev, { https: await devCerts.getHttpsServerOptions() });
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.PREVIEW_DIR = PREVIEW_DIR;
