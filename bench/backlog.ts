/**
 * Backlog bench: a generated mailbox of N messages (default 10 000) in the emulator with
 * `--throttle fast` (4 concurrent, 1 000 requests per 10 s), processed by `runOnce`.
 * Prints Graph requests per labelled message (goal ≤ 1.02), throughput as a fraction of the
 * emulator's throttle ceiling (goal ≥ 0.9) and the 429 count.
 *
 *   npx tsx bench/backlog.ts [--messages N] [--no-pacing]
 */
import { parseArgs } from 'node:util';
import { startEmulator } from '../src/emulator';
import { THROTTLE_PRESETS } from '../src/emulator/throttle';
import { presetConfig } from '../src/core/config';
import { mailboxFor } from '../src/worker/connect';
import { runOnce } from '../src/worker/runOnce';
import { generateMailbox } from '../tests/worker/support/mailbox';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { messages: { type: 'string', default: '10000' }, 'no-pacing': { type: 'boolean', default: false } },
  });
  const count = Number(values.messages);
  const policy = THROTTLE_PRESETS.fast;
  const generated = generateMailbox(count, 2026);
  const emu = await startEmulator({ seed: { messages: [...generated.inbox, ...generated.sent] }, throttle: 'fast' });
  try {
    const rate = values['no-pacing'] ? undefined : { limit: policy.limit, windowMs: policy.windowMs };
    const graph = mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate });
    let lastPrint = 0;
    const started = Date.now();
    const summary = await runOnce({
      graph,
      config: presetConfig('ljungby'),
      onProgress: (p) => {
        if (p.elapsedMs - lastPrint >= 5000) {
          lastPrint = p.elapsedMs;
          process.stderr.write(`  ${p.scanned} read, ${p.labelled} labelled, ${(p.scanned / (p.elapsedMs / 1000)).toFixed(0)}/s\n`);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const stats = emu.stats();
    const served = stats.mailboxes[emu.mailbox]?.total ?? stats.total;
    const ceiling = (policy.limit / policy.windowMs) * 1000; // requests per second
    const result = {
      messages: count,
      sentItems: generated.sent.length,
      pacing: rate ? `${policy.limit}/${policy.windowMs / 1000}s` : 'off',
      summary,
      seconds: Number(seconds.toFixed(1)),
      requestsPerLabelled: Number((summary.requests / Math.max(summary.labelled, 1)).toFixed(4)),
      requestsPerSecond: Number((served / seconds).toFixed(1)),
      ceilingPerSecond: ceiling,
      throughputFraction: Number((served / seconds / ceiling).toFixed(3)),
      http429: stats.mailboxes[emu.mailbox]?.throttled ?? stats.throttled,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await emu.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/backlog: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
