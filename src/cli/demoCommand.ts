import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { isPresetId, presetConfig, type SvarstidConfig } from '../core/config';
import { PRESET_IDS } from '../core/config/presets';
import { formatHumanDateTime } from '../core/humanTime';
import { summarizeQueue, type QueueStatus } from '../core/queue';
import { confirmationOutcome, dueOutcome, inTimeShare, promiseOutcome, type Outcome } from '../core/serviceLevel';
import type { Lang } from '../core/humanTime';
import { CHANNEL_NAMES, KIND_NAMES, type Channel } from '../core/vocabulary';
import { startEmulator } from '../emulator';
import { readLabelledMessages, type LabelledMessage } from '../graph/labelledMessages';
import { ConfigStore } from '../graph/configStore';
import { mailboxFor } from '../worker/connect';
import { startWorker } from '../worker/continuous';
import { ensurePagesBuilt } from '../serve/buildPages';
import { startPageServer, type RunningPageServer } from '../serve/pageServer';
import { unknownPresetError } from './loadConfig';
import { portInUseError } from './portInUse';
import { UsageError } from './usageError';
import { untilStopped } from './untilStopped';
import type { CommandIo } from './io';

const DEMO_MUNICIPALITY = { name: 'Exempelby kommun', nameVariants: [], domains: ['exempelby.se'], mailbox: 'kommun@exempelby.se', concernOnCall: 'Socialjouren Exempelby, 070-174 06 99' };

/** The demo's admin (the Teams tab's switch signs in as this person or as a team lead who is not one). */
export const DEMO_ADMIN = 'admin@exempelby.se';

/** The municipality each preset follows, by preset id: `Ljungby kommun`. */
const PRESET_NAMES: Record<string, string> = Object.fromEntries(PRESET_IDS.map((id) => [id, presetConfig(id).municipality.name]));

/** A preset's policy for the demo's fictional municipality. */
export function demoConfig(preset: string): SvarstidConfig {
  if (!isPresetId(preset)) throw unknownPresetError(preset);
  const base = presetConfig(preset);
  return {
    ...base,
    municipality: DEMO_MUNICIPALITY,
    senderCheck: { ...base.senderCheck, signature: `Med vänlig hälsning\nKontaktcenter\n${DEMO_MUNICIPALITY.name}` },
    // The Teams tab's admin view is for these; the demo's switch signs in as one of them or not.
    admins: { users: [DEMO_ADMIN], groups: [] },
  };
}

/**
 * Builds the demo's pages (cached until their sources change). The on-send script's fallback
 * settings are the demo's municipality and sender check. The browser tests build the same.
 */
export function buildDemoPages(config: SvarstidConfig, log?: (line: string) => void): Promise<string> {
  return ensurePagesBuilt({
    target: 'demo',
    env: { senderSettings: JSON.stringify({ municipality: config.municipality, senderCheck: config.senderCheck }) },
    ...(log ? { log } : {}),
  });
}

/** The queue's groups, in the order a team lead reads them; every message is in exactly one. */
/** The demo's groups: answered ones together (in time or not is the service level's business, SPEC §6). */
type QueueGroup = Exclude<QueueStatus, 'answeredInTime' | 'answeredLate'> | 'answered';
const STATUS_ORDER: QueueGroup[] = ['overdue', 'dueToday', 'dueWithinWeek', 'later', 'answered', 'noDeadline'];

