import { createHash } from 'node:crypto';
import type * as MG from '@microsoft/microsoft-graph-types';
import type { SvarstidConfig } from '../core/config/schema';
import { assessMessage } from '../core/assess';
import {
  RECORD_EXPAND,
  RECORD_PROPERTY_ID,
  allManagedCategories,
  mergeCategories,
  parseRecord,
  recordNeedsFullRead,
  recordTextOf,
  toStockholmIso,
  type SvarstidRecord,
} from '../core/record';
import { GraphRequestError, isSyncReset } from '../graph/errors';
import { MESSAGE_PAGE_SIZE, type DeltaMessage, type GraphMailbox } from '../graph/mailbox';
import { SENT_EXPAND, SENT_SELECT, SentIndex, replyClassifier, type ReplyClassifier } from './answered';
import { splitReplies } from '../core/acknowledgement';
import { calendarOf } from '../core/assess';
import { INBOX_SELECT, planLabel, type Assessor, type LabelPlan } from './labeller';
import { silentLog, type WorkerLog } from './log';
import { emptyState, saveState, type RoutingEntry, type WorkerState } from './state';
import { UNROUTED_CATEGORY, ensureMasterCategories } from './categories';

/**
 * One shared mailbox kept labelled: reads the inbox (and department folders) with list queries
 * that bring each message's record along (the backlog, a full pass), notices new mail with a
 * delta query per folder (change detection), labels every message with one PATCH (only when its
 * record differs from what the configuration decides), marks answers from sent items, and
 * routes per department. Used by `--once`, by the continuous worker and by the benches.
 *
 * Safe where Graph is unknown: a record that a list or delta returned unparsable, or exactly at
 * a length where Exchange cuts values, is read again in full (one GET) before anything is
 * written — a record it could not read is never overwritten. If Graph refuses `$expand` on
 * delta, change detection goes on without it (one log line) and reads records by single GET.
 */

/** The JSON summary `svarstid run --once` prints as its last line. */
export interface RunSummary {
  /** Inbox messages read. */
  scanned: number;
  /** Messages written (one PATCH each). */
  labelled: number;
  /** Messages whose record already matched: no write. */
  unchanged: number;
  /** Scanned messages that are answered. */
  answered: number;
  /** Move and forward actions carried out. */
  routed: number;
  /** Messages or actions that failed (left for the next run, never half done). */
  errors: number;
  /** Graph requests sent, retries included. */
  requests: number;
}

/** Progress of a pass, for long backlogs. */
export interface Progress {
  scanned: number;
  labelled: number;
  elapsedMs: number;
}

export interface MailboxWorkerOptions {
  graph: GraphMailbox;
  config: SvarstidConfig;
  /** Triage + deadline (default: the core's `assessMessage`). */
  assess?: Assessor;
  state?: WorkerState;
  /** Where to persist state; without it the state lives in memory only. */
  statePath?: string | null;
  /** Operational events (errors, subscriptions). */
  log?: WorkerLog;
  /** Routing decisions (id, rules, time, action, outcome); without it, moves and forwards go to `log`. */
  decisions?: WorkerLog;
  onProgress?: (progress: Progress) => void;
  /** Called after a message's labels were written (latency measurements). */
  onLabelled?: (id: string) => void;
  /** Only messages received at or after this instant (ISO) are labelled; older ones are left alone. */
  since?: string;
  /** Decide but write nothing: every planned write goes to `onPlanned` instead. */
  dryRun?: boolean;
  /** A planned write in a dry run. */
  onPlanned?: (planned: PlannedWrite) => void;
  /** Writes happen only while this says yes (the mailbox lease); default always. */
  canWrite?: () => boolean;
  /** Category names Svarstid used under earlier stored configurations (renamed ones are replaced). */
  formerCategories?: readonly string[];
}

/** What a dry run would write for one message (ids and decisions only, no mail content). */
export interface PlannedWrite {
  id: string;
  /** `label`: first label; `relabel`: the record or a category changes. */
  action: 'label' | 'relabel';
  channel: string;
  kind: string;
  department: string;
  due: string | null;
  target: string | null;
  rules: string[];
  categories: string[];
}

/** How far back (ms) a change-detection delta reaches before the full pass that preceded it. */
const DELTA_OVERLAP_MS = 10 * 60_000;


