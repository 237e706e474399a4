import type * as MG from '@microsoft/microsoft-graph-types';
import { ackExpand, ackMarkerOf, recogniseReply, type SentReply } from '../core/acknowledgement';
import { ADDIN_ID } from '../core/addinId';
import type { WorkingCalendar } from '../core/calendar';
import { htmlToText } from '../core/text';

/**
 * Answered tracking (SPEC §6): a message counts as answered when mail from the shared mailbox
 * in the same conversation that is not an acknowledgement is sent after it; acknowledgements
 * (the add-in's marker, or a reply that only promises the answer by a date) are kept as
 * promises, and holding replies ("vi återkommer" with no date) answer nothing either. The index holds, per conversation, the send times of the mailbox's sent items and,
 * for acknowledgements, the promised time and the promising words — ids, times and decisions,
 * never the text. Forwards the worker itself sent to department mailboxes are not answers and
 * are kept apart. A forward someone sends from the mailbox (Vidarebefordra in Outlook: a colleague,
 * a department, the social services with a report of concern) does not answer the resident either:
 * it is left out, and the message stays open until it is answered or marked in the add-in — what
 * the task pane and `run --help` say (round 26 of the text review found that a forward had counted).
 */

/**
 * Subject prefixes a forward gets (Outlook in Swedish, English, German and Finnish; Gmail and
 * others): a sent item whose subject starts with one is a forward. A reply to a forward
 * (`SV: VB: …`) starts with the reply's prefix and counts.
 */
const FORWARD_SUBJECT = /^\s*(?:vb|vl|fw|fwd|wg)\s*:/i;

/** Whether a sent item is a forward, by its subject. */
export function isForward(subject: string | null | undefined): boolean {
  return FORWARD_SUBJECT.test(subject ?? '');
}

/** Fields read from sent items: the body for the recogniser, the marker by {@link SENT_EXPAND}. */
export const SENT_SELECT = ['id', 'conversationId', 'sentDateTime', 'toRecipients', 'subject', 'body'] as const;
/** Reads the acknowledgement marker with each sent item: set through Graph, or as the Outlook add-in's custom property. */
export const SENT_EXPAND = ackExpand(ADDIN_ID);

/** Decides whether a sent item is an acknowledgement (its promise), a holding reply (`promised: null`) or an answer (null). */
export type ReplyClassifier = (item: MG.Message) => SentReply['ack'];

/** The classifier the worker uses: the core recogniser over the item's text and marker. */
export function replyClassifier(calendar: WorkingCalendar): ReplyClassifier {
  return (item) => {
    const body = item.body?.content ?? '';
    const text = (item.body?.contentType ?? 'text').toLowerCase() === 'html' ? htmlToText(body) : body;
    const r = recogniseReply({ text, sentAt: item.sentDateTime!, marker: ackMarkerOf(item.singleValueExtendedProperties) }, calendar);
    if (r.kind === 'acknowledgement') return { promised: r.promised, by: r.by, why: r.phrase };
    // a holding reply ("vi återkommer", no date) is not an answer, and promises nothing
    if (r.kind === 'holding') return { promised: null, by: 'text', why: r.phrase };
    return null;
  };
}

interface SentEvent {
  at: number;
  ack: SentReply['ack'];
}

export interface ForwardSeen {
  to: string;
  sentAt: number;
}

export class SentIndex {
  /** Send times (ms) of answers by conversation, kept sorted. */
  private readonly answers = new Map<string, number[]>();
  /** Acknowledgements by conversation. */
  private readonly acks = new Map<string, SentEvent[]>();
  /** Forwards to department mailboxes by conversation. */
  private readonly forwards = new Map<string, ForwardSeen[]>();
  private readonly seen = new Set<string>();

  /**
   * @param departmentMailboxes addresses the worker forwards to; mail only to them is not an answer.
   * @param classify tells acknowledgements from answers (without it every reply is an answer).
   */
  constructor(
    private departmentMailboxes: ReadonlySet<string>,
    private readonly classify: ReplyClassifier = () => null,
  ) {}

