/**
 * Latency bench: the continuous worker against the emulator (`--throttle fast`); new mail is
 * delivered at a steady rate and each message's arrival→labelled time is measured (delivery to
 * the end of its label PATCH). Prints p50/p95/max (goal p95 ≤ 5 s).
 *
 *   npx tsx bench/latency.ts [--messages N] [--rate PER_SECOND] [--backlog N]
 */
import { parseArgs } from 'node:util';
import { startEmulator } from '../src/emulator';
import { presetConfig } from '../src/core/config';
import { mailboxFor } from '../src/worker/connect';
import { startWorker } from '../src/worker/continuous';
import { readFolder } from '../tests/worker/support/harness';
import { generateMailbox } from '../tests/worker/support/mailbox';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string', default: '200' },
      rate: { type: 'string', default: '10' },
      backlog: { type: 'string', default: '500' },
    },
  });
  const count = Number(values.messages);
  const perSecond = Number(values.rate);
  const generated = generateMailbox(Number(values.backlog), 99);
  // The worker's webhook is on http://127.0.0.1: the emulator's loopback switch.
  const emu = await startEmulator({ seed: { messages: [...generated.inbox, ...generated.sent] }, throttle: 'fast', allowHttpLoopbackWebhooks: true });
  const labelledAt = new Map<string, number>();
  const graph = mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: { limit: 1000, windowMs: 10_000 } });
  const worker = await startWorker({
    graph,
    config: presetConfig('varmdo'),
    onLabelled: (id) => labelledAt.set(id, Date.now()),
  });
  try {
    const deliveredAt = new Map<string, number>(); // internetMessageId → time
    const fresh = generateMailbox(count, 1234).inbox;
    for (let i = 0; i < count; i++) {
      const m: Record<string, unknown> = { ...fresh[i]!, internetMessageId: `<latency-${i}@exempelby.example>` };
      delete m.receivedDateTime;
      delete m.conversationId;
      emu.deliver(emu.mailbox, m);
      deliveredAt.set(m.internetMessageId as string, Date.now());
      await new Promise((r) => setTimeout(r, 1000 / perSecond));
    }
    const deadline = Date.now() + 60_000;
    const byInternetId = new Map<string, string>();
    while (Date.now() < deadline) {
      const inbox = await readFolder(mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined }), 'inbox');
      for (const x of inbox) if (x.message.internetMessageId && x.message.id) byInternetId.set(x.message.internetMessageId, x.message.id);
      if ([...deliveredAt.keys()].every((k) => labelledAt.has(byInternetId.get(k) ?? ''))) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const latencies = [...deliveredAt.entries()]
      .map(([k, t]) => (labelledAt.get(byInternetId.get(k) ?? '') ?? NaN) - t)
      .filter((x) => !Number.isNaN(x))
      .sort((a, b) => a - b);
    const stats = emu.stats();
    process.stdout.write(
      `${JSON.stringify(
        {
          delivered: count,
          labelled: latencies.length,
          ratePerSecond: perSecond,
          p50ms: percentile(latencies, 50),
          p95ms: percentile(latencies, 95),
          maxMs: latencies[latencies.length - 1] ?? null,
          notificationsDelivered: stats.notificationsDelivered,
          http429: stats.mailboxes[emu.mailbox]?.throttled ?? stats.throttled,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    await worker.stop();
    await emu.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/latency: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
