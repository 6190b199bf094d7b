// Webpack build for the Excel task pane: pages, TypeScript, copied assets/manifest and the dev server on https://localhost:3000.
"use strict";

const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_SERVER_PORT = 3000;

/**
 * One HTML page per entry. A later page (for example the fake Office host used by end-to-end
 * tests) is one more object here, possibly added only when `env.e2e` is set.
 */
function listPages(/* env */) {
  return [
    { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
    // Opened in the real browser by Excel on Mac, which cannot download from the pane (src/download).
    { name: "download", entry: "./src/download/downloadPage.ts", template: "./src/download/download.html" },
  ];
}

/** The base URL the production manifest points at, from ADDIN_BASE_URL; always ends with "/". */
function resolveBaseUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  // Office only loads add-in pages over https.
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must use https: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Points every dev URL in the manifest at the production base URL, as Microsoft's yo office template does. */
function rewriteManifestUrls(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/** Adds a build warning (not an error, so the bundle budget can still be checked) when a production manifest keeps localhost URLs. */
class MissingBaseUrlWarningPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("MissingBaseUrlWarningPlugin", (compilation) => {
      compilation.warnings.push(
        new webpack.WebpackError(
          `ADDIN_BASE_URL is not set: dist/manifest.xml still points at ${DEV_BASE_URL}. ` +
            "Set it to the https address that will host dist/, e.g. ADDIN_BASE_URL=https://cchc.example.gov.vn/addin/ npm run build",
        ),
      );
    });
  }
}

module.exports = function createConfig(env = {}, argv = {}) {
  const isProduction = argv.mode === "production";
  const baseUrl = isProduction ? resolveBaseUrl(process.env.ADDIN_BASE_URL) : undefined;
  const pages = listPages(env);

  return {
    mode: isProduction ? "production" : "development",
    devtool: isProduction ? false : "source-map",
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, "dist"),
      // Content hashes in production: Office caches task pane scripts aggressively.
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              onlyCompileBundledFiles: true,
              // ES modules out of TypeScript are what lets webpack tree-shake Fluent UI.
              compilerOptions: { module: "ESNext", sourceMap: !isProduction },
            },
          },
        },
        {
          // src/domain is pure by rule (see STYLE.md), so modules of it that nothing uses can be dropped whole.
          test: /[\\/]src[\\/]domain[\\/]/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      // Honour the "sideEffects": false that @fluentui/* and react declare in their package.json.
      sideEffects: true,
      usedExports: true,
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // A library imported on demand stays in the chunk that imports it (named by its
          // webpackChunkName, e.g. "docx"), so the bundle report can say what loads when.
          defaultVendors: false,
          // React and Fluent change together with dependency upgrades, not with our code: a separate, long-cached chunk.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendors",
            // Only what the page needs at start: a library imported on demand keeps its own chunk.
            chunks: "initial",
            priority: -10,
            reuseExistingChunk: true,
          },
          // The pane's reader of other workbooks (src/taskpane/files) loads exceljs on demand: one named chunk.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 0,
          },
        },
      },
    },
    // The gzip budget of the initial JS is enforced by src/devserver/bundleReport.cjs instead.
    performance: { hints: false },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl ? rewriteManifestUrls(content.toString("utf8"), baseUrl) : content),
          },
        ],
      }),
      ...(isProduction && !baseUrl ? [new MissingBaseUrlWarningPlugin()] : []),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      // As in Microsoft's template: lets pages on other local origins (e.g. a test host) fetch dev assets.
      headers: { "Access-Control-Allow-Origin": "*" },
      // src/devserver/start.cjs supplies the certificate; `webpack serve` alone falls back to a generated self-signed one.
      server: { type: "https" },
      // Everything served comes out of the compilation (pages, copied assets, manifest); no public/ folder.
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.DEV_SERVER_PORT = DEV_SERVER_PORT;
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