  /** Whether a sent item is already indexed. */
  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** A new configuration's forward addresses (for sent items indexed from now on). */
  setDepartmentMailboxes(addresses: ReadonlySet<string>): void {
    this.departmentMailboxes = addresses;
  }

  /** Number of sent items indexed. */
  get size(): number {
    return this.seen.size;
  }

  /** Latest answer or acknowledgement send time indexed (ms), 0 when none. */
  latest = 0;

  /** Adds a sent item; returns the conversation id when it is a new answer or acknowledgement, else null. */
  add(item: MG.Message): string | null {
    const conversation = item.conversationId;
    const sent = item.sentDateTime ? Date.parse(item.sentDateTime) : NaN;
    if (!item.id || !conversation || Number.isNaN(sent) || this.seen.has(item.id)) return null;
    this.seen.add(item.id);
    const to = (item.toRecipients ?? [])
      .map((r) => (r.emailAddress?.address ?? '').toLowerCase())
      .filter((a) => a.length > 0);
    if (to.length > 0 && to.every((a) => this.departmentMailboxes.has(a))) {
      const list = this.forwards.get(conversation) ?? [];
      for (const a of to) list.push({ to: a, sentAt: sent });
      this.forwards.set(conversation, list);
      return null;
    }
    // a forward by a person is neither an answer nor the worker's own forward (see the top of the file)
    if (isForward(item.subject)) return null;
    this.latest = Math.max(this.latest, sent);
    let ack: SentReply['ack'] = null;
    try {
      ack = this.classify(item);
    } catch {
      ack = null; // a reply the recogniser cannot read counts as an answer, as before
    }
    if (ack !== null) {
      const list = this.acks.get(conversation) ?? [];
      list.push({ at: sent, ack });
      this.acks.set(conversation, list);
      return conversation;
    }
    const times = this.answers.get(conversation) ?? [];
    const at = sortedIndex(times, sent);
    times.splice(at, 0, sent);
    this.answers.set(conversation, times);
    return conversation;
  }

  /**
   * The replies sent strictly after `received` in the conversation: answers (ack null) and
   * acknowledgements, in send order. `splitReplies` (core) makes answeredAt and the promise of them.
   */
  repliesAfter(conversationId: string | null | undefined, received: string): SentReply[] {
    if (!conversationId) return [];
    const r = Date.parse(received);
    const out: SentEvent[] = [];
    for (const t of this.answers.get(conversationId) ?? []) if (t > r) out.push({ at: t, ack: null });
    for (const e of this.acks.get(conversationId) ?? []) if (e.at > r) out.push(e);
    return out.sort((a, b) => a.at - b.at).map((e) => ({ at: new Date(e.at).toISOString(), ack: e.ack }));
  }

  /** The first answer sent after `received` in the conversation (ms), or null. */
  answeredAfter(conversationId: string | null | undefined, received: string): number | null {
    if (!conversationId) return null;
    const times = this.answers.get(conversationId);
    if (!times) return null;
    const r = Date.parse(received);
    const at = sortedIndex(times, r + 1); // strictly after receipt
    return at < times.length ? times[at]! : null;
  }

  /** Conversations with an answer or acknowledgement sent after `since` (ms). */
  conversationsAnsweredAfter(since: number): string[] {
    const out = new Set<string>();
    for (const [conversation, times] of this.answers) if (times[times.length - 1]! > since) out.add(conversation);
    for (const [conversation, events] of this.acks) if (events.some((e) => e.at > since)) out.add(conversation);
    return [...out];
  }

  /** True when a forward to `to` in the conversation was sent at or after `since` (ms). */
  forwardedSince(conversationId: string | null | undefined, to: string, since: number): boolean {
    if (!conversationId) return false;
    const address = to.toLowerCase();
    return (this.forwards.get(conversationId) ?? []).some((f) => f.to === address && f.sentAt >= since);
  }
}

function sortedIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
