/**
 * One table of triage quality over several labelled inboxes (JSON lines of {"message", "expect"}):
 * per inbox the share of right channel, kind and department, and the two mistakes that can hurt a
 * citizen — orosanmälan missed (recall) and real contacts labelled "inget ärende" (they lose their
 * deadline) — beside the false alarms of each. A measuring script, not a test.
 *
 * Usage: npx tsx scripts/triage-report.ts FILE.jsonl… [--preset NAME] [--misses] [--oro] [--ej]
 *   --misses  list every wrong field with the explanation
 *   --oro     list only the orosanmälan misses and false alarms
 *   --ej      list only the contacts labelled inget ärende and the missed inget ärende
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isPresetId, presetConfig } from '../src/core/config/presets';
import { parseMailMessage } from '../src/core/message';
import { triageMessage } from '../src/core/triage';

interface Row {
  message: unknown;
  expect: { channel: string; kind: string; department: string; anonymous: boolean };
  note?: string;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const presetName = option('--preset') ?? 'ljungby';
if (!isPresetId(presetName)) throw new Error(`unknown preset ${presetName}`);
const config = presetConfig(presetName);
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--preset');
const showAll = args.includes('--misses');
const showOro = args.includes('--oro');
const showEj = args.includes('--ej');

const pct = (a: number, b: number): string => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);
console.log(
  `${'inbox'.padEnd(22)} ${'n'.padStart(4)}  channel    kind       department  oro found  oro false  ej on contacts  ej missed`,
);
for (const file of files) {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  let channel = 0;
  let kind = 0;
  let department = 0;
  let oroTotal = 0;
  let oroFound = 0;
  let oroFalse = 0;
  let contacts = 0;
  let ejOnContacts = 0;
  let ejTotal = 0;
  let ejFound = 0;
  let unsure = 0;
  let unsureWrong = 0;
  let sureWrong = 0;
  const listed: string[] = [];
  rows.forEach((row, i) => {
    const parsed = parseMailMessage(row.message);
    if (!parsed.ok) throw new Error(`${file}:${i + 1}: ${parsed.error}`);
    const got = triageMessage(parsed.message, config);
    const e = row.expect;
    if (got.channel === e.channel) channel++;
    if (got.kind === e.kind) kind++;
    if (got.department === e.department) department++;
    if (e.kind === 'orosanmalan') {
      oroTotal++;
      if (got.kind === 'orosanmalan') oroFound++;
    } else if (got.kind === 'orosanmalan') oroFalse++;
    if (e.kind === 'ej_arende') {
      ejTotal++;
      if (got.kind === 'ej_arende') ejFound++;
    } else {
      contacts++;
      if (got.kind === 'ej_arende') ejOnContacts++;
    }
    const anyWrong = got.kind !== e.kind || got.department !== e.department;
    if (got.uncertain) {
      unsure++;
      if (anyWrong) unsureWrong++;
    } else if (anyWrong) sureWrong++;
    const oroMiss = (e.kind === 'orosanmalan') !== (got.kind === 'orosanmalan');
    const ejMiss = (e.kind === 'ej_arende') !== (got.kind === 'ej_arende');
    const wrong = got.kind !== e.kind || got.department !== e.department || got.channel !== e.channel;
    if ((showAll && wrong) || (showOro && oroMiss) || (showEj && ejMiss)) {
      listed.push(
        `  #${i + 1} ${(parsed.message.subject ?? '').slice(0, 70)}\n` +
          `     expected ${e.channel}/${e.kind}/${e.department}, got ${got.channel}/${got.kind}/${got.department}` +
          `${row.note ? `\n     note: ${row.note}` : ''}\n     ${got.explanation.sv}`,
      );
    }
  });
  const n = rows.length;
  console.log(
    `${basename(file).replace(/\.jsonl$/, '').padEnd(22)} ${String(n).padStart(4)}  ${pct(channel, n)}  ${pct(kind, n)}  ${pct(department, n)}   ` +
      `${`${oroFound}/${oroTotal}`.padStart(7)}  ${String(oroFalse).padStart(9)}  ${`${ejOnContacts}/${contacts}`.padStart(14)}  ${`${ejTotal - ejFound}/${ejTotal}`.padStart(9)}` +
      `  unsure ${unsure} (wrong ${unsureWrong}); sure but wrong ${sureWrong}`,
  );
  if (listed.length > 0) console.log(listed.join('\n'));
}
