// Builds every browser bundle of Svarstid (webpack's multi-compiler: one configuration per kind
// of output).
//
// - `core`: the pure core as one UMD script (`svarstid-core.js`, global `SvarstidCore`).
// - `onsend`: the Outlook on-send handler as ONE self-contained classic script
//   (`addin/onsend.js`, plus `addin/onsend.html` that loads office.js and it). Classic Outlook on
//   Windows runs it in a JavaScript-only runtime: no imports, no chunks, no DOM.
// - `pages`: one entry and one HTML page per surface (the add-in's task pane and compose pane,
//   the Office dialog fallback for sign-in, the landing page; `teams-app/` pages join here), with
//   content-hashed chunks and a Content-Security-Policy per page. With `--env target=demo` the
//   build adds the development harness (`dev/outlook.html`) and the demo's token path; a
//   production build contains neither.
//
// Settings (command line `--env name=value` or environment):
//   target          production (default) | demo
//   origin          SVARSTID_ORIGIN, where the pages are served (default https://localhost:3000);
//                   the manifest's URLs are rewritten to it
//   clientId        SVARSTID_CLIENT_ID, the Entra app registration of the add-in (MSAL)
//   preset          SVARSTID_PRESET, the configuration preset used until one is stored in the mailbox
//   senderSettings  JSON {municipality, senderCheck} the on-send script falls back to
//   sendMode        SVARSTID_SEND_MODE, the manifest's on-send mode (softBlock default; block
//                   only for admin-deployed add-ins)
//   out             output folder (default dist/web, dist/web-demo for the demo)
//   core            no = leave the core script out of a production build
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEV_ORIGIN, readTemplate, renderManifest } = require('./manifest/render.cjs');

const ROOT = __dirname;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Script origins of the Office host: office.js and what it loads. */
const OFFICE_SCRIPT_ORIGINS = ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com'];
/** Where production pages talk to: Microsoft Graph and Entra ID (the dialog fallback's token calls). */
const MICROSOFT_CONNECT_ORIGINS = ['https://graph.microsoft.com', 'https://login.microsoftonline.com'];
/** teams-js fetches Microsoft's list of valid Teams host origins from this CDN when it loads inside a host. */
const TEAMS_CONNECT_ORIGINS = ['https://res.cdn.office.net'];

function swcRule(target) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          target,
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
      },
    },
  };
}

/** The pure core has no side effects at import: let webpack drop what a page does not use. */
const CORE_SIDE_EFFECT_FREE = { test: /[\\/]src[\\/](core|graph|ui)[\\/]/, sideEffects: false };

/**
 * The Content-Security-Policy of one page (SECURITY.md rule 1): scripts only from our origin
 * and, where the page runs inside Office, office.js's origins; connections only to our origin
 * and, in production, Graph and Entra ID. Styles allow 'unsafe-inline' because Fluent UI
 * (Griffel) inserts its atomic CSS at run time.
 */
