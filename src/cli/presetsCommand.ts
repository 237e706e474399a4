import { Temporal } from 'temporal-polyfill';
import { parseArgs } from 'node:util';
import { isPresetId, PRESET_IDS, presetConfig, presetDocument, shadowedDueReach } from '../core/config';
import type { Lang } from '../core/humanTime';
import { CHANNEL_NAMES, KIND_NAMES } from '../core/vocabulary';
import { deadlineRulesNote, defaultUnused, ruleTimes } from './describeConfig';
import { unknownPresetError, UsageError } from './loadConfig';
import type { CommandIo } from './io';
import { writeNewFile } from './outFile';

function inSentence(name: string): string {
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** One preset as people compare them: name, the document it follows, its times and opening hours. */
function presetBlock(id: (typeof PRESET_IDS)[number], lang: Lang): string[] {
  const sv = lang === 'sv';
  const c = presetConfig(id);
  const local = sv ? ' (lokalt val)' : ' (local choice)';
  const shadowed = shadowedDueReach(c, Temporal.Now.plainDateISO(c.calendar.timeZone).year);
  const note = (id: string) => {
    const reach = shadowed.get(id);
    if (reach === undefined) return '';
    if (reach === 'never') return sv ? ' (ger aldrig svarstiden: varje kanal har samma eller en tidigare tid)' : ' (never gives the deadline: every channel has the same or an earlier time)';
    return sv
      ? ' (ger sällan svarstiden: kanalerna har oftast en tidigare tid; bara när en kanals tid hamnar på flera stängda dagar i rad, som vid jul eller påsk, slutar den här tiden först)'
      : " (rarely gives the deadline: the channels usually have an earlier time; only when a channel's time falls on several closed days in a row, as at Christmas or Easter, does this time end first)";
  };
  const times = c.policy.rules.map((r) => {
    const scope = [
      ...(r.kind ?? []).map((k) => inSentence(KIND_NAMES[k][lang])),
      ...(r.channel ?? []).map((ch) => inSentence(CHANNEL_NAMES[ch][lang])),
    ].join(sv ? ' och ' : ' and ');
    // round 26 of the text review: say whose the two hours are, and that they are an outer limit
    const same = r.override
      ? sv
        ? ' (i alla förinställningar; inget av kommunernas dokument anger en tid, så det är Svarstids yttersta gräns: lämna den vidare genast; går före alla andra regler)'
        : " (in every preset; none of the municipalities' documents gives a time, so it is Svarstid's outer limit: hand it on at once; overrides every other rule)"
      : '';
    return `${scope}: ${ruleTimes(r, lang, c)}${r.local ? local : ''}${same}${note(r.id)}`;
  });
  const defaultNotes = [
    c.policy.default.local ? (sv ? 'lokalt val' : 'local choice') : '',
    defaultUnused(c.policy.rules) ? (sv ? 'används inte så länge varje kanal har en egen regel' : 'never used while every channel has a rule of its own') : '',
  ].filter(Boolean);
  times.push(`${sv ? 'annars' : 'otherwise'}: ${ruleTimes(c.policy.default, lang)}${defaultNotes.length ? ` (${defaultNotes.join('; ')})` : ''}`);
  const documented = c.policy.rules.some((r) => !r.local && !r.override);
  const lines = [
    `${id.padEnd(11)} ${c.municipality.name}`,
    `  ${sv ? 'Bygger på' : 'Follows (in Swedish)'}: ${c.policy.source ?? '—'}`,
    `  ${sv ? 'Svarstider' : 'Deadlines'}:`,
    ...times.map((t) => `    ${t}`),
  ];
  if (!documented) {
    lines.push(
      sv
        ? '  Dokumentet anger inga svarstider för kanalerna: tiderna ovan är lokala val, desamma som i de andra förinställningarna utan egna tider.'
        : '  The document gives no times for the channels: the times above are local choices, the same as in the other presets without times of their own.',
    );
  }
  const week = c.calendar.openingHours;
  const hours = `${week.mon.map((i) => `${i.from}–${i.to}`).join(', ')}`;
  lines.push(
    `  ${sv ? 'Öppettider' : 'Opening hours'}: ${sv ? `mån–fre ${hours.replace(/:/g, '.')}` : `Mon–Fri ${hours}`}${c.calendar.local?.includes('openingHours') ? local : ''}`,
  );
  return lines;
}

/**
 * `svarstid presets [--lang sv|en]` lists the seed presets; `svarstid presets NAME` prints one as
 * a configuration file to start from (`--out kommun.json` or `> kommun.json`, then edit and `check-config`).
 */
export async function presetsCommand(argv: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { lang: { type: 'string', default: 'sv' }, out: { type: 'string' } }, strict: true });
  if (positionals.length > 1) {
    throw new UsageError({ sv: 'ange högst en förinställning: svarstid presets [NAMN]', en: 'give at most one preset: svarstid presets [NAMN]' });
  }
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') {
    throw new UsageError({
      sv: `språket '${lang}' finns inte; välj --lang sv (svenska) eller --lang en (engelska)`,
      en: `there is no language '${lang}'; choose --lang sv (Swedish) or --lang en (English)`,
    });
  }
  const name = positionals[0];
  if (name === undefined) {
    if (values.out !== undefined) throw new UsageError({ sv: '--out behöver en förinställning: svarstid presets NAMN --out FIL', en: '--out needs a preset: svarstid presets NAMN --out FIL' });
    const sv = lang === 'sv';
    const out = [
      'Förinställningar / Presets',
      sv
        ? 'En förinställning följer en kommuns egna dokument. "lokalt val" = står inte i kommunens dokument; förinställningen har valt värdet. (In English: svarstid presets --lang en)'
        : 'A preset follows one municipality\'s own documents. "local choice" = not in the municipality\'s documents; the preset chose the value. (På svenska: svarstid presets)',
      ...deadlineRulesNote(PRESET_IDS.flatMap((id) => presetConfig(id).policy.rules), lang),
      '',
    ];
    for (const id of PRESET_IDS) out.push(...presetBlock(id, lang), '');
    out.push(
      sv ? '† hamnar tiden på en stängd dag flyttas den till nästa arbetsdags stängning.' : "† a time that falls on a closed day moves to the next working day's closing time.",
      '',
    );
    out.push(
      sv ? 'Spara en förinställning som fil att utgå från, och se allt den innehåller:' : 'Save a preset as a file to start from, and see everything in it:',
      '  svarstid presets salem --out kommun.json',
      '  svarstid check-config kommun.json',
    );
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  }
  if (!isPresetId(name)) throw unknownPresetError(name);
  const text = `${JSON.stringify(presetDocument(name), null, 2)}\n`;
  if (values.out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  writeNewFile(values.out, text);
  // both languages, as config get --out says it
  io.stderr.write(
    `svarstid presets: förinställningen ${name} är sparad i ${values.out}. Ändra den och kontrollera den sedan: svarstid check-config ${values.out}\n` +
      `svarstid presets: the preset ${name} is saved in ${values.out}. Edit it, then check it: svarstid check-config ${values.out}\n`,
  );
  return 0;
}
