import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isPresetId, PRESET_IDS, presetConfig, validateConfig, type SvarstidConfig, type ConfigProblem } from '../core/config';
import { jsonSyntaxProblem, lineAndColumn } from './jsonSyntax';
import { UsageError } from './usageError';

export { UsageError };

type Text = { sv: string; en: string };

/** Where a problem sits in the file: the field itself, or the nearest enclosing field that exists. */
function locate(tree: JsonNode | undefined, problem: ConfigProblem, text: string): ConfigProblem {
  if (!tree) return problem;
  const segments = (problem.location ?? []).slice();
  for (;;) {
    const node = segments.length === 0 ? tree : findNodeAtLocation(tree, segments);
    if (node) {
      // a field: point at its name, where a person looks for it
      const at = node.parent?.type === 'property' && node.parent.children?.[1] === node ? node.parent.offset : node.offset;
      return { ...problem, ...lineAndColumn(text, at) };
    }
    if (segments.length === 0) return problem;
    segments.pop();
  }
}

/**
 * UTF-8 read back with a console's code page: `├ñ` for `ä` (code pages 850 and 437, as Windows
 * PowerShell 5.1's `>` re-decodes a program's output), or `Ã¤` for `ä` (Windows-1252).
 */
const GARBLED = /├.|Ã[\u00a0-\u00bf\u2013\u201e\u2026]/u;

/** A file whose å, ä and ö were garbled on the way (PowerShell 5.1's `>`): where, and what to do. */
function garbledProblem(text: string): ConfigProblem | null {
  const found = GARBLED.exec(text);
  if (!found) return null;
  return {
    path: '',
    sv: `filen har förstörda tecken ("${found[0]}" där det bör stå å, ä eller ö), troligen för att den sparades med > i Windows PowerShell 5.1, som läser om programmets utdata med konsolens teckentabell. Spara den på nytt med --out i stället för >, till exempel svarstid presets ljungby --out kommun.json eller svarstid config get --mailbox ADRESS --out kommun.json, och gör om ändringarna i den filen`,
    en: `the file has garbled characters ("${found[0]}" where å, ä or ö belongs), most likely because it was saved with > in Windows PowerShell 5.1, which re-decodes a program's output with the console's code page. Save it again with --out instead of >, e.g. svarstid presets ljungby --out kommun.json or svarstid config get --mailbox ADRESS --out kommun.json, and redo your changes in that file`,
    ...lineAndColumn(text, found.index),
  };
}

/**
 * Reads a configuration from JSON text: a UTF-8 byte-order mark (as Notepad writes it) is
 * accepted; a syntax error comes back with its line and column; every validation problem
 * comes back with its path, its line and column, in Swedish and English.
 */
