import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The modules src/core may import: itself and pure libraries that run in Node, browsers and Outlook. */
const ALLOWED_PACKAGES = new Set(['zod', 'temporal-polyfill', 'entities']);

describe('src/core is pure domain code', () => {
  const files = sourceFiles(CORE);

  it('has source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports no I/O, Office, Teams or Graph module', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    // Type-only imports vanish at compile time (Graph's resource types describe data, they run nothing).
    const runtime = text.replace(/^import type [^;]+;$/gm, '');
    const specifiers = [...runtime.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const spec of specifiers) {
      if (spec.startsWith('.')) continue;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      expect({ file: relative(CORE, file), import: spec, allowed: ALLOWED_PACKAGES.has(pkg) }).toEqual({
        file: relative(CORE, file),
        import: spec,
        allowed: true,
      });
    }
    expect(text).not.toMatch(/\bprocess\.|\bfetch\(|\bconsole\.log\(/);
  });
});
