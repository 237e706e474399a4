import { promises as fs, openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { z } from 'zod';

/**
 * The worker's persisted state: delta links per folder, subscriptions, routing in progress and
 * counters — never mail content (SECURITY rule 6). Written atomically (temp file, fsync,
 * rename) with mode 0600, because it holds each subscription's clientState secret.
 */

const routingEntrySchema = z.object({
  action: z.enum(['move', 'forward']),
  department: z.string(),
  /** pending: about to act; uncertain: the call broke and may have been applied; done; failed. */
  status: z.enum(['pending', 'uncertain', 'done', 'failed']),
  at: z.string(),
  attempts: z.number().int().min(0),
  error: z.string().optional(),
});
export type RoutingEntry = z.infer<typeof routingEntrySchema>;

const subscriptionSchema = z.object({
  id: z.string(),
  folder: z.string(),
  resource: z.string(),
  expirationDateTime: z.string(),
  clientState: z.string(),
  /** Where Graph posts this subscription's notifications; a restart on another URL replaces it. */
  notificationUrl: z.string().default(''),
});
export type StoredSubscription = z.infer<typeof subscriptionSchema>;

export const workerStateSchema = z.object({
  v: z.literal(1),
  mailbox: z.string(),
  /** Fingerprint of the configuration the inbox was last labelled with; a change forces a full pass. */
  configHash: z.string().nullable(),
  deltaLinks: z.record(z.string(), z.string()),
  /**
   * Per watched folder: the receipt-time floor of its change-detection delta (messages received
   * before it were covered by a full pass), and when its last delta round started.
   */
  deltaSince: z.record(z.string(), z.string()).default({}),
  deltaRoundAt: z.record(z.string(), z.string()).default({}),
  /** Graph refused `$expand` on message delta in this mailbox: change detection reads records by single GET. */
  deltaExpandRefused: z.boolean().default(false),
  /**
   * This worker's name in the mailbox lease. Kept, so a worker restarted after a crash (same
   * state file) recognises its own lease and goes on at once instead of waiting for it to run out.
   */
  leaseHolder: z.string().optional(),
  /** Every category name the worker has set under any configuration (a renamed one is replaced on open messages). */
  categoryNames: z.array(z.string()).default([]),
  /** Latest send time (ms) of an answer already applied to the inbox; later answers relabel on restart. */
  sentWatermark: z.number().default(0),
  subscriptions: z.array(subscriptionSchema),
  /** Routing actions by `<message id>:<action>`. */
  routing: z.record(z.string(), routingEntrySchema),
  counters: z.object({
    labelled: z.number().int().min(0),
    routed: z.number().int().min(0),
    errors: z.number().int().min(0),
  }),
  updatedAt: z.string(),
});
export type WorkerState = z.infer<typeof workerStateSchema>;

/** A fresh state for a mailbox. */
export function emptyState(mailbox: string): WorkerState {
  return {
    v: 1,
    mailbox,
    configHash: null,
    deltaLinks: {},
    deltaSince: {},
    deltaRoundAt: {},
    deltaExpandRefused: false,
    categoryNames: [],
    sentWatermark: 0,
    subscriptions: [],
    routing: {},
    counters: { labelled: 0, routed: 0, errors: 0 },
    updatedAt: new Date(0).toISOString(),
  };
}

/**
 * Reads a state file. A missing file gives a fresh state; a state of another mailbox or an
 * unreadable file is an error (never silently start over on someone else's mailbox).
 */
export function loadState(file: string, mailbox: string): WorkerState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyState(mailbox);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StateFileError({ sv: `--state ${file}: filen går inte att läsa (${code}); kontrollera att tjänsten har behörighet till den, eller ange en ny fil (den skapas vid första körningen)`, en: `--state ${file}: the file cannot be read (${code}); check that the service may read it, or give a new file (it is created on the first run)` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = workerStateSchema.safeParse(json);
  if (!parsed.success) {
    const other = otherStateFile(file);
    throw new StateFileError({
      sv: `--state ${file}: filen är inte en lägesfil från svarstid run och lämnas orörd. Ange en annan fil för --state, till exempel --state ${other}; den skapas vid första körningen`,
      en: `--state ${file}: the file is not a state file written by svarstid run and is left alone. Give another file for --state, e.g. --state ${other}; it is created on the first run`,
    });
  }
  if (parsed.data.mailbox.toLowerCase() !== mailbox.toLowerCase()) {
    throw new StateFileError({
      sv: `--state ${file}: filen hör till en annan funktionsbrevlåda (${parsed.data.mailbox}); varje brevlåda behöver en egen lägesfil`,
      en: `--state ${file}: the file belongs to another shared mailbox (${parsed.data.mailbox}); every mailbox needs a state file of its own`,
    });
  }
  return parsed.data;
}

/** A file name to suggest instead of one that is not a state file: `kommun.json` → `kommun.state`. */
function otherStateFile(file: string): string {
  const base = basename(file).replace(/\.[^.]*$/, '');
  const name = `${base || 'svarstid'}.state`;
  return name === basename(file) ? `${base}-ny.state` : name;
}

/** A state file that cannot be used, said in Swedish and English (the message is the English). */
export class StateFileError extends Error {
  readonly sv: string;
  readonly en: string;
  constructor(text: { sv: string; en: string }) {
    super(text.en);
    this.name = 'StateFileError';
    this.sv = text.sv;
    this.en = text.en;
  }
}

/** Writes the state atomically: a crash leaves either the old or the new file, never half of one. */
export function saveState(file: string, state: WorkerState): void {
  state.updatedAt = new Date().toISOString();
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Removes leftover temp files of crashed writers (best effort). */
export async function cleanStaleTemps(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => fs.rm(join(dir, n), { force: true })));
}
