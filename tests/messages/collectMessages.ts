/**
 * Runs every command of `svarstid` the way a person does — help, refusals, successes, the demo —
 * and collects everything it prints, so the words can be read in one place
 * (`tests/fixtures/messages/svarstid-messages.md`) by someone who has not seen the code, and
 * held to the glossary (`docs/ordlista.md`). `messages.test.ts` checks that the fixture is what
 * the code prints today; `npx tsx scripts/collect-messages.ts` writes it anew.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { buildDemoPages, demoConfig } from '../../src/cli/demoCommand';
import { main } from '../../src/cli/main';
import { presetConfig, presetDocument } from '../../src/core/config';
import { checkOutgoingMail } from '../../src/core/sender';
import { sendAlertText } from '../../src/core/sender/sendAlert';
import { startEmulator } from '../../src/emulator';
import { emptyState, saveState } from '../../src/worker/state';
import { REPLY_FORMATS, replyBody } from '../fixtures/replies/replyFormats';
import { MAILBOX, citizenMessage, learningMailbox } from '../fixtures/learning/localWords';

export interface Printed {
  /** What was run, as a person types it. */
  title: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command in-process; output the worker and emulator write to the process streams is
 * caught too. A long-running command (run, emulator, demo without --once) is stopped as Ctrl+C
 * stops it — SIGINT — once `stopWhen` sees what it waited for in the output (or after 30 s).
 */
async function run(
  argv: string[],
  stdin = '',
  stopWhen?: (out: { stdout: string; stderr: string }) => boolean,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((err += String(chunk)), true)) as typeof process.stderr.write;
  let watcher: NodeJS.Timeout | undefined;
  if (stopWhen) {
    const started = Date.now();
    watcher = setInterval(() => {
      if (stopWhen({ stdout: out, stderr: err }) || Date.now() - started > 30_000) {
        clearInterval(watcher);
        process.emit('SIGINT');
      }
    }, 50);
  }
  try {
    const code = await main(argv, { stdin: Readable.from([stdin]), stdout, stderr });
    return { code, stdout: out, stderr: err };
  } finally {
    if (watcher) clearInterval(watcher);
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

type Doc = Record<string, any>;

/** A message for triage: an ordinary e-mail to the shared mailbox, with overrides. */
function mail(over: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'AAMk-exempel',
    subject: 'Fråga',
    body: { contentType: 'text', content: 'Hej!' },
    from: { emailAddress: { name: 'Lena Ask', address: 'lena.ask@example.com' } },
    toRecipients: [{ emailAddress: { address: 'kommun@ljungby.se' } }],
    receivedDateTime: '2026-11-20T14:30:00Z',
    hasAttachments: false,
    ...over,
  };
}

/** Messages that give each kind of explanation sentence: channel markers, kinds, departments, no deadline. */
const TRIAGE_SAMPLES: Record<string, unknown>[] = [
  mail({ id: 'felanmalan', subject: 'Trasig gatlykta', body: { contentType: 'text', content: 'Hej! Gatlyktan utanför Björkvägen 4 har slocknat. Kan ni laga den?\n\nMvh Lena Ask' } }),
  mail({ id: 'fraga', subject: 'Fråga', body: { contentType: 'text', content: 'Hej, kan ni ringa mig?' } }),
  mail({ id: 'autosvar', subject: 'Automatiskt svar: Fråga om bygglov', body: { contentType: 'text', content: 'Jag är ledig till och med 30 november.' } }),
  mail({
    id: 'sms',
    subject: 'SMS från 070-174 06 75',
    from: { emailAddress: { address: 'sms@ljungby.se' } },
    body: { contentType: 'text', content: 'Det är ett stort hål i vägen på Storgatan vid nummer 12.' },
  }),
  mail({
    id: 'rostmeddelande',
    subject: 'Röstmeddelande från 08-465 004 21',
    from: { emailAddress: { address: 'vaxel@ljungby.se' } },
    body: { contentType: 'text', content: 'Jag är orolig för barnen i lägenheten bredvid, de lämnas ensamma hela nätterna.' },
  }),
  mail({
    id: 'etjanst-anonym',
    subject: 'E-tjänst: Synpunkt',
    from: { emailAddress: { address: 'no-reply@etjanst.ljungby.se' } },
    replyTo: [],
    body: { contentType: 'text', content: 'Typ av synpunkt: Klagomål\nDin synpunkt: Skyltningen till återvinningscentralen är så dålig att man inte hittar infarten.' },
  }),
  mail({
    id: 'politiker',
    subject: 'Till kommunstyrelsens ordförande',
    body: { contentType: 'text', content: 'Hej! Jag vill att kommunalrådet läser mitt brev om nedläggningen av skolan i Ryd.' },
  }),
  mail({ id: 'skadeansprak', subject: 'Ersättning för skadad bil', body: { contentType: 'text', content: 'Min bil skadades av ett hål i vägen på Storgatan. Jag kräver ersättning för reparationen.' } }),
  mail({ id: 'trasig-rad', receivedDateTime: 'igår' }),
];