function contentSecurityPolicy({ officeJs, connect, frames = false, mailImages = false }) {
  const scripts = ["'self'", ...(officeJs ? OFFICE_SCRIPT_ORIGINS : [])];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // A page that shows mail bodies may load their remote images once the reader asks: the
    // body's sandboxed frame inherits this policy and narrows it with its own (src/ui/mailBodyDocument.ts).
    `img-src 'self' data:${mailImages ? ' https: http:' : ''}`,
    "font-src 'self' data:",
    `connect-src ${["'self'", ...connect].join(' ')}`,
    ...(frames ? ["frame-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

function readSettings(env = {}) {
  const target = (env.target ?? process.env.SVARSTID_TARGET ?? 'production') === 'demo' ? 'demo' : 'production';
  const origin = new URL(env.origin ?? process.env.SVARSTID_ORIGIN ?? DEV_ORIGIN).origin;
  const clientId = env.clientId ?? process.env.SVARSTID_CLIENT_ID ?? '00000000-0000-0000-0000-000000000000';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) {
    throw new Error(`clientId (SVARSTID_CLIENT_ID) must be an application (client) id GUID, got '${clientId}'`);
  }
  const preset = env.preset ?? process.env.SVARSTID_PRESET ?? 'ljungby';
  const sendMode = env.sendMode ?? process.env.SVARSTID_SEND_MODE ?? 'softBlock';
  const out = path.resolve(ROOT, env.out ?? (target === 'demo' ? 'dist/web-demo' : 'dist/web'));
  return { target, origin, clientId, preset, sendMode, out, senderSettings: senderSettingsOf(env, preset) };
}

/**
 * What the on-send script falls back to when Outlook has no cached configuration for it: the
 * municipality and the sender-check section of the preset (or the JSON given as
 * `senderSettings`). Read from the compiled core (`npm ci` / `npm run build` make dist/).
 */
function senderSettingsOf(env, preset) {
  const given = env.senderSettings ?? process.env.SVARSTID_SENDER_SETTINGS;
  if (given) {
    const parsed = JSON.parse(given);
    if (!parsed || typeof parsed !== 'object' || !parsed.municipality || !parsed.senderCheck) {
      throw new Error('senderSettings must be JSON with municipality and senderCheck');
    }
    return { municipality: parsed.municipality, senderCheck: parsed.senderCheck };
  }
  let presets;
  try {
    presets = require('./dist/core/config/presets.js');
  } catch {
    throw new Error('the compiled core is missing: run `npm run build` before building the pages');
  }
  if (!presets.isPresetId(preset)) throw new Error(`unknown preset '${preset}' (known: ${presets.PRESET_IDS.join(', ')})`);
  const config = presets.presetConfig(preset);
  return { municipality: config.municipality, senderCheck: config.senderCheck };
}

function coreConfig(mode, out = path.resolve(ROOT, 'dist/web')) {
  return {
    name: 'core',
    mode,
    target: ['web', 'es2020'],
    entry: { 'svarstid-core': './src/core/index.ts' },
    output: {
      path: out,
      filename: '[name].js',
      library: { name: 'SvarstidCore', type: 'umd' },
      globalObject: 'globalThis',
      clean: false,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [swcRule('es2020'), CORE_SIDE_EFFECT_FREE] },
    devtool: 'source-map',
    performance: { hints: false },
  };
}

/** The on-send handler: one classic script, ES2017, everything inlined, stable name (the manifest points at it). */
function onsendConfig(mode, s) {
  return {
    name: 'onsend',
    mode,
    target: ['web', 'es2017'],
    entry: { onsend: './addin/onsend/index.ts' },
    output: { path: s.out, filename: 'addin/onsend.js', iife: true, globalObject: 'globalThis', publicPath: '', clean: false },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [swcRule('es2017'), CORE_SIDE_EFFECT_FREE] },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new webpack.DefinePlugin({ __SVARSTID_SENDER_SETTINGS__: JSON.stringify(s.senderSettings) }),
      new HtmlWebpackPlugin({
        filename: ONSEND_PAGE,
        template: './web/page.html',
        chunks: ['onsend'],
        inject: false,
        scriptLoading: 'blocking',
        publicPath: '/',
        templateParameters: {
          title: 'Svarstid – kontroll vid sändning',
          lang: 'sv',
          csp: ONSEND_CSP,
          officeJs: OFFICE_JS,
          body: '',
          afterScripts: [],
          scriptLoading: 'blocking',
        },
      }),
    ],
    devtool: false,
    performance: { hints: false },
  };
}

/**
 * Where the build writes every page's Content-Security-Policy (`{ "teams/index.html": "default-src
 * 'none'; …" }`): the page server sends the header from this file (src/serve/pageServer.ts), the
 * same value the page's meta tag carries. A dot file, so the server never serves it.
 */
const PAGE_POLICIES_FILE = '.csp.json';
/** The policy of the on-send page (built by the onsend compiler, listed by the pages compiler). */
const ONSEND_PAGE = 'addin/onsend.html';
const ONSEND_CSP = contentSecurityPolicy({ officeJs: true, connect: [] });

/** One HTML page of the site. */
function page({ filename, title, chunks, officeJs = null, csp, body = '<div id="root"></div>', afterScripts = [] }) {
  const plugin = new HtmlWebpackPlugin({
    filename,
    template: './web/page.html',
    chunks,
    chunksSortMode: 'manual',
    inject: false,
    scriptLoading: 'defer',
    templateParameters: { title, lang: 'sv', csp, officeJs, body, afterScripts, scriptLoading: 'defer' },
  });
  plugin.svarstidPolicy = { filename, csp };
  return plugin;
}

/** Writes {@link PAGE_POLICIES_FILE}: each page's policy, from the same values its meta tag gets. */
class PagePoliciesPlugin {
  constructor(policies) {
    this.policies = policies;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PagePoliciesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PagePoliciesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(PAGE_POLICIES_FILE, new webpack.sources.RawSource(`${JSON.stringify(this.policies, null, 2)}\n`));
      });
    });
  }
}

