/* SelfEval build: bundles the task pane and the ribbon function file, and copies the icons and
 * the manifest (with the dev URLs rewritten for production) to dist/.
 *
 *   webpack --mode production                       ADDIN_URL=https://host/path/ sets the deployed URL
 *   webpack --mode production --env officejs=self   self-host office.js (intranets); or OFFICE_JS=self
 *   webpack --mode production --env officejs=cn     21Vianet (世纪互联) CDN;             or OFFICE_JS=cn
 *   webpack --mode production --env offline         browser mode only, one script, no office.js, in
 *                                                   dist-offline/ (scripts/build-offline.ts inlines it
 *                                                   into one .html: npm run build:offline)
 *   webpack serve --mode development                https://localhost:3000 (needs a dev certificate)
 */
/* global require, module, process, __dirname, console, URL -- a CommonJS file run by Node (webpack-cli) */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack-cli loads this config as CommonJS */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const originDev = new URL(urlDev).origin;

// Where the pages load office.js from. The Marketplace requires the Microsoft CDN, so it stays the
// default; the npm copy is not officially supported and is opt-in for intranets that reach no CDN.
const officeJsUrls = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  cn: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  self: "officejs/office.js",
};

/** Picks the office.js source from `--env officejs=…` or OFFICE_JS (cdn | cn | self). */
function officeJsMode(env = {}) {
  const mode = String(env.officejs || process.env.OFFICE_JS || "cdn").toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(officeJsUrls, mode)) {
    throw new Error(`Unknown office.js source "${mode}": use one of ${Object.keys(officeJsUrls).join(", ")}.`);
  }
  return mode;
}

/** The deployed base URL (https, ending in "/"), from `--env ADDIN_URL=…` or ADDIN_URL. */
function productionUrl(env = {}) {
  const raw = env.ADDIN_URL || process.env.ADDIN_URL || urlDev;
  const url = new URL(raw);
  // Office loads add-in pages, icons and function files only over https.
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https URL, got "${raw}".`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the manifest's dev URLs for a deployment: every `https://localhost:3000/…` becomes
 * `urlProd…`, and the bare origin (as in <AppDomain>) becomes urlProd's origin.
 */
function transformManifest(content, urlProd) {
  const base = urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
  return content.toString().split(urlDev).join(base).split(originDev).join(new URL(base).origin);
}

/**
 * Dev-server certificates: SELFEVAL_DEV_CERT / SELFEVAL_DEV_KEY files, else the files that
 * `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs (its default folder),
 * else office-addin-dev-certs itself if someone installed it. It is not a dependency: its keytar
 * dependency needs a native build (and libsecret on Linux).
 */
async function getHttpsOptions() {
  const certFile = process.env.SELFEVAL_DEV_CERT;
  const keyFile = process.env.SELFEVAL_DEV_KEY;
  if (certFile && keyFile) return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
  const certDir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const installed = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(certDir, f));
  if (installed.every((f) => fs.existsSync(f))) {
    const [ca, cert, key] = installed.map((f) => fs.readFileSync(f));
    return { ca, cert, key };
  }
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      throw new Error(
        "The dev server needs a trusted localhost certificate.\n" +
          "  Make one:  npx office-addin-dev-certs install   (files go to ~/.office-addin-dev-certs)\n" +
          "  or point SELFEVAL_DEV_CERT and SELFEVAL_DEV_KEY at a certificate and key you trust for localhost.\n" +
          "A production build (webpack --mode production) does not need it.",
      );
    }
    throw error;
  }
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * ExcelJS's browser build, unminified so that its nextTick shim can be patched (see
 * scripts/exceljs-nexttick-loader.cjs); Terser minifies it with the rest.
 */
const exceljsBrowser = path.join(path.dirname(require.resolve("exceljs/package.json")), "dist", "exceljs.js");

const resolve = {
  extensions: [".ts", ".tsx", ".js", ".json"],
  alias: { exceljs$: exceljsBrowser },
};

const rules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        configFile: path.resolve(__dirname, "tsconfig.json"),
        transpileOnly: true,
        // ES modules let webpack pick the packages' ESM builds and tree-shake them (with
        // tsconfig's CommonJS, @fluentui/react-icons alone adds 15 MB); ES2017 for legacy Edge.
        compilerOptions: { module: "es2020", target: "es2017" },
      },
    },
  },
  {
    // Large files must not wait on the 4 ms clamp of ExcelJS's setTimeout-based nextTick.
    test: (file) => file === exceljsBrowser,
    use: { loader: path.resolve(__dirname, "scripts/exceljs-nexttick-loader.cjs") },
  },
  {
    test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
    type: "asset/resource",
    generator: { filename: "assets/[name][ext][query]" },
  },
];

/**
 * The offline review page: the task pane in browser mode only. No office.js (the page is never an
 * add-in), one JavaScript file (chunks merged: a file:// page should not depend on loading more
 * files), no source maps; scripts/build-offline.ts inlines it into dist-offline/selfeval.html.
 */
function offlineConfig() {
  const { optimize } = require("webpack");
  return {
    context: __dirname,
    mode: "production",
    devtool: false,
    target: ["web", "es2017"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist-offline"), filename: "[name].js", clean: true },
    resolve,
    module: { rules },
    plugins: [
      new optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: "" },
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const offline = !!env.offline;
  const officeJs = officeJsMode(env);
  const urlProd = productionUrl(env);
  if (offline) return offlineConfig();
  if (!dev && urlProd === urlDev && !env.WEBPACK_SERVE) {
    console.warn("[selfeval] ADDIN_URL is not set: dist/manifest.xml still points at https://localhost:3000/.");
  }

  const html = (name, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks: [chunk],
      templateParameters: { officeJsUrl: officeJsUrls[officeJs] },
    });

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform: { transformer: (content) => (dev ? content : transformManifest(content, urlProd)), cache: false },
    },
  ];
  if (officeJs === "self") {
    copyPatterns.push({
      from: path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist"),
      to: "officejs",
      // office.js loads the minified files only; the debug builds and typings would double the size.
      filter: (file) => !/\.debug\.js$|\.d\.ts$/.test(file),
      // Already minified: keep Terser off these 30 MB.
      info: { minimized: true },
    });
  }

  return {
    context: __dirname,
    devtool: "source-map",
    // Our code is emitted as ES2017 so it parses in the legacy Edge webview of Office 2019; the
    // React and Fluent UI packages are not transpiled (see the guard in taskpane.html).
    target: ["web", "es2017"],
    entry: {
      // The pane's page is also the ribbon's function file under manifest-shared.xml, so it
      // registers the ribbon handler too (src/commands/shared.ts; unused under manifest.xml).
      taskpane: ["./src/taskpane/index.tsx", "./src/commands/shared.ts"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed names in production so a redeploy is not masked by Office's web cache.
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve,
    module: { rules },
    plugins: [html("taskpane", "taskpane"), html("commands", "commands"), new CopyWebpackPlugin({ patterns: copyPatterns })],
    performance: {
      // React + Fluent UI exceed webpack's 244 KiB web default; the pane loads once per session.
      maxAssetSize: 2 * 1024 * 1024,
      maxEntrypointSize: 2 * 1024 * 1024,
      assetFilter: (file) => !file.startsWith("officejs/") && !file.endsWith(".map"),
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? { type: "https", options: await getHttpsOptions() } : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.transformManifest = transformManifest;
module.exports.officeJsUrls = officeJsUrls;
module.exports.officeJsMode = officeJsMode;
module.exports.productionUrl = productionUrl;