/** Fingerprint of a configuration: when it changes, open messages are re-assessed. */
export function configFingerprint(config: SvarstidConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex').slice(0, 16);
}

const ROUTING_ATTEMPTS = 5;
/** How many recent writes the stale-read guard remembers (a delta page is at most 1 000). */
const WRITTEN_MEMORY = 20_000;
/** Full resyncs after 410 / syncStateNotFound within one sync before giving up. */
const MAX_RESYNCS = 3;

export class MailboxWorker {
  readonly graph: GraphMailbox;
  readonly state: WorkerState;
  private currentConfig: SvarstidConfig;
  private retired: Set<string>;
  private readonly since: string | null;
  private readonly dryRun: boolean;
  private readonly onPlanned: ((p: PlannedWrite) => void) | undefined;
  private readonly canWrite: () => boolean;
  private fallbackLogged = false;
  private readonly assess: Assessor;
  private readonly statePath: string | null;
  private readonly log: WorkerLog;
  private readonly decisions: WorkerLog;
  /** Category-only decisions go only to an explicit decision log (no wall of logs on stderr). */
  private readonly categoryDecisions: WorkerLog;
  private readonly onProgress: ((p: Progress) => void) | undefined;
  private readonly onLabelled: ((id: string) => void) | undefined;
  private readonly counts = { scanned: 0, labelled: 0, unchanged: 0, routed: 0, errors: 0, reread: 0 };
  private readonly answeredIds = new Set<string>();
  private readonly seenIds = new Set<string>();
  private sent: SentIndex;
  private readonly folderIds = new Map<string, string>();
  private inboxId: string | null = null;
  private readonly folderLookups = new Map<string, Promise<string>>();
  /** Per-message chains that serialise work on one message. */
  private readonly messageLocks = new Map<string, Promise<void>>();
  /** What this worker last wrote per message, and the record text it replaced (stale-read guard). */
  private readonly written = new Map<string, { before: string | null; after: SvarstidRecord }>();
  private categoriesReady = false;
  /** Sent items were listed in full by this worker (the index is whole). */
  private sentListed = false;
  /** When the sent-items index was last brought up to date (ms). */
  private sentSyncedAt = 0;
  private readonly startedAt = Date.now();
  private lastProgress = 0;

  constructor(options: MailboxWorkerOptions) {
    this.graph = options.graph;
    this.currentConfig = options.config;
    this.assess = options.assess ?? assessMessage;
    this.state = options.state ?? emptyState(options.graph.mailbox);
    this.since = options.since ?? null;
    this.dryRun = options.dryRun ?? false;
    this.onPlanned = options.onPlanned;
    this.canWrite = options.canWrite ?? (() => true);
    this.retired = new Set();
    this.rememberCategories(options.formerCategories ?? []);
    this.statePath = this.dryRun ? null : (options.statePath ?? null);
    this.log = options.log ?? silentLog;
    this.decisions = options.decisions ?? this.log;
    this.categoryDecisions = options.decisions ?? silentLog;
    this.onProgress = options.onProgress;
    this.onLabelled = options.onLabelled;
    this.classify = replyClassifier(calendarOf(this.config));
    this.sent = this.newSentIndex();
  }

  private readonly classify: ReplyClassifier;

  private newSentIndex(): SentIndex {
    return new SentIndex(this.departmentMailboxes(), this.classify);
  }

  /** The configuration in effect. */
  get config(): SvarstidConfig {
    return this.currentConfig;
  }

  /** Messages whose record a list or delta returned cut or unreadable and that were read again in full. */
  get rereadCount(): number {
    return this.counts.reread;
  }

  /**
   * Records the category names of the configuration in effect (and `former` ones): any name
   * Svarstid set before and the configuration no longer has is retired, and open messages that
   * carry it are relabelled.
   */
  private rememberCategories(former: readonly string[]): void {
    const current = allManagedCategories(this.currentConfig);
    const known = new Set([...this.state.categoryNames, ...former, ...current]);
    this.state.categoryNames = [...known];
    this.retired = new Set([...known].filter((c) => !current.includes(c)));
  }