/** Writes files that are not bundles: the manifest with this build's origin, icons, static pages. */
class StaticFilesPlugin {
  constructor(s) {
    this.s = s;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('StaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'StaticFilesPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { RawSource } = webpack.sources;
        const manifest = renderManifest(readTemplate(), { origin: this.s.origin, sendMode: this.s.sendMode });
        compilation.emitAsset('manifest.json', new RawSource(`${JSON.stringify(manifest, null, 2)}\n`));
        const files = [
          ['manifest/color.png', 'color.png'],
          ['manifest/outline.png', 'outline.png'],
          ...[16, 32, 80].map((n) => [`web/assets/icon-${n}.png`, `assets/icon-${n}.png`]),
          ['web/assets/icon-32.png', 'favicon.ico'],
          ['web/site.css', 'assets/site.css'],
        ];
        for (const [from, to] of files) {
          const full = path.join(ROOT, from);
          compilation.fileDependencies.add(full);
          compilation.emitAsset(to, new RawSource(fs.readFileSync(full)));
        }
      });
    });
  }
}

function pagesConfig(mode, s) {
  const demo = s.target === 'demo';
  const graphConnect = demo ? [] : MICROSOFT_CONNECT_ORIGINS;
  const entry = {
    taskpane: './addin/taskpane/index.tsx',
    compose: './addin/compose/index.tsx',
    authDialog: './addin/auth/dialogPage.ts',
    teams: './teams-app/index.tsx',
  };
  const pages = [
    page({ filename: 'index.html', title: 'Svarstid', chunks: [], csp: contentSecurityPolicy({ officeJs: false, connect: [] }), body: landingBody(demo) }),
    page({ filename: 'privacy.html', title: 'Svarstid – integritet', chunks: [], csp: contentSecurityPolicy({ officeJs: false, connect: [] }), body: fs.readFileSync(path.join(ROOT, 'web', 'privacy.html'), 'utf8') }),
    page({ filename: 'terms.html', title: 'Svarstid – användarvillkor', chunks: [], csp: contentSecurityPolicy({ officeJs: false, connect: [] }), body: fs.readFileSync(path.join(ROOT, 'web', 'terms.html'), 'utf8') }),
    page({ filename: 'addin/taskpane.html', title: 'Svarstid', chunks: ['taskpane'], officeJs: OFFICE_JS, csp: contentSecurityPolicy({ officeJs: true, connect: graphConnect }) }),
    page({ filename: 'addin/compose.html', title: 'Svarstid – avsändarkontroll', chunks: ['compose'], officeJs: OFFICE_JS, csp: contentSecurityPolicy({ officeJs: true, connect: graphConnect }) }),
    // The Teams tab (static and configurable): teams-js is bundled; only its valid-origins list comes from Microsoft's CDN.
    page({ filename: 'teams/index.html', title: 'Svarstid – läget i brevlådan', chunks: ['teams'], csp: contentSecurityPolicy({ officeJs: false, connect: demo ? [] : [...graphConnect, ...TEAMS_CONNECT_ORIGINS], mailImages: true }) }),
    page({ filename: 'addin/auth-dialog.html', title: 'Svarstid – logga in', chunks: ['authDialog'], officeJs: OFFICE_JS, csp: contentSecurityPolicy({ officeJs: true, connect: MICROSOFT_CONNECT_ORIGINS }), body: '<p id="status" role="status">Loggar in…</p>' }),
  ];
  if (demo) {
    // The development harness and the real panes hosted in it with the Office stand-in instead of office.js.
    entry.officeStandIn = './dev/standIn/officeStandIn.ts';
    entry.harness = './dev/harness/index.tsx';
    const devCsp = contentSecurityPolicy({ officeJs: false, connect: [] });
    pages.push(
      page({ filename: 'dev/outlook.html', title: 'Svarstid – Outlook-attrapp för utveckling', chunks: ['harness'], csp: contentSecurityPolicy({ officeJs: false, connect: [], frames: true }) }),
      page({ filename: 'dev/taskpane.html', title: 'Svarstid', chunks: ['officeStandIn', 'taskpane'], csp: devCsp }),
      page({ filename: 'dev/compose.html', title: 'Svarstid – avsändarkontroll', chunks: ['officeStandIn', 'compose'], csp: devCsp }),
      // The built on-send script, unchanged, in a frame with the stand-in (the harness's "event runtime").
      page({ filename: 'dev/onsend.html', title: 'Svarstid – kontroll vid sändning', chunks: ['officeStandIn'], csp: devCsp, body: '', afterScripts: ['/addin/onsend.js'] }),
    );
  }
  return {
    name: 'pages',
    dependencies: ['onsend'],
    mode,
    target: ['web', 'es2020'],
    entry,
    output: {
      path: s.out,
      filename: 'assets/[name].[contenthash:10].js',
      chunkFilename: 'assets/[name].[contenthash:10].js',
      publicPath: '/',
      clean: { keep: /^(svarstid-core\.js|addin\/onsend\.)/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: { rules: [swcRule('es2020'), CORE_SIDE_EFFECT_FREE] },
    optimization: {
      splitChunks: { chunks: 'all', cacheGroups: { defaultVendors: { test: /[\\/]node_modules[\\/]/, priority: -10, reuseExistingChunk: true } } },
    },
    plugins: [
      new webpack.DefinePlugin({
        __SVARSTID_TARGET__: JSON.stringify(s.target),
        __SVARSTID_CLIENT_ID__: JSON.stringify(s.clientId),
        __SVARSTID_PRESET__: JSON.stringify(s.preset),
        __SVARSTID_ORIGIN__: JSON.stringify(s.origin),
      }),
      ...pages,
      new StaticFilesPlugin(s),
      new PagePoliciesPlugin(Object.fromEntries([[ONSEND_PAGE, ONSEND_CSP], ...pages.map((p) => [p.svarstidPolicy.filename, p.svarstidPolicy.csp])])),
    ],
    devtool: demo ? 'source-map' : 'hidden-source-map',
    performance: { hints: false },
  };
}

/** The landing page: every surface and what it is. */
function landingBody(demo) {
  const rows = [
    ['/addin/taskpane.html', 'Outlook: aktivitetsfönstret', 'Svarstid, status, kanal, ärendetyp, förvaltning och skälen för det öppna meddelandet; ändra förvaltning eller ärendetyp, markera inget ärende, "Jag tar det" och "Svara med bekräftelse". Körs inne i Outlook.'],
    ['/addin/compose.html', 'Outlook: avsändarkontroll när du skriver', 'Kontrollerar live att kommunen står som avsändare, att svarstiden anges, LIX med klarspråkstips, och infogar standardsignaturen.'],
    ['/addin/onsend.html', 'Outlook: kontroll vid sändning', 'Stoppar (eller varnar för) mejl som inte nämner kommunen. Klassiska Outlook för Windows läser /addin/onsend.js.'],
    ['/teams/', 'Teams: gruppledarens flik', 'Kön ordnad efter svarstid med filter, antal försenade och att besvara i dag, belastning per förvaltning och servicenivå vecka för vecka, direkt från brevlådan. Körs i Teams eller fristående i webbläsaren.'],
    ['/manifest.json', 'Manifestet', 'Microsoft 365-appmanifestet (unified manifest) med den här webbplatsens adresser, för sidladdning eller uppladdning.'],
  ];
  if (demo) rows.unshift(['/dev/outlook.html', 'Utvecklingsattrapp av Outlook', 'De riktiga panelerna i en lokal Outlook-attrapp kopplad till demobrevlådan i Graph-emulatorn: välj ett meddelande, se svarstid och skäl, ändra, ta ärendet, svara med bekräftelse och prova att skicka utan kommunens namn. Egen brevlåda eller delad brevlåda som ombud.']);
  const items = rows
    .map(([href, name, what]) => `<li><a href="${href}">${name}</a> <code>${href}</code><p>${what}</p></li>`)
    .join('\n        ');
  return `<main class="landing">
      <h1>Svarstid</h1>
      <p>Svarstid håller kommunens funktionsbrevlåda ärlig om sina svarstider. Här finns varje yta:</p>
      <ul>
        ${items}
      </ul>
      <p lang="en">Svarstid keeps a municipality's shared mailbox honest about its response times. Every surface is listed above (Swedish first).</p>
    </main>`;
}

/** @type {(env: Record<string, string>, argv: { mode?: string }) => import('webpack').Configuration[]} */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  if (env.only === 'core') return [coreConfig(mode)];
  const s = readSettings(env);
  const configs = [onsendConfig(mode, s), pagesConfig(mode, s)];
  // The core script belongs to production builds (`core=no` leaves it out, e.g. for tests).
  return s.target === 'demo' || env.core === 'no' ? configs : [coreConfig(mode, s.out), ...configs];
};
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.PAGE_POLICIES_FILE = PAGE_POLICIES_FILE;
module.exports.swcRule = swcRule;
module.exports.readSettings = readSettings;
