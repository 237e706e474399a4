/** Shared helpers for worker tests: an emulator with a generated mailbox and readers for the result. */
import type * as MG from '@microsoft/microsoft-graph-types';
import { startEmulator, type EmulatorProfileName, type RunningEmulator } from '../../../src/emulator';
import { presetConfig } from '../../../src/core/config';
import type { SvarstidConfig } from '../../../src/core/config/schema';
import { RECORD_EXPAND, parseRecord, recordNeedsFullRead, recordTextOf, type SvarstidRecord } from '../../../src/core/record';
import { mailboxFor } from '../../../src/worker/connect';
import type { GraphMailbox } from '../../../src/graph/mailbox';
import type { SchedulerOptions } from '../../../src/graph/scheduler';
import { generateMailbox, type GeneratedMailbox } from './mailbox';

export interface Harness {
  emu: RunningEmulator;
  mailbox: string;
  generated: GeneratedMailbox;
  /** A fresh Graph mailbox client (own scheduler, so request counts start at 0). */
  graph(schedulerOptions?: SchedulerOptions): GraphMailbox;
  stop(): Promise<void>;
}

/**
 * The emulator profile the worker tests run against: `SVARSTID_EMULATOR_PROFILE=strict npx jest
 * tests/worker` runs them all against the strict profile (delta $expand refused, list values
 * cut at 255 characters, small pages).
 */
export const TEST_PROFILE: EmulatorProfileName = process.env.SVARSTID_EMULATOR_PROFILE === 'strict' ? 'strict' : 'default';

export async function startHarness(options: {
  count: number;
  seed?: number;
  throttle?: string;
  faults?: string;
  acknowledgements?: boolean;
  profile?: EmulatorProfileName;
}): Promise<Harness> {
  const generated = generateMailbox(options.count, options.seed ?? 7, undefined, { acknowledgements: options.acknowledgements ?? false });
  const emu = await startEmulator({
    seed: { messages: [...generated.inbox, ...generated.sent] },
    throttle: options.throttle ?? 'off',
    ...(options.faults ? { faults: options.faults } : {}),
    profile: options.profile ?? TEST_PROFILE,
    // The worker's webhook listens on http://127.0.0.1 in tests.
    allowHttpLoopbackWebhooks: true,
  });
  return {
    emu,
    mailbox: emu.mailbox,
    generated,
    graph: (schedulerOptions) => mailboxFor({ mailbox: emu.mailbox, graphUrl: emu.origin, rate: undefined }, undefined, schedulerOptions),
    stop: () => emu.stop(),
  };
}

export const ljungby = (): SvarstidConfig => presetConfig('ljungby');

export interface LabelledMessage {
  message: MG.Message;
  record: SvarstidRecord | null;
}

/**
 * Reads every message of a folder with its record (bypassing faults: call with faults cleared).
 * A record the list returned cut (strict profile) is read again with a single GET, as any
 * careful reader must.
 */
export async function readFolder(graph: GraphMailbox, folder: string): Promise<LabelledMessage[]> {
  const url = `${graph.base}/mailFolders/${folder}/messages?$top=1000&$expand=${encodeURIComponent(RECORD_EXPAND)}`;
  const items = await graph.listAll<MG.Message>(url, 'test read');
  return Promise.all(
    items.map(async (message) => {
      let text = recordTextOf(message.singleValueExtendedProperties);
      if (recordNeedsFullRead(text)) {
        const full = await graph.getMessageExpanded(message.id!, ['id'], RECORD_EXPAND);
        text = recordTextOf(full.singleValueExtendedProperties);
        message.singleValueExtendedProperties = full.singleValueExtendedProperties ?? [];
      }
      return { message, record: parseRecord(text) };
    }),
  );
}

/** PATCH requests the emulator has served for the mailbox. */
export function patchCount(emu: RunningEmulator): number {
  const mb = emu.stats().mailboxes[emu.mailbox];
  return mb?.requests['PATCH messages/{id}'] ?? 0;
}
