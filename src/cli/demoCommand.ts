import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { isPresetId, presetConfig, type SvarstidConfig } from '../core/config';
import { formatHumanDateTime } from '../core/humanTime';
import { summarizeQueue, type QueueStatus } from '../core/queue';
import { CHANNEL_NAMES, KIND_NAMES, type Channel } from '../core/vocabulary';
import { startEmulator } from '../emulator';
import { readLabelledMessages, type LabelledMessage } from '../graph/labelledMessages';
import { ConfigStore } from '../graph/configStore';
import { mailboxFor } from '../worker/connect';
import { startWorker } from '../worker/continuous';
import { unknownPresetError } from './loadConfig';
import { portInUseError } from './portInUse';
import { UsageError } from './usageError';
import { untilStopped } from './untilStopped';
import type { CommandIo } from './io';

const DEMO_MUNICIPALITY = { name: 'Exempelby kommun', nameVariants: [], domains: ['exempelby.se'], mailbox: 'kommun@exempelby.se' };

/** A preset's policy for the demo's fictional municipality. */
export function demoConfig(preset: string): SvarstidConfig {
  if (!isPresetId(preset)) throw unknownPresetError(preset);
  const base = presetConfig(preset);
  return {
    ...base,
    municipality: DEMO_MUNICIPALITY,
    senderCheck: { ...base.senderCheck, signature: `Med vänlig hälsning\nKontaktcenter\n${DEMO_MUNICIPALITY.name}` },
  };
}

const STATUS_NAMES: Record<QueueStatus, string> = {
  overdue: 'försenade',
  dueToday: 'ska besvaras i dag',
  dueWithinWeek: 'inom en vecka',
  later: 'senare',
  answeredInTime: 'besvarade i tid',
  answeredLate: 'besvarade sent',
  noDeadline: 'utan svarstid',
};

/** `ons 2 dec. 10.12`: the short human form the core uses everywhere (the year only when it is not this year). */
function dueText(iso: string | null, timeZone: string): string {
  if (iso === null) return '—';
  return formatHumanDateTime(iso, timeZone, 'sv', { short: true, omitYear: Temporal.Now.zonedDateTimeISO(timeZone).year });
}