/** Blocks a port until closed, to show the busy-port message. */
async function busyPort(): Promise<{ port: number; close: () => void }> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, close: () => server.close() };
}

/** Every scenario, in the order a reader meets them. */
export async function collectMessages(): Promise<Printed[]> {
  const dir = mkdtempSync(join(tmpdir(), 'svarstid-messages-'));
  const out: Printed[] = [];
  const add = async (title: string, argv: string[], stdin = '') => out.push({ title, ...(await run(argv, stdin)) });
  const file = (name: string, change: (d: Doc) => void, raw?: (t: string) => string): string => {
    const doc = JSON.parse(JSON.stringify(presetDocument('ljungby'))) as Doc;
    change(doc);
    const path = join(dir, name);
    const text = JSON.stringify(doc, null, 2);
    writeFileSync(path, raw ? raw(text) : text);
    return path;
  };

  // help
  await add('svarstid --help', ['--help']);
  for (const command of ['deadline', 'triage', 'presets', 'check-config', 'emulator', 'run', 'demo', 'config', 'doctor', 'learn']) await add(`svarstid ${command} --help`, [command, '--help']);
  await add('svarstid (utan kommando / no command)', []);
  await add('svarstid deadlines', ['deadlines']);
  await add('svarstid help nope', ['help', 'nope']);

  // presets
  await add('svarstid presets', ['presets']);
  await add('svarstid presets --lang en', ['presets', '--lang', 'en']);
  await add('svarstid presets stockholm', ['presets', 'stockholm']);
  await add('svarstid presets ljungby salem', ['presets', 'ljungby', 'salem']);

  // check-config: success, then every refusal the issue lists
  await add('svarstid check-config kommun.json (salem, giltig / valid)', ['check-config', file('kommun.json', (d) => Object.assign(d, JSON.parse(JSON.stringify(presetDocument('salem')))))]);
  await add('svarstid check-config kommun.json --lang en (salem)', ['check-config', join(dir, 'kommun.json'), '--lang', 'en']);
  await add(
    'svarstid check-config borttagen.json (en inbyggd regel borttagen, en annan avstängd / one built-in rule deleted, another switched off)',
    [
      'check-config',
      file('borttagen.json', (d) => {
        d.triage.rules = d.triage.rules.filter((r: { id: string }) => r.id !== 'ej.studs');
        d.triage.disabledBuiltinRules = ['ej.reklam'];
      }),
    ],
  );
  const refusals: [string, (d: Doc) => void, ((t: string) => string)?][] = [
    ['closedDays som text / as text', (d) => (d.calendar.closedDays = '2027-05-07')],
    ['amount som text / as text', (d) => (d.policy.rules[0].due.amount = '3')],
    ['kanal felstavad / channel typo', (d) => (d.policy.rules[0].channel = ['epsot'])],
    ['okänd tidszon / unknown time zone', (d) => (d.calendar.timeZone = 'Europe/Stokholm')],
    ['datum som inte finns / a date that does not exist', (d) => (d.calendar.closedDays = ['2027-02-30'])],
    ['tid utan inledande nolla / time without a leading zero', (d) => (d.calendar.openingHours.mon = [{ from: '8:00', to: '16:00' }])],
    ['öppettid baklänges / opening hours backwards', (d) => (d.calendar.openingHours.tue = [{ from: '16:00', to: '08:00' }])],
    ['namn saknas / name missing', (d) => delete d.municipality.name],
    ['namn utan kommun, stad eller Region / name without kommun, stad or Region', (d) => (d.municipality.name = 'Ljungby')],
    ['okänt fält / unknown field', (d) => (d.calendar.closedDay = [])],
    ['okänd förvaltning / unknown department', (d) => (d.triage.rules[0].then = { department: 'tekink' })],
    ['nyckelord som mönster / keyword as a pattern', (d) => (d.triage.rules[0].when.any = [{ field: 'body', any: ['(a+)+$'] }])],
    ['villkorsfält felstavat / condition field typo', (d) => (d.triage.rules[0].when.any = [{ field: 'bdy', any: ['hej'] }])],
    ['vikt 0 / weight 0', (d) => (d.triage.rules[1].weight = 0)],
    ['okänd inbyggd regel / unknown built-in rule', (d) => (d.triage.disabledBuiltinRules = ['ej.stud'])],
    ['e-postadress / e-mail address', (d) => (d.municipality.mailbox = 'kommun')],
    ['extend med workingDays', (d) => (d.policy.rules[2].due = { unit: 'workingDays', amount: 2, extend: true })],
    ['fel schemaversion / wrong schema version', (d) => (d.schemaVersion = 2)],
    ['true inom citattecken / true in quotes', (d) => (d.triage.kindModel = 'true')],
    ['byte order mark (giltig / valid)', () => undefined, (t) => `\ufeff${t}`],
    ['kommatecken sist / trailing comma', () => undefined, (t) => t.replace('"workingDayHours": 8', '"workingDayHours": 8,')],
    ['kommentar / comment', () => undefined, (t) => `// kommunens konfiguration\n${t}`],
    ['avslutas för tidigt / ends too early', () => undefined, (t) => t.slice(0, 200)],
    ['tom fil / empty file', () => undefined, () => ''],
  ];
  let n = 0;
  for (const [what, change, raw] of refusals) {
    n += 1;
    const name = `fel${n}.json`;
    const path = file(name, change, raw);
    if (what.startsWith('byte order mark')) {
      const r = await run(['check-config', path]);
      out.push({ title: `svarstid check-config ${name} — ${what}`, code: r.code, stdout: `${r.stdout.split('\n')[0]}\n(… som ovan / as above)\n`, stderr: r.stderr });
      continue;
    }
    await add(`svarstid check-config ${name} — ${what}`, ['check-config', path]);
  }
  const stad = file('stad.json', (d) => (d.municipality.name = 'Stockholms stad'));
  const r = await run(['check-config', stad]);
  out.push({ title: 'svarstid check-config stad.json — "name": "Stockholms stad" (giltig / valid)', code: r.code, stdout: `${r.stdout.split('\n')[0]}\n(… som ovan / as above)\n`, stderr: r.stderr });
  const utf16 = join(dir, 'powershell.json');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(presetDocument('ljungby'), null, 2), 'utf16le')]));
  const p16 = await run(['check-config', utf16]);
  out.push({
    title: 'svarstid check-config powershell.json — UTF-16, som PowerShell 5.1 skriver med > (giltig / valid)',
    code: p16.code,
    stdout: `${p16.stdout.split('\n')[0]}\n(… som ovan / as above)\n`,
    stderr: p16.stderr,
  });
  // what Windows PowerShell 5.1's > makes of å, ä and ö (UTF-8 read as code page 850, written as UTF-16)
  const cp850High = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
  const garbled = [...Buffer.from(JSON.stringify(presetDocument('ljungby'), null, 2), 'utf8')].map((b) => (b < 128 ? String.fromCharCode(b) : cp850High[b - 128])).join('');
  const ps51 = join(dir, 'powershell51.json');
  writeFileSync(ps51, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(garbled, 'utf16le')]));
  await add('svarstid check-config powershell51.json — å, ä och ö förstörda av > i Windows PowerShell 5.1 / garbled by > in Windows PowerShell 5.1', ['check-config', ps51]);
  const outFile = join(dir, 'ny.json');
  await add('svarstid presets salem --out ny.json', ['presets', 'salem', '--out', outFile]);
  await add('svarstid presets ljungby --out ny.json (filen finns redan / the file exists)', ['presets', 'ljungby', '--out', outFile]);
  await add('svarstid check-config finnsinte.json', ['check-config', join(dir, 'finnsinte.json')]);
  await add('svarstid check-config', ['check-config']);
  await add('svarstid check-config kommun.json --lang fi', ['check-config', join(dir, 'kommun.json'), '--lang', 'fi']);

  // deadline
  const cases = [
    { channel: 'epost', kind: 'fraga', received: '2026-11-20T14:30:00Z', anonymous: false },
    { channel: 'epsot', received: '2026-11-20T14:30:00Z' },
    { channel: 'epost' },
    { channel: 'epost', received: 'igår' },
    { channel: 'epost', received: 42 },
  ].map((c) => JSON.stringify(c));
  await add('svarstid deadline --preset ljungby  (rader / lines: se stdin nedan / see stdin below)', ['deadline', '--preset', 'ljungby'], [...cases, '{"channel": "epost",}', 'hej'].join('\n'));
  out[out.length - 1]!.title += `\nstdin:\n${[...cases, '{"channel": "epost",}', 'hej'].join('\n')}`;
  await add('svarstid deadline --preset stockholm', ['deadline', '--preset', 'stockholm']);
  await add('svarstid deadline', ['deadline']);
  await add('svarstid deadline --preset ljungby --config kommun.json', ['deadline', '--preset', 'ljungby', '--config', join(dir, 'kommun.json')]);
  await add('svarstid deadline --config fel1.json', ['deadline', '--config', join(dir, 'fel1.json')]);
  await add('svarstid deadline --preest ljungby', ['deadline', '--preest', 'ljungby']);
  await add('svarstid deadline --preset', ['deadline', '--preset']);

  // triage: one message for each kind of explanation, in both languages
  const samples = TRIAGE_SAMPLES.map((m) => JSON.stringify(m)).join('\n');
  await add('svarstid triage --preset ljungby  (exempelmeddelanden / sample messages)', ['triage', '--preset', 'ljungby'], samples);
  out[out.length - 1]!.title += `\nstdin (ett meddelande per rad, mottaget fredag 20 november kl. 15.30 / one message a line, received Friday 20 November 15:30):\n${samples}`;
  await add('svarstid triage --preset salem  (samma meddelanden; Salem har mål / same messages; Salem has targets)', ['triage', '--preset', 'salem'], samples);
  await add('svarstid triage --preset salem --lang en', ['triage', '--preset', 'salem', '--lang', 'en'], samples);
  await add('svarstid triage --preset ljungby --lang fi', ['triage', '--preset', 'ljungby', '--lang', 'fi']);

  // run and emulator refusals (their own parsing)
  await add('svarstid run --preset ljungby', ['run', '--preset', 'ljungby']);
  await add('svarstid run --mailbox kommun@ljungby.se --preset ljungby --graph-url ftp://x', ['run', '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--graph-url', 'ftp://x']);
  await add('svarstid run --mailbox kommun@ljungby.se --preset ljungby --rate fast', ['run', '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--rate', 'fast']);
  await add('svarstid run --mailbox kommun@ljungby.se --preset ljungby --bogus', ['run', '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--bogus']);
  await add('svarstid learn', ['learn']);
  await add('svarstid learn --mailbox kommun@ljungby.se --graph-url ftp://x', ['learn', '--mailbox', 'kommun@ljungby.se', '--graph-url', 'ftp://x']);

  // learn: a mailbox whose staff corrected questions about the bath house Kajan and Guldstjärnan nominations
  const emu = await startEmulator({ mailbox: MAILBOX, throttle: 'off', seed: { messages: learningMailbox() } });
  try {
    const learn = ['learn', '--mailbox', MAILBOX, '--graph-url', emu.url];
    await add('svarstid learn --mailbox kommun@ljungby.se --graph-url URL  (ingen konfiguration sparad / none stored)', learn);
    const preset = join(dir, 'ljungby.json');
    writeFileSync(preset, JSON.stringify(presetDocument('ljungby')));
    await run(['config', 'set', preset, '--mailbox', MAILBOX, '--graph-url', emu.url]);
    await add('svarstid learn --mailbox kommun@ljungby.se --graph-url URL  (24 rättelser / corrections)', learn);
    await add('svarstid learn --mailbox kommun@ljungby.se --graph-url URL  (igen / again)', learn);
    const learnt = join(dir, 'lart.json');
    writeFileSync(learnt, (await run(['config', 'get', '--mailbox', MAILBOX, '--graph-url', emu.url])).stdout);
    const asked = [
      citizenMessage(400, 'Påsk', 'Hej! Har Kajan öppet på långfredagen?'),
      citizenMessage(401, 'Nominering', 'Guldstjärnan: rektorn på Västra skolan som ringde hem till oss själv.'),
    ].map((m) => JSON.stringify(m)).join('\n');
    await add('svarstid triage --config lart.json  (konfigurationen med den inlärda modellen / with the learnt model)', ['triage', '--config', learnt], asked);
    await add('svarstid triage --config lart.json --lang en', ['triage', '--config', learnt, '--lang', 'en'], asked);
  } finally {
    await emu.stop();
  }

  await add('svarstid emulator --port 70000', ['emulator', '--port', '70000']);
  await add('svarstid emulator --bogus', ['emulator', '--bogus']);
  await add('svarstid emulator --port 0 --throttle snabb', ['emulator', '--port', '0', '--throttle', 'snabb']);
  await add('svarstid emulator --port 0 --faults 429', ['emulator', '--port', '0', '--faults', '429']);
  out.push({
    title: 'svarstid emulator --port 0 --mailbox kommun@ljungby.se  (startar och stoppas med Ctrl+C / starts, then stopped with Ctrl+C)',
    ...(await run(['emulator', '--port', '0', '--mailbox', 'kommun@ljungby.se'], '', (o) => o.stdout.includes('Ctrl+C'))),
  });

  // run against the Graph emulator: what the service prints while it works
  const graph = await startEmulator({ port: 0, mailbox: 'kommun@ljungby.se', throttle: 'off', seed: { messages: TRIAGE_SAMPLES.slice(0, 3) } });
  try {
    const url = graph.url;
    await add('svarstid run --once --graph-url URL --mailbox kommun@ljungby.se --preset ljungby', ['run', '--once', '--graph-url', url, '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby']);
    out.push({
      title: 'svarstid run --graph-url URL --mailbox kommun@ljungby.se --preset ljungby  (löpande, stoppas med Ctrl+C / continuous, stopped with Ctrl+C)',
      ...(await run(['run', '--graph-url', url, '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby'], '', (o) => o.stderr.includes('Ctrl+C'))),
    });
    const other = join(dir, 'annan-brevlada.state');
    saveState(other, emptyState('kommun@alvesta.se'));
    await add('svarstid run --once --state annan-brevlada.state …  (lägesfil för en annan brevlåda / a state file of another mailbox)', [
      'run', '--once', '--graph-url', url, '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--state', other,
    ]);
    const notState = join(dir, 'kommun.json');
    await add('svarstid run --once --state kommun.json …  (inte en lägesfil / not a state file)', [
      'run', '--once', '--graph-url', url, '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--state', notState,
    ]);
    await add('svarstid run --once --log loggar/beslut.jsonl …  (mappen loggar finns inte / the folder loggar does not exist)', [
      'run', '--once', '--graph-url', url, '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby', '--log', join(dir, 'loggar', 'beslut.jsonl'),
    ]);
  } finally {
    await graph.stop();
  }
  const noCredentials = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('SVARSTID_')) delete process.env[k];
  try {
    await add('svarstid run --once --mailbox kommun@ljungby.se --preset ljungby  (utan --graph-url och utan inloggningsuppgifter / without --graph-url and without credentials)', [
      'run', '--once', '--mailbox', 'kommun@ljungby.se', '--preset', 'ljungby',
    ]);
  } finally {
    Object.assign(process.env, noCredentials);
  }

  // the configuration stored in the mailbox, and doctor, against a local Graph
  const emulator = await startEmulator({ throttle: 'off', allowHttpLoopbackWebhooks: true });
  const strict = await startEmulator({ throttle: 'off', profile: 'strict' });
  try {
    const at = ['--mailbox', emulator.mailbox, '--graph-url', emulator.url];
    await add('svarstid run --mailbox kommun@exempelby.se --graph-url URL --once (ingen konfiguration sparad / none stored)', ['run', ...at, '--once', '--quiet']);
    await add('svarstid config get --mailbox kommun@exempelby.se --graph-url URL (ingen sparad / none stored)', ['config', 'get', ...at]);
    await add('svarstid config set fel1.json --mailbox kommun@exempelby.se --graph-url URL', ['config', 'set', join(dir, 'fel1.json'), ...at]);
    const exempelby = file('exempelby.json', (d) => (d.municipality = { name: 'Exempelby kommun', domains: ['exempelby.se'], mailbox: 'kommun@exempelby.se' }));
    await add('svarstid config set exempelby.json --mailbox kommun@exempelby.se --graph-url URL --note "första versionen"', ['config', 'set', exempelby, ...at, '--note', 'första versionen']);
    await add('svarstid config set exempelby.json --mailbox kommun@exempelby.se --graph-url URL --if-revision 0 (inaktuell / stale)', ['config', 'set', exempelby, ...at, '--if-revision', '0']);
    await add('svarstid config get --mailbox kommun@exempelby.se --graph-url URL --out sparad.json', ['config', 'get', ...at, '--out', join(dir, 'sparad.json')]);
    await add('svarstid config restore 9 --mailbox kommun@exempelby.se --graph-url URL', ['config', 'restore', '9', ...at]);
    await add('svarstid config history --mailbox kommun@exempelby.se --graph-url URL', ['config', 'history', ...at]);
    await add('svarstid config fetch --mailbox kommun@exempelby.se', ['config', 'fetch', '--mailbox', emulator.mailbox]);
    await add('svarstid doctor --mailbox kommun@exempelby.se --graph-url URL', ['doctor', ...at]);
    await add('svarstid doctor --mailbox kommun@exempelby.se --graph-url URL (emulator --strict)', ['doctor', '--mailbox', strict.mailbox, '--graph-url', strict.url]);
    await add('svarstid run --mailbox kommun@exempelby.se --preset ljungby --public-url http://svarstid.kommun.se', ['run', '--mailbox', emulator.mailbox, '--preset', 'ljungby', '--public-url', 'http://svarstid.kommun.se']);
  } finally {
    await emulator.stop();
    await strict.stop();
  }

  // busy ports
  const busy = await busyPort();
  try {
    await add('svarstid demo --once --port BUSY', ['demo', '--once', '--port', String(busy.port), '--worker-port', '0']);
    await add('svarstid demo --once --worker-port BUSY', ['demo', '--once', '--port', '0', '--worker-port', String(busy.port)]);
  } finally {
    busy.close();
  }
  await add('svarstid demo --preset gotham', ['demo', '--once', '--preset', 'gotham']);
  await add('svarstid demo --rows -1', ['demo', '--once', '--rows', '-1']);
  await add('svarstid demo --rows=-1', ['demo', '--once', '--rows=-1']);

  await add('svarstid demo --port abc', ['demo', '--once', '--port', 'abc']);

  // the demo itself
  await add('svarstid demo --once --rows 8', ['demo', '--once', '--port', '0', '--worker-port', '0', '--rows', '8']);
  await add('svarstid demo --once --rows 3 --lang en', ['demo', '--once', '--port', '0', '--worker-port', '0', '--rows', '3', '--lang', 'en']);
  // The demo also serves its pages: build them first (cached), so the run below starts at once.
  await buildDemoPages(demoConfig('ljungby'));
  const live = await run(['demo', '--port', '0', '--worker-port', '0', '--pages-port', '0', '--rows', '1', '--live', '1'], '', (o) => /\nNytt: /.test(o.stdout));
  const tail = live.stdout.slice(live.stdout.indexOf('\nEtt nytt meddelande')).split('\n');
  const firstNew = tail.findIndex((l) => l.startsWith('Nytt: '));
  out.push({
    title: 'svarstid demo --live 1  (slutet: meddelanden som kommer medan demon körs, stoppas med Ctrl+C / the end: mail arriving while the demo runs, stopped with Ctrl+C)',
    code: live.code,
    stdout: `(… kön som ovan / the queue as above)\n${tail.slice(1, firstNew + 1).join('\n')}\n`,
    stderr: live.stderr,
  });

  // the outgoing-mail check (the add-in shows these), with what was checked
  const ljungby = presetConfig('ljungby');
  const check = (title: string, from: string, body: string, open = false) => {
    // the add-in's compose pane knows the open case's answer-by day and passes it
    const answerBy = open ? { sv: 'tisdag 24 november', en: 'Tuesday 24 November', at: { sv: 'tisdag 24 november kl. 15.30', en: 'Tuesday 24 November at 15:30' } } : null;
    const result = checkOutgoingMail({ from, bodyText: body, answersOpenContact: open, answerBy }, ljungby);
    const findings = result.findings;
    // what Outlook's own box shows when the person chooses Skicka (Smart Alerts), as the on-send handler gives it
    const shown = (['sv', 'en'] as const).map((lang) => sendAlertText(result, lang));
    const alert = shown.every((t) => t === null)
      ? '(ingen ruta: det här är bara råd, och meddelandet skickas som det är / no box: this is advice only, and the message is sent as it is)'
      : shown.join('\n');
    out.push({
      title: `${title}\nFrån: ${from}${open ? '\n(svar på ett meddelande som ännu inte är besvarat, svara senast tisdag 24 november kl. 15.30 / a reply to a message not yet answered, answer by Tuesday 24 November at 15:30)' : ''}\n\n${body}`,
      code: null,
      stdout: `Kontrollens fynd i full längd (Outlooks ruta visar den korta formen nedan; fönstret där du skriver visar en checklista) / the check's findings in full (Outlook's box shows the short form below; the compose pane shows a checklist):\n\n${findings.map((f) => `${f.sv}\n${f.en}`).join('\n\n')}\n\nI Outlooks ruta när du väljer Skicka / in Outlook's box when you choose Send:\n\n${alert}\n`,
      stderr: '',
    });
  };
  check(
    'Kontroll av utgående e-post i Outlook (Ljungby): ett svar från en privat adress, utan signatur / outgoing-mail check in Outlook: a reply from a private address, without signature',
    'anna.berg@gmail.com',
    replyBody(REPLY_FORMATS[0]!, 'Hej!\nVi har tagit emot din fråga.'),
    true,
  );
  check(
    'Kontroll av utgående e-post i Outlook (Ljungby): en svår text / outgoing-mail check in Outlook: a text that is hard to read',
    'kommun@ljungby.se',
    'Kommunstyrelsens förvaltningsorganisation handlägger myndighetsutövningsärenden enligt delegationsordningens bestämmelser avseende tillståndsprövning.\n\nMed vänlig hälsning\nKontaktcenter\nLjungby kommun',
  );
  return out;
}

