import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { buildDemoSeed, demoSeedLines } from '../../src/emulator/demoSeed';
import { CHANNELS, DEFAULT_DEPARTMENT_IDS, KINDS } from '../../src/core/vocabulary';
import { call, citizenMessage, inbox, userPath } from './support/http';
import { expectValid } from './support/schemas';

type Coll = { value: Record<string, unknown>[]; '@odata.count'?: number };

test('--seed FILE loads Graph messages and {"message": …} lines (extra keys ignored) into the inbox', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emu-seed-'));
  const file = join(dir, 'seed.jsonl');
  const lines = [
    JSON.stringify({ message: { ...citizenMessage(1), id: 'AAMkADseedOne=' }, expect: { channel: 'epost' } }),
    JSON.stringify(citizenMessage(2)),
    '',
    JSON.stringify({ message: citizenMessage(3), note: 'ignored' }),
  ];
  writeFileSync(file, lines.join('\n'));
  const emu = await startEmulator({ port: 0, seed: file, throttle: 'off' });
  try {
    const r = await call<Coll>(emu.origin, 'GET', `${inbox()}?$count=true&$orderby=receivedDateTime asc`);
    expectValid('messages', r.body);
    expect(r.body['@odata.count']).toBe(3);
    expect(r.body.value.map((m) => m['subject'])).toEqual(['Fråga 1', 'Fråga 2', 'Fråga 3']);
    expect(r.body.value[0]?.['id']).toBe('AAMkADseedOne=');
    expect(r.body.value[0]?.['receivedDateTime']).toBe('2026-11-01T00:01:00Z');
  } finally {
    await emu.stop();
  }
});

describe('demo seed', () => {
  const now = new Date('2026-11-18T10:30:00Z'); // a Wednesday
  const demo = buildDemoSeed(now);

  test('at least 150 inbox messages covering every channel, kind and department (by construction)', () => {
    expect(demo.inbox.length).toBeGreaterThanOrEqual(150);
    const labels = demo.inbox.map((e) => e.expect);
    for (const c of CHANNELS) expect(labels.some((l) => l.channel === c)).toBe(true);
    for (const k of KINDS) expect(labels.some((l) => l.kind === k)).toBe(true);
    for (const d of DEFAULT_DEPARTMENT_IDS) expect(labels.some((l) => l.department === d)).toBe(true);
    expect(labels.some((l) => l.anonymous)).toBe(true);
    // orosanmälan always goes to social services (SPEC §1)
    expect(labels.filter((l) => l.kind === 'orosanmalan').every((l) => l.department === 'socialtjanst')).toBe(true);
  });

  test('channel markers of SPEC §5 hold for every message', () => {
    for (const e of demo.inbox) {
      const m = e.message as { subject: string; from: { emailAddress: { address: string } }; replyTo: unknown[] };
      const local = m.from.emailAddress.address.split('@')[0];
      if (e.expect.channel === 'telefon') expect(/^(Röstmeddelande|Telefonmeddelande)/.test(m.subject) || local === 'vaxel').toBe(true);
      if (e.expect.channel === 'sms') expect(m.subject.startsWith('SMS från') || local === 'sms').toBe(true);
      if (e.expect.channel === 'post') expect(/^(Inskannad|Skannad) post/.test(m.subject)).toBe(true);
      if (e.expect.channel === 'webb') expect(local === 'no-reply' && /^(E-tjänst:|Webbformulär:)/.test(m.subject)).toBe(true);
      if (e.expect.channel === 'epost') expect(['vaxel', 'sms', 'skanner', 'scan', 'no-reply', 'noreply']).not.toContain(local);
      if (e.expect.anonymous) expect(m.replyTo).toEqual([]);
    }
  });

  test('dates relative to now: recent, a few days old and old enough to be overdue; none in the future', () => {
    const ages = demo.inbox.map((e) => (now.getTime() - Date.parse(e.message['receivedDateTime'] as string)) / 86_400_000);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(ages.filter((a) => a < 1).length).toBeGreaterThan(15);
    expect(ages.filter((a) => a >= 1 && a < 4).length).toBeGreaterThan(15);
    expect(ages.filter((a) => a >= 5).length).toBeGreaterThan(15);
  });

  test('sent replies in the same conversation, some in time and some late; machine mail present', () => {
    const conv = new Map(demo.inbox.map((e) => [e.message['conversationId'] as string, e]));
    expect(demo.sent.length).toBeGreaterThan(10);
    for (const s of demo.sent) expect(conv.has(s['conversationId'] as string)).toBe(true);
    expect(demo.inbox.some((e) => e.answered === 'inTime')).toBe(true);
    expect(demo.inbox.some((e) => e.answered === 'late')).toBe(true);
    expect(demo.inbox.filter((e) => e.expect.kind === 'ej_arende').length).toBeGreaterThanOrEqual(15);
    expect(demoSeedLines(now).split('\n')).toHaveLength(demo.inbox.length);
  });

  test('served by the emulator, valid Graph messages; live mode delivers new mail', async () => {
    const emu = await startEmulator({ port: 0, seed: 'demo', throttle: 'off', liveEverySeconds: 0.1 });
    try {
      const r = await call<Coll>(emu.origin, 'GET', `${inbox()}?$top=1000&$count=true`);
      expectValid('messages', r.body);
      const initial = r.body['@odata.count'] as number;
      expect(initial).toBeGreaterThanOrEqual(150);
      const sent = await call<Coll>(emu.origin, 'GET', `${userPath()}/mailFolders/sentitems/messages?$top=1000`);
      expectValid('messages', sent.body);
      expect(sent.body.value.length).toBeGreaterThan(10);
      await new Promise((res) => setTimeout(res, 450));
      const later = await call<Coll>(emu.origin, 'GET', `${inbox()}?$top=1&$count=true`);
      expect(later.body['@odata.count'] as number).toBeGreaterThan(initial);
    } finally {
      await emu.stop();
    }
  });
});