  /**
   * Switches to another configuration (a saved change): the next full pass relabels the open
   * messages whose outcome changes, and those carrying a category the new one renamed.
   */
  applyConfig(config: SvarstidConfig, formerCategories: readonly string[] = []): void {
    this.currentConfig = config;
    this.rememberCategories([...formerCategories]);
    this.categoriesReady = false;
    this.sent.setDepartmentMailboxes(this.departmentMailboxes());
    this.folderIds.clear();
    this.state.configHash = null;
  }

  /** The summary so far. */
  summary(): RunSummary {
    return {
      scanned: this.counts.scanned,
      labelled: this.counts.labelled,
      unchanged: this.counts.unchanged,
      answered: this.answeredIds.size,
      routed: this.counts.routed,
      errors: this.counts.errors,
      requests: this.graph.scheduler.stats.requests,
    };
  }

  /** Persists the state (atomically) when a state file is configured (never in a dry run). */
  persist(): void {
    if (this.statePath) saveState(this.statePath, this.state);
  }

  private departmentMailboxes(): Set<string> {
    return new Set(
      this.config.departments.map((d) => d.routing.forwardTo?.toLowerCase()).filter((a): a is string => a !== undefined),
    );
  }

  /** Creates the department and kind categories in the master list (once per configuration). */
  async prepare(): Promise<void> {
    if (this.categoriesReady || this.dryRun) return;
    const created = await ensureMasterCategories(this.graph, this.config);
    if (created.length > 0) this.log.event('categories', { created: created.length });
    this.categoriesReady = true;
  }

  /**
   * Reads sent items. `full` rebuilds the answer index from scratch (a list query with each
   * item's body and acknowledgement marker); `resume` reads what was sent since, by delta.
   * Returns the conversations that got a new answer or acknowledgement.
   */
  async syncSent(mode: 'full' | 'resume', options: { changeDetection?: boolean } = {}): Promise<Set<string>> {
    const changed = new Set<string>();
    const startedAt = Date.now();
    const add = async (items: DeltaMessage[]): Promise<void> => {
      for (const item of items) {
        if (item['@removed']) continue;
        const conversation = this.sent.add(item);
        if (conversation) changed.add(conversation);
      }
    };
    if (mode === 'full' || (this.state.deltaLinks.sentitems === undefined && !this.sentListed)) {
      // The index from scratch: every sent item with its acknowledgement marker (a list query),
      // then change detection from shortly before this read.
      this.sent = this.newSentIndex();
      delete this.state.deltaLinks.sentitems;
      this.state.deltaRoundAt.sentitems = new Date(startedAt).toISOString();
      await this.graph.listMessagesByReceipt<DeltaMessage>('sentitems', { select: SENT_SELECT, expand: SENT_EXPAND, pageSize: MESSAGE_PAGE_SIZE }, add, 'list sentitems');
      this.sentListed = true;
    }
    // Change detection from here on (a single pass that will not look again skips it).
    if (options.changeDetection === false) {
      this.sentSyncedAt = startedAt;
      this.persist();
      return changed;
    }
    await this.changeDelta('sentitems', 'sentitems', SENT_SELECT, SENT_EXPAND, async (items, expanded) => {
      // Without $expand the marker did not come along: read it per sent item.
      if (!expanded) {
        for (const item of items) {
          // Already indexed (the first round overlaps the list read before it): its marker is known.
          if (item['@removed'] || !item.id || this.sent.has(item.id)) continue;
          const full = await this.graph.getMessageExpanded<DeltaMessage>(item.id, ['id'], SENT_EXPAND).catch(() => null);
          if (full) item.singleValueExtendedProperties = full.singleValueExtendedProperties ?? [];
        }
      }
      await add(items);
    });
    this.sentSyncedAt = startedAt;
    this.persist();
    return changed;
  }