/** `1 försenat`, `2 försenade`: the words agree with the number. */
const STATUS_WORDS: Record<QueueGroup, Record<Lang, [string, string]>> = {
  overdue: { sv: ['försenat: tiden att svara eller lämna vidare har gått ut', 'försenade: tiden att svara eller lämna vidare har gått ut'], en: ['overdue: the time to answer or hand on has run out', 'overdue: the time to answer or hand on has run out'] },
  dueToday: { sv: ['ska besvaras eller lämnas i dag', 'ska besvaras eller lämnas i dag'], en: ['to be answered or handed on today', 'to be answered or handed on today'] },
  dueWithinWeek: { sv: ['ska besvaras under de närmaste sju dagarna (inte i dag)', 'ska besvaras under de närmaste sju dagarna (inte i dag)'], en: ['due in the next seven days (not today)', 'due in the next seven days (not today)'] },
  later: { sv: ['ska besvaras senare än så', 'ska besvaras senare än så'], en: ['due later than that', 'due later than that'] },
  answered: { sv: ['besvarat (i tid eller inte: se servicenivån nedan)', 'besvarade (i tid eller inte: se servicenivån nedan)'], en: ['answered (in time or not: see the service level below)', 'answered (in time or not: see the service level below)'] },
  noDeadline: { sv: ['utan svarstid (inget ärende eller anonym kontakt)', 'utan svarstid (inget ärende eller anonym kontakt)'], en: ['without a deadline (not a case, or anonymous)', 'without a deadline (not a case, or anonymous)'] },
};

const DEMO_WORDS = {
  labelled: { sv: (n: number) => `${n} ${n === 1 ? 'märkt meddelande' : 'märkta meddelanden'}, i grupper där varje meddelande räknas en gång:`, en: (n: number) => `${n} labelled ${n === 1 ? 'message' : 'messages'}, in groups where every message counts once:` },
  queue: { sv: 'Kön, det mest brådskande först: orosanmälningar, sedan efter tiden (! = försenat):', en: 'The queue, most urgent first: reports of concern, then by time (! = overdue):' },
  columns: { sv: ['svara/lämna senast', 'förvaltning', 'ärendetyp', 'kanal', 'ämne'], en: ['answer/hand on by', 'department', 'case type', 'channel', 'subject'] },
  shortNames: { sv: 'Förvaltningarna visas med sina korta namn, som i Outlook-kategorin (Avd: …).', en: 'Departments are shown by their short names, as in the Outlook category (Avd: …).' },
  more: {
    sv: (left: number, all: number) => `  … och ${left} ${left === 1 ? 'meddelande' : 'meddelanden'} till. Kön har ${all} öppna meddelanden; svarstid demo --rows 0 visar alla.`,
    en: (left: number, all: number) => `  … and ${left} more. The queue has ${all} open messages; svarstid demo --rows 0 shows them all.`,
  },
  perDepartment: { sv: 'Öppna meddelanden per förvaltning:', en: 'Open messages per department:' },
  serviceLevel: {
    sv: 'Servicenivå: obesvarade räknas först när tiden har gått ut; meddelanden utan svarstid räknas inte.',
    en: 'Service level: unanswered messages count once their time has passed; messages without a deadline do not count.',
  },
  dueShare: {
    sv: (met: number, of: number, pct: string, notices: boolean) =>
      `  Besvarade i tid: ${met} av ${of}${pct}. ${
        notices
          ? 'Här räknas svar inom svarstiden och besked där regeln säger att ett besked räcker (de ligger kvar i kön tills svaret skickas och finns därför inte bland de besvarade ovan).'
          : 'Här räknas svar inom svarstiden (ingen regel här säger att ett besked räcker).'
      }`,
    en: (met: number, of: number, pct: string, notices: boolean) =>
      `  Answered in time: ${met} of ${of}${pct}. ${
        notices
          ? 'This counts answers within the deadline and notices where the rule says a notice is enough (those stay in the queue until the answer is sent, so they are not among the answered above).'
          : 'This counts answers within the deadline (no rule here says a notice is enough).'
      }`,
  },
  confirmedShare: {
    sv: (met: number, of: number, pct: string) => `  Besked eller svar i tid: ${met} av ${of}${pct} fick ett besked eller ett svar inom svarstiden.`,
    en: (met: number, of: number, pct: string) => `  Notice or answer in time: ${met} of ${of}${pct} got a notice or an answer within the deadline.`,
  },
  promiseShare: {
    sv: (met: number, of: number, pct: string) => `  Utlovat datum hållet: ${met} av ${of} besked med datum${pct} (räknas när datumet har passerat eller svaret har kommit).`,
    en: (met: number, of: number, pct: string) => `  Promised date kept: ${met} of ${of} notices with a date${pct} (counted once the date has passed or the answer has come).`,
  },
  promisedCount: {
    sv: (n: number) =>
      `${n} ${n === 1 ? 'öppet meddelande har' : 'öppna meddelanden har'} fått ett besked med ett utlovat datum. Kön visar det datumet, märkt (utlovat), och grupperna ovan räknas mot det. Besvarade i tid räknas mot den ursprungliga svarstiden.`,
    en: (n: number) =>
      `${n} open ${n === 1 ? 'message has' : 'messages have'} been sent a notice with a promised date. The queue shows that date, marked (promised), and the groups above count against it. Answered in time is measured against the original deadline.`,
  },
  promised: { sv: 'utlovat', en: 'promised' },
};

