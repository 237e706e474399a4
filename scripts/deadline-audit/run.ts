// Deadline audit: generate cases around holidays/DST/boundaries, run them through the real CLI
// (`svarstid deadline --preset NAME`, from sources via tsx or from dist with --dist), compare with reference.ts.
// Usage: npx tsx scripts/deadline-audit/run.ts [--dist] [--fuzz N]   (N random instants, default 3000)
import { spawnSync } from 'node:child_process';
import { Temporal } from 'temporal-polyfill';
import { reference, holidays, TZ, type Case, type Answer } from './reference';

const useDist = process.argv.includes('--dist');
const PRESETS = ['ljungby', 'varmdo', 'salem', 'alvesta', 'harnosand'];
const CHANNELS = ['epost', 'telefon', 'sms', 'post', 'webb'];
const KINDS = ['fraga', 'felanmalan', 'klagomal', 'berom', 'forslag', 'ansokan', 'skadeansprak', 'fortroendevald', 'orosanmalan', 'ej_arende'];

let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];

// ---- dates of interest
const dates = new Set<string>();
const addRange = (d: Temporal.PlainDate, before: number, after: number) => {
  for (let i = -before; i <= after; i++) dates.add(d.add({ days: i }).toString());
};
for (const y of [2025, 2026, 2027, 2028]) {
  for (const [d] of holidays(y)) addRange(Temporal.PlainDate.from(d), 2, 2);
  addRange(Temporal.PlainDate.from({ year: y, month: 12, day: 18 }), 0, 24); // Christmas–New Year into Jan
  addRange(Temporal.PlainDate.from({ year: y, month: 1, day: 1 }), 0, 8);
  for (let i = 0; i < 6; i++) dates.add(Temporal.PlainDate.from({ year: y, month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) }).toString());
}
const dst = ['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29'];
for (const d of dst) addRange(Temporal.PlainDate.from(d), 8, 4); // +7 calendarDays lands on DST night
// Worked-example weeks
addRange(Temporal.PlainDate.from('2026-11-16'), 0, 13);

// ---- instants
const TIMES = ['00:00', '00:30', '01:59', '02:00', '02:30', '03:00', '03:30', '06:00', '07:59:59', '08:00', '08:00:01', '09:30', '10:15', '12:00',
  '14:00', '15:00', '15:30', '15:59', '15:59:59', '16:00', '16:00:01', '16:30', '18:00', '22:00', '23:59:59'];
const instants = new Set<string>();
for (const d of dates) {
  const pd = Temporal.PlainDate.from(d);
  for (const t of TIMES) {
    for (const disamb of ['earlier', 'later'] as const) {
      const zz = pd.toPlainDateTime(Temporal.PlainTime.from(t)).toZonedDateTime(TZ, { disambiguation: disamb });
      instants.add(zz.toInstant().toString());
    }
  }
}
// every 15 min across DST nights, in UTC
for (const d of dst) {
  let i = Temporal.PlainDate.from(d).toZonedDateTime({ timeZone: TZ }).toInstant().subtract({ hours: 2 });
  for (let k = 0; k < 32; k++, i = i.add({ minutes: 15 })) instants.add(i.toString());
}

// uniform random instants 2024-12-01 .. 2029-01-31 (second resolution), catches what the hand-picked dates miss
{
  const a = Temporal.Instant.from('2024-12-01T00:00:00Z').epochMilliseconds, b = Temporal.Instant.from('2029-01-31T00:00:00Z').epochMilliseconds;
  const nFuzz = Number(process.argv[process.argv.indexOf('--fuzz') + 1]) || 3000;
  for (let k = 0; k < nFuzz; k++) instants.add(Temporal.Instant.fromEpochMilliseconds(Math.floor((a + rnd() * (b - a)) / 1000) * 1000).toString());
}

// render an instant in some offset
const OFFS = ['Z', '+01:00', '+02:00', '-05:00', '+05:30', 'local'];
function render(inst: string): string {
  const o = pick(OFFS);
  const i = Temporal.Instant.from(inst);
  if (o === 'Z') return i.toString();
  if (o === 'local') return i.toZonedDateTimeISO(TZ).toString({ timeZoneName: 'never' });
  return i.toString({ timeZone: o }); // e.g. 2026-11-20T09:30:00-05:00
}