/** A channel as it reads in a sentence: `e-post`, `SMS`. */
function channelText(channel: Channel): string {
  const name = CHANNEL_NAMES[channel].sv;
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function pad(text: string, width: number): string {
  const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return clipped.padEnd(width);
}

function departmentLabel(config: SvarstidConfig, id: string): string {
  return config.departments.find((d) => d.id === id)?.category.replace(/^Avd: /, '') ?? id;
}

/** The queue as a team lead would read it: counts, then the most urgent open messages (all when rows is 0). */
function renderQueue(messages: LabelledMessage[], config: SvarstidConfig, rows: number): string {
  const tz = config.calendar.timeZone;
  const summary = summarizeQueue(messages, Temporal.Now.instant(), tz);
  const counts = (Object.keys(STATUS_NAMES) as QueueStatus[])
    .filter((s) => summary.counts[s] > 0)
    .map((s) => `${summary.counts[s]} ${STATUS_NAMES[s]}`)
    .join(', ');
  const lines = [`${messages.length} märkta meddelanden: ${counts}.`, '', 'Kön, det mest brådskande först (! = försenat):'];
  lines.push(`  ${pad('svara senast', 20)}${pad('förvaltning', 20)}${pad('ärendetyp', 20)}${pad('kanal', 10)}ämne`);
  const byId = new Map(messages.map((m) => [m.id, m]));
  const shown = rows === 0 ? summary.open : summary.open.slice(0, rows);
  for (const item of shown) {
    const m = byId.get(item.id)!;
    const mark = item.status === 'overdue' ? '!' : ' ';
    lines.push(
      `${mark} ${pad(dueText(item.record.due, tz), 20)}${pad(departmentLabel(config, item.record.department), 20)}` +
        `${pad(KIND_NAMES[item.record.kind].sv, 20)}${pad(channelText(item.record.channel), 10)}${pad(m.subject, 48)}`,
    );
  }
  const left = summary.open.length - shown.length;
  if (left > 0) {
    lines.push(
      `  … och ${left} till. Kön har ${summary.open.length} öppna meddelanden; --rows ${summary.open.length} (eller --rows 0) visar alla.`,
    );
  }
  const perDept = Object.entries(summary.perDepartment)
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${departmentLabel(config, d)} ${n}`)
    .join(', ');
  lines.push('', `Öppna meddelanden per förvaltning: ${perDept}.`);
  return lines.join('\n');
}

/**
 * `svarstid demo`: the product on its embedded demo. Starts the local Graph emulator with the
 * seeded Exempelby mailbox (new mail arriving every few seconds), runs the worker against it
 * continuously, and shows the labelled queue. `--once` prints the queue after the first pass
 * and exits.
 */
export async function demoCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4100' },
      'worker-port': { type: 'string', default: '4101' },
      preset: { type: 'string', default: 'ljungby' },
      live: { type: 'string', default: '15' },
      rows: { type: 'string', default: '15' },
      once: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const config = demoConfig(values.preset!);
  const port = Number(values.port);
  const workerPort = Number(values['worker-port']);
  const liveSeconds = Number(values.live);
  const rows = Number(values.rows);
  for (const [name, n] of [['--port', port], ['--worker-port', workerPort], ['--live', liveSeconds], ['--rows', rows]] as const) {
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      throw new UsageError({ sv: `${name} tar ett heltal från 0 till 65535`, en: `${name} takes a whole number from 0 to 65535` });
    }
  }

  const emulator = await startEmulator({
    port,
    mailbox: DEMO_MUNICIPALITY.mailbox,
    seed: 'demo',
    throttle: 'exchange',
    // The demo's worker listens on http://127.0.0.1 (Graph itself would want HTTPS).
    allowHttpLoopbackWebhooks: true,
    ...(values.once || liveSeconds === 0 ? {} : { liveEverySeconds: liveSeconds }),
  }).catch((err: unknown) => {
    throw portInUseError(err, '--port') ?? err;
  });
  const graph = mailboxFor({ mailbox: DEMO_MUNICIPALITY.mailbox, graphUrl: emulator.origin, rate: undefined });
  let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
  try {
    // The demo runs the real path: its preset is stored in the mailbox, and the worker follows
    // what is stored there (a 'svarstid config set … --graph-url' while it runs is picked up).
    const store = new ConfigStore(graph);
    const stored = await store.save(config, { by: 'cli', note: `svarstid demo: förinställningen ${values.preset!}` });
    io.stdout.write(
      `Svarstid demo — ${DEMO_MUNICIPALITY.name} med svarstider från ${config.policy.id} (${config.policy.id}@${config.policy.version})\n` +
        `  Lokal Graph      ${emulator.url}  (funktionsbrevlådan ${DEMO_MUNICIPALITY.mailbox}; svarstid run --graph-url ${emulator.origin})\n` +
        `  Konfiguration    sparad i funktionsbrevlådan, revision ${stored.revision}  (svarstid config get --mailbox ${DEMO_MUNICIPALITY.mailbox} --graph-url ${emulator.origin})\n`,
    );
    const seen = new Set<string>();
    let refreshing: Promise<void> | null = null;
    const announceNew = async (): Promise<void> => {
      const messages = await readLabelledMessages(graph);
      for (const m of messages) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        const r = m.record;
        io.stdout.write(
          `Nytt: ${KIND_NAMES[r.kind].sv.toLowerCase()} via ${channelText(r.channel)} till ${departmentLabel(config, r.department)}, ` +
            `${r.due === null ? 'ingen svarstid' : `svara senast ${dueText(r.due, config.calendar.timeZone)}`}: «${pad(m.subject, 50).trimEnd()}»\n`,
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
            io.stderr.write(`svarstid demo: kunde inte läsa brevlådan (${detail})\nsvarstid demo: could not read the mailbox (${detail})\n`);
          })
          .finally(() => {
            refreshing = null;
          });
      },
    }).catch((err: unknown) => {
      throw portInUseError(err, '--worker-port') ?? err;
    });
    await worker.idle();
    io.stdout.write(`  Arbetaren        ${worker.url}/health\n\n`);
    const messages = await readLabelledMessages(graph);
    for (const m of messages) seen.add(m.id);
    io.stdout.write(`${renderQueue(messages, config, rows)}\n`);
    if (values.once) return 0;
    io.stdout.write(
      liveSeconds === 0
        ? '\nDemon väntar. Ctrl+C avslutar.\n'
        : `\nEtt nytt meddelande kommer var ${liveSeconds}:e sekund och märks direkt. Ctrl+C avslutar.\n`,
    );
    await untilStopped();
    return 0;
  } finally {
    await worker?.stop();
    await emulator.stop();
  }
}
