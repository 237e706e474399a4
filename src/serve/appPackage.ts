import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';

/**
 * The app package an admin uploads in the Microsoft 365 admin center (Integrated apps → Upload
 * custom apps): a zip of the built manifest (with the deployment's URLs) and its two icons.
 */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** Zips a production build's manifest and icons into `zipPath`; resolves with the file names. */
export function writeAppPackage(buildDir: string, zipPath: string): string[] {
  const files: Record<string, Uint8Array> = {};
  for (const name of PACKAGE_FILES) files[name] = new Uint8Array(readFileSync(join(buildDir, name)));
  mkdirSync(dirname(zipPath), { recursive: true });
  // A fixed date keeps the zip byte-for-byte the same for the same build.
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  return [...PACKAGE_FILES];
}
