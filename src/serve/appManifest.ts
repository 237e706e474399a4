import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * The unified Microsoft 365 app manifest for a deployment: `manifest/manifest.json` with every
 * URL on the deployment's origin. The rewriting lives in `manifest/render.cjs`, shared with the
 * webpack build (which cannot load TypeScript).
 */

/** The repository root (this file is at src/serve or dist/serve). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The manifest's fields Svarstid reads; the rest is kept as is. */
export interface AppManifest {
  id: string;
  version: string;
  extensions?: {
    runtimes?: { id: string; code: { page: string; script?: string }; actions?: { id: string; type: string }[] }[];
    ribbons?: { tabs?: { groups?: { controls?: { id: string; actionId: string }[] }[] }[] }[];
    autoRunEvents?: { events: { type: string; actionId: string; options?: { sendMode?: string } }[] }[];
  }[];
  [field: string]: unknown;
}

interface ManifestRenderer {
  DEV_ORIGIN: string;
  SEND_MODES: string[];
  readTemplate(): Record<string, unknown>;
  renderManifest(template: Record<string, unknown>, options: { origin: string; sendMode?: string }): AppManifest;
}

const renderer = createRequire(__filename)(join(REPO_ROOT, 'manifest', 'render.cjs')) as ManifestRenderer;

export const MANIFEST_DEV_ORIGIN = renderer.DEV_ORIGIN;

/** The manifest with every URL on `origin` (and the on-send mode, softBlock by default). */
export function renderAppManifest(origin: string, sendMode?: string): AppManifest {
  return renderer.renderManifest(renderer.readTemplate(), { origin, ...(sendMode ? { sendMode } : {}) });
}
