import { parseArgs } from 'node:util';
import { isPresetId, PRESET_IDS, presetConfig, presetDocument } from '../core/config';
import { UsageError } from './loadConfig';
import type { CommandIo } from './io';

/**
 * `svarstid presets` lists the seed presets; `svarstid presets NAME` prints one as a
 * configuration file to start from (`> kommun.json`, then edit and `check-config`).
 */
export async function presetsCommand(argv: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {}, strict: true });
  if (positionals.length > 1) throw new UsageError('usage: svarstid presets [NAME]');
  const name = positionals[0];
  if (name === undefined) {
    for (const id of PRESET_IDS) {
      const c = presetConfig(id);
      const channels = c.policy.rules
        .filter((r) => r.channel && !r.kind && r.due)
        .map((r) => `${r.channel!.join('/')} ${r.due!.unit} ${r.due!.amount}${r.due!.extend ? ' extend' : ''}${r.local ? ' (lokalt val)' : ''}`);
      io.stdout.write(`${id}\t${c.municipality.name}\t${channels.join('; ')}\n`);
    }
    return 0;
  }
  if (!isPresetId(name)) throw new UsageError(`unknown preset '${name}' (known: ${PRESET_IDS.join(', ')})`);
  io.stdout.write(`${JSON.stringify(presetDocument(name), null, 2)}\n`);
  return 0;
}