export function readConfigText(raw: string): { ok: true; config: SvarstidConfig } | { ok: false; problems: ConfigProblem[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const syntax = jsonSyntaxProblem(text);
  if (syntax) {
    return {
      ok: false,
      problems: [{ path: '', sv: `inte giltig JSON: ${syntax.sv}`, en: `not valid JSON: ${syntax.en}`, line: syntax.line, column: syntax.column }],
    };
  }
  const garbled = garbledProblem(text);
  if (garbled) return { ok: false, problems: [garbled] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', sv: 'inte giltig JSON', en: 'not valid JSON' }] };
  }
  const result = validateConfig(doc);
  if (result.ok) return result;
  const tree = parseTree(text);
  return { ok: false, problems: result.problems.map((p) => locate(tree, p, text)) };
}

const READ_ERRORS: Record<string, Text> = {
  ENOENT: { sv: 'filen finns inte', en: 'the file does not exist' },
  EACCES: { sv: 'du saknar behörighet att läsa filen', en: 'you have no permission to read the file' },
  EISDIR: { sv: 'det är en mapp, inte en fil', en: 'it is a folder, not a file' },
};

/**
 * The text of a configuration file: UTF-8 (with or without a byte-order mark), or UTF-16 with
 * its byte-order mark, as Windows PowerShell 5.1 writes `svarstid presets salem > kommun.json`
 * (whose å, ä and ö that shell has already garbled: readConfigText says so).
 */
function decodeConfigFile(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return bytes.toString('utf8');
}

/** A configuration file that could not be read at all: the reason, and where it was looked for. */
export interface UnreadableFile {
  sv: string;
  en: string;
}

/** Reads and validates a JSON configuration file; problems come back with their paths and lines. */
export function readConfigFile(
  path: string,
): { ok: true; config: SvarstidConfig } | { ok: false; problems: ConfigProblem[]; unreadable?: UnreadableFile } {
  let text: string;
  try {
    const bytes = readFileSync(path);
    // odd lengths cannot be UTF-16: leave those to the UTF-8 reading and its syntax check
    text = bytes.length % 2 === 0 ? decodeConfigFile(bytes) : bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    const known = READ_ERRORS[code];
    const full = resolve(path);
    const unreadable: UnreadableFile =
      code === 'ENOENT'
        ? { sv: `filen finns inte (sökte efter ${full}); kontrollera namnet och mappen`, en: `the file does not exist (looked for ${full}); check the name and the folder` }
        : { sv: `kan inte läsa filen ${full}: ${known?.sv ?? code}`, en: `cannot read the file ${full}: ${known?.en ?? code}` };
    return { ok: false, problems: [{ path: '', sv: unreadable.sv, en: unreadable.en }], unreadable };
  }
  return readConfigText(text);
}

/** `kommun.json:12:5: calendar.timeZone: svenska / English`, one line per problem. */
export function formatProblems(problems: ConfigProblem[], file = ''): string {
  return problems
    .map((p) => {
      const where = p.line !== undefined ? `${file}:${p.line}:${p.column ?? 1}: ` : file ? `${file}: ` : '';
      const item = p.itemId !== undefined ? ` (id ${JSON.stringify(p.itemId)})` : '';
      return `${where}${p.path ? `${p.path}${item}: ` : ''}${p.sv} / ${p.en}`;
    })
    .join('\n');
}

/** `1 fel / 1 problem`, `3 fel / 3 problems`. */
export function problemCount(n: number): string {
  return `${n} fel / ${n} ${n === 1 ? 'problem' : 'problems'}`;
}

/** The refusal for an unknown preset, with the known ones. */
export function unknownPresetError(name: string): UsageError {
  return new UsageError({
    sv: `det finns ingen förinställning '${name}'; välj en av ${PRESET_IDS.join(', ')}`,
    en: `there is no preset '${name}'; choose one of ${PRESET_IDS.join(', ')}`,
  });
}

/** The configuration named by `--preset NAME` or `--config FILE` (exactly one). */
export function configFromFlags(flags: { preset?: string | undefined; config?: string | undefined }): SvarstidConfig {
  const exactlyOne = new UsageError({
    sv: 'ange antingen --preset NAMN eller --config FIL (en av dem, inte båda)',
    en: 'give either --preset NAMN or --config FIL (one of them, not both)',
  });
  if (flags.preset !== undefined && flags.config !== undefined) throw exactlyOne;
  if (flags.preset !== undefined) {
    if (!isPresetId(flags.preset)) throw unknownPresetError(flags.preset);
    return presetConfig(flags.preset);
  }
  if (flags.config !== undefined) {
    const result = readConfigFile(flags.config);
    if (!result.ok && result.unreadable) {
      throw new UsageError({ sv: `--config ${flags.config}: ${result.unreadable.sv}`, en: `--config ${flags.config}: ${result.unreadable.en}` });
    }
    if (!result.ok) {
      const n = result.problems.length;
      throw new UsageError(
        {
          sv: `konfigurationen ${flags.config} har ${n} fel och används inte`,
          en: `the configuration ${flags.config} has ${n} ${n === 1 ? 'problem' : 'problems'} and is not used`,
        },
        formatProblems(result.problems, flags.config),
      );
    }
    return result.config;
  }
  throw exactlyOne;
}
