import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { isPresetId, PRESET_IDS, presetConfig, type SvarstidConfig } from '../core/config';
import { summarizeQueue, type QueueStatus } from '../core/queue';
import { KIND_NAMES } from '../core/vocabulary';
import { startEmulator } from '../emulator';
import { readLabelledMessages, type LabelledMessage } from '../graph/labelledMessages';
import { ConfigStore } from '../graph/configStore';
import { mailboxFor } from '../worker/connect';
import { startWorker } from '../worker/continuous';
import { UsageError } from './usageError';
import { untilStopped } from './untilStopped';
import type { CommandIo } from './io';

const DEMO_MUNICIPALITY = { name: 'Exempelby kommun', domains: ['exempelby.se'], mailbox: 'kommun@exempelby.se' };

/** A preset's policy for the demo's fictional municipality. */
export function demoConfig(preset: string): SvarstidConfig {
  if (!isPresetId(preset)) throw new UsageError(`unknown preset '${preset}' (known: ${PRESET_IDS.join(', ')})`);
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

function dueText(iso: string | null, timeZone: string): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function pad(text: string, width: number): string {
  const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return clipped.padEnd(width);
}

function departmentLabel(config: SvarstidConfig, id: string): string {
  return config.departments.find((d) => d.id === id)?.category.replace(/^Avd: /, '') ?? id;
}

/** The queue as a team lead would read it: counts, then the most urgent open messages. */
function renderQueue(messages: LabelledMessage[], config: SvarstidConfig, rows: number): string {
  const tz = config.calendar.timeZone;
  const summary = summarizeQueue(messages, Temporal.Now.instant(), tz);
  const counts = (Object.keys(STATUS_NAMES) as QueueStatus[])
    .filter((s) => summary.counts[s] > 0)
    .map((s) => `${summary.counts[s]} ${STATUS_NAMES[s]}`)
    .join(', ');
  const lines = [`${messages.length} märkta meddelanden: ${counts}.`, '', 'Kö (mest bråttom först):'];
  lines.push(`  ${pad('svara senast', 20)}${pad('avdelning', 20)}${pad('typ', 20)}${pad('kanal', 9)}ämne`);
  const byId = new Map(messages.map((m) => [m.id, m]));
  for (const item of summary.open.slice(0, rows)) {
    const m = byId.get(item.id)!;
    const mark = item.status === 'overdue' ? '!' : ' ';
    lines.push(
      `${mark} ${pad(dueText(item.record.due, tz), 20)}${pad(departmentLabel(config, item.record.department), 20)}` +
        `${pad(KIND_NAMES[item.record.kind].sv, 20)}${pad(item.record.channel, 9)}${pad(m.subject, 48)}`,
    );
  }
  const perDept = Object.entries(summary.perDepartment)
    .sort((a, b) => b[1] - a[1])
    .map(([d, n]) => `${departmentLabel(config, d)} ${n}`)
    .join(', ');
  lines.push('', `Öppna per avdelning: ${perDept}.`);
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
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${name} takes a whole number`);
  }

  const emulator = await startEmulator({
    port,
    mailbox: DEMO_MUNICIPALITY.mailbox,
    seed: 'demo',
    throttle: 'exchange',
    // The demo's worker listens on http://127.0.0.1 (Graph itself would want HTTPS).
    allowHttpLoopbackWebhooks: true,
    ...(values.once || liveSeconds === 0 ? {} : { liveEverySeconds: liveSeconds }),
  });
  const graph = mailboxFor({ mailbox: DEMO_MUNICIPALITY.mailbox, graphUrl: emulator.origin, rate: undefined });
  let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
  try {
    // The demo runs the real path: its preset is stored in the mailbox, and the worker follows
    // what is stored there (a 'svarstid config set … --graph-url' while it runs is picked up).
    const store = new ConfigStore(graph);
    const stored = await store.save(config, { by: 'cli', note: `svarstid demo: förinställningen ${values.preset!}` });
    io.stdout.write(
      `Svarstid demo — ${DEMO_MUNICIPALITY.name}, policy ${config.policy.id}@${config.policy.version}\n` +
        `  Graph-emulator   ${emulator.url}  (brevlåda ${DEMO_MUNICIPALITY.mailbox})\n` +
        `  Konfiguration    sparad i brevlådan, revision ${stored.revision}  (svarstid config get --mailbox ${DEMO_MUNICIPALITY.mailbox} --graph-url ${emulator.url})\n`,
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
          `ny: ${KIND_NAMES[r.kind].sv} → ${departmentLabel(config, r.department)} via ${r.channel}, svara senast ${dueText(r.due, config.calendar.timeZone)}  «${pad(m.subject, 50).trimEnd()}»\n`,
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
          .catch((err: unknown) => void io.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`))
          .finally(() => {
            refreshing = null;
          });
      },
    });
    await worker.idle();
    io.stdout.write(`  Worker           ${worker.url}/health\n\n`);
    const messages = await readLabelledMessages(graph);
    for (const m of messages) seen.add(m.id);
    io.stdout.write(`${renderQueue(messages, config, rows)}\n`);
    if (values.once) return 0;
    io.stdout.write(`\nNy post kommer var ${liveSeconds}:e sekund och märks direkt. Ctrl+C avslutar.\n`);
    await untilStopped();
    return 0;
  } finally {
    await worker?.stop();
    await emulator.stop();
  }
}