/** `ons 2 dec 10.12`: the short human form the core uses everywhere (the year only when it is not this year). */
function dueText(iso: string | null, timeZone: string, lang: Lang): string {
  if (iso === null) return '—';
  return formatHumanDateTime(iso, timeZone, lang, { short: true, omitYear: Temporal.Now.zonedDateTimeISO(timeZone).year });
}

/** A channel as it reads in a sentence: `e-post`, `SMS`. */
function channelText(channel: Channel, lang: Lang): string {
  const name = CHANNEL_NAMES[channel][lang];
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function pad(text: string, width: number): string {
  const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return clipped.padEnd(width);
}

/** ` (Technical services)`: a department's English name, when the configuration gives one. */
function englishName(config: SvarstidConfig, id: string): string {
  const en = config.departments.find((d) => d.id === id)?.nameEn;
  return en ? ` (${en})` : '';
}

function departmentLabel(config: SvarstidConfig, id: string): string {
  return config.departments.find((d) => d.id === id)?.category.replace(/^Avd: /, '') ?? id;
}

/** The queue as a team lead would read it: counts, then the most urgent open messages (all when rows is 0). */
export function renderQueue(messages: LabelledMessage[], config: SvarstidConfig, rows: number, lang: Lang, now: Temporal.Instant = Temporal.Now.instant()): string {
  const tz = config.calendar.timeZone;
  const summary = summarizeQueue(messages, now, tz);
  const width = String(messages.length).length;
  const lines = [DEMO_WORDS.labelled[lang](messages.length)];
  for (const s of STATUS_ORDER) {
    const n = s === 'answered' ? summary.counts.answeredInTime + summary.counts.answeredLate : summary.counts[s];
    lines.push(`  ${String(n).padStart(width)} ${STATUS_WORDS[s][lang][n === 1 ? 0 : 1]}`);
  }
  lines.push('', DEMO_WORDS.serviceLevel[lang]);
  const tally = (outcome: (r: LabelledMessage['record'], at: Temporal.Instant) => Outcome | null) => {
    const counts: Record<Outcome, number> = { met: 0, late: 0, open: 0, overdue: 0 };
    for (const m of messages) {
      const o = outcome(m.record, now);
      if (o !== null) counts[o] += 1;
    }
    const of = counts.met + counts.late + counts.overdue;
    const share = inTimeShare(counts);
    const pct = share === null ? '' : lang === 'sv' ? ` (${Math.round(100 * share)} %)` : ` (${Math.round(100 * share)}%)`;
    return [counts.met, of, pct] as const;
  };
  lines.push(DEMO_WORDS.dueShare[lang](...tally(dueOutcome), config.policy.rules.some((r) => r.satisfiedBy === 'acknowledgement')), DEMO_WORDS.confirmedShare[lang](...tally(confirmationOutcome)));
  if (messages.some((m) => m.record.promised !== undefined)) lines.push(DEMO_WORDS.promiseShare[lang](...tally(promiseOutcome)));
  const promisedOpen = summary.open.filter((i) => i.record.promised !== undefined).length;
  if (promisedOpen > 0) lines.push(DEMO_WORDS.promisedCount[lang](promisedOpen));
  lines.push('', DEMO_WORDS.queue[lang]);
  const [by, dept, kind, channel, subject] = DEMO_WORDS.columns[lang];
  const byId = new Map(messages.map((m) => [m.id, m]));
  const shown = rows === 0 ? summary.open : summary.open.slice(0, rows);
  // the time in force: a promise once an acknowledgement gave one (SPEC §6), marked as such
  const when = (r: LabelledMessage['record']) =>
    r.promised !== undefined ? `${dueText(r.promised, tz, lang)} (${DEMO_WORDS.promised[lang]})` : dueText(r.due, tz, lang);
  const byWidth = Math.max(20, ...shown.map((i) => when(i.record).length + 2));
  lines.push(`  ${pad(by!, byWidth)}${pad(dept!, 20)}${pad(kind!, 20)}${pad(channel!, 10)}${subject!}`);
  for (const item of shown) {
    const m = byId.get(item.id)!;
    const mark = item.status === 'overdue' ? '!' : ' ';
    lines.push(
      `${mark} ${pad(when(item.record), byWidth)}${pad(departmentLabel(config, item.record.department), 20)}` +
        `${pad(KIND_NAMES[item.record.kind][lang], 20)}${pad(channelText(item.record.channel, lang), 10)}${pad(m.subject, 48).trimEnd()}`,
    );
  }
  const left = summary.open.length - shown.length;
  if (left > 0) lines.push(DEMO_WORDS.more[lang](left, summary.open.length));
  lines.push(`  ${DEMO_WORDS.shortNames[lang]}`);
  const perDept = Object.entries(summary.perDepartment)
    .sort((a, b) => b[1] - a[1])
    // in English the short Swedish name (as in Outlook) with the department's English name beside it
    .map(([d, n]) => `${departmentLabel(config, d)}${lang === 'en' ? englishName(config, d) : ''} ${n}`)
    .join(', ');
  lines.push('', `${DEMO_WORDS.perDepartment[lang]} ${perDept}.`);
  return lines.join('\n');
}

/** A whole number from `min` up (at most `max`), or a refusal that says what the option is for. */
function wholeNumber(flag: string, value: string, max: number, meaning: { sv: string; en: string }): number {
  const n = Number(value);
  if (/^\d+$/.test(value.trim()) && n <= max) return n;
  const range = max === 65535 ? { sv: 'ett heltal från 0 till 65535', en: 'a whole number from 0 to 65535' } : { sv: 'ett heltal, 0 eller större', en: 'a whole number, 0 or more' };
  throw new UsageError({
    sv: `${flag} ska vara ${range.sv} (${meaning.sv}), inte '${value}'`,
    en: `${flag} must be ${range.en} (${meaning.en}), not '${value}'`,
  });
}

/**
 * `svarstid demo`: the product on its embedded demo. Starts the local Graph emulator with the
 * seeded Exempelby mailbox (new mail arriving every few seconds), runs the worker against it
 * continuously, serves every page on http://localhost:3000 (built first when their sources
 * changed), and shows the labelled queue. `--once` prints the queue after the first pass and
 * exits (no pages).
 */
export async function demoCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4100' },
      'worker-port': { type: 'string', default: '4101' },
      'pages-port': { type: 'string', default: '3000' },
      preset: { type: 'string', default: 'ljungby' },
      live: { type: 'string', default: '15' },
      rows: { type: 'string', default: '15' },
      once: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'sv' },
    },
    strict: true,
  });
  const lang = values.lang;
  if (lang !== 'sv' && lang !== 'en') {
    throw new UsageError({
      sv: `språket '${lang}' finns inte; välj --lang sv (svenska) eller --lang en (engelska)`,
      en: `there is no language '${lang}'; choose --lang sv (Swedish) or --lang en (English)`,
    });
  }
  const config = demoConfig(values.preset!);
  const port = wholeNumber('--port', values.port!, 65535, { sv: 'Graph-emulatorns port; 0 = en ledig port', en: "the Graph emulator's port; 0 = any free port" });
  const workerPort = wholeNumber('--worker-port', values['worker-port']!, 65535, { sv: 'Svarstid-tjänstens port; 0 = en ledig port', en: "the Svarstid service's port; 0 = any free port" });
  const pagesPort = wholeNumber('--pages-port', values['pages-port']!, 65535, { sv: 'sidornas port; 0 = en ledig port', en: "the pages' port; 0 = any free port" });
  const liveSeconds = wholeNumber('--live', values.live!, Number.MAX_SAFE_INTEGER, { sv: 'sekunder mellan nya meddelanden; 0 = inga', en: 'seconds between new mail; 0 = none' });
  const rows = wholeNumber('--rows', values.rows!, Number.MAX_SAFE_INTEGER, { sv: 'rader i kön; 0 visar alla', en: 'queue rows; 0 shows all' });
  const busy = (flag: string) => (err: unknown): never => {
    throw portInUseError(err, flag, { sv: 'kanske körs en demo redan', en: 'perhaps a demo is already running' }) ?? err;
  };

  // The pages are built before anything starts (about a minute on a fresh clone, then cached).
  const pagesRoot = values.once
    ? null
    : await buildDemoPages(config, (line) => io.stdout.write(`${lang === 'sv' ? line.split(' / ')[0] : (line.split(' / ')[1] ?? line)}\n`));
  const emulator = await startEmulator({
    port,
    mailbox: DEMO_MUNICIPALITY.mailbox,
    seed: 'demo',
    throttle: 'exchange',
    // The demo's service listens on http://127.0.0.1 (Graph itself would want HTTPS).
    allowHttpLoopbackWebhooks: true,
    ...(values.once || liveSeconds === 0 ? {} : { liveEverySeconds: liveSeconds }),
  }).catch(busy('--port'));
  const graph = mailboxFor({ mailbox: DEMO_MUNICIPALITY.mailbox, graphUrl: emulator.origin, rate: undefined });
  let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
  let pages: RunningPageServer | null = null;
  try {
    // The demo runs the real path: its preset is stored in the mailbox, and the service follows
    // what is stored there (a 'svarstid config set … --graph-url' while it runs is picked up).
    const store = new ConfigStore(graph);
    const stored = await store.save(config, { by: 'cli', note: `svarstid demo: förinställningen ${values.preset!}` });
    const seen = new Set<string>();
    let refreshing: Promise<void> | null = null;
    const announceNew = async (): Promise<void> => {
      const messages = await readLabelledMessages(graph);
      for (const m of messages) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        const r = m.record;
        const due = dueText(r.due, config.calendar.timeZone, lang);
        io.stdout.write(
          lang === 'sv'
            ? `Nytt: ${KIND_NAMES[r.kind].sv.toLowerCase()} via ${channelText(r.channel, lang)} till ${departmentLabel(config, r.department)}, ` +
                `${r.due === null ? 'ingen svarstid' : `svara senast ${due}`}: '${pad(m.subject, 50).trimEnd()}'\n`
            : `New: ${KIND_NAMES[r.kind].en.toLowerCase()} by ${channelText(r.channel, lang)} to ${departmentLabel(config, r.department)}${englishName(config, r.department)}, ` +
                `${r.due === null ? 'no deadline' : `answer by ${due}`}: '${pad(m.subject, 50).trimEnd()}'\n`,
        );
      }
    };
    worker = await startWorker({
      graph,
      config: stored.config,
      configStore: store,
      configRevision: stored.revision,
      configPollMs: 5000,
      port: workerPort,
      pollIntervalMs: 5000,
      onLabelled: () => {
        if (seen.size === 0 || refreshing) return;
        // Let a burst of labels settle, then show what arrived.
        refreshing = new Promise<void>((resolve) => setTimeout(resolve, 300))
          .then(announceNew)
          .catch((err: unknown) => {
            const detail = err instanceof Error ? err.message : String(err);
            io.stderr.write(`svarstid demo: kunde inte läsa brevlådan (${detail}); demon fortsätter\nsvarstid demo: could not read the mailbox (${detail}); the demo goes on\n`);
          })
          .finally(() => {
            refreshing = null;
          });
      },
    }).catch(busy('--worker-port'));
    await worker.idle();
    if (pagesRoot !== null) {
      pages = await startPageServer({
        root: pagesRoot,
        port: pagesPort,
        ipv6: true,
        demo: { emulatorOrigin: emulator.origin, config, domains: config.municipality.domains, issueToken: (user) => emulator.issueToken({ user }) },
      }).catch(busy('--pages-port'));
    }
    const policy = PRESET_NAMES[values.preset!] ?? values.preset!;
    io.stdout.write(
      lang === 'sv'
        ? `Svarstid – demo: ${DEMO_MUNICIPALITY.name} (påhittad), med svarstiderna i förinställningen för ${policy} (${config.policy.id}, version ${config.policy.version})\n` +
            `  Graph-emulatorn    ${emulator.url}  (funktionsbrevlådan ${DEMO_MUNICIPALITY.mailbox})\n` +
            `  Svarstid-tjänsten  ${worker.url}/health  (hälsokontroll)\n` +
            `  Konfigurationen    sparad i funktionsbrevlådan, revision ${stored.revision}  (svarstid config get --mailbox ${DEMO_MUNICIPALITY.mailbox} --graph-url ${emulator.url})\n` +
            (pages ? `  Sidorna            ${pages.url}/  (alla ytor; Outlook-attrappen ${pages.url}/dev/outlook.html, manifestet ${pages.url}/manifest.json)\n` : '') +
            '\n'
        : `Svarstid – demo: ${DEMO_MUNICIPALITY.name} (fictional), with the deadlines of the preset for ${policy} (${config.policy.id}, version ${config.policy.version})\n` +
            `  Graph emulator     ${emulator.url}  (shared mailbox ${DEMO_MUNICIPALITY.mailbox})\n` +
            `  Svarstid service   ${worker.url}/health  (health check)\n` +
            `  Configuration      stored in the shared mailbox, revision ${stored.revision}  (svarstid config get --mailbox ${DEMO_MUNICIPALITY.mailbox} --graph-url ${emulator.url})\n` +
            (pages ? `  Pages              ${pages.url}/  (every surface; the Outlook stand-in ${pages.url}/dev/outlook.html, the manifest ${pages.url}/manifest.json)\n` : '') +
            '\n',
    );
    const messages = await readLabelledMessages(graph);
    for (const m of messages) seen.add(m.id);
    io.stdout.write(`${renderQueue(messages, config, rows, lang)}\n`);
    if (values.once) return 0;
    const waiting =
      liveSeconds === 0
        ? { sv: 'Demon väntar; inga nya meddelanden kommer (--live 0). Ctrl+C avslutar.', en: 'The demo waits; no new mail arrives (--live 0). Ctrl+C stops.' }
        : {
            sv: `Ett nytt meddelande kommer ${liveSeconds === 1 ? 'varje sekund' : `var ${liveSeconds}:e sekund`} och visas här när det har märkts. Ctrl+C avslutar.`,
            en: `A new message arrives every ${liveSeconds === 1 ? 'second' : `${liveSeconds} seconds`} and is shown here once labelled. Ctrl+C stops.`,
          };
    io.stdout.write(`\n${waiting[lang]}\n`);
    await untilStopped();
    return 0;
  } finally {
    await pages?.stop();
    await worker?.stop();
    await emulator.stop();
  }
}
