/**
 * Backlog bench: a generated mailbox of N messages (default 10 000) in the emulator with
 * `--throttle fast` (4 concurrent, 1 000 requests per 10 s), processed by `runOnce` — once
 * against the default emulator profile and once against the strict one (delta `$expand`
 * refused, list values cut at 255 characters, pages of at most 50).
 * Prints Graph requests per labelled message (goal ≤ 1.02 in the default profile), throughput
 * as a fraction of the emulator's throttle ceiling (goal ≥ 0.9) and the 429 count, per profile.
 *
 *   npx tsx bench/backlog.ts [--messages N] [--no-pacing] [--profile default|strict|both]
 */
import { parseArgs } from 'node:util';
import { startEmulator, type EmulatorProfileName } from '../src/emulator';
import { THROTTLE_PRESETS } from '../src/emulator/throttle';
import { presetConfig } from '../src/core/config';
import { mailboxFor } from '../src/worker/connect';
import { runOnce } from '../src/worker/runOnce';
import { generateMailbox } from '../tests/worker/support/mailbox';

async function measure(profile: EmulatorProfileName, count: number, pacing: boolean): Promise<Record<string, unknown>> {
  const policy = THROTTLE_PRESETS.fast;
  const generated = generateMailbox(count, 2026);
  const emu = await startEmulator({ seed: { messages: [...generated.inbox, ...generated.sent] }, throttle: 'fast', profile });
  try {
    const rate = pacing ? { limit: policy.limit, windowMs: policy.windowMs } : undefined;
    const graph = mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate });
    let lastPrint = 0;
    const started = Date.now();
    const summary = await runOnce({
      graph,
      config: presetConfig('ljungby'),
      onProgress: (p) => {
        if (p.elapsedMs - lastPrint >= 5000) {
          lastPrint = p.elapsedMs;
          process.stderr.write(`  [${profile}] ${p.scanned} read, ${p.labelled} labelled, ${(p.scanned / (p.elapsedMs / 1000)).toFixed(0)}/s\n`);
        }
      },
    });
    const seconds = (Date.now() - started) / 1000;
    const stats = emu.stats();
    const mailbox = stats.mailboxes[emu.mailbox];
    const served = mailbox?.total ?? stats.total;
    const ceiling = (policy.limit / policy.windowMs) * 1000; // requests per second
    const byFamily = Object.entries(mailbox?.requests ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k}: ${v}`);
    return {
      profile,
      messages: count,
      sentItems: generated.sent.length,
      pacing: rate ? `${policy.limit}/${policy.windowMs / 1000}s` : 'off',
      summary,
      seconds: Number(seconds.toFixed(1)),
      requestsPerLabelled: Number((summary.requests / Math.max(summary.labelled, 1)).toFixed(4)),
      requestsPerSecond: Number((served / seconds).toFixed(1)),
      ceilingPerSecond: ceiling,
      throughputFraction: Number((served / seconds / ceiling).toFixed(3)),
      http429: mailbox?.throttled ?? stats.throttled,
      requests: byFamily,
    };
  } finally {
    await emu.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      messages: { type: 'string', default: '10000' },
      'no-pacing': { type: 'boolean', default: false },
      profile: { type: 'string', default: 'both' },
    },
  });
  const count = Number(values.messages);
  const profiles: EmulatorProfileName[] = values.profile === 'both' ? ['default', 'strict'] : [values.profile as EmulatorProfileName];
  const results = [];
  for (const profile of profiles) results.push(await measure(profile, count, !values['no-pacing']));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  for (const r of results) process.stdout.write(`${r.profile}: ${r.requestsPerLabelled} requests per labelled message, ${r.throughputFraction} of the throttle ceiling, ${r.http429} × 429\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/backlog: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
