'use strict';
/**
 * The one place that turns `manifest/manifest.json` (written with the development origin
 * https://localhost:3000) into the manifest a deployment serves: every URL gets the deployed
 * origin, `validDomains` names its host, and the on-send `sendMode` is set. Used by the webpack
 * build, the demo's page server (`/manifest.json`) and `npm run package`. Plain CommonJS so
 * webpack.config.js can load it without a TypeScript loader.
 */
const fs = require('node:fs');
const path = require('node:path');

/** The origin the template is written with. */
const DEV_ORIGIN = 'https://localhost:3000';
const SEND_MODES = ['promptUser', 'softBlock', 'block'];
const TEMPLATE_PATH = path.join(__dirname, 'manifest.json');

/** @returns {Record<string, unknown>} the template as written */
function readTemplate() {
  return JSON.parse(fs.readFileSync(TEMPLATE_PATH, 'utf8'));
}

/**
 * @param {Record<string, unknown>} template
 * @param {{ origin: string, sendMode?: string }} options
 * @returns {Record<string, any>}
 */
function renderManifest(template, options) {
  let origin;
  try {
    origin = new URL(options.origin).origin;
  } catch {
    throw new Error(`manifest origin is not a URL: ${options.origin}`);
  }
  if (!/^https?:$/.test(new URL(origin).protocol)) throw new Error(`manifest origin must be http(s): ${origin}`);
  const manifest = JSON.parse(JSON.stringify(template).split(DEV_ORIGIN).join(origin));
  const sendMode = options.sendMode ?? 'softBlock';
  if (!SEND_MODES.includes(sendMode)) throw new Error(`sendMode must be one of ${SEND_MODES.join(', ')}: ${sendMode}`);
  for (const extension of manifest.extensions ?? []) {
    for (const auto of extension.autoRunEvents ?? []) {
      for (const event of auto.events ?? []) {
        if (event.type === 'messageSending') event.options = { ...(event.options ?? {}), sendMode };
      }
    }
  }
  manifest.validDomains = [new URL(origin).host];
  return manifest;
}

module.exports = { DEV_ORIGIN, SEND_MODES, TEMPLATE_PATH, readTemplate, renderManifest };
