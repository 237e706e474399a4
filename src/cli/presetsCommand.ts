import { parseArgs } from 'node:util';
import { isPresetId, PRESET_IDS, presetConfig, presetDocument } from '../core/config';
import { durationText } from '../core/humanTime';
import { CHANNEL_NAMES, type Channel } from '../core/vocabulary';
import { unknownPresetError, UsageError } from './loadConfig';
import type { CommandIo } from './io';

/**
 * `svarstid presets` lists the seed presets; `svarstid presets NAME` prints one as a
 * configuration file to start from (`> kommun.json`, then edit and `check-config`).
 */
export async function presetsCommand(argv: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {}, strict: true });
  if (positionals.length > 1) {
    throw new UsageError({ sv: 'ange högst en förinställning: svarstid presets [NAMN]', en: 'give at most one preset: svarstid presets [NAME]' });
  }
  const name = positionals[0];
  if (name === undefined) {
    // one line per preset, tab-separated: id, official name, the time per channel
    for (const id of PRESET_IDS) {
      const c = presetConfig(id);
      const channels = c.policy.rules
        .filter((r) => r.channel && !r.kind && r.due)
        .map((r) => {
          const channel = r.channel!.map((ch) => channelInSentence(ch)).join(' och ');
          return `${channel} ${durationText(r.due!, 'sv')}${r.local ? ' (lokalt val)' : ''}`;
        });
      io.stdout.write(`${id}\t${c.municipality.name}\t${channels.join('; ')}\n`);
    }
    return 0;
  }
  if (!isPresetId(name)) throw unknownPresetError(name);
  io.stdout.write(`${JSON.stringify(presetDocument(name), null, 2)}\n`);
  return 0;
}

function channelInSentence(channel: Channel): string {
  const name = CHANNEL_NAMES[channel].sv;
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
