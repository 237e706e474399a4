import { readFileSync } from 'node:fs';
import { isPresetId, PRESET_IDS, presetConfig, validateConfig, type SvarstidConfig, type ConfigProblem } from '../core/config';

import { UsageError } from './usageError';

export { UsageError };

/** Reads and validates a JSON configuration file; problems come back with their paths. */
export function readConfigFile(path: string): { ok: true; config: SvarstidConfig } | { ok: false; problems: ConfigProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    return { ok: false, problems: [{ path: '', sv: `kan inte läsa filen (${code})`, en: `cannot read the file (${code})` }] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : 'invalid JSON';
    return { ok: false, problems: [{ path: '', sv: `inte giltig JSON: ${detail}`, en: `not valid JSON: ${detail}` }] };
  }
  return validateConfig(doc);
}

export function formatProblems(problems: ConfigProblem[]): string {
  return problems.map((p) => `${p.path || '(dokumentet)'}: ${p.sv} / ${p.en}`).join('\n');
}

/** The configuration named by `--preset NAME` or `--config FILE` (exactly one). */
export function configFromFlags(flags: { preset?: string | undefined; config?: string | undefined }): SvarstidConfig {
  if (flags.preset !== undefined && flags.config !== undefined) throw new UsageError('give exactly one of --preset NAME or --config FILE');
  if (flags.preset !== undefined) {
    if (!isPresetId(flags.preset)) throw new UsageError(`unknown preset '${flags.preset}' (known: ${PRESET_IDS.join(', ')})`);
    return presetConfig(flags.preset);
  }
  if (flags.config !== undefined) {
    const result = readConfigFile(flags.config);
    if (!result.ok) throw new UsageError(`invalid configuration ${flags.config}:\n${formatProblems(result.problems)}`);
    return result.config;
  }
  throw new UsageError('give exactly one of --preset NAME or --config FILE');
}