// ---- cases
const cases: Record<string, Case[]> = Object.fromEntries(PRESETS.map((p) => [p, []]));
for (const inst of instants) {
  for (const p of PRESETS) {
    for (const ch of CHANNELS) {
      const kind = p === 'salem' ? pick(KINDS) : (rnd() < 0.8 ? 'fraga' : pick(KINDS));
      const c: Case = { channel: ch, received: render(inst) };
      if (kind !== 'fraga' || rnd() < 0.5) c.kind = kind;
      const an = rnd();
      if (an < 0.1) c.anonymous = true; else if (an < 0.6) c.anonymous = false;
      cases[p].push(c);
    }
  }
  // extra salem coverage: every kind on a random channel
  for (const k of KINDS) cases.salem.push({ channel: pick(CHANNELS), kind: k, received: render(inst), anonymous: false });
}
// worked examples
const worked: [string, Case, Answer][] = [
  ['ljungby', { channel: 'epost', received: '2026-11-16T10:15:00+01:00' }, { due: '2026-11-18T10:15:00+01:00', target: null }],
  ['ljungby', { channel: 'epost', received: '2026-11-20T15:30:00+01:00' }, { due: '2026-11-24T15:30:00+01:00', target: null }],
  ['ljungby', { channel: 'epost', received: '2026-11-20T18:00:00+01:00' }, { due: '2026-11-24T16:00:00+01:00', target: null }],
  ['ljungby', { channel: 'epost', received: '2026-12-23T14:00:00+01:00' }, { due: '2026-12-29T14:00:00+01:00', target: null }],
  ['salem', { channel: 'epost', kind: 'fraga', received: '2026-11-19T10:00:00+01:00' }, { due: '2026-11-23T16:00:00+01:00', target: null }],
  ['salem', { channel: 'telefon', kind: 'fraga', received: '2026-11-16T10:00:00+01:00' }, { due: '2026-11-17T10:00:00+01:00', target: '2026-11-16T16:00:00+01:00' }],
  ['salem', { channel: 'telefon', kind: 'fraga', received: '2026-11-22T10:00:00+01:00' }, { due: '2026-11-23T10:00:00+01:00', target: null }],
  ['salem', { channel: 'epost', kind: 'klagomal', received: '2026-11-16T10:00:00+01:00' }, { due: '2026-11-19T10:00:00+01:00', target: null }],
  ['salem', { channel: 'webb', kind: 'ansokan', received: '2026-11-20T15:00:00+01:00' }, { due: '2026-11-23T15:00:00+01:00', target: '2026-11-20T16:00:00+01:00' }],
  ['salem', { channel: 'sms', kind: 'orosanmalan', received: '2026-11-20T15:30:00+01:00' }, { due: '2026-11-23T09:30:00+01:00', target: null }],
];

function runCli(preset: string, cs: Case[]): any[] {
  const input = cs.map((c) => JSON.stringify(c)).join('\n') + '\n';
  const cmd = useDist ? ['node', ['bin/svarstid.js', 'deadline', '--preset', preset]] as const
    : ['npx', ['tsx', 'scripts/deadline-audit/cli.ts', 'deadline', '--preset', preset]] as const;
  const r = spawnSync(cmd[0], [...cmd[1]], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) console.error('exit', r.status, r.stderr.slice(0, 2000));
  const lines = r.stdout.split('\n').filter((l) => l.length);
  if (lines.length !== cs.length) throw new Error(`${preset}: ${lines.length} output lines for ${cs.length} cases`);
  return lines.map((l) => JSON.parse(l));
}

let total = 0, bad = 0;
const byKey = new Map<string, number>();
console.log('worked examples (SPEC §3):');
for (const [p, c, exp] of worked) {
  const [got] = runCli(p, [c]);
  const ok = got.due === exp.due && got.target === exp.target;
  console.log(`  ${ok ? 'OK  ' : 'FAIL'} ${p} ${JSON.stringify(c)} -> ${JSON.stringify(got)}${ok ? '' : ' expected ' + JSON.stringify(exp)}`);
}
for (const p of PRESETS) {
  const cs = cases[p];
  const got = runCli(p, cs);
  cs.forEach((c, i) => {
    total++;
    const ref = reference(p, c);
    const g = got[i];
    if (g.due !== ref.due || g.target !== ref.target) {
      bad++;
      const key = `${p}/${c.channel}/${c.kind ?? '-'}`;
      byKey.set(key, (byKey.get(key) ?? 0) + 1);
      const local = Temporal.Instant.from(c.received).toZonedDateTimeISO(TZ);
      console.log(`DIFF ${p} ${JSON.stringify(c)} [local ${local.toString({ timeZoneName: 'never' })} ${local.dayOfWeek}] engine=${JSON.stringify(g)} ref=${JSON.stringify(ref)}`);
    }
  });
}
console.log(`\n${total} cases (${instants.size} instants over ${dates.size} dates), ${bad} disagreements`);
for (const [k, n] of byKey) console.log(`  ${k}: ${n}`);