  /**
   * Change detection for one folder: a delta of new (and moved-in) messages received since a
   * floor shortly before the folder's last full read or last good round, with `expand` unless
   * Graph refused it in this mailbox. A refusal is said once (one log line) and the delta goes
   * on without it; `onItems` is told whether the expansion came along.
   */
  private async changeDelta(
    key: string,
    folder: string,
    select: readonly string[],
    expand: string,
    onItems: (items: DeltaMessage[], expanded: boolean) => Promise<void>,
  ): Promise<void> {
    const url = (floor: string): string =>
      this.graph.deltaUrl(folder, { select, expand: this.state.deltaExpandRefused ? undefined : expand, changeType: 'created', since: floor });
    const restartFloor = (): string => {
      const last = this.state.deltaRoundAt[key] ?? this.state.deltaSince[key];
      const at = last ? Date.parse(last) - DELTA_OVERLAP_MS : Date.now() - DELTA_OVERLAP_MS;
      const floor = new Date(Math.max(at, this.since ? Date.parse(this.since) : 0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      this.state.deltaSince[key] = floor;
      return url(floor);
    };
    const expanded = !this.state.deltaExpandRefused;
    let pages = 0;
    try {
      await this.deltaWithResync(
        key,
        restartFloor,
        this.state.deltaLinks[key] ?? restartFloor(),
        async (items) => {
          pages++;
          await onItems(items, expanded);
        },
        // The first request of an expanded delta is a probe: a refusal must not take a minute of retries.
        { pageSize: MESSAGE_PAGE_SIZE, ...(expanded ? { firstAttempts: 2 } : {}) },
      );
    } catch (error) {
      if (!(expanded && pages === 0 && this.expandRefused(error))) throw error;
      this.state.deltaExpandRefused = true;
      if (!this.fallbackLogged) {
        this.fallbackLogged = true;
        const e = error as GraphRequestError;
        this.log.event('fallback', {
          operation: 'delta',
          status: e.status,
          code: e.code,
          detail: "Graph refused $expand on messages/delta; change detection continues without it and reads each new message's record with a single GET",
        });
      }
      delete this.state.deltaLinks[key];
      await this.deltaWithResync(key, restartFloor, restartFloor(), (items) => onItems(items, false), { pageSize: MESSAGE_PAGE_SIZE });
    }
  }

  /**
   * A delta sync of one folder that saves its new deltaLink under `key`. On 410 /
   * syncStateNotFound it starts over from `first` (a bounded number of times): labels are
   * idempotent, so reading everything again is safe; for sent items the index is rebuilt.
   */
  private async deltaWithResync(
    key: string,
    first: () => string,
    from: string,
    onPage: (items: DeltaMessage[]) => Promise<void>,
    options: { pageSize?: number; firstAttempts?: number } = {},
  ): Promise<void> {
    for (let resets = 0; ; resets++) {
      try {
        const roundAt = new Date().toISOString();
        this.state.deltaLinks[key] = await this.graph.deltaSync(from, `delta ${key.startsWith('folder:') ? 'folder' : key}`, onPage, options);
        this.state.deltaRoundAt[key] = roundAt;
        return;
      } catch (error) {
        if (!isSyncReset(error) || resets >= MAX_RESYNCS) throw error;
        this.log.event('resync', { folder: key, code: error.code });
        delete this.state.deltaLinks[key];
        from = first();
      }
    }
  }

  /**
   * The folders whose messages the worker keeps labelled: the inbox and the department folders
   * messages are moved to (they stay open there: deadlines follow config changes, answers count).
   * Department folders that do not exist yet hold nothing and are skipped.
   */
  async watchedFolders(): Promise<{ key: string; folder: string }[]> {
    const out = [{ key: 'inbox', folder: 'inbox' }];
    const names = [...new Set(this.config.departments.filter((d) => d.routing.actions.includes('move')).map((d) => d.routing.folder!))];
    if (names.length === 0) return out;
    const children = await this.graph.childFolders('inbox');
    for (const name of names) {
      const found = children.find((f) => f.displayName?.toLowerCase() === name.toLowerCase());
      if (found?.id) {
        this.folderIds.set(name, found.id);
        out.push({ key: `folder:${found.id}`, folder: found.id });
      }
    }
    return out;
  }

  /**
   * The backlog: reads every watched folder with a list query that brings each message's record
   * (and only messages received since `since`), in pages of {@link MESSAGE_PAGE_SIZE}, and labels
   * what needs it. Used by `--once`, at start without saved delta links, and after a
   * configuration change.
   */
  async fullPass(): Promise<void> {
    const hash = configFingerprint(this.config);
    for (const { folder } of await this.watchedFolders()) {
      await this.graph.listMessagesByReceipt<DeltaMessage>(
        folder,
        { select: INBOX_SELECT, expand: RECORD_EXPAND, since: this.since ?? undefined, pageSize: MESSAGE_PAGE_SIZE },
        (items) => this.processItems(items),
        `list ${folder === 'inbox' ? 'inbox' : 'folder'}`,
      );
    }
    this.state.configHash = hash;
    this.persist();
  }

  /**
   * Change detection: a delta per watched folder (new and moved-in messages only). A folder
   * without a saved delta link starts one whose floor is shortly before now — the full pass
   * that came before covered everything older — so the first round is small. After a reset
   * (410, syncStateNotFound, resyncRequired) the delta starts again from shortly before its
   * last good round. When Graph refuses `$expand` on delta, the worker says so once and goes on
   * without it, reading each new message's record by single GET.
   */
  async syncChanges(): Promise<void> {
    for (const { key, folder } of await this.watchedFolders()) {
      await this.changeDelta(key, folder, INBOX_SELECT, RECORD_EXPAND, (items, expanded) => this.processItems(items, { recordsIncluded: expanded }));
    }
    this.persist();
  }

  /** A 400 or a 5xx on the first request of an expanded delta: Graph does not take `$expand` there. */
  private expandRefused(error: unknown): boolean {
    return error instanceof GraphRequestError && (error.status === 400 || error.status >= 500) && error.kind !== 'syncReset';
  }

  /**
   * Keeps the watched folders labelled. `full` runs a full pass and then starts change
   * detection afresh; `resume` reads only the changes since the saved delta links — or does a
   * full pass when the configuration changed or a folder has no link yet.
   */
  async syncInbox(mode: 'full' | 'resume'): Promise<void> {
    const sameConfig = this.state.configHash === configFingerprint(this.config);
    const folders = await this.watchedFolders();
    const resumable = sameConfig && folders.every(({ key }) => this.state.deltaLinks[key] !== undefined);
    if (mode === 'full' || !resumable) {
      const startedAt = Date.now();
      if (mode === 'full' || !sameConfig) {
        for (const { key } of folders) {
          delete this.state.deltaLinks[key];
          this.state.deltaRoundAt[key] = new Date(startedAt).toISOString();
        }
      } else {
        for (const { key } of folders) this.state.deltaRoundAt[key] ??= new Date(startedAt).toISOString();
      }
      await this.fullPass();
    }
    await this.syncChanges();
  }

  /**
   * Labels a batch of messages (a list page or delta items); the scheduler bounds the
   * concurrency. `recordsIncluded` false: the items came without their record (a delta without
   * `$expand`), so each record is read by single GET first.
   */
  async processItems(items: readonly DeltaMessage[], options: { recordsIncluded?: boolean } = {}): Promise<void> {
    await Promise.all(items.map((item) => this.processMessage(item, options.recordsIncluded ?? true)));
    this.reportProgress();
  }

  /**
   * After a restart that resumed the inbox delta: relabels conversations answered since the
   * last run (their inbox messages did not change, so the delta does not bring them).
   */
  async catchUpAnswers(): Promise<void> {
    await this.relabelConversations(this.sent.conversationsAnsweredAfter(this.state.sentWatermark));
    this.markAnswersApplied();
  }

  /** Records that every answer indexed so far has been applied to the inbox. */
  markAnswersApplied(): void {
    this.state.sentWatermark = Math.max(this.state.sentWatermark, this.sent.latest);
    this.persist();
  }

  /**
   * Re-reads the inbox messages of conversations that got a new answer (continuous mode and
   * resumed runs, where those messages are not in the delta).
   */
  async relabelConversations(conversations: Iterable<string>): Promise<void> {
    const list = [...conversations];
    if (list.length === 0) return;
    let watched: Set<string>;
    try {
      watched = await this.watchedFolderIds();
    } catch (error) {
      this.fail('list folders', null, error);
      return;
    }
    for (const conversation of list) {
      try {
        const items = await this.graph.conversationMessages(conversation, { select: INBOX_SELECT, expand: RECORD_EXPAND });
        await this.processItems(items.filter((m) => m.parentFolderId !== undefined && watched.has(m.parentFolderId ?? '')));
      } catch (error) {
        this.fail('list conversation', null, error);
      }
    }
  }

  /** Ids of the watched folders (the inbox's id is read once). */
  private async watchedFolderIds(): Promise<Set<string>> {
    this.inboxId ??= (await this.graph.folder('inbox')).id ?? null;
    const ids = new Set<string>();
    for (const { folder } of await this.watchedFolders()) ids.add(folder === 'inbox' ? (this.inboxId ?? '') : folder);
    return ids;
  }

  /**
   * Labels (and if needed routes) one inbox message. Never throws: failures are counted and
   * logged. Work on one message is serialised (a delta sync and an answer can bring the same
   * message at once), so it is never written or routed twice.
   */
  async processMessage(item: DeltaMessage, recordIncluded = true): Promise<void> {
    const id = item.id;
    if (item['@removed'] || !id) return;
    if (this.since !== null && Date.parse(item.receivedDateTime ?? '') < Date.parse(this.since)) return;
    const before = this.messageLocks.get(id) ?? Promise.resolve();
    const run = before.then(() => this.processOne(item, id, recordIncluded));
    this.messageLocks.set(id, run);
    try {
      await run;
    } finally {
      if (this.messageLocks.get(id) === run) this.messageLocks.delete(id);
    }
  }

  /**
   * The record text to plan from: as the list or delta brought it, or — when it did not bring
   * it, or brought it unparsable or at a length where Exchange cuts values — read again in full
   * with a single GET. Null: no record. Undefined: it could not be read (leave the message alone).
   */
  private async recordText(item: DeltaMessage, id: string, recordIncluded: boolean): Promise<string | null | undefined> {
    const listed = recordTextOf(item.singleValueExtendedProperties);
    if (recordIncluded && !recordNeedsFullRead(listed)) return listed;
    try {
      const full = await this.graph.getMessageExpanded<DeltaMessage>(id, ['id'], RECORD_EXPAND);
      if (recordIncluded) this.counts.reread++;
      return recordTextOf(full.singleValueExtendedProperties);
    } catch (error) {
      if (error instanceof GraphRequestError && error.kind === 'notFound') return undefined; // deleted meanwhile
      this.fail('read record', id, error);
      return undefined;
    }
  }

  private async processOne(item: DeltaMessage, id: string, recordIncluded: boolean): Promise<void> {
    this.counts.scanned++;
    this.seenIds.add(id);
    const readText = await this.recordText(item, id, recordIncluded);
    if (readText === undefined) return;
    if (readText !== null && parseRecord(readText) === null) {
      // Read in full and still not a record this version understands (damaged, or a newer
      // writer's): nobody's record is overwritten on a guess.
      this.counts.unchanged++;
      this.log.event('unreadable', { id, length: readText.length });
      return;
    }
    const replies = splitReplies(this.sent.repliesAfter(item.conversationId, item.receivedDateTime ?? ''));
    const answeredAt = replies.answeredAt === null ? null : toStockholmIso(replies.answeredAt, this.config.calendar.timeZone);
    // A read from before our own last write of this message is stale: plan from what we wrote.
    const mine = this.written.get(id);
    const current = mine && mine.before === readText ? mine.after : undefined;
    const withRecord: DeltaMessage = { ...item, singleValueExtendedProperties: readText === null ? [] : [{ id: RECORD_PROPERTY_ID, value: readText }] };
    const plan = planLabel(withRecord, this.config, this.assess, answeredAt, current, replies.acks, this.retired);
    if (plan.action === 'invalid') {
      this.counts.errors++;
      this.log.event('invalid', { id: plan.id, error: plan.error.slice(0, 200) });
      return;
    }
    let categories = item.categories ?? [];
    if (plan.action === 'write' && this.dryRun) {
      this.counts.labelled++;
      this.onPlanned?.(plannedWrite(plan));
    } else if (plan.action === 'write') {
      if (!this.canWrite()) {
        // The lease was lost: another worker writes now. This message is left to it.
        this.counts.unchanged++;
        return;
      }
      const { record, previous } = plan;
      const routeNow = record.source === 'auto' && (previous === null || previous.department !== record.department);
      if (routeNow) this.planRouting(plan.id, record.department, record.rules);
      try {
        await this.graph.patchMessage(plan.id, plan.patch);
      } catch (error) {
        if (error instanceof GraphRequestError && error.kind === 'notFound') return; // deleted meanwhile
        this.fail('patch message', plan.id, error);
        return;
      }
      categories = plan.patch.categories;
      this.written.delete(id);
      this.written.set(id, { before: readText, after: plan.record });
      if (this.written.size > WRITTEN_MEMORY) this.written.delete(this.written.keys().next().value!);
      this.counts.labelled++;
      this.state.counters.labelled++;
      this.onLabelled?.(plan.id);
    } else {
      this.counts.unchanged++;
    }
    if (plan.record.answeredAt !== null) this.answeredIds.add(plan.id);
    if (!this.dryRun) await this.routePending(item, categories);
  }

  /** Routing actions of a department beyond its category. */
  private routingActions(department: string): ('forward' | 'move')[] {
    const d = this.config.departments.find((x) => x.id === department);
    const actions = d?.routing.actions ?? [];
    // Forward first, then move: a message that cannot be moved stays visible in the inbox.
    return (['forward', 'move'] as const).filter((a) => actions.includes(a));
  }

  /** Records intended routing actions before the label is written, so a crash cannot lose them. */
  private planRouting(id: string, department: string, rules: string[]): void {
    const actions = this.routingActions(department);
    if (actions.length === 0) {
      this.categoryDecisions.event('route', { id, rules, department, action: 'category', outcome: 'done' });
      return;
    }
    for (const action of actions) {
      this.state.routing[`${id}:${action}`] = { action, department, status: 'pending', at: new Date().toISOString(), attempts: 0 };
    }
    this.persist();
  }

  /** Carries out the routing actions recorded for a message and not yet done. */
  private async routePending(item: MG.Message, categories: string[]): Promise<void> {
    const id = item.id!;
    for (const action of ['forward', 'move'] as const) {
      const key = `${id}:${action}`;
      const entry = this.state.routing[key];
      if (!entry || entry.status === 'done') continue;
      if (entry.status === 'failed' && entry.attempts >= ROUTING_ATTEMPTS) continue;
      const ok = await this.routeOne(item, entry);
      if (ok) {
        delete this.state.routing[key];
        this.persist();
      } else {
        if (!categories.includes(UNROUTED_CATEGORY)) {
          categories = mergeCategories(categories, [UNROUTED_CATEGORY]);
          await this.graph.patchMessage(id, { categories }).catch((e: unknown) => this.fail('mark unrouted', id, e));
        }
        return; // never move a message whose forward did not go out
      }
    }
    if (categories.includes(UNROUTED_CATEGORY)) {
      await this.graph
        .patchMessage(id, { categories: categories.filter((c) => c !== UNROUTED_CATEGORY) })
        .catch((e: unknown) => this.fail('clear unrouted', id, e));
    }
  }

  private async routeOne(item: MG.Message, entry: RoutingEntry): Promise<boolean> {
    const id = item.id!;
    const dept = this.config.departments.find((d) => d.id === entry.department);
    const rules: string[] = [];
    const decide = (outcome: string, extra: Record<string, string | number> = {}): void =>
      this.decisions.event('route', { id, rules, department: entry.department, action: entry.action, outcome, ...extra });
    if (!dept) {
      entry.status = 'failed';
      decide('failed', { error: 'unknown department' });
      return false;
    }
    try {
      if (entry.action === 'forward') {
        const to = dept.routing.forwardTo!;
        if (entry.attempts > 0 && this.sent.forwardedSince(item.conversationId, to, Date.parse(entry.at) - 2000)) {
          this.counts.routed++;
          this.state.counters.routed++;
          decide('done', { via: 'reconciled' });
          return true; // the earlier attempt went out
        }
        if (entry.attempts > 0 && entry.status !== 'failed' && Date.parse(entry.at) >= this.sentSyncedAt) {
          // Outcome unknown and sent items not read since: wait until they are, never send twice.
          decide('uncertain');
          return false;
        }
        entry.attempts++;
        entry.status = 'pending';
        entry.at = new Date().toISOString();
        this.persist();
        await this.graph.forwardMessage(id, to, dept.routing.forwardNote ?? `Vidarebefordrat av Svarstid till ${dept.name}.`);
      } else {
        const destination = await this.folderId(dept.routing.folder!);
        if (item.parentFolderId !== destination) {
          entry.attempts++;
          await this.graph.moveMessage(id, destination);
        }
      }
      this.counts.routed++;
      this.state.counters.routed++;
      decide('done');
      return true;
    } catch (error) {
      const uncertain = error instanceof GraphRequestError && error.kind === 'uncertain';
      entry.status = uncertain ? 'uncertain' : 'failed';
      entry.error = error instanceof GraphRequestError ? `${error.status} ${error.code ?? ''}`.trim() : 'error';
      this.persist();
      // An uncertain forward is settled later from sent items; only a definite failure is an error now.
      if (uncertain) this.log.event('uncertain', { operation: `${entry.action} message`, id });
      else this.fail(`${entry.action} message`, id, error);
      decide(entry.status, { error: entry.error });
      return false;
    }
  }

  /** The id of a department folder under the inbox, created when missing (once, however many ask at a time). */
  private folderId(name: string): Promise<string> {
    const cached = this.folderIds.get(name);
    if (cached) return Promise.resolve(cached);
    let pending = this.folderLookups.get(name);
    if (!pending) {
      pending = this.findOrCreateFolder(name).finally(() => this.folderLookups.delete(name));
      this.folderLookups.set(name, pending);
    }
    return pending;
  }

  private async findOrCreateFolder(name: string): Promise<string> {
    const find = async (): Promise<string | undefined> =>
      (await this.graph.childFolders('inbox')).find((f) => f.displayName?.toLowerCase() === name.toLowerCase())?.id ?? undefined;
    let id = await find();
    if (!id) {
      try {
        id = (await this.graph.createChildFolder('inbox', name)).id ?? undefined;
      } catch (error) {
        // Created meanwhile (another worker, a person, or a create whose answer was lost): use it.
        if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
        id = await find();
      }
    }
    if (!id) throw new Error(`folder ${name} has no id`);
    this.folderIds.set(name, id);
    return id;
  }

  /**
   * Finishes routing left over from earlier passes for messages this pass did not see
   * (moved away, or not in the delta): reads each and routes it.
   */
  async resumeRouting(includeSeen = false): Promise<void> {
    if (this.dryRun) return;
    const ids = [...new Set(Object.keys(this.state.routing).map((k) => k.slice(0, k.lastIndexOf(':'))))].filter(
      (id) => includeSeen || !this.seenIds.has(id),
    );
    for (const id of ids) {
      try {
        const item = await this.graph.getMessage(id, ['id', 'conversationId', 'receivedDateTime', 'parentFolderId', 'categories']);
        await this.routePending(item, item.categories ?? []);
      } catch (error) {
        if (error instanceof GraphRequestError && error.kind === 'notFound') {
          for (const a of ['forward', 'move']) delete this.state.routing[`${id}:${a}`];
          this.persist();
        } else {
          this.fail('resume routing', id, error);
        }
      }
    }
  }

  /** Counts routing actions still unsettled (outcome unknown) as errors: left for the next run. */
  countUnsettledRouting(): void {
    const open = Object.values(this.state.routing).filter((e) => e.status === 'uncertain' || (e.status === 'pending' && e.attempts > 0)).length;
    this.counts.errors += open;
  }

  /** True while routing actions wait for their outcome (uncertain forwards). */
  hasUncertainRouting(): boolean {
    return Object.values(this.state.routing).some((e) => e.status === 'uncertain' || (e.status === 'pending' && e.attempts > 0));
  }

  /** Records a failure that ended a pass early (the summary still reports it). */
  failPass(operation: string, error: unknown): void {
    this.fail(operation, null, error);
  }

  private fail(operation: string, id: string | null, error: unknown): void {
    this.counts.errors++;
    this.state.counters.errors++;
    if (error instanceof GraphRequestError) {
      this.log.event('error', { operation, id, status: error.status, code: error.code, requestId: error.requestId, kind: error.kind });
    } else {
      this.log.event('error', { operation, id, error: error instanceof Error ? error.name : 'error' });
    }
  }

  private reportProgress(): void {
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.lastProgress < 1000) return;
    this.lastProgress = now;
    this.onProgress({ scanned: this.counts.scanned, labelled: this.counts.labelled, elapsedMs: now - this.startedAt });
  }
}

/** The dry-run line for a planned write. */
function plannedWrite(plan: Extract<LabelPlan, { action: 'write' }>): PlannedWrite {
  const r = plan.record;
  return {
    id: plan.id,
    action: plan.firstLabel ? 'label' : 'relabel',
    channel: r.channel,
    kind: r.kind,
    department: r.department,
    due: r.due,
    target: r.target,
    rules: r.rules,
    categories: plan.patch.categories,
  };
}