/** Output that depends on the day, the machine or the run: written as placeholders. */
export function normalize(text: string): string {
  return text
    // a folder named in a message is written MAPP; a file's folder is left out
    .replace(/(mappen |the folder |sökte efter |looked for )\/tmp\/svarstid-messages-[A-Za-z0-9]+\//g, '$1MAPP/')
    .replace(/\/tmp\/svarstid-messages-[A-Za-z0-9]+\//g, '')
    .replace(/\/tmp\/svarstid-messages-[A-Za-z0-9]+/g, 'MAPP')
    // subscription ids the Graph emulator gives out
    .replace(/"id":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g, '"id":"ID"')
    // the time a log line was written
    .replace(/"time":"[^"]+"/g, '"time":"TID"')
    // mail ids the Graph emulator gives out
    .replace(/"id":"AAMk[^"]*"/g, '"id":"ID"')
    // ephemeral ports (five digits) change from run to run; the documented ones (4100) stay
    .replace(/127\.0\.0\.1:\d{5}/g, '127.0.0.1:PORT')
    // the configuration's audit trail and doctor's probes carry the time and sizes of the run
    .replace(/"at":"[^"]+"/g, '"at":"TIME"')
    .replace(/"snapshot":"[^"]+"/g, '"snapshot":"ID"')
    .replace(/\b\d{6,8} tecken\b/g, 'N tecken')
    // the mailbox lease names the host and process that holds it, until when
    .replace(/"holder":"[^"]+"/g, '"holder":"HOLDER"')
    .replace(/"until":"[^"]+"/g, '"until":"TID"')
    .replace(/request-id [0-9a-f-]{36}/g, 'request-id ID')
    .replace(/sparad av (\S+) [a-zåäö]+dag \d+ [a-zåäö]+ \d{4} kl\. \d\d\.\d\d/g, 'sparad av $1 TID')
    .replace(/(svarstid config), [a-zåäö]+dag \d+ [a-zåäö]+ \d{4} kl\. \d\d\.\d\d/g, '$1, TID')
    .replace(/(svarstid config), [A-Z][a-z]+day \d+ [A-Z][a-z]+ \d{4} at \d\d:\d\d/g, '$1, TID')
    .replace(/\b(port(?:en)?) \d{5} /g, '$1 PORT ');
}

/** The demo's queue depends on today: its numbers, dates and times are written as #. */
function normalizeDemo(text: string): string {
  return text.replace(/\d+/g, '#');
}

/** The fixture text: every scenario with its exit code and output. */
export function renderMessages(printed: readonly Printed[]): string {
  const parts = [
    '# Det svarstid och demon skriver / What svarstid and the demo print',
    '',
    'Genererad av `tests/messages/collectMessages.ts`, som kör varje kommando så som en person gör och samlar allt det skriver;',
    '`npx tsx scripts/collect-messages.ts` skriver filen på nytt. `tests/messages/messages.test.ts` kontrollerar att filen stämmer',
    'med vad koden skriver och med ordlistan i `docs/ordlista.md`. Tillfälliga sökvägar står som MAPP, portar som PORT, Graph-id:n',
    'som ID och loggtider som TID; i demons kö, som beror på dagens datum, står siffror som #.',
    '',
    'Generated by `tests/messages/collectMessages.ts`, which runs every command as a person does and collects everything it prints;',
    '`npx tsx scripts/collect-messages.ts` writes the file anew. `tests/messages/messages.test.ts` checks that the file matches what',
    'the code prints and holds it to the glossary in `docs/ordlista.md`. Temporary paths are written MAPP, ports PORT, Graph ids',
    'ID and log times TID; in the demo\'s queue, which depends on today\'s date, digits are written #.',
    '',
  ];
  for (const p of printed) {
    const demo = /^svarstid demo --(once --rows|live)/.test(p.title);
    const fix = (t: string) => (demo ? normalizeDemo(normalize(t)) : normalize(t));
    parts.push(`## ${fix(p.title).split('\n')[0]}`, '');
    const extra = fix(p.title).split('\n').slice(1);
    if (extra.length > 0) parts.push('```', ...extra, '```', '');
    if (p.code !== null) parts.push(`slutkod / exit code: ${p.code}`, '');
    if (p.stdout) parts.push('stdout:', '```', fix(p.stdout).replace(/\n$/, ''), '```', '');
    if (p.stderr) parts.push('stderr:', '```', fix(p.stderr).replace(/\n$/, ''), '```', '');
  }
  return `${parts.join('\n').replace(/\n+$/, '')}\n`;
}
