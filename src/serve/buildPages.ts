import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './appManifest';

/**
 * Builds the pages when their sources changed (and only then): the demo and the browser tests
 * call this, so a fresh clone builds once and later runs start at once. The inputs are hashed;
 * the hash is kept beside the output. A lock directory lets parallel test workers wait for one
 * build instead of racing.
 */

export interface BuildPagesOptions {
  target: 'demo' | 'production';
  /** Output folder (default dist/web-demo for the demo, dist/web for production). */
  out?: string;
  /** Further webpack `--env` settings (origin, clientId, preset, senderSettings, sendMode). */
  env?: Record<string, string>;
  /** Progress lines for people (the demo prints them). */
  log?: (line: string) => void;
}

const INPUT_DIRS = ['addin', 'dev', 'web', 'teams-app', 'manifest', 'src/core', 'src/graph', 'src/ui', 'src/auth'];
const INPUT_FILES = ['webpack.config.js', 'package-lock.json', 'tsconfig.json'];
const HASH_FILE = '.build-hash';
const LOCK_STALE_MS = 10 * 60_000;

function* files(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* files(full);
    else if (e.isFile()) yield full;
  }
}

/** A hash of everything the build reads, and of its settings. */
export function pagesInputHash(options: BuildPagesOptions): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ target: options.target, env: options.env ?? {} }));
  const all = [...INPUT_DIRS.flatMap((d) => [...files(join(REPO_ROOT, d))]), ...INPUT_FILES.map((f) => join(REPO_ROOT, f))];
  for (const file of all) {
    hash.update(relative(REPO_ROOT, file));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

function outDir(options: BuildPagesOptions): string {
  return options.out ?? join(REPO_ROOT, options.target === 'demo' ? 'dist/web-demo' : 'dist/web');
}

function isBuilt(out: string, hash: string): boolean {
  try {
    return readFileSync(join(out, HASH_FILE), 'utf8') === hash;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs webpack in this process with the repository's configuration. */
async function runWebpack(options: BuildPagesOptions, out: string): Promise<void> {
  // webpack and the config are loaded at run time: they are build tools, not part of the product's runtime.
  const webpack = (await import('webpack')).default;
  const factory = require(join(REPO_ROOT, 'webpack.config.js')) as (env: Record<string, string>, argv: { mode: string }) => import('webpack').Configuration[];
  const configs = factory({ ...(options.env ?? {}), target: options.target, out }, { mode: 'production' });
  const stats = await new Promise<import('webpack').MultiStats>((ok, fail) =>
    webpack(configs, (err, result) => (err || !result ? fail(err ?? new Error('webpack gave no result')) : ok(result))),
  );
  if (stats.hasErrors()) throw new Error(`building the pages failed:\n${stats.toString({ all: false, errors: true, colors: false }).slice(0, 4000)}`);
}

/**
 * Builds the pages unless the output already matches the inputs; resolves with the output folder.
 */
export async function ensurePagesBuilt(options: BuildPagesOptions): Promise<string> {
  const out = outDir(options);
  const hash = pagesInputHash(options);
  if (isBuilt(out, hash)) return out;
  const lock = `${out}.lock`;
  mkdirSync(join(out, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = (() => {
        try {
          return Date.now() - statSync(lock).mtimeMs;
        } catch {
          return 0;
        }
      })();
      if (age > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      if (isBuilt(out, hash)) return out;
    }
  }
  try {
    if (isBuilt(out, hash)) return out;
    options.log?.(`Bygger webbsidorna (${options.target}) … / Building the pages …`);
    const started = Date.now();
    await runWebpack(options, out);
    writeFileSync(join(out, HASH_FILE), hash);
    options.log?.(`Webbsidorna är byggda på ${Math.round((Date.now() - started) / 1000)} s. / Pages built.`);
    return out;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
